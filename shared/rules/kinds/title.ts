import { z } from "zod";
import type { Report, Span } from "../../model/report.js";
import { issuingBody } from "../../agency/body.js";
import { defineKind } from "../types.js";

const PLACE = /^(.{1,12}?)(省|自治区|市|自治州|州|盟|地区|县|区|旗|镇|乡|街道)/u;
/** Words ending like a place name that name none (城市管理局, 社区, 园区…). */
const NOT_PLACE = new Set("城都社园辖郊景小矿林牧山本全我该各政");
/** Central bodies name themselves without a place. */
const CENTRAL = /^(国务院|国家|中华人民共和国|中国|海关总署)|(部|总署|总局)$/u;

function titleSpan(report: Report): Span[] {
  const i = report.title ? report.text.indexOf(report.title) : -1;
  return i >= 0 ? [[i, i + report.title.length]] : [];
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
