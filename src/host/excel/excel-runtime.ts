/**
 * The one seam between this folder and the Office.js globals, so tests (and the in-page fake of the
 * browser test) can hand the host a request context of their own.
 */
/** The Excel.run options the host uses (Excel.RunOptions). */
export interface RunOptions {
  /** Wait for the user to leave cell edit mode instead of failing (learn.microsoft.com/javascript/api/excel/excel.runoptions). */
  readonly delayForCellEdit?: boolean;
  /** Every sync of the run one undo step (ExcelApi 1.20). */
  readonly mergeUndoGroup?: boolean;
}

/** For runs that may come while the user is typing: a live re-check, a ribbon command, what a check does. */
export const WHILE_TYPING: RunOptions = { delayForCellEdit: true };

export interface ExcelRuntime {
  /** `Excel.run(batch)` or `Excel.run(options, batch)`: one request context per user action. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: RunOptions): Promise<T>;
  /** `Excel.run(context, batch)`: event handlers can only be removed through the context that added them. */
  runIn<T>(context: OfficeExtension.ClientRequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  settings(): Office.Settings;
}

/** The runtime Office gives a task pane or a ribbon command; the globals are looked up at call time. */
export function officeRuntime(): ExcelRuntime {
  return {
    run: (batch, options) => (options ? Excel.run({ ...options }, batch) : Excel.run(batch)),
    runIn: (context, batch) => Excel.run(context, batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    settings: () => Office.context.document.settings,
  };
}

export type ExcelHostErrorCode =
  /** The stored snapshot of the previous formats cannot be read back; it was discarded. */
  | "snapshot-unreadable"
  | "settings-save-failed"
  /** A sheet's used range passes the cell or row cap the CLI applies too (core/grid/limits.ts). */
  | "too-large"
  /** Excel refused the marks of every sheet it was asked to mark. */
  | "marks-failed";

/** Errors the host raises itself; Excel's own errors (RichApi.Error) pass through unchanged. */
export class ExcelHostError extends Error {
  constructor(
    readonly code: ExcelHostErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ExcelHostError";
  }
}

/**
 * Runs `batch` as one undo step where Excel supports it (ExcelApi 1.20), typing-safe. If Excel says a
 * call in it cannot be grouped (UndoNotSupported, per the undo capabilities article), the batch runs
 * again ungrouped: batches given here read the workbook afresh and plan from what they find.
 */
export async function runAsOneUndo<T>(runtime: ExcelRuntime, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  if (!runtime.isSetSupported("ExcelApi", "1.20")) return runtime.run(batch, WHILE_TYPING);
  try {
    return await runtime.run(batch, { ...WHILE_TYPING, mergeUndoGroup: true });
  } catch (err) {
    if (errorCodeOf(err) !== "UndoNotSupported") throw err;
    return runtime.run(batch, WHILE_TYPING);
  }
}

/** An Office.js error's code (RichApi.Error code or debugInfo.code), or null. */
export function errorCodeOf(err: unknown): string | null {
  if (typeof err !== "object" || err === null) return null;
  const code = (err as { code?: unknown }).code;
  if (typeof code === "string") return code;
  const debugCode = (err as { debugInfo?: { code?: unknown } }).debugInfo?.code;
  return typeof debugCode === "string" ? debugCode : null;
}

const PAYLOAD_ERROR_CODES = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded", "PayloadTooLarge"]);

/** Excel on the web refuses requests and responses over 5 MB; such a request can be retried in parts. */
export function isPayloadTooLarge(err: unknown): boolean {
  if (typeof err !== "object" || err === null) return false;
  const code = (err as { code?: unknown }).code;
  const debugCode = (err as { debugInfo?: { code?: unknown } }).debugInfo?.code;
  return (typeof code === "string" && PAYLOAD_ERROR_CODES.has(code)) || (typeof debugCode === "string" && PAYLOAD_ERROR_CODES.has(debugCode));
}
