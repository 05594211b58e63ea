/**
 * The properties every workbook must satisfy, whatever its content: the parser and the rules never
 * throw, finish within a bound, leave their input alone, and everything they report points at a
 * cell that exists.
 */
import { performance } from "node:perf_hooks";
import { checkWorkbook, type Report } from "../../src/core/check/check";
import { parseA1, parseRangeA1, type CellRange } from "../../src/core/grid/address";
import { cellAt, columnCount, type CellValue, type Grid, type WorkbookGrids } from "../../src/core/grid/grid";
import { renderMessage, renderSuggestion, type Locale } from "../../src/core/messages/render";
import { ruleById } from "../../src/core/rules";
import type { CellEdit, CheckConfig, Diagnostic, DiagnosticData } from "../../src/core/types";
import { isBlank } from "../../src/core/text/normalize";

/** Generous: the examples take a few milliseconds each, random grids rather less. */
export const CASE_TIME_LIMIT_MS = 2000;

const LOCALES: readonly Locale[] = ["zh-CN", "en"];

/** Thrown when a property does not hold; the message says which and where. */
export class InvariantError extends Error {
  override readonly name = "InvariantError";
}

/** Running totals over the cases of one test file, printed at its end. */
export class CaseStats {
  cases = 0;
  diagnostics = 0;
  tables = 0;
  edits = 0;
  maxMs = 0;
  totalMs = 0;
  readonly rules = new Set<string>();

  add(ms: number, report: Report): void {
    this.cases++;
    this.totalMs += ms;
    if (ms > this.maxMs) this.maxMs = ms;
    this.diagnostics += report.diagnostics.length;
    this.tables += report.tables.length;
    for (const d of report.diagnostics) {
      this.rules.add(d.rule);
      this.edits += (d.fix?.edits.length ?? 0) + (d.suggestions ?? []).reduce((n, s) => n + s.edits.length, 0);
    }
  }

  line(label: string): string {
    const mean = this.cases === 0 ? 0 : this.totalMs / this.cases;
    return (
      `${label}: ${this.cases} cases, ${this.tables} tables, ${this.diagnostics} diagnostics from ${this.rules.size} rules, ` +
      `${this.edits} fix/suggestion edits; parse+check mean ${mean.toFixed(2)} ms, max ${this.maxMs.toFixed(1)} ms`
    );
  }
}

/** The rectangle a sheet occupies: its rows, its widest row, and any merged area reaching further. */
interface Bounds {
  readonly rows: number;
  readonly cols: number;
}

function boundsOf(grid: Grid): Bounds {
  let rows = grid.cells.length;
  let cols = columnCount(grid);
  // A merged area's blank cells exist in the sheet even where no row of the grid reaches them.
  for (const m of grid.merges) {
    rows = Math.max(rows, m.bottom + 1);
    cols = Math.max(cols, m.right + 1);
  }
  return { rows, cols };
}

function inside(range: CellRange, b: Bounds): boolean {
  return range.top >= 0 && range.left >= 0 && range.bottom < b.rows && range.right < b.cols;
}

/** Splits "表10!D6" or "'a''b'!D6" into sheet and address; a bare "D6" stays on `home`. */
export function splitReference(reference: string, home: string): { sheet: string; address: string } {
  const bang = reference.lastIndexOf("!");
  if (bang < 0) return { sheet: home, address: reference };
  let sheet = reference.slice(0, bang);
  if (sheet.length >= 2 && sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: reference.slice(bang + 1) };
}

/** Recursively freezes the grids, so a core that writes to its input fails loudly (modules are strict). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

const PLACEHOLDER = /\{(\w+)\}/gu;

function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

function dataHasBraces(data: DiagnosticData): boolean {
  return Object.values(data).some((v) => typeof v === "string" && /[{}]/u.test(v));
}

function dataMentions(data: DiagnosticData, word: string): boolean {
  return Object.values(data).some((v) => typeof v === "string" && v.includes(word));
}

/** Same test the fill engine applies to a write's `from`: equal, or both blank. */
function sameValue(a: CellValue, b: CellValue): boolean {
  return a === b || (isBlank(a) && isBlank(b));
}

/** Values in messages, cut short: a 10,000-character cell would drown the report. */
function show(v: CellValue): string {
  const text = JSON.stringify(v);
  return text.length > 60 ? `${text.slice(0, 40)}…(${text.length} chars)` : text;
}

export interface Inspection {
  readonly ms: number;
  readonly report: Report;
  /** Every broken property, one line each; empty when the workbook passes. */
  readonly violations: readonly string[];
}

/** Parses, checks and verifies one workbook; throws InvariantError naming the first broken property. */
export function verifyWorkbook(workbook: WorkbookGrids, config: Partial<CheckConfig> = {}): { ms: number; report: Report } {
  const { ms, report, violations } = inspectWorkbook(workbook, config);
  if (violations.length > 0) throw new InvariantError(violations.length === 1 ? violations[0]! : `${violations[0]} (and ${violations.length - 1} more)`);
  return { ms, report };
}

/** Parses and checks one workbook and lists the properties it breaks. Exceptions from the core propagate. */
export function inspectWorkbook(workbook: WorkbookGrids, config: Partial<CheckConfig> = {}): Inspection {
  deepFreeze(workbook);
  const grids = new Map<string, Grid>();
  for (const g of workbook.sheets) grids.set(g.sheet, g);
  const bounds = new Map<string, Bounds>();
  for (const g of workbook.sheets) bounds.set(g.sheet, boundsOf(g));

  const violations: string[] = [];
  // checkWorkbook runs parseWorkbook first, so this covers the parser's not throwing and its time too.
  const start = performance.now();
  const { report } = checkWorkbook(workbook, config);
  const ms = performance.now() - start;
  if (ms > CASE_TIME_LIMIT_MS) violations.push(`time: checkWorkbook took ${ms.toFixed(0)} ms (limit ${CASE_TIME_LIMIT_MS} ms)`);

  /** Records a violation; returns false so callers can stop looking at a reference that is already wrong. */
  const fail = (what: string, d?: Diagnostic): false => {
    violations.push(d ? `${what} — diagnostic ${d.rule}/${d.messageId} at ${d.sheet}!${d.cell}` : what);
    return false;
  };

  /** A reference is a single cell ("D6") or, for related cells, maybe a range ("D6:D9"), on an existing sheet, inside its bounds. */
  const cellOk = (sheet: string, address: string, what: string, d: Diagnostic, allowRange: boolean): boolean => {
    const b = bounds.get(sheet);
    if (!b) return fail(`sheet: ${what} names sheet "${sheet}", which the workbook does not have`, d);
    const single = parseA1(address);
    const range = allowRange ? parseRangeA1(address) : single && { top: single.row, left: single.col, bottom: single.row, right: single.col };
    if (!range) return fail(`address: ${what} "${address}" is not an A1 ${allowRange ? "reference" : "cell address"}`, d);
    if (!inside(range, b)) return fail(`bounds: ${what} ${sheet}!${address} lies outside the sheet (${b.rows} rows × ${b.cols} columns)`, d);
    return true;
  };

  const checkEdits = (edits: readonly CellEdit[], what: string, d: Diagnostic): void => {
    for (const e of edits) {
      if (!cellOk(e.sheet, e.cell, `${what} edit`, d, false)) continue;
      const ref = parseA1(e.cell)!;
      const current = cellAt(grids.get(e.sheet)!, ref.row, ref.col);
      if (!sameValue(current, e.from)) fail(`stale edit: ${what} edit of ${e.sheet}!${e.cell} expects ${show(e.from)} but the cell holds ${show(current)}`, d);
    }
  };

  const checkRendered = (rule: string, messageId: string, data: DiagnosticData, what: string, d: Diagnostic, render: (l: Locale) => string): void => {
    const template = ruleById(rule)?.meta.messages[messageId];
    if (!template) {
      fail(`message: ${what}: rule ${rule} has no message "${messageId}"`, d);
      return;
    }
    for (const locale of LOCALES) {
      const text = locale === "en" ? template.en : template.zh;
      const missing = placeholdersOf(text).filter((k) => data[k] === undefined);
      if (missing.length > 0) fail(`message: ${what} (${locale}) leaves {${missing.join("}, {")}} unfilled`, d);
      const rendered = render(locale);
      if (rendered.trim() === "") fail(`message: ${what} (${locale}) renders empty`, d);
      if (!dataHasBraces(data) && /\{\w+\}/u.test(rendered)) fail(`message: ${what} (${locale}) renders with a placeholder left: ${rendered.slice(0, 200)}`, d);
      const junk = /\b(?:undefined|NaN)\b/u.exec(rendered);
      if (junk && !dataMentions(data, junk[0])) fail(`message: ${what} (${locale}) renders "${junk[0]}": ${rendered.slice(0, 200)}`, d);
    }
  };

  for (const t of report.tables) {
    const b = bounds.get(t.sheet);
    const range = parseRangeA1(t.range);
    if (!b) fail(`sheet: table "${t.id}" names sheet "${t.sheet}", which the workbook does not have`);
    else if (!range) fail(`address: table "${t.id}" has range "${t.range}", not an A1 range`);
    else if (!inside(range, b)) fail(`bounds: table "${t.id}" range ${t.sheet}!${t.range} lies outside the sheet (${b.rows} rows × ${b.cols} columns)`);
  }

  for (const d of report.diagnostics) {
    cellOk(d.sheet, d.cell, "cell", d, false);
    for (const r of d.related) {
      const { sheet, address } = splitReference(r, d.sheet);
      cellOk(sheet, address, "related cell", d, true);
    }
    checkRendered(d.rule, d.messageId, d.data, "message", d, (l) => renderMessage(d, l));
    if (d.fix) checkEdits(d.fix.edits, "fix", d);
    for (const s of d.suggestions ?? []) {
      checkRendered(d.rule, s.messageId, s.data, `suggestion ${s.messageId}`, d, (l) => renderSuggestion(d.rule, s, l));
      checkEdits(s.edits, `suggestion ${s.messageId}`, d);
    }
  }
  return { ms, report, violations };
}
