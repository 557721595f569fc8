import { defineConfig } from "vite";

// The renderer: relative asset paths so the same build loads from file:// (Electron) and from
// the browser-mode host.
export default defineConfig({
  root: "renderer",
  base: "./",
  esbuild: { jsx: "automatic" },
  build: { outDir: "../dist/renderer", emptyOutDir: true, chunkSizeWarningLimit: 4000, sourcemap: false },
  logLevel: "warn",
});
