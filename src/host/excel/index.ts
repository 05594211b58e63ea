export { createExcelHost } from "./excel-host";
export type { ExcelHostOptions } from "./excel-host";
export { ExcelHostError, officeRuntime } from "./excel-runtime";
export type { ExcelHostErrorCode, ExcelRuntime } from "./excel-runtime";
export type { HighlightResult, HostActions, StoredSettings } from "./host-actions";
