/**
 * Adds the indicator rows a project is missing: the 一级 categories its framework requires (and, on
 * request, the core 二级 categories of each), filled from a template. Rows go inside the project,
 * below the last row of the nearest category, with that row's formats and the merged category and
 * project cells extended over them; in list layouts the items are appended to the encoded cell.
 */
import type { CellRange } from "../grid/address";
import { a1, parseA1, rangeA1 } from "../grid/address";
import { cellAt, type Grid, type WorkbookGrids } from "../grid/grid";
import { displayCategory, requiredLevel1, type Framework, type Level1 } from "../model/framework";
import { encodedItems, encodedStyleOf } from "./encoded-text";
import type { ProjectLayout, ProjectTable } from "../model/model";
import { isBlank } from "../text/normalize";
import { categoryStyle, indicatorRight, indicatorRowEdits, indicatorRowsOf, mergeAt, mergesDuringCopy, styleCopiesForRows, type IndicatorRowInfo } from "./layout";
import { areaAfter, cellAfter, insertedTop, rowAfter, type CellWrite, type FillPlan, type MergeEdit, type RowInsertion, type StyleCopy } from "./plan";
import { frameworkSlots, renderTemplate, type ProjectTemplate, type RenderedIndicator, type TemplateId } from "./templates";

export interface CompletionOptions {
  readonly framework: Framework;
  readonly template: ProjectTemplate;
  /** Also add the 二级 categories of the template that a present 一级 lacks (数量, 质量, 时效 …). */
  readonly level2: boolean;
  readonly year: number;
}

/** What was added to one project. */
export interface AddedRows {
  readonly table: string;
  readonly sheet: string;
  readonly layout: ProjectLayout;
  readonly template: TemplateId;
  /** "效益指标/社会效益指标" for each row added. */
  readonly categories: readonly string[];
  /** The new rows (after the plan's insertions), or the encoded cell that was appended to. */
  readonly cells: string;
}

/** A cell left blank because the template needs a figure the project lacks (its 预算数). */
export interface NeedsInput {
  readonly table: string;
  readonly sheet: string;
  readonly cell: string;
  readonly what: "budget";
}

/**
 * A category not added: the project files its costs under the other framework's category, which a
 * person must move; or another table sits beside the project on its rows, which an inserted row would cut.
 */
export interface SkippedCategory {
  readonly table: string;
  readonly sheet: string;
  readonly category: string;
  readonly reason: "cost-elsewhere" | "beside-another-table";
}

export interface CompletionResult {
  readonly plan: FillPlan;
  readonly added: readonly AddedRows[];
  readonly needsInput: readonly NeedsInput[];
  readonly skipped: readonly SkippedCategory[];
}

interface Group {
  readonly rows: RenderedIndicator[];
  /** Row of the sheet as it was below which the rows go. */
  readonly after: number;
  readonly continues: Level1 | null;
  readonly slot: number;
}

interface Pending {
  readonly table: ProjectTable;
  readonly grid: Grid;
  readonly options: CompletionOptions;
  readonly insertion: RowInsertion;
  readonly rows: RenderedIndicator[];
  readonly continues: Level1 | null;
  /** Rows of `rows` (from the first) that continue the 一级 of the row above. */
  readonly continuing: number;
  readonly styleRow: number;
  readonly left: number;
  readonly right: number;
}

/** One insertion per place the missing rows of a block-like table go, their groups in table order. */
function pendingOf(table: ProjectTable, grid: Grid, options: CompletionOptions, groups: readonly Group[]): Pending[] {
  const byAfter = new Map<number, Group[]>();
  for (const g of groups) byAfter.set(g.after, [...(byAfter.get(g.after) ?? []), g]);
  return [...byAfter].map(([after, list]) => {
    list.sort((a, b) => a.slot - b.slot);
    const merged = list.flatMap((g) => g.rows);
    const continues = list[0]!.continues;
    let continuing = 0;
    while (continuing < merged.length && merged[continuing]!.level1 === continues) continuing++;
    return {
      table,
      grid,
      options,
      insertion: { sheet: table.sheet, before: after + 1, count: merged.length },
      rows: merged,
      continues,
      continuing,
      styleRow: after,
      left: table.range.left,
      right: indicatorRight(grid, table),
    };
  });
}

interface Missing {
  readonly pending: Pending[];
  /** Items appended to a list's encoded cell, at their cells before any insertion. */
  readonly appends: CellWrite[];
  readonly added: AddedRows[];
  readonly skipped: SkippedCategory[];
}

/** What every table lacks: items for a list's encoded cell, rows pending insertion for the others. */
function collectMissing(grids: WorkbookGrids, tables: readonly ProjectTable[], optionsFor: (table: ProjectTable) => CompletionOptions): Missing {
  const gridOf = new Map(grids.sheets.map((g) => [g.sheet, g]));
  const missing: Missing = { pending: [], appends: [], added: [], skipped: [] };
  for (const table of tables) {
    const grid = gridOf.get(table.sheet);
    if (!grid) continue;
    if (table.layout === "list" && table.indicators.length === 0 && !table.encodedCell) continue;
    const options = optionsFor(table);
    const { groups, skipped: notAdded } = missingGroups(table, options);
    for (const category of notAdded) missing.skipped.push({ table: table.id, sheet: table.sheet, category, reason: "cost-elsewhere" });
    if (groups.length === 0) continue;
    if (table.layout === "list") {
      const rows = [...groups].sort((a, b) => a.slot - b.slot).flatMap((g) => g.rows);
      const append = appendToEncoded(grid, table, rows);
      if (!append) continue;
      missing.appends.push(append);
      missing.added.push({ table: table.id, sheet: table.sheet, layout: table.layout, template: options.template.id, categories: categoriesOf(rows), cells: append.cell });
      continue;
    }
    if (table.columns.level1 !== undefined) missing.pending.push(...pendingOf(table, grid, options, groups));
  }
  return missing;
}

const categoriesOf = (rows: readonly RenderedIndicator[]): string[] => rows.map((r) => `${r.level1Text}/${r.level2Text}`);

/** The rows added for one pending insertion, added to what its table already gained (one entry per table). */
function recordAdded(added: AddedRows[], p: Pending, top: number): void {
  const previous = added.find((a) => a.table === p.table.id && a.sheet === p.table.sheet);
  const cells = rangeA1({ top, left: p.left, bottom: top + p.rows.length - 1, right: p.right });
  const categories = categoriesOf(p.rows);
  if (previous) added.splice(added.indexOf(previous), 1, { ...previous, categories: [...previous.categories, ...categories], cells: `${previous.cells},${cells}` });
  else added.push({ table: p.table.id, sheet: p.table.sheet, layout: p.table.layout, template: p.options.template.id, categories, cells });
}

/** The writes, merges and style copies of every pending insertion, with the cells that need a figure. */
function writePending(pending: readonly Pending[], insertions: readonly RowInsertion[], added: AddedRows[]): { writes: CellWrite[]; merges: MergeEdit[]; styles: StyleCopy[]; needsInput: NeedsInput[] } {
  const out = { writes: [] as CellWrite[], merges: [] as MergeEdit[], styles: [] as StyleCopy[], needsInput: [] as NeedsInput[] };
  const replacedBySheet = new Map<string, CellRange[]>();
  const extensions = pending.map((p) => extensionsOf(p, insertions));
  pending.forEach((p, i) => replacedBySheet.set(p.table.sheet, [...(replacedBySheet.get(p.table.sheet) ?? []), ...extensions[i]!.replaced]));
  pending.forEach((p, i) => {
    const top = insertedTop(insertions, p.insertion);
    const edits = indicatorRowEdits(
      {
        sheet: p.table.sheet,
        columns: p.table.columns,
        level1Style: categoryStyle(p.grid, p.table, "level1") ?? "merge",
        level2Style: categoryStyle(p.grid, p.table, "level2") ?? "repeat",
        continues: { level1: p.continues, level2: null },
        source: "missing-category",
      },
      top,
      p.rows,
    );
    out.writes.push(...edits.writes, ...extensions[i]!.writes);
    out.merges.push(...edits.merges, ...extensions[i]!.merges);
    const during = mergesDuringCopy(p.grid, insertions, replacedBySheet.get(p.table.sheet) ?? []);
    const fallbackRows = p.table.indicators.map((ind) => rowAfter(insertions, p.table.sheet, ind.row));
    const copies = styleCopiesForRows(p.table.sheet, during, rowAfter(insertions, p.table.sheet, p.styleRow), fallbackRows, top, p.rows.length, p.left, p.right);
    out.styles.push(...copies.styles);
    out.merges.push(...copies.merges);
    p.rows.forEach((r, k) => {
      if (r.value === null && p.table.columns.value !== undefined) out.needsInput.push({ table: p.table.id, sheet: p.table.sheet, cell: a1(top + k, p.table.columns.value), what: "budget" });
    });
    recordAdded(added, p, top);
  });
  return out;
}

/** The rows each project lacks, for every project table given; tables without indicators in a list are skipped. */
export function planMissingRows(grids: WorkbookGrids, tables: readonly ProjectTable[], optionsFor: (table: ProjectTable) => CompletionOptions): CompletionResult {
  const { pending, appends, added, skipped } = collectMissing(grids, tables, optionsFor);
  const insertions = pending.map((p) => p.insertion);
  const { writes, merges, styles, needsInput } = writePending(pending, insertions, added);
  for (const w of appends) writes.push({ ...w, cell: cellAfter(insertions, w.sheet, w.cell) });
  return { plan: { newSheets: [], insertions, styles, looks: [], merges, writes }, added, needsInput, skipped };
}

/** The template rows for the categories a project lacks, grouped by where they go. */
function missingGroups(table: ProjectTable, options: CompletionOptions): { groups: Group[]; skipped: string[] } {
  const rows = indicatorRowsOf(table);
  const rendered = renderTemplate(options.template, {
    framework: options.framework,
    name: table.name.value,
    budget: table.budget?.total?.value ?? null,
    unit: table.unit,
    year: options.year,
  });
  const slots = frameworkSlots(options.framework);
  const slotOf = (level1: Level1, level2: string): number => {
    const i = slots.findIndex((s) => s.level1 === level1 && s.level2 === level2);
    return i < 0 ? slots.length : i;
  };
  const level1Order = [...new Set(slots.map((s) => s.level1))];
  const presentLevel1 = new Set(rows.map((r) => r.level1).filter((l): l is Level1 => l !== null));
  const lastRowOf = (match: (r: IndicatorRowInfo) => boolean): number | null => {
    const found = rows.filter(match);
    return found.length > 0 ? Math.max(...found.map((r) => r.row)) : null;
  };
  const end = rows.length > 0 ? Math.max(...rows.map((r) => r.row)) : table.range.bottom;
  const groups: Group[] = [];
  const skipped: string[] = [];
  // Costs filed the other framework's way (成本 under 产出, or 成本 as a 一级) must be moved, not added twice.
  const legacyCosts = rows.some((r) => r.level1 === "产出" && r.level2 === "成本");
  const costsAsLevel1 = presentLevel1.has("成本");

  for (const level1 of requiredLevel1(options.framework)) {
    if (presentLevel1.has(level1)) continue;
    const own = rendered.filter((r) => r.level1 === level1);
    if (own.length === 0) continue;
    if (level1 === "成本" && legacyCosts) {
      skipped.push(own[0]!.level1Text);
      continue;
    }
    const at = level1Order.indexOf(level1);
    const before = level1Order.slice(0, at).reverse().find((l) => presentLevel1.has(l));
    const following = level1Order.slice(at + 1).find((l) => presentLevel1.has(l));
    const anchor = before ?? following;
    const after = anchor ? lastRowOf((r) => r.level1 === anchor)! : end;
    groups.push({ rows: own, after, continues: null, slot: slotOf(level1, own[0]!.level2) });
  }

  if (options.level2) {
    for (const level1 of level1Order) {
      if (!presentLevel1.has(level1)) continue;
      const own = rows.filter((r) => r.level1 === level1);
      // A 二级 the framework does not know (满意度指标 under 满意度指标) may stand for the missing one: a person decides.
      if (own.some((r) => r.level2 === null || slotOf(level1, r.level2) === slots.length)) continue;
      const presentSlots = new Set(own.map((r) => slotOf(level1, r.level2!)));
      const wanted = rendered.filter((r) => r.level1 === level1 && !presentSlots.has(slotOf(level1, r.level2)));
      if (costsAsLevel1 && wanted.some((r) => r.level2 === "成本")) skipped.push(`${displayCategory(level1)}/${displayCategory("成本")}`);
      for (const slot of [...new Set(wanted.filter((r) => !(r.level2 === "成本" && costsAsLevel1)).map((r) => slotOf(level1, r.level2)))]) {
        const group = wanted.filter((r) => slotOf(level1, r.level2) === slot);
        const ordered = [...presentSlots].sort((a, b) => a - b);
        const anchor = [...ordered].reverse().find((s) => s < slot) ?? ordered.find((s) => s > slot);
        const after =
          anchor !== undefined
            ? lastRowOf((r) => r.level1 === level1 && r.level2 !== null && slotOf(level1, r.level2) === anchor)!
            : lastRowOf((r) => r.level1 === level1)!;
        groups.push({ rows: group, after, continues: level1, slot });
      }
    }
  }
  return { groups, skipped };
}

/**
 * Merged areas to extend over new rows that go right below them: the 一级 cell of the category the
 * rows continue, and cells merged over the whole project so far (project columns of flat layouts).
 * Project cells that the layout repeats on every row are written again instead.
 */
function extensionsOf(p: Pending, insertions: readonly RowInsertion[]): { merges: MergeEdit[]; replaced: CellRange[]; writes: CellWrite[] } {
  const merges: MergeEdit[] = [];
  const replaced: CellRange[] = [];
  const writes: CellWrite[] = [];
  const sheet = p.table.sheet;
  const top = insertedTop(insertions, p.insertion);
  const firstRow = Math.min(...p.table.indicators.map((i) => i.row), p.styleRow);
  const cols = p.table.columns;
  const level1Style = categoryStyle(p.grid, p.table, "level1") ?? "merge";
  for (let c = p.left; c <= p.right; c++) {
    const m = mergeAt(p.grid.merges, p.styleRow, c);
    if (c === cols.level1) {
      if (p.continues === null || p.continuing === 0 || level1Style !== "merge") continue;
      if (m && m.bottom > p.styleRow) continue; // the insertion falls inside the area, which grows by itself
      const area: CellRange = m ? areaAfter(insertions, sheet, m) : { top: rowAfter(insertions, sheet, p.styleRow), left: c, bottom: rowAfter(insertions, sheet, p.styleRow), right: c };
      if (m) replaced.push(area);
      merges.push({ sheet, range: rangeA1({ ...area, bottom: top + p.continuing - 1 }), ...(m ? { replaces: rangeA1(area) } : {}) });
      continue;
    }
    if (c === cols.level2) continue;
    if (m && m.bottom === p.styleRow && m.top <= firstRow && m.top < m.bottom) {
      const area = areaAfter(insertions, sheet, m);
      replaced.push(area);
      merges.push({ sheet, range: rangeA1({ ...area, bottom: top + p.rows.length - 1 }), replaces: rangeA1(area) });
      continue;
    }
    if (p.table.layout === "flat" && !m && !Object.values(cols).includes(c)) {
      const first = cellAt(p.grid, p.table.range.top, c);
      const last = cellAt(p.grid, p.styleRow, c);
      if (!isBlank(first) && first === last && p.styleRow > p.table.range.top) {
        for (let k = 0; k < p.rows.length; k++) writes.push({ kind: "fill", sheet, cell: a1(top + k, c), from: null, to: first, source: "missing-category" });
      }
    }
  }
  return { merges, replaced, writes };
}

/** Items appended to an encoded indicator cell, numbered on from its own, in its own value labels. */
function appendToEncoded(grid: Grid, table: ProjectTable, rows: readonly RenderedIndicator[]): CellWrite | null {
  if (!table.encodedCell) return null;
  const ref = parseA1(table.encodedCell);
  if (!ref) return null;
  const current = cellAt(grid, ref.row, ref.col);
  if (typeof current !== "string") return null;
  // The decoder splits items after 。 ； or a space: close the last item first.
  const text = /[。；;.\s]$/u.test(current) ? current : `${current}。`;
  return { kind: "append", sheet: table.sheet, cell: table.encodedCell, from: current, to: text + encodedItems(rows, lastItemNumber(current, table.indicators.length), encodedStyleOf(current)), source: "missing-category" };
}

/** The highest item number of an encoded cell ("4、3-满意度指标；…" → 4). */
function lastItemNumber(text: string, fallback: number): number {
  let highest = 0;
  for (const m of text.matchAll(/(?:^|[。；;.\s])\s*(\d{1,3})[、.．]\s*(?=\d{1,2}\s*[-－—])/gu)) highest = Math.max(highest, Number(m[1]));
  return highest > 0 ? highest : fallback;
}
