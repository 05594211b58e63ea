/**
 * Inserts a new project in the layout of the sheet it goes into. With a project of that layout on
 * the sheet, the new one is modelled on the last of them: a block copies its head rows (labels,
 * merges, formats) with the new project's name, agency, budget and unit; a list gets one more row; a
 * flat sheet one more run of rows. On an empty or new sheet a default skeleton is written (the shape
 * of examples/seed002-qingdao-plan.xlsx, examples/seed003-liwan-list.xlsx and the flat layout), with fixed
 * looks instead of copied formats.
 */
import { a1, parseA1, parseRangeA1, rangeA1, type CellRange } from "../grid/address";
import { cellAt, type CellValue, type Grid, type WorkbookGrids } from "../grid/grid";
import { frameworkFor, resolveConfig } from "../check/check";
import { projectLayout } from "../layouts";
import { frameworkEvidence } from "../model/detect-framework";
import type { Framework } from "../model/framework";
import type { MoneyUnit, ParsedWorkbook, ProjectLayout, ProjectTable, BudgetTable } from "../model/model";
import { valueRightOf } from "../parse/head";
import { headLabelOf } from "../vocabulary/labels";
import { DEFAULT_MONEY_UNIT } from "../vocabulary/units";
import { Sheet } from "../parse/sheet";
import { isBlank, labelKey } from "../text/normalize";
import { categoryStyle, indicatorRowEdits, mergeAt, styleCopiesForRows, type CategoryStyle } from "./layout";
import { areaAfter, rowAfter, type CellLook, type CellWrite, type FillPlan, type LookSet, type MergeEdit, type NewSheet, type RowInsertion, type StyleCopy } from "./plan";
import { encodedItems, encodedStyleOf } from "./encoded-text";
import { fillPattern, formatAmount, renderTemplate, type ProjectTemplate, type RenderContext, type RenderedIndicator, type TemplateId } from "./templates";

export interface NewProjectSpec {
  readonly name: string;
  /** 预算数 in `unit`. */
  readonly budget: number;
  /** 其他资金 (default 0); 财政资金 is the rest. */
  readonly other?: number;
  /** Default: the unit of the sheet's projects, else 万元. */
  readonly unit?: MoneyUnit;
  readonly agency?: string;
  readonly year: number;
  readonly template: ProjectTemplate;
  /** Default: the framework of the sheet's projects, else 2021. */
  readonly framework?: Framework;
}

export interface NewProjectTarget {
  readonly sheet: string;
  readonly layout: ProjectLayout;
  /** Zero-based row above which the project goes (the task pane's selection); default: below the sheet's content. */
  readonly at?: number;
}

export type NewProjectError =
  | { readonly code: "layout-mismatch"; readonly sheetLayout: ProjectLayout }
  | { readonly code: "bad-position"; readonly row: number }
  | { readonly code: "unit-mismatch"; readonly sheetUnit: MoneyUnit }
  | { readonly code: "bad-budget" }
  /** The sheet's indicators are written as text: no rows to model a project on, and a table beside them would take their head. */
  | { readonly code: "text-indicators" };

export interface NewProjectPlan {
  readonly plan: FillPlan;
  readonly framework: Framework;
  readonly template: TemplateId;
  readonly unit: MoneyUnit;
  /** Rows of the new project once the plan is applied (zero-based, inclusive). */
  readonly rows: { readonly top: number; readonly bottom: number };
  readonly indicators: readonly RenderedIndicator[];
  /** List layouts: the 合计 and subtotal amounts that would count the new row, for the user to accept. */
  readonly totals: readonly CellWrite[];
  /** The project the new one was modelled on, or null for the default skeleton. */
  readonly model: string | null;
}

export type NewProjectResult = { readonly ok: true; readonly value: NewProjectPlan } | { readonly ok: false; readonly error: NewProjectError };

const SOURCE = "new-project";

export function planNewProject(grids: WorkbookGrids, parsed: ParsedWorkbook, target: NewProjectTarget, spec: NewProjectSpec): NewProjectResult {
  const other = spec.other ?? 0;
  if (!Number.isFinite(spec.budget) || spec.budget < 0 || !Number.isFinite(other) || other < 0 || other > spec.budget) return { ok: false, error: { code: "bad-budget" } };
  const grid = grids.sheets.find((g) => g.sheet === target.sheet) ?? null;
  const onSheet = parsed.tables.filter((t): t is ProjectTable => t.kind === "project" && t.sheet === target.sheet);
  const sameLayout = onSheet.filter((t) => t.layout === target.layout);
  if (onSheet.length > 0 && sameLayout.length === 0) return { ok: false, error: { code: "layout-mismatch", sheetLayout: onSheet[0]!.layout } };
  if (onSheet.some((t) => t.layout === "block" && t.indicatorHeaderRow === null)) return { ok: false, error: { code: "text-indicators" } };
  const model = sameLayout.length > 0 ? sameLayout.reduce((a, b) => (b.range.top >= a.range.top ? b : a)) : null;
  const allProjects = parsed.tables.filter((t): t is ProjectTable => t.kind === "project");
  const framework = spec.framework ?? frameworkOf(model, parsed);
  const unit = spec.unit ?? model?.unit ?? allProjects[0]?.unit ?? DEFAULT_MONEY_UNIT;
  if (model && unit !== model.unit && !(model.layout === "block" && model.unitCell !== null && withinHead(model, model.unitCell))) {
    return { ok: false, error: { code: "unit-mismatch", sheetUnit: model.unit } };
  }
  const context: RenderContext = { framework, name: spec.name, budget: spec.budget, unit, year: spec.year };
  const indicators = renderTemplate(spec.template, context);
  const input: Input = { grid, target, spec, unit, context, indicators, other, fiscal: round2(spec.budget - other), tables: parsed.tables.filter((t) => t.sheet === target.sheet) };
  let built: Built | NewProjectError;
  if (!model || !grid) built = skeleton(input);
  else if (model.layout === "block") built = cloneBlock(input, grid, model, onSheet);
  else if (model.layout === "list") built = appendListRow(input, grid, model, parsed);
  else built = appendFlatRun(input, grid, model);
  if ("code" in built) return { ok: false, error: built };
  return {
    ok: true,
    value: { plan: built.plan, framework, template: spec.template.id, unit, rows: built.rows, indicators, totals: built.totals ?? [], model: model ? model.id : null },
  };
}

interface Input {
  readonly grid: Grid | null;
  readonly target: NewProjectTarget;
  readonly spec: NewProjectSpec;
  readonly unit: MoneyUnit;
  readonly context: RenderContext;
  readonly indicators: readonly RenderedIndicator[];
  readonly other: number;
  readonly fiscal: number;
  readonly tables: readonly { readonly range: CellRange }[];
}

interface Built {
  readonly plan: FillPlan;
  readonly rows: { readonly top: number; readonly bottom: number };
  readonly totals?: readonly CellWrite[];
}

/** The model's framework as the check sees it; without a model, the workbook's, and 2021 for a workbook that shows none. */
function frameworkOf(model: ProjectTable | null, parsed: ParsedWorkbook): Framework {
  const frameworkOfTable = frameworkFor(resolveConfig({ profile: "auto" }), parsed);
  if (model) return frameworkOfTable(model);
  const shown = parsed.tables.filter((t): t is ProjectTable => t.kind === "project" && (frameworkEvidence(t).as2021 || frameworkEvidence(t).asLegacy));
  return shown.length === 0 ? "2021" : frameworkOfTable(shown[0]!);
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Rows of the sheet holding anything (trailing blank rows do not count). */
function usedHeight(grid: Grid | null): number {
  if (!grid) return 0;
  for (let r = grid.cells.length - 1; r >= 0; r--) if ((grid.cells[r] ?? []).some((v) => !isBlank(v))) return r + 1;
  return 0;
}

/** Where `height` new rows go: at the chosen row (inserted above it) or below the content after `gap` blank rows. */
function placement(input: Input, height: number, gap: number): { top: number; insertions: RowInsertion[] } | NewProjectError {
  const used = usedHeight(input.grid);
  const at = input.target.at;
  if (at === undefined || at >= used) {
    const top = at ?? (used === 0 ? 0 : used + gap);
    return { top, insertions: [] };
  }
  if (at < 0 || input.tables.some((t) => t.range.top < at && at <= t.range.bottom)) return { code: "bad-position", row: at };
  return { top: at, insertions: [{ sheet: input.target.sheet, before: at, count: height + gap }] };
}

function withinHead(table: ProjectTable, cell: string): boolean {
  const ref = parseA1(cell);
  const first = table.indicators[0]?.row ?? table.range.bottom + 1;
  return ref !== null && ref.row >= table.range.top && ref.row < first;
}

/** The right-most column a table's rows use (cells and merged areas). */
function usedRight(grid: Grid, top: number, bottom: number): number {
  let right = 0;
  for (let r = top; r <= bottom; r++) {
    const cells = grid.cells[r] ?? [];
    for (let c = cells.length - 1; c > right; c--) if (!isBlank(cells[c])) right = c;
  }
  for (const m of grid.merges) if (m.top >= top && m.bottom <= bottom) right = Math.max(right, m.right);
  return right;
}

function collect(): { writes: CellWrite[]; merges: MergeEdit[]; styles: StyleCopy[]; looks: LookSet[] } {
  return { writes: [], merges: [], styles: [], looks: [] };
}

/** A block like `model`, placed below the sheet's content (or at the chosen row). */
function cloneBlock(input: Input, grid: Grid, model: ProjectTable, onSheet: readonly ProjectTable[]): Built | NewProjectError {
  const sheetName = grid.sheet;
  const headTop = model.range.top;
  const headEnd = (model.indicators[0]?.row ?? model.range.bottom + 1) - 1;
  const headHeight = headEnd - headTop + 1;
  const height = headHeight + input.indicators.length;
  const right = usedRight(grid, headTop, model.range.bottom);
  const previous = onSheet.filter((t) => t.range.bottom < headTop).sort((a, b) => b.range.bottom - a.range.bottom)[0];
  const gap = previous ? Math.min(3, Math.max(1, headTop - previous.range.bottom - 1)) : 2;
  const placed = placement(input, height, gap);
  if ("code" in placed) return placed;
  const { top, insertions } = placed;
  const out = collect();
  const shift = top - headTop;
  const after = (row: number): number => rowAfter(insertions, sheetName, row);

  out.styles.push({ sheet: sheetName, source: rangeA1({ top: after(headTop), left: 0, bottom: after(headEnd), right }), target: rangeA1({ top, left: 0, bottom: top + headHeight - 1, right }) });
  for (const m of grid.merges) {
    if (m.top >= headTop && m.bottom <= headEnd) out.merges.push({ sheet: sheetName, range: rangeA1({ ...m, top: m.top + shift, bottom: m.bottom + shift }) });
  }

  const replaced = headValues(input, grid, model, onSheet);
  const sheet = new Sheet(grid);
  const skip = new Set<string>();
  for (let r = headTop; r <= headEnd; r++) {
    for (const c of sheet.filledColumns(r)) {
      if (headLabelOf(sheet.key(r, c)) !== "manager") continue;
      const at = valueRightOf(sheet, r, c);
      if (at) skip.add(a1(at.row, at.col));
    }
  }
  for (let r = headTop; r <= headEnd; r++) {
    for (let c = 0; c <= right; c++) {
      const cell = a1(r, c);
      const v = replaced.has(cell) ? replaced.get(cell)! : skip.has(cell) ? null : cellAt(grid, r, c);
      if (isBlank(v)) continue;
      out.writes.push({ kind: "fill", sheet: sheetName, cell: a1(r + shift, c), from: null, to: v, source: SOURCE });
    }
  }
  // Amounts whose cell was blank in the model (其他资金 left empty) go right of their label.
  for (const [cell, value] of replaced) {
    const ref = parseA1(cell)!;
    if (isBlank(cellAt(grid, ref.row, ref.col)) && !isBlank(value) && !out.writes.some((w) => w.cell === a1(ref.row + shift, ref.col))) {
      out.writes.push({ kind: "fill", sheet: sheetName, cell: a1(ref.row + shift, ref.col), from: null, to: value, source: SOURCE });
    }
  }

  const firstIndicatorRow = top + headHeight;
  const edits = indicatorRowEdits(rowsTarget(sheetName, model, grid), firstIndicatorRow, input.indicators);
  out.writes.push(...edits.writes);
  out.merges.push(...edits.merges);
  const modelRows = model.indicators.map((i) => after(i.row));
  const during = grid.merges.map((m) => areaAfter(insertions, sheetName, m));
  const copies = styleCopiesForRows(sheetName, during, modelRows[0] ?? after(headEnd), modelRows, firstIndicatorRow, input.indicators.length, 0, right);
  out.styles.push(...copies.styles);
  out.merges.push(...copies.merges);
  out.looks.push(...uncopiedLooks(sheetName, copies.styles, model.columns, firstIndicatorRow, input.indicators.length, 0, right));
  return { plan: { newSheets: [], insertions, ...out }, rows: { top, bottom: top + height - 1 } };
}

function rowsTarget(sheet: string, model: ProjectTable | null, grid: Grid | null, columns = model?.columns ?? {}): Parameters<typeof indicatorRowEdits>[0] {
  const style = (field: "level1" | "level2", fallback: CategoryStyle): CategoryStyle => (model && grid ? categoryStyle(grid, model, field) ?? fallback : fallback);
  return { sheet, columns, level1Style: style("level1", "merge"), level2Style: style("level2", "merge"), continues: { level1: null, level2: null }, source: SOURCE };
}

/** Indicator cells no format could be copied to (their column is merged in every model row) get a fixed look. */
function uncopiedLooks(sheet: string, styles: readonly StyleCopy[], columns: ProjectTable["columns"], top: number, count: number, left: number, right: number): LookSet[] {
  const copied = new Set<number>();
  for (const s of styles) {
    const area = parseRangeA1(s.target);
    if (area && area.top <= top && area.bottom >= top) for (let c = area.left; c <= area.right; c++) copied.add(c);
  }
  const looks: LookSet[] = [];
  for (let c = left; c <= right; c++) {
    if (copied.has(c)) continue;
    const look: CellLook = c === columns.level3 || c === columns.description ? "text" : "center";
    looks.push({ sheet, range: rangeA1({ top, left: c, bottom: top + count - 1, right: c }), look });
  }
  return looks;
}

/** New values of the model head's value cells (null: left blank), by the model's cell address. */
function headValues(input: Input, grid: Grid, model: ProjectTable, onSheet: readonly ProjectTable[]): Map<string, CellValue> {
  const values = new Map<string, CellValue>();
  const { spec } = input;
  const template = spec.template;
  const set = (cell: string | undefined | null, value: CellValue): void => {
    if (cell && withinHead(model, cell)) values.set(cell, value);
  };
  if (model.title) set(model.title.cell, newTitle(model.title.value, model.name.value, spec.name, onSheet));
  if (!model.title || model.name.cell !== model.title.cell) set(model.name.cell, spec.name);
  if (model.code) set(model.code.cell, null);
  if (model.agency && spec.agency !== undefined) set(model.agency.cell, replaceInline(cellText(grid, model.agency.cell), model.agency.value, spec.agency));
  const budget = model.budget;
  if (budget) {
    const amount = (which: "total" | "fiscal" | "other" | "specialAccount", value: number | null): void => {
      const a = budget[which];
      const label = budget.labelCells[which];
      if (a && a.cell === label) {
        // "年度预算总额：15" in one cell: only the number changes.
        set(a.cell, cellText(grid, a.cell).replace(/[\d.,]+/u, value === null ? "" : formatAmount(value)));
        return;
      }
      const cell = a?.cell ?? (label ? cellRightOf(grid, label) : null);
      set(cell, value === null ? null : value);
    };
    amount("total", spec.budget);
    amount("fiscal", budget.fiscal || budget.labelCells.fiscal ? input.fiscal : null);
    amount("other", input.other > 0 ? input.other : budget.other ? 0 : null);
    amount("specialAccount", null);
  }
  if (model.plan) {
    model.plan.points.forEach((p, i) => set(p.cell, i === model.plan!.points.length - 1 ? spec.budget : null));
    // The new plan holds an amount, so a label "资金支出计划（%）" copied from the model would be wrong on it.
    const text = cellText(grid, model.plan.label.cell);
    const relabelled = text.replace(/[(（]\s*[%％]\s*[)）]/u, `（${input.unit}）`);
    if (relabelled !== text) set(model.plan.label.cell, relabelled);
  }
  if (model.goal) set(model.goal.cell, fillPattern(template.goal, input.context));
  if (model.use) set(model.use.cell, fillPattern(template.use, input.context));
  if (model.unitCell && input.unit !== model.unit) set(model.unitCell, cellText(grid, model.unitCell).replace(model.unit, input.unit));
  return values;
}

function cellText(grid: Grid, cell: string): string {
  const ref = parseA1(cell);
  const v = ref ? cellAt(grid, ref.row, ref.col) : null;
  return v === null ? "" : String(v);
}

/** The first cell right of a label's (merged) cell. */
function cellRightOf(grid: Grid, label: string): string | null {
  const ref = parseA1(label);
  if (!ref) return null;
  const m = mergeAt(grid.merges, ref.row, ref.col);
  return a1(ref.row, (m ? m.right : ref.col) + 1);
}

/** An agency cell with its new agency: "预算单位：甲局" keeps its label, a coded "340102甲局" its code only if the names agree. */
function replaceInline(text: string, oldValue: string, newValue: string): string {
  const inline = /^(\s*[^:：]{2,12}[:：]\s*)(.+)$/su.exec(text);
  if (inline && headLabelOf(labelKey(inline[1]!)) !== null) return `${inline[1]}${newValue}`;
  if (text.includes(oldValue) && oldValue !== text) return text.replace(oldValue, newValue);
  return newValue;
}

/** "1.市信访办…绩效目标表" → "8.新项目绩效目标表": the old name replaced, the number one past the sheet's highest. */
function newTitle(title: string, oldName: string, newName: string, onSheet: readonly ProjectTable[]): string {
  if (!title.includes(oldName)) return title;
  let text = title.replace(oldName, newName);
  const numbered = /^(\s*)(\d+)(\s*[.、．])/u;
  if (numbered.test(text)) {
    const highest = Math.max(0, ...onSheet.map((t) => Number(numbered.exec(t.title?.value ?? "")?.[2] ?? 0)));
    text = text.replace(numbered, (_m, lead: string, _n: string, dot: string) => `${lead}${highest + 1}${dot}`);
  }
  return text;
}

/** One more row at the end of the list the model project belongs to. */
function appendListRow(input: Input, grid: Grid, model: ProjectTable, parsed: ParsedWorkbook): Built | NewProjectError {
  const sheetName = grid.sheet;
  const list = parsed.tables.find((t): t is BudgetTable => t.kind === "budget-summary" && t.sheet === sheetName && t.rows.some((r) => r.projectId === model.id));
  if (!list) return { code: "layout-mismatch", sheetLayout: "list" };
  const projectRows = list.rows.filter((r) => r.projectId !== undefined);
  const starts = projectRows.map((r) => r.row);
  const at = input.target.at;
  if (at !== undefined && at !== list.range.bottom + 1 && !starts.includes(at)) return { code: "bad-position", row: at };
  const row = at ?? list.range.bottom + 1;
  const insertions: RowInsertion[] = row < usedHeight(grid) ? [{ sheet: sheetName, before: row, count: 1 }] : [];
  const out = collect();
  const write = (cell: { row: number; col: number } | null, value: CellValue): void => {
    if (cell && !isBlank(value)) out.writes.push({ kind: "fill", sheet: sheetName, cell: a1(row, cell.col), from: null, to: value, source: SOURCE });
  };
  const colOf = (cell: string | null | undefined): { row: number; col: number } | null => (cell ? parseA1(cell) : null);
  write(colOf(model.name.cell), input.spec.name);
  if (model.agency && parseA1(model.agency.cell)?.row === parseA1(model.name.cell)?.row) write(colOf(model.agency.cell), input.spec.agency ?? model.agency.value);
  for (const c of list.columns) {
    if (c.role === "total") write({ row, col: c.col }, input.spec.budget);
    else if (c.role === "fiscal") write({ row, col: c.col }, input.fiscal);
    else if (c.role === "other" && input.other > 0) write({ row, col: c.col }, input.other);
  }
  if (model.goal) write(colOf(model.goal.cell), fillPattern(input.spec.template.goal, input.context));
  if (model.encodedCell) {
    const style = encodedStyleOf(cellText(grid, model.encodedCell));
    write(colOf(model.encodedCell), encodedItems(input.indicators, 0, style));
  }
  const after = (r: number): number => rowAfter(insertions, sheetName, r);
  const during = grid.merges.map((m) => areaAfter(insertions, sheetName, m));
  const copies = styleCopiesForRows(sheetName, during, after(model.range.top), starts.map(after), row, 1, list.range.left, list.range.right);
  out.styles.push(...copies.styles);
  out.merges.push(...copies.merges);
  const totals = listTotals(grid, list, row, insertions, { total: input.spec.budget, fiscal: input.fiscal, other: input.other });
  return { plan: { newSheets: [], insertions, ...out }, rows: { top: row, bottom: row }, totals };
}

/** 合计 rows, and the subtotal row heading the new row's group, with the new project's amounts added. */
function listTotals(grid: Grid, list: BudgetTable, row: number, insertions: readonly RowInsertion[], add: Partial<Record<string, number>>): CellWrite[] {
  const subtotal = [...list.rows].filter((r) => r.kind === "subtotal" && r.row < row).pop();
  const rows = list.rows.filter((r) => r.kind === "total" || r === subtotal);
  const writes: CellWrite[] = [];
  for (const r of rows) {
    for (const c of list.columns) {
      const amount = add[c.role];
      if (amount === undefined || amount === 0) continue;
      const current = cellAt(grid, r.row, c.col);
      const had = r.amounts.get(c.col)?.value ?? 0;
      if (current !== null && typeof current !== "number") continue;
      writes.push({ kind: "fix", sheet: grid.sheet, cell: a1(rowAfter(insertions, grid.sheet, r.row), c.col), from: current, to: round2(had + amount), source: SOURCE });
    }
  }
  return writes;
}

/** One more run of rows after the last project of a flat sheet. */
function appendFlatRun(input: Input, grid: Grid, model: ProjectTable): Built | NewProjectError {
  const sheetName = grid.sheet;
  const count = input.indicators.length;
  const at = input.target.at;
  const row = at ?? model.range.bottom + 1;
  if (at !== undefined && at !== model.range.bottom + 1) return { code: "bad-position", row: at };
  const insertions: RowInsertion[] = row < usedHeight(grid) ? [{ sheet: sheetName, before: row, count }] : [];
  const out = collect();
  const right = usedRight(grid, model.range.top, model.range.bottom);
  const indicatorCols = new Set(Object.values(model.columns));
  const projectValue = new Map<number, CellValue>();
  const colOf = (cell: string | null | undefined): number | null => (cell ? parseA1(cell)?.col ?? null : null);
  const put = (cell: string | null | undefined, value: CellValue): void => {
    const col = colOf(cell);
    if (col !== null && parseA1(cell!)!.row === model.range.top) projectValue.set(col, value);
  };
  put(model.name.cell, input.spec.name);
  if (model.agency) put(model.agency.cell, input.spec.agency ?? model.agency.value);
  if (model.code) put(model.code.cell, null);
  if (model.budget) {
    put(model.budget.total?.cell, input.spec.budget);
    put(model.budget.fiscal?.cell, input.fiscal);
    put(model.budget.other?.cell, input.other);
  }
  if (model.goal) put(model.goal.cell, fillPattern(input.spec.template.goal, input.context));
  for (let c = 0; c <= right; c++) {
    if (indicatorCols.has(c)) continue;
    const value = projectValue.get(c) ?? null;
    const m = mergeAt(grid.merges, model.range.top, c);
    const merged = m !== undefined && m.top === model.range.top && m.bottom >= model.range.bottom && m.bottom > m.top;
    const repeated = !merged && model.range.bottom > model.range.top && !isBlank(cellAt(grid, model.range.bottom, c)) && cellAt(grid, model.range.bottom, c) === cellAt(grid, model.range.top, c);
    for (let k = 0; k < (repeated ? count : 1); k++) {
      if (!isBlank(value)) out.writes.push({ kind: "fill", sheet: sheetName, cell: a1(row + k, c), from: null, to: value, source: SOURCE });
    }
    if (merged && count > 1) out.merges.push({ sheet: sheetName, range: rangeA1({ top: row, left: c, bottom: row + count - 1, right: c }) });
  }
  const edits = indicatorRowEdits(rowsTarget(sheetName, model, grid), row, input.indicators);
  out.writes.push(...edits.writes);
  out.merges.push(...edits.merges);
  const modelRows = model.indicators.map((i) => i.row);
  const copies = styleCopiesForRows(sheetName, grid.merges, model.range.top, modelRows, row, count, 0, right);
  out.styles.push(...copies.styles);
  out.merges.push(...copies.merges);
  out.looks.push(...uncopiedLooks(sheetName, copies.styles, model.columns, row, count, 0, right).filter((l) => !projectLook(l, indicatorCols)));
  for (let c = 0; c <= right; c++) {
    if (indicatorCols.has(c) || out.styles.some((s) => coversColumn(s.target, c, row))) continue;
    out.looks.push({ sheet: sheetName, range: rangeA1({ top: row, left: c, bottom: row + count - 1, right: c }), look: typeof projectValue.get(c) === "number" ? "amount" : "text" });
  }
  return { plan: { newSheets: [], insertions, ...out }, rows: { top: row, bottom: row + count - 1 } };
}

function projectLook(look: LookSet, indicatorCols: ReadonlySet<number | undefined>): boolean {
  const area = parseRangeA1(look.range);
  return area !== null && !indicatorCols.has(area.left);
}

function coversColumn(target: string, col: number, row: number): boolean {
  const area = parseRangeA1(target);
  return area !== null && area.left <= col && area.right >= col && area.top <= row && area.bottom >= row;
}

type Put = (row: number, col: number, value: CellValue, look: CellLook, colSpan?: number, rowSpan?: number) => void;

/** Where a skeleton's indicator rows start (-1: none, the indicators are one cell) and how many rows it has. */
interface Drawn {
  readonly indicatorTop: number;
  readonly height: number;
}

/** The block skeleton: title, agency and unit, 项目名称, the money with its use, 绩效目标, the indicator header and rows. */
function drawBlock(input: Input, put: Put): Drawn {
  const { spec, unit } = input;
  put(0, 0, `${spec.name}绩效目标表`, "title", 7);
  put(1, 0, spec.agency ? `预算单位：${spec.agency}` : null, "note", 5);
  put(1, 5, `单位：${unit}`, "noteRight", 2);
  put(2, 0, "项目名称", "label");
  put(2, 1, spec.name, "text", 6);
  put(3, 0, "预算规模及资金用途", "label", 1, 2);
  put(3, 1, "预算数", "label");
  put(3, 2, spec.budget, "amount");
  put(3, 3, "其中：财政资金", "label");
  put(3, 4, input.fiscal, "amount");
  put(3, 5, "其他资金", "label");
  put(3, 6, input.other > 0 ? input.other : null, "amount");
  put(4, 1, fillPattern(spec.template.use, input.context), "text", 6);
  put(5, 0, "绩效目标", "label");
  put(5, 1, fillPattern(spec.template.goal, input.context), "text", 6);
  ["一级指标", "二级指标", "三级指标"].forEach((h, i) => put(6, i, h, "header"));
  put(6, 3, "绩效指标描述", "header", 2);
  put(6, 5, "指标值", "header");
  put(6, 6, "指标值确定依据", "header");
  input.indicators.forEach((_r, i) => {
    put(7 + i, 0, null, "center");
    put(7 + i, 1, null, "center");
    put(7 + i, 2, null, "text");
    put(7 + i, 3, null, "text", 2);
    put(7 + i, 5, null, "center");
    put(7 + i, 6, null, "center");
  });
  return { indicatorTop: 7, height: 7 + input.indicators.length };
}

/** The list skeleton: the header, a 合计 row and the project's row, its indicators encoded in one cell. */
function drawList(input: Input, put: Put): Drawn {
  const { spec, unit } = input;
  put(0, 0, "项目支出绩效目标表", "title", 7);
  put(1, 0, spec.agency ? `部门名称：${spec.agency}` : null, "note", 6);
  put(1, 6, `单位：${unit}`, "noteRight");
  ["项目名称（资金使用单位）", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标"].forEach((h, i) => put(2, i, h, "header"));
  const amounts = (row: number): void => {
    put(row, 1, spec.budget, "amount");
    put(row, 2, input.fiscal, "amount");
    put(row, 3, null, "amount");
    put(row, 4, input.other > 0 ? input.other : null, "amount");
  };
  put(3, 0, "合计", "center");
  amounts(3);
  put(3, 5, null, "text");
  put(3, 6, null, "text");
  put(4, 0, spec.name, "text");
  amounts(4);
  put(4, 5, fillPattern(spec.template.goal, input.context), "text");
  put(4, 6, encodedItems(input.indicators, 0, "both"), "text");
  return { indicatorTop: -1, height: 5 };
}

/** The flat skeleton: one header row, the project's cells merged down over its indicator rows. */
function drawFlat(input: Input, put: Put): Drawn {
  const { spec, unit } = input;
  const n = Math.max(1, input.indicators.length);
  put(0, 0, "项目支出绩效目标表", "title", 11);
  put(1, 0, spec.agency ? `填报单位：${spec.agency}` : null, "note", 10);
  put(1, 10, `单位：${unit}`, "noteRight");
  ["项目名称", "预算单位", "预算数", "财政资金", "其他资金", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"].forEach((h, i) => put(2, i, h, "header"));
  put(3, 0, spec.name, "text", 1, n);
  put(3, 1, spec.agency ?? null, "text", 1, n);
  put(3, 2, spec.budget, "amount", 1, n);
  put(3, 3, input.fiscal, "amount", 1, n);
  put(3, 4, input.other, "amount", 1, n);
  put(3, 5, fillPattern(spec.template.goal, input.context), "text", 1, n);
  input.indicators.forEach((_r, i) => {
    put(3 + i, 6, null, "center");
    put(3 + i, 7, null, "center");
    put(3 + i, 8, null, "text");
    put(3 + i, 9, null, "center");
    put(3 + i, 10, null, "center");
  });
  return { indicatorTop: 3, height: 3 + n };
}

const DRAW: Readonly<Record<ProjectLayout, (input: Input, put: Put) => Drawn>> = { block: drawBlock, list: drawList, flat: drawFlat };

/** The default skeletons, written with fixed looks, for a sheet without a project of the layout. */
function skeleton(input: Input): Built | NewProjectError {
  const layout = input.target.layout;
  const cells: Placed[] = [];
  const { indicatorTop, height } = DRAW[layout](input, (row, col, value, look, colSpan = 1, rowSpan = 1) => cells.push({ row, col, value, look, colSpan, rowSpan }));
  const newSheets: NewSheet[] = input.grid ? [] : [{ name: input.target.sheet, columnWidths: projectLayout(layout).skeleton.widths }];
  const placed = placement(input, height, 2);
  if ("code" in placed) return placed;
  const { top, insertions } = placed;
  const sheet = input.target.sheet;
  const out = collect();
  for (const p of cells) {
    const area = { top: top + p.row, left: p.col, bottom: top + p.row + p.rowSpan - 1, right: p.col + p.colSpan - 1 };
    out.looks.push({ sheet, range: rangeA1(area), look: p.look });
    if (p.colSpan > 1 || p.rowSpan > 1) out.merges.push({ sheet, range: rangeA1(area) });
    if (!isBlank(p.value)) out.writes.push({ kind: "fill", sheet, cell: a1(area.top, area.left), from: null, to: p.value, source: SOURCE });
  }
  if (indicatorTop >= 0) {
    const columns = projectLayout(layout).skeleton.columns ?? {};
    const edits = indicatorRowEdits(rowsTarget(sheet, null, null, columns), top + indicatorTop, input.indicators);
    out.writes.push(...edits.writes);
    out.merges.push(...edits.merges);
  }
  return { plan: { newSheets, insertions, ...out }, rows: { top, bottom: top + height - 1 } };
}

interface Placed {
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
  readonly look: CellLook;
  readonly colSpan: number;
  readonly rowSpan: number;
}

