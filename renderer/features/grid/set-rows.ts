// The rows the set grid (SetGrid.tsx) shows; features/overview fills them.

export type Deadline = "met" | "late" | "no-date" | "unknown";

export const DEADLINE_NAMES: Record<Deadline, string> = {
  met: "按时",
  late: "逾期",
  "no-date": "未见落款日期",
  unknown: "—",
};

/** One report of the set as the overview table lists it (metadata as the inspector set it). */
export interface OverviewRow {
  id: string;
  agency: string;
  level: string;
  year: number | null;
  template: string;
  published: string;
  deadline: Deadline;
  errors: number;
  warnings: number;
  infos: number;
  reviewed: number;
  findings: number;
  fileName: string;
}
