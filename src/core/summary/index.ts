export { buildSummary, totalsBy, totalsBySource } from "./build-summary";
export { chooseFunctionTable, functionClassLines } from "./function-class";
export { agencyOf, typePrefixOf, UNNAMED_AGENCY, UNTYPED } from "./names";
export { renderSummaryNote } from "./notes";
export { DEFAULT_SUMMARY_SHEETS, NUMBER_FORMATS, SUMMARY_MARKERS, planSummarySheets } from "./sheet-plan";
export type { CellFormat, PlanCell, PlanColumn, PlannedChart, PlannedLine, PlannedSheet, PlannedTable, SheetRole, SummaryPlan, SummaryPlanOptions, TableRole } from "./sheet-plan";
export type * from "./types";
export { LEVEL1_ORDER } from "./types";
