/**
 * 忽略: diagnostics the user chose to ignore, remembered in the workbook's settings (like Excel's
 * 忽略错误) by what they are and where, so the same finding stays ignored on the next check.
 */
import type { Diagnostic } from "../core/types";

export function ignoreKey(d: Pick<Diagnostic, "rule" | "messageId" | "sheet" | "cell" | "table">): string {
  return [d.rule, d.messageId, d.sheet, d.cell, d.table].join("\u0001");
}

export interface VisibleDiagnostics {
  readonly shown: readonly Diagnostic[];
  /** Ignored diagnostics this check found again. */
  readonly ignored: number;
}

export function splitIgnored(diagnostics: readonly Diagnostic[], ignored: readonly string[] | undefined): VisibleDiagnostics {
  if (ignored === undefined || ignored.length === 0) return { shown: diagnostics, ignored: 0 };
  const keys = new Set(ignored);
  const shown = diagnostics.filter((d) => !keys.has(ignoreKey(d)));
  return { shown, ignored: diagnostics.length - shown.length };
}
