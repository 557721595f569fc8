import type { Random } from "../random.js";
import type { Values } from "../cells.js";

const LEADS = [
  "认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外",
  "紧紧围绕中心工作，把政务公开作为转变政府职能、建设法治政府的重要抓手",
  "按照上级关于全面推进政务公开的部署，持续深化决策、执行、管理、服务、结果公开",
  "以群众关切为导向，聚焦重点领域信息公开，着力提升政务透明度",
  "健全政务公开工作机制，压实各股室公开责任，推动公开工作制度化、规范化",
  "把政府信息公开纳入年度目标考核，定期调度、通报公开工作进展",
  "坚持统筹推进、分类指导，推动公开工作与业务工作同部署同落实",
  "以标准化规范化建设为主线，持续完善主动公开基本目录",
];
const ACTIVE = [
  "及时更新机构职能、领导信息、权责清单等基础信息",
  "围绕乡村振兴、教育医疗、就业社保等民生领域加大公开力度",
  "规范发布财政预决算、“三公”经费和政府采购信息",
  "对重大行政决策事项开展预公开，广泛听取公众意见",
  "加强政策解读，采用图解、视频、问答等形式解读重要政策",
  "优化政府网站栏目设置，整合信息公开专栏，方便群众查找",
  "依托政务新媒体矩阵推送政策信息，扩大公开覆盖面",
  "做好建议提案办理结果公开，回应代表委员关切",
  "公开“双随机、一公开”抽查计划和结果",
  "及时发布行政许可、行政处罚等执法信息",
  "主动公开重大建设项目批准和实施信息",
  "发布疫情防控、安全生产等应急信息",
];
const PLATFORM = [
  "加强政府网站和政务新媒体日常监测，杜绝错链断链和内容不更新",
  "落实信息发布审核制度，严防泄露国家秘密和个人隐私",
  "建立健全政务舆情收集、研判和回应机制",
  "设置政府信息公开查阅点，为群众提供现场查阅服务",
  "推进基层政务公开标准化规范化，编制完善公开事项目录",
  "完善政府信息公开指南，公布受理机构和联系方式",
  "规范依申请公开登记、审核、办理、答复、归档各环节",
];
const PROBLEMS = [
  "政策解读形式较为单一，图解、视频等解读占比不高",
  "政务新媒体更新频次不均衡，互动回应不够及时",
  "部分股室对公开工作重视不够，信息报送不够主动",
  "基层公开队伍人员变动频繁，业务能力有待提升",
  "依申请公开答复的规范性还需加强",
  "公开内容与群众需求的契合度还不够高",
  "主动公开的深度和广度仍需拓展",
  "政府网站部分栏目内容更新滞后",
  "政策文件解读的及时性有待提高",
  "公开工作制度执行不够到位",
  "网上申请渠道使用率不高",
];
const MEASURES = [
  "完善政府信息公开目录，做到应公开尽公开",
  "丰富政策解读形式，提升解读的针对性和可读性",
  "加强业务培训，每年至少组织两次专题培训",
  "健全依申请公开办理流程，严格答复时限",
  "强化考核督查，将公开工作纳入绩效评价",
  "加强政府网站和新媒体内容保障，提高更新频率",
  "畅通公众参与渠道，及时回应社会关切",
  "建立公开工作台账，逐项跟踪整改",
  "推动公开向基层延伸，规范村（居）务公开",
  "完善政策解读与政策文件同步起草、同步审签机制",
  "提升网上申请平台的便利度",
];

export type Narrative = Record<1 | 5 | 6, string[]>;

function some(rng: Random, pool: readonly string[], n: number): string[] {
  const left = [...pool];
  const out: string[] = [];
  while (out.length < n && left.length)
    out.push(left.splice(rng.int(0, left.length - 1), 1)[0] as string);
  return out;
}

/**
 * Sections 一, 五, 六 in words of their own for each report (drawn from pools), so that two
 * reports of the set are no copies of each other unless a copy is planted.
 */
export function narrative(
  rng: Random,
  agency: string,
  year: number,
  v: Values,
  fee: boolean,
): Narrative {
  const n = (id: string) => v[id] ?? 0;
  const site = rng.int(50, 3000);
  const media = rng.int(50, 3000);
  const review = n("t4.review.total");
  const suits = n("t4.suitDirect.total") + n("t4.suitAfterReview.total");
  const ordinal = ["一是", "二是", "三是", "四是", "五是"];
  return {
    1: [
      `${year}年，${agency}${some(rng, LEADS, 2).join("，")}。`,
      `本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
      `（一）主动公开。全年共主动公开政府信息${site + media}条，其中通过政府网站发布${site}条，通过政务新媒体发布${media}条。` +
        some(rng, ACTIVE, 4).join("；") +
        "。",
      `（二）依申请公开。全年共收到政府信息公开申请${n("t3.new.total")}件，上年结转${n("t3.carried.total")}件，` +
        `办结${n("t3.total.total")}件，其中予以公开${n("t3.granted.total")}件，结转下年度继续办理${n("t3.carryOver.total")}件。`,
      `（三）平台建设。${some(rng, PLATFORM, 2).join("；")}。`,
      review === 0 && suits === 0
        ? "（四）本年度未发生因政府信息公开引起的行政复议、行政诉讼。"
        : `（四）因政府信息公开工作被申请行政复议${review}件，被提起行政诉讼${suits}件。`,
    ],
    5: [
      `（一）存在的主要问题：${some(rng, PROBLEMS, 3).join("；")}。`,
      `（二）改进情况：${some(rng, MEASURES, 4)
        .map((m, i) => `${ordinal[i]}${m}`)
        .join("；")}。`,
    ],
    6: [fee ? `本机关${year}年度未收取信息处理费。` : "无其他需要报告的事项。"],
  };
}
