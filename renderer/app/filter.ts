import type { Severity } from "../../shared/model/finding.js";
import type { Update } from "./state.js";

export const toggleSeverity =
  (sev: Severity): Update =>
  (s) => {
    const has = s.filter.severities.includes(sev);
    const severities = has
      ? s.filter.severities.filter((x) => x !== sev)
      : [...s.filter.severities, sev];
    return { ...s, filter: { ...s.filter, severities } };
  };

export const filterRule =
  (rule: string | null): Update =>
  (s) => ({ ...s, filter: { ...s.filter, rule } });

export const filterOpen =
  (open: boolean): Update =>
  (s) => ({ ...s, filter: { ...s.filter, open } });
