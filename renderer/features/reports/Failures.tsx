import { useState } from "react";
import { useWorkbench } from "../../app/context.js";
import { stamp } from "../../app/format.js";
import { errorText } from "../../../shared/messages/index.js";

/** Files of this audit that could not be read, kept so the inspector sees why. */
export function Failures() {
  const { state } = useWorkbench();
  const failures = state.snapshot?.audit.failures ?? [];
  const [open, setOpen] = useState(true);
  if (!failures.length) return null;
  return (
    <section className="nb-failures">
      <button
        type="button"
        className="nb-failures-head"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden>{open ? "▾" : "▸"}</span> 无法读取的文件{" "}
        <span className="nb-count nb-count-bad">{failures.length}</span>
      </button>
      {open && (
        <ul>
          {failures.map((f) => (
            <li key={f.id} className="nb-failure">
              <div className="nb-failure-file" title={f.fileName}>
                {f.fileName}
              </div>
              <div className="nb-failure-error">{errorText(f.error.code, f.error.message)}</div>
              <div className="nb-muted">{stamp(f.at)}</div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
