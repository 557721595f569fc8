import type { Severity } from "../../shared/model/finding.js";
import { SEVERITY_NAMES } from "../../shared/messages/index.js";

export const SEVERITY_ICONS: Record<Severity, string> = { error: "✕", warning: "!", info: "i" };

export function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <span
      className={`nb-sev nb-sev-${severity}`}
      title={SEVERITY_NAMES[severity]}
      aria-label={SEVERITY_NAMES[severity]}
    >
      {SEVERITY_ICONS[severity]}
    </span>
  );
}

export function SeverityCounts({ counts }: { counts: Record<Severity, number> }) {
  return (
    <span className="nb-counts">
      {(["error", "warning", "info"] as const).map((s) => (
        <span
          key={s}
          className={`nb-count-${s}${counts[s] ? "" : " is-zero"}`}
          title={`${SEVERITY_NAMES[s]} ${counts[s]} 项`}
        >
          <SeverityIcon severity={s} />
          {counts[s]}
        </span>
      ))}
    </span>
  );
}
