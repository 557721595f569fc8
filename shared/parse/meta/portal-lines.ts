import { squash } from "../keys.js";

/**
 * The labelled lines a portal prints around an article: its 来源/时间/字号 line, the 政务公开
 * catalogue fields (索引号, 发布机构 …) and the previous/next article links.
 */
const LABELLED = new RegExp(
  "^(?:" +
    [
      "(?:信息)?来源",
      "(?:发布|更新|成文|公开|印发|生成)?(?:时间|日期)",
      "作者",
      "(?:责任)?编辑",
      "审核",
      "浏览(?:次数|量)?",
      "点击(?:数|量|率)?",
      "阅读(?:数|量|次数)?",
      "访问量",
      "字号",
      "字体",
      "索引号",
      "发布机构",
      "发文机关",
      "文号",
      "(?:主题)?分类",
      "关键词",
      "有效性",
      "时效",
      "上一篇",
      "下一篇",
      "上一条",
      "下一条",
      "分享到",
    ].join("|") +
    ")[:：]",
  "u",
);

/** The words of the buttons and links around an article, with the brackets that frame them. */
const BUTTONS =
  /打印(?:本页|此页|文章)?|关闭(?:本页|窗口|此页)?|收藏(?:本页)?|分享(?:到)?|返回(?:顶部|首页|列表)?|字号|默认|扫一扫(?:在手机(?:上)?打开(?:当前页)?)?|保护视力色|[大中小【】[\]|:：·/]/gu;

/** A line of the portal's page furniture (never a line of a report's own text). */
export function isChromeLine(text: string): boolean {
  const t = squash(text);
  if (!t || t.length > 120) return false;
  return LABELLED.test(t) || t.replace(BUTTONS, "") === "";
}
