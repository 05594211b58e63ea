import type { Locale } from "./i18n";

/** What a person is told when Excel refuses an action: a sentence, and the code for whoever supports them. */
export interface HostErrorView {
  readonly sentence: string;
  readonly code: string | null;
}

type Sentences = Readonly<Record<Locale, string>>;

/** The sentences several codes share, and those for an unknown code and for an error without one. */
const SHARED = {
  unsupported: {
    "zh-CN": "当前版本的 Excel 不支持这项操作。请更新 Excel，或改用网页版 Excel。",
    en: "This version of Excel does not support this action. Please update Excel or use Excel on the web.",
  },
  tooLarge: {
    "zh-CN": "涉及的单元格太多，Excel 一次处理不了。请删除多余的空行空列，或把工作簿拆成几个文件分别校验。",
    en: "Too many cells are involved for Excel to handle at once. Delete unused rows and columns, or split the workbook and check the parts separately.",
  },
  unknownCode: {
    "zh-CN": "Excel 报告了一个问题。请重新校验；如果仍然出现，请保存并重新打开工作簿。",
    en: "Excel reported a problem. Please check again; if it persists, save and reopen the workbook.",
  },
  noCode: {
    "zh-CN": "发生了意外的问题。请再试一次；如果仍然出现，请关闭并重新打开任务窗格。",
    en: "Something unexpected went wrong. Please try again; if it persists, close and reopen the task pane.",
  },
} as const satisfies Readonly<Record<string, Sentences>>;

/** Office.js error codes (OfficeExtension.Error.code, Excel.ErrorCodes) in plain words. */
const BY_CODE: Readonly<Record<string, Sentences>> = {
  ItemNotFound: {
    "zh-CN": "找不到要操作的工作表或单元格，可能已被重命名或删除。请重新校验后再试。",
    en: "The worksheet or cell could not be found; it may have been renamed or deleted. Please check again and retry.",
  },
  InvalidArgument: {
    "zh-CN": "Excel 无法按给出的位置或内容完成这次操作。请重新校验后再试。",
    en: "Excel could not carry out the action at the given place or with the given content. Please check again and retry.",
  },
  RequestPayloadSizeLimitExceeded: {
    "zh-CN": "一次要写入 Excel 的内容太多（网页版 Excel 每次最多约 5 MB）。请把工作簿拆成几个文件分别校验，或在桌面版 Excel 中操作。",
    en: "Too much to write into Excel at once (Excel on the web takes about 5 MB per request). Split the workbook and check the parts separately, or use desktop Excel.",
  },
  ResponsePayloadSizeLimitExceeded: {
    "zh-CN": "工作簿太大，Excel 一次读不完（网页版 Excel 每次最多约 5 MB）。请删除多余的空行空列，或在桌面版 Excel 中操作。",
    en: "The workbook is too large for Excel to read at once (Excel on the web returns about 5 MB per request). Delete unused rows and columns, or use desktop Excel.",
  },
  GeneralException: {
    "zh-CN": "Excel 暂时无法完成这次操作。请稍后再试；如果一直出现，请保存并重新打开工作簿。",
    en: "Excel could not complete the action just now. Please try again later; if it keeps happening, save and reopen the workbook.",
  },
  AccessDenied: {
    "zh-CN": "工作簿或工作表受保护，或您没有编辑权限。请取消保护或取得编辑权限后再试。",
    en: "The workbook or worksheet is protected, or you may not edit it. Unprotect it or get edit rights, then retry.",
  },
  InvalidOperationInCellEditMode: {
    "zh-CN": "有单元格正在编辑。请先按 Enter 或 Esc 结束编辑，再试一次。",
    en: "A cell is being edited. Press Enter or Esc to finish editing, then try again.",
  },
  InvalidSelection: {
    "zh-CN": "当前选中的是图表、图形或多个区域。请单击工作表中的一个单元格后再试。",
    en: "A chart, a shape or several areas are selected. Click one cell of the worksheet, then retry.",
  },
  InvalidOperation: {
    "zh-CN": "Excel 当前的状态不允许这项操作。请关闭打开的对话框或结束编辑后再试。",
    en: "Excel does not allow this action in its current state. Close any open dialog or finish editing, then retry.",
  },
  Conflict: {
    "zh-CN": "工作簿正被其他操作或其他人修改。请稍等片刻再试。",
    en: "The workbook is being changed by another action or person. Please wait a moment and retry.",
  },
  ActivityLimitReached: {
    "zh-CN": "短时间内操作太多，Excel 暂停了处理。请稍等片刻再试。",
    en: "Too many actions in a short time; Excel paused. Please wait a moment and retry.",
  },
  RequestAborted: {
    "zh-CN": "操作被中断了。请再试一次。",
    en: "The action was interrupted. Please try again.",
  },
  UnsupportedSheet: {
    "zh-CN": "这种工作表（例如图表工作表或宏表）不能这样处理。",
    en: "This kind of sheet (a chart sheet or macro sheet, for example) cannot be handled this way.",
  },
  InvalidReference: {
    "zh-CN": "单元格地址无效，可能工作表已被修改。请重新校验后再试。",
    en: "The cell reference is not valid; the worksheet may have changed. Please check again and retry.",
  },
  InactiveWorkbook: {
    "zh-CN": "这个工作簿已不再处于活动状态。请切换回该工作簿后再试。",
    en: "The workbook is no longer active. Switch back to it and retry.",
  },
  ApiNotFound: SHARED.unsupported,
  NotImplemented: SHARED.unsupported,
  UnsupportedFeature: SHARED.unsupported,
  UnsupportedOperation: SHARED.unsupported,
  RangeExceedsLimit: SHARED.tooLarge,
  OperationCellsExceedLimit: SHARED.tooLarge,
  "too-large": SHARED.tooLarge,
};

/** How many changed cells a stale-plan message names before it says "and n more". */
const STALE_CELLS_SHOWN = 3;

const STALE: Readonly<Record<Locale, (shown: readonly string[], total: number) => string>> = {
  "zh-CN": (shown, total) =>
    `${shown.length === 0 ? "准备修改期间，工作簿已被改动。" : `准备修改期间，单元格 ${shown.join("、")}${total > shown.length ? ` 等 ${total} 处` : " "}已被改动。`}为避免覆盖，本次没有写入任何内容。已重新校验，请再试一次。`,
  en: (shown, total) =>
    `${shown.length === 0 ? "The workbook changed" : `Cell ${shown.join(", ")}${total > shown.length ? ` and ${total - shown.length} more` : ""} changed`} while the changes were being prepared. To overwrite nothing, nothing was written. The workbook was checked again; please retry.`,
};

const FORMULA: Readonly<Record<Locale, (shown: readonly string[], total: number) => string>> = {
  "zh-CN": (shown, total) =>
    `单元格 ${shown.join("、")}${total > shown.length ? ` 等 ${total} 处` : " "}是公式，修改会把公式变成固定数值。为保留公式，本次没有写入任何内容；请直接在单元格中修改公式。`,
  en: (shown, total) =>
    `Cell ${shown.join(", ")}${total > shown.length ? ` and ${total - shown.length} more` : ""} holds a formula that the change would replace with a fixed value. To keep the formula, nothing was written; please edit the formula in the cell itself.`,
};

/**
 * The cells ("表1!F9") a PlanStaleError (or, with `name`, a PlanFormulaError) names, or null for any
 * other error. Matched by name and shape rather than class, so the same words appear for the stand-in
 * host of the browser test.
 */
export function staleCells(error: unknown, name = "PlanStaleError"): string[] | null {
  if (!(error instanceof Error) || error.name !== name) return null;
  const cells = (error as Error & { readonly cells?: unknown }).cells;
  if (!Array.isArray(cells)) return [];
  return cells.flatMap((c: unknown) => {
    if (typeof c !== "object" || c === null) return [];
    const { sheet, cell } = c as { readonly sheet?: unknown; readonly cell?: unknown };
    return typeof sheet === "string" && typeof cell === "string" ? [`${sheet}!${cell}`] : [];
  });
}

/** The error's Office code, if it carries one (OfficeExtension.Error and the host's own errors do). */
export function hostErrorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("code" in error)) return null;
  const code = (error as { readonly code: unknown }).code;
  return typeof code === "string" && code !== "" ? code : null;
}

/** Never the message or the stack: those are for developers, in English, and sometimes leak cell contents. */
export function describeHostError(error: unknown, locale: Locale): HostErrorView {
  const stale = staleCells(error);
  if (stale !== null) {
    return { sentence: STALE[locale](stale.slice(0, STALE_CELLS_SHOWN), stale.length), code: null };
  }
  const formulas = staleCells(error, "PlanFormulaError");
  if (formulas !== null) return { sentence: FORMULA[locale](formulas.slice(0, STALE_CELLS_SHOWN), formulas.length), code: null };
  const code = hostErrorCode(error);
  if (code === null) return { sentence: SHARED.noCode[locale], code: null };
  const known = Object.prototype.hasOwnProperty.call(BY_CODE, code) ? BY_CODE[code] : undefined;
  return { sentence: (known ?? SHARED.unknownCode)[locale], code };
}
