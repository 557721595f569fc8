import { AllCommunityModule, ModuleRegistry, themeQuartz } from "ag-grid-community";

ModuleRegistry.registerModules([AllCommunityModule]);

/** The tables' look: compact, ruled like the printed template, the app's CJK font. */
export const gridTheme = themeQuartz.withParams({
  fontFamily: "inherit",
  fontSize: 12,
  headerFontSize: 12,
  headerFontWeight: 600,
  spacing: 4,
  rowHeight: 28,
  headerHeight: 28,
  columnBorder: true,
  headerColumnBorder: true,
  borderColor: "#d5dae1",
  // Rows are ruled per cell (grid.css), so merged label cells can drop their rule.
  rowBorder: false,
  wrapperBorderRadius: 4,
  headerBackgroundColor: "#f1f4f8",
  headerTextColor: "#2b3442",
  foregroundColor: "#1f2733",
  accentColor: "#2563eb",
  rowHoverColor: "transparent",
  cellHorizontalPadding: 6,
});

/** The dense look of a short window (useCompact): smaller headers and one-line rows. */
export const compactTheme = gridTheme.withParams({
  headerFontSize: 11,
  spacing: 2,
  rowHeight: 18,
  headerHeight: 20,
});
