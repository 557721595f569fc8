import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createApi } from "./api.js";
import { App } from "./shell/App.js";
import "./styles/base.css";
import "./styles/layout.css";
import "./styles/reports.css";
import "./styles/source.css";
import "./styles/grid.css";
import "./styles/findings.css";
import "./styles/modal.css";
import "./styles/rulepack.css";
import "./styles/memo.css";
import "./styles/scan.css";
import "./styles/overview.css";

const root = document.getElementById("root");
if (root)
  createRoot(root).render(
    <StrictMode>
      <App api={createApi()} />
    </StrictMode>,
  );
