export { DEFAULT_MAX_CELLS, readWorkbookBuffer, readWorkbookFile } from "./read-workbook";
export type { DefinedName, GridsReadResult, ReadEngine, ReadError, ReadErrorCode, ReadOptions, ReadResult, ReadWorkbookOptions } from "./read-workbook";
export { readGridsFast } from "./fast-read";
export type { ReadResultLean } from "./fast-read";
export { AnnotateError, ownReportSheet, writeAnnotatedCopy } from "./annotate";
export type { AnnotateErrorCode, AnnotateResult } from "./annotate";
