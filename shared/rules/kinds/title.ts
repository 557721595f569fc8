import { z } from "zod";
import type { Report, Span } from "../../model/report.js";
import { defineKind } from "../types.js";

const YEAR = /(?:19|20)\d{2}\s*年|[二〇零○一三四五六七八九]{4}\s*年/u;
const PLACE = /^(.{1,12}?)(省|自治区|市|自治州|州|盟|地区|县|区|旗|镇|乡|街道)/u;
/** Words ending like a place name that name none (城市管理局, 社区, 园区…). */
const NOT_PLACE = new Set("城都社园辖郊景小矿林牧山本全我该各政");
/** Central bodies name themselves without a place. */
const CENTRAL = /^(国务院|国家|中华人民共和国|中国|海关总署)|(部|总署|总局)$/u;

function titleSpan(report: Report): Span[] {
  const i = report.title ? report.text.indexOf(report.title) : -1;
  return i >= 0 ? [[i, i + report.title.length]] : [];
}

/** The issuing body as the title prints it: the words before the year. */
function issuingBody(title: string): string {
  const t = title.replace(/^#+\s*/, "").replace(/\s+/g, "");
  const m = YEAR.exec(t);
  const end = m ? m.index : t.search(/政府信息公开|政务公开|年度报告/u);
  return t.slice(0, end < 0 ? t.length : end).replace(/^关于/u, "");
}

function namesPlace(body: string): boolean {
  if (CENTRAL.test(body)) return true;
  const m = PLACE.exec(body);
  return m !== null && !NOT_PLACE.has(m[1] ?? "");
}

/** S08: the title's issuing body identifies no place (政府办2021年… names no county). */
export const titleBody = defineKind({
  kind: "title-body",
  params: z.strictObject({}),
  check(report) {
    const body = issuingBody(report.title);
    if (namesPlace(body)) return [];
    return [{ code: "title_body", params: { body }, cells: [], spans: titleSpan(report) }];
  },
});

/** S09: no report year in the title. */
export const titleYear = defineKind({
  kind: "title-year",
  params: z.strictObject({}),
  check(report) {
    if (report.year !== null) return [];
    return [
      { code: "title_year", params: { title: report.title }, cells: [], spans: titleSpan(report) },
    ];
  },
});
