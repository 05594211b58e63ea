import { a1 } from "../grid/address";
import type { ReadingField, SheetReading, Table } from "../model/model";
import { isCoverOrReviewTitle, isInstructionsTitle, isTableTitle, namesIndicatorPart, soundsLikeTargetTable } from "../vocabulary/labels";
import { labelKey } from "../text/normalize";
import { isSelfEvaluationHeader, isSelfEvaluationTitle } from "../vocabulary/self-evaluation";
import type { Sheet } from "./sheet";

/** How many rows from the top a sheet's title or a self-evaluation's header may sit. */
const TITLE_ROWS = 8;
const HEADER_ROWS = 40;


/** The cell that shows a sheet is a self-evaluation (its title, or two of its header words), or null. */
export function selfEvaluationCell(sheet: Sheet): string | null {
  let headerWords = 0;
  let firstHeader: string | null = null;
  for (let r = 0; r < Math.min(sheet.height, HEADER_ROWS); r++) {
    for (const c of sheet.filledColumns(r)) {
      const k = sheet.key(r, c);
      if (k.length > 60 || typeof sheet.value(r, c) !== "string") continue;
      if (r < TITLE_ROWS && isSelfEvaluationTitle(k)) return a1(r, c);
      if (isSelfEvaluationHeader(k)) {
        headerWords++;
        firstHeader ??= a1(r, c);
        if (headerWords >= 2) return firstHeader;
      }
    }
  }
  return null;
}

/** The first cell that reads like a target table's title, within the top rows. */
function targetTitleCell(sheet: Sheet): string | null {
  for (let r = 0; r < Math.min(sheet.height, TITLE_ROWS); r++) {
    for (const c of sheet.filledColumns(r)) {
      const k = sheet.key(r, c);
      if (k.length <= 80 && (isTableTitle(k) || soundsLikeTargetTable(k))) return a1(r, c);
    }
  }
  return null;
}

/** The first cell that names the indicator part or a level's header (一级指标), within the top rows: where the indicators were looked for. */
function indicatorsLookedCell(sheet: Sheet): string | null {
  for (let r = 0; r < Math.min(sheet.height, HEADER_ROWS); r++) {
    for (const c of sheet.filledColumns(r)) {
      const k = sheet.key(r, c);
      if (k.length <= 80 && typeof sheet.value(r, c) === "string" && namesIndicatorPart(k)) return a1(r, c);
    }
  }
  return null;
}

function firstFilledCell(sheet: Sheet): { cell: string; row: number; col: number; count: number; wideRows: number } | null {
  let first: { row: number; col: number } | null = null;
  let count = 0;
  let wideRows = 0;
  for (let r = 0; r < sheet.height; r++) {
    const filled = sheet.filledColumns(r);
    if (filled.length === 0) continue;
    first ??= { row: r, col: filled[0]! };
    count += filled.length;
    if (filled.length >= 2) wideRows++;
  }
  return first === null ? null : { cell: a1(first.row, first.col), ...first, count, wideRows };
}

/**
 * What the reader made of one sheet: read or partly read (with what it could not find), or, when no
 * table came out of it, whether it looked like a target table (unread) or is something else, and why.
 */
export function readingOf(sheet: Sheet, tables: readonly Table[]): SheetReading {
  // A self-evaluation is read and checked by its own rules, but it is not a target table.
  if (tables.length > 0 && tables.every((t) => t.kind === "self-evaluation")) {
    return { sheet: sheet.name, status: "not-target", tables: tables.length, missing: [], reason: "self-evaluation", cell: selfEvaluationCell(sheet) };
  }
  if (tables.length > 0) {
    const missing: ReadingField[] = [];
    let cell: string | null = null;
    for (const t of tables) {
      const own = t.kind === "project" ? t.missing : t.kind === "department" ? t.targets.missing : [];
      for (const m of own) {
        if (!missing.includes(m.field)) missing.push(m.field);
        cell ??= m.cell;
      }
    }
    const first = tables[0]!;
    const titleCell = first.kind === "budget-summary" ? first.titleCell : first.title?.cell ?? first.name.cell;
    return { sheet: sheet.name, status: missing.length > 0 ? "partial" : "read", tables: tables.length, missing, reason: null, cell: cell ?? titleCell };
  }
  const notTarget = (reason: string, cell: string | null): SheetReading => ({ sheet: sheet.name, status: "not-target", tables: 0, missing: [], reason, cell });
  const filled = firstFilledCell(sheet);
  if (!filled) return notTarget("empty", null);
  const selfEvaluation = selfEvaluationCell(sheet);
  if (selfEvaluation) return notTarget("self-evaluation", selfEvaluation);
  const title = targetTitleCell(sheet);
  // A title and a line or two, nothing laid out in columns: a cover or an instructions page.
  if (filled.wideRows === 0 && filled.count <= 3) return notTarget("cover", filled.cell);
  // Prose one line a row under 填表说明, or a cover: it may quote every label of the form, but it holds no table.
  const name = labelKey(sheet.name);
  const first = sheet.key(filled.row, filled.col);
  if (filled.wideRows === 0 && (isInstructionsTitle(name) || isInstructionsTitle(first))) return notTarget("cover", filled.cell);
  // Titled …审核意见, or named 封面 with no table-like rows: it may name the target table, its boxes are not one.
  if (isCoverOrReviewTitle(first) || (isCoverOrReviewTitle(name) && filled.wideRows <= 2)) return notTarget("cover", filled.cell);
  if (title || soundsLikeTargetTable(sheet.name)) {
    // At the cell that names the indicators (一级指标 written sideways, a header pasted as one line), else the title.
    return { sheet: sheet.name, status: "unread", tables: 0, missing: ["indicator-header"], reason: "no-indicator-header", cell: indicatorsLookedCell(sheet) ?? title ?? filled.cell };
  }
  return notTarget("no-header-words", filled.cell);
}
