// The boundaries between nianbao's parts (README "Design notes"), checked by `npm run deps`.
// test/build/boundaries.test.ts plants one violation of each rule and expects it to be caught.

/** Packages that need a window, a DOM or Electron. */
const UI_PACKAGES = "(electron|react|react-dom|ag-grid-[a-z]+|jsdom)";
const pkg = (name) => `(^|/)node_modules/${name}/`;

/** What each part of shared/ may import from the other parts (model is the base). */
const SHARED_ARROWS = {
  model: [],
  templates: ["model"],
  text: ["model"],
  grid: [],
  agency: ["model", "text"],
  scan: ["model", "text", "grid"],
  parse: ["model", "templates", "text", "agency", "grid"],
  rules: ["model", "templates", "text", "agency"],
  messages: ["model", "templates"],
  audit: ["model", "rules"],
  rectify: ["model", "rules"],
  memo: ["model", "templates", "messages", "rules", "audit", "rectify"],
  ipc: ["model"],
};

const layers = Object.entries(SHARED_ARROWS).map(([part, allowed]) => ({
  name: `shared-${part}-arrows`,
  comment: `shared/${part} may import only ${allowed.length ? allowed.join(", ") : "nothing else in shared"}.`,
  severity: "error",
  from: { path: `^shared/${part}/` },
  to: { path: "^shared/", pathNot: `^shared/(${[part, ...allowed].join("|")})/` },
}));

export default {
  forbidden: [
    {
      name: "shared-no-node",
      comment:
        "shared/ is the pure core: no node built-ins (node:fs, path …); I/O lives in electron/node/adapters.",
      severity: "error",
      from: { path: "^shared/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "shared-no-ui",
      comment:
        "shared/ runs in the renderer, main and the CLI alike: no electron/, renderer/, Electron, React or DOM packages (DOM globals are a type error under tsconfig.shared.json).",
      severity: "error",
      from: { path: "^shared/" },
      to: { path: ["^(electron|renderer|bin|scripts)/", pkg(UI_PACKAGES)] },
    },
    {
      name: "shared-parts-known",
      comment:
        "A new folder of shared/ gets its arrows in SHARED_ARROWS (.dependency-cruiser.mjs) and the README diagram.",
      severity: "error",
      from: { path: "^shared/" },
      to: { path: "^shared/", pathNot: `^shared/(${Object.keys(SHARED_ARROWS).join("|")})/` },
    },
    ...layers,
    {
      name: "renderer-through-entries",
      comment:
        "The renderer uses a part of shared/ through its index.ts; model/, templates/ and ipc/ are vocabulary (types, data, the contract) and public file by file.",
      severity: "error",
      from: { path: "^renderer/" },
      to: { path: "^shared/", pathNot: "^shared/(model|templates|ipc)/|^shared/[^/]+/index\\.ts$" },
    },
    {
      name: "electron-only-in-electron",
      comment:
        "Only the Electron process and the preload (electron/main, electron/preload) import the electron package (and scripts/start.mjs, which launches it).",
      severity: "error",
      from: { pathNot: "^electron/(main|preload)/|^scripts/start\\.mjs$" },
      to: { path: pkg("electron") },
    },
    {
      name: "node-side-without-electron",
      comment:
        "electron/node is the Node side the CLI and the browser-mode host share: it never imports the Electron process or the preload.",
      severity: "error",
      from: { path: "^(electron/node|bin)/" },
      to: { path: "^electron/(main|preload)/" },
    },
    {
      name: "ag-grid-only-in-grid",
      comment: "ag-grid is the grid feature's business (renderer/features/grid).",
      severity: "error",
      from: { pathNot: "^renderer/features/grid/" },
      to: { path: pkg("ag-grid-[a-z]+") },
    },
    {
      name: "no-unresolvable",
      comment: "Every import resolves (a package not installed would slip past the rules above).",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: "no-folder-cycles",
      comment: "Folders import each other one way only.",
      severity: "error",
      scope: "folder",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(dist|release)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.base.json" },
  },
};
