export { DEFAULT_MAX_CELLS, readWorkbookBuffer, readWorkbookFile } from "./read-workbook";
export type { ReadError, ReadErrorCode, ReadOptions, ReadResult } from "./read-workbook";
export { AnnotateError, writeAnnotatedCopy } from "./annotate";
export type { AnnotateErrorCode, AnnotationMark, MarkSeverity, ReportLabels, ReportRow } from "./annotate";
