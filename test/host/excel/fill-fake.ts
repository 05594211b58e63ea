/**
 * A small recording fake of the Excel JavaScript API for src/host/excel/apply-plan.ts: worksheets,
 * ranges by A1 address (cells, areas, whole rows and columns), values, whole-row insertion, format
 * copies, merges and the format properties the plan's looks set. Calls on proxies are queued and run
 * at `context.sync()`, as Office.js does; loaded properties can be read only after the sync. Every
 * executed call is recorded with the request it belonged to.
 *
 * Excel behaviours the plan relies on are modelled: inserting whole rows moves the cells, formats,
 * heights and merged areas below them and grows an area the new rows go through; copyFrom with
 * formats tiles the source's formats and fails on an area that cuts through a merged area; writing
 * into a merged area's hidden cell fails; a leading apostrophe makes the rest of the text the value.
 * Formats are opaque tags: a cell's tag is what was copied or set, so tests can follow formats.
 *
 * Formulas: inserting rows shifts the cells "to make space" (Range.insert,
 * learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-insert-member), and Excel
 * moves every reference to a shifted cell with it, relative or absolute, on any sheet: a row inserted
 * inside B6:B15 makes it B6:B16, rows inserted at or above its first row move it whole, rows just below
 * it leave it as it is (the rule Excel-compatible engines document alike, e.g.
 * developer.mescius.com/spreadnet/docs/latest/online-formula/formulas-cellrefs.html: "If a new row is
 * added right before or after a cell range in a formula then the range does not include the new row").
 * Excel then recalculates (Excel.CalculationMode automatic, the default: "Excel calculates new formula
 * results every time the relevant data is changed", learn.microsoft.com/javascript/api/excel/excel.calculationmode);
 * the fake recalculates =SUM() of one sheet's cells after each request and keeps other formulas' cached values.
 * A number written to a cell whose number format is Text ("@") is stored as text: the format decides
 * ("Format numbers as text", support.microsoft.com: numbers in cells formatted as text are stored as
 * text); setting a number format and the value in one request, format first, stores the number.
 */
import type { CellRange } from "../../../src/core/grid/address";
import { a1, parseA1 } from "../../../src/core/grid/address";
import type { CellValue, WorkbookGrids } from "../../../src/core/grid/grid";
import type { ExcelRuntime } from "../../../src/host/excel/excel-runtime";

const MAX_COLUMN = 16383;
const MAX_ROW = 1048575;

export interface FakeCellState {
  value: string | number | boolean;
  format: string;
  /**
   * "=SUM(B3:B9)" for a formula cell, whose value is the cached result. Range.formulas returns the
   * formula, or the value where there is none; writing Range.values replaces the formula with the
   * constant (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member).
   */
  formula?: string;
  /** The cell's number format code when not General (Range.numberFormat). */
  numberFormat?: string;
}

export class FillFakeSheet {
  readonly cells = new Map<string, FakeCellState>();
  merges: CellRange[] = [];
  readonly rowHeights = new Map<number, number>();
  readonly columnWidths = new Map<number, number>();
  constructor(public name: string) {}

  cell(row: number, col: number): FakeCellState | undefined {
    return this.cells.get(`${row},${col}`);
  }

  touch(row: number, col: number): FakeCellState {
    const key = `${row},${col}`;
    let c = this.cells.get(key);
    if (!c) this.cells.set(key, (c = { value: "", format: "" }));
    return c;
  }
}

export interface FillCall {
  /** 1-based number of the request (sync) the call was sent in. */
  readonly request: number;
  readonly call: string;
  readonly sheet: string;
  readonly address: string;
  readonly args: readonly unknown[];
}

export class FillFakeError extends Error {}

/** Excel's enums that the host names (Excel.InsertShiftDirection.down, Excel.RangeCopyType.formats). */
const ENUMS = { InsertShiftDirection: { down: "Down", right: "Right" }, RangeCopyType: { formats: "Formats", all: "All", values: "Values", formulas: "Formulas" } };

export class FillFake {
  readonly sheets = new Map<string, FillFakeSheet>();
  readonly calls: FillCall[] = [];
  runs = 0;
  syncs = 0;

  /** A workbook holding `grids`; every filled cell gets the format tag "<sheet>!<cell>". */
  constructor(grids: WorkbookGrids) {
    for (const grid of grids.sheets) {
      const sheet = new FillFakeSheet(grid.sheet);
      grid.cells.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== null && v !== "") sheet.cells.set(`${r},${c}`, { value: v, format: `${grid.sheet}!${a1(r, c)}` });
        }),
      );
      for (const m of grid.merges) {
        sheet.merges.push({ ...m });
        const anchor = sheet.touch(m.top, m.left);
        if (anchor.format === "") anchor.format = `${grid.sheet}!${a1(m.top, m.left)}`;
      }
      this.sheets.set(grid.sheet, sheet);
    }
  }

  get runtime(): ExcelRuntime {
    return {
      run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
        this.runs++;
        const context = new FakeContext(this);
        const result = await batch(context as unknown as Excel.RequestContext);
        if (context.pending()) throw new FillFakeError("actions left unsynced when Excel.run ended");
        return result;
      },
      runIn: () => Promise.reject(new FillFakeError("runIn is not modelled")),
      isSetSupported: () => true,
      settings: () => {
        throw new FillFakeError("settings are not modelled");
      },
    };
  }

  /** Installs the `Excel` enums the host reads; returns the function that removes them. */
  installGlobals(): () => void {
    const scope = globalThis as unknown as Record<string, unknown>;
    const saved = scope.Excel;
    scope.Excel = ENUMS;
    return () => {
      scope.Excel = saved;
    };
  }

  callsOf(call: string): FillCall[] {
    return this.calls.filter((c) => c.call === call);
  }

  sheet(name: string): FillFakeSheet {
    const sheet = this.sheets.get(name);
    if (!sheet) throw new FillFakeError(`ItemNotFound: no sheet named ${name}`);
    return sheet;
  }

  /** The workbook as grids (values and merged areas), to compare with applyEdits' result. */
  grids(): WorkbookGrids {
    return {
      sheets: [...this.sheets.values()].map((sheet) => {
        const rows: CellValue[][] = [];
        for (const [key, cell] of sheet.cells) {
          if (cell.value === "") continue;
          const [r, c] = key.split(",").map(Number) as [number, number];
          while (rows.length <= r) rows.push([]);
          const row = rows[r]!;
          while (row.length <= c) row.push(null);
          row[c] = cell.value;
        }
        return { sheet: sheet.name, cells: rows, merges: [...sheet.merges].sort((a, b) => a.top - b.top || a.left - b.left) };
      }),
    };
  }
}

type Action = () => void;

class FakeContext {
  private queue: Action[] = [];
  readonly workbook: { worksheets: WorksheetsProxy };
  readonly runtime: { enableEvents: boolean };

  constructor(readonly fake: FillFake) {
    this.workbook = { worksheets: new WorksheetsProxy(this) };
    const queue = (call: string, value: boolean): void => this.enqueue(call, "", "", [value], () => undefined);
    let enabled = true;
    this.runtime = {
      get enableEvents(): boolean {
        return enabled;
      },
      set enableEvents(value: boolean) {
        enabled = value;
        queue("Runtime.enableEvents=", value);
      },
    };
  }

  enqueue(call: string, sheet: string, address: string, args: readonly unknown[], run: Action): void {
    this.queue.push(() => {
      run();
      this.fake.calls.push({ request: this.fake.syncs, call, sheet, address, args });
    });
  }

  pending(): boolean {
    return this.queue.length > 0;
  }

  async sync(): Promise<void> {
    this.fake.syncs++;
    const actions = this.queue;
    this.queue = [];
    for (const action of actions) action();
    recalculateSums(this.fake);
  }
}

class WorksheetsProxy {
  constructor(private readonly context: FakeContext) {}

  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, name);
  }

  add(name: string): WorksheetProxy {
    this.context.enqueue("Worksheets.add", name, "", [name], () => {
      if (this.context.fake.sheets.has(name)) throw new FillFakeError(`ItemAlreadyExists: ${name}`);
      this.context.fake.sheets.set(name, new FillFakeSheet(name));
    });
    return new WorksheetProxy(this.context, name);
  }
}

class WorksheetProxy {
  constructor(
    private readonly context: FakeContext,
    readonly name: string,
  ) {}

  getRange(address: string): RangeProxy {
    return new RangeProxy(this.context, this.name, address);
  }

  getCell(row: number, col: number): RangeProxy {
    return new RangeProxy(this.context, this.name, a1(row, col));
  }
}

/** "B2", "A1:C3", "5:7" (whole rows), "C:C" (whole columns). */
export function areaOf(address: string): CellRange {
  const rows = /^(\d+):(\d+)$/u.exec(address);
  if (rows) return { top: Number(rows[1]) - 1, left: 0, bottom: Number(rows[2]) - 1, right: MAX_COLUMN };
  const cols = /^([A-Z]+):([A-Z]+)$/u.exec(address);
  if (cols) return { top: 0, left: parseA1(`${cols[1]}1`)!.col, bottom: MAX_ROW, right: parseA1(`${cols[2]}1`)!.col };
  const [from, to] = address.split(":");
  const start = parseA1(from ?? "");
  const end = to === undefined ? start : parseA1(to);
  if (!start || !end) throw new FillFakeError(`InvalidArgument: ${address}`);
  return { top: start.row, left: start.col, bottom: end.row, right: end.col };
}

/** A1 references (a cell or a range, a sheet prefix covering both ends) outside string literals; LOG10( is a function, not a reference. */
const REFERENCE = /(?<![A-Za-z0-9_.$])((?:'(?:[^']|'')+'|[^\s'!():,=+\-*/&^<>"]+)!)?(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?(?![\w(])/gu;

/** `formula` with its references to rows `top`.. of `sheetName` moved down by `count` (Excel's reference adjustment). */
export function shiftFormulaRows(formula: string, onSameSheet: boolean, sheetName: string, top: number, count: number): string {
  const shiftEnd = (end: string): string =>
    end.replace(/^(\$?[A-Z]{1,3}\$?)(\d+)$/u, (whole, col: string, row: string) => (Number(row) - 1 < top ? whole : `${col}${Number(row) + count}`));
  return formula
    .split(/("(?:[^"]|"")*")/u)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REFERENCE, (whole, sheet: string | undefined, start: string, end: string | undefined) => {
            const target = sheet === undefined ? (onSameSheet ? sheetName : null) : sheet.slice(0, -1).replace(/^'|'$/gu, "").replace(/''/gu, "'");
            if (target !== sheetName) return whole;
            return `${sheet ?? ""}${shiftEnd(start)}${end === undefined ? "" : `:${shiftEnd(end)}`}`;
          }),
    )
    .join("");
}

/** Excel's automatic recalculation, for the one formula kind the fill tests need: =SUM(A1:B9) over the cell's own sheet. */
function recalculateSums(fake: FillFake): void {
  for (const sheet of fake.sheets.values()) {
    for (const cell of sheet.cells.values()) {
      const m = cell.formula === undefined ? null : /^=SUM\(\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?\)$/u.exec(cell.formula);
      if (!m) continue;
      const area = areaOf(`${m[1]}${m[2]}${m[3] === undefined ? "" : `:${m[3]}${m[4]}`}`);
      let total = 0;
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          const v = sheet.cell(r, c)?.value;
          if (typeof v === "number") total += v;
        }
      }
      cell.value = Math.round(total * 1e9) / 1e9;
    }
  }
}

function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function cuts(merges: readonly CellRange[], area: CellRange): boolean {
  return merges.some((m) => intersects(m, area) && !(m.top >= area.top && m.bottom <= area.bottom && m.left >= area.left && m.right <= area.right));
}

class RangeProxy {
  private loaded: { values?: unknown[][]; formulas?: unknown[][]; numberFormat?: unknown[][]; rowHeight?: number } | null = null;
  private readonly formatProxy: FormatProxy;

  constructor(
    private readonly context: FakeContext,
    readonly sheetName: string,
    readonly address: string,
  ) {
    this.formatProxy = new FormatProxy(this);
  }

  private get sheet(): FillFakeSheet {
    return this.context.fake.sheet(this.sheetName);
  }

  queue(call: string, args: readonly unknown[], run: (sheet: FillFakeSheet, area: CellRange) => void): void {
    this.context.enqueue(call, this.sheetName, this.address, args, () => run(this.sheet, areaOf(this.address)));
  }

  load(props: string): void {
    this.queue("Range.load", [props], (sheet, area) => {
      const grid = (read: (cell: FakeCellState | undefined) => unknown): unknown[][] => {
        const out: unknown[][] = [];
        for (let r = area.top; r <= area.bottom; r++) {
          const row: unknown[] = [];
          for (let c = area.left; c <= area.right; c++) row.push(read(sheet.cell(r, c)));
          out.push(row);
        }
        return out;
      };
      const names = props.split(",").map((p) => p.trim());
      this.loaded = {
        ...(names.includes("values") ? { values: grid((cell) => cell?.value ?? "") } : {}),
        ...(names.includes("formulas") ? { formulas: grid((cell) => cell?.formula ?? cell?.value ?? "") } : {}),
        ...(names.includes("numberFormat") ? { numberFormat: grid((cell) => cell?.numberFormat ?? "General") } : {}),
        rowHeight: sheet.rowHeights.get(area.top) ?? 15,
      };
    });
  }

  get values(): unknown[][] {
    if (!this.loaded?.values) throw new FillFakeError("PropertyNotLoaded: values");
    return this.loaded.values;
  }

  get formulas(): unknown[][] {
    if (!this.loaded?.formulas) throw new FillFakeError("PropertyNotLoaded: formulas");
    return this.loaded.formulas;
  }

  get numberFormat(): unknown[][] {
    if (!this.loaded?.numberFormat) throw new FillFakeError("PropertyNotLoaded: numberFormat");
    return this.loaded.numberFormat;
  }

  set values(rows: unknown[][]) {
    this.queue("Range.values=", [rows], (sheet, area) => {
      rows.forEach((row, i) =>
        row.forEach((v, j) => {
          const r = area.top + i;
          const c = area.left + j;
          if (sheet.merges.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left))) {
            throw new FillFakeError(`InvalidOperation: ${this.sheetName}!${a1(r, c)} lies inside a merged area`);
          }
          const value = typeof v === "string" && v.startsWith("'") ? v.slice(1) : (v as string | number | boolean);
          const cell = sheet.touch(r, c);
          cell.value = cell.numberFormat === "@" && typeof value === "number" ? String(value) : value;
          delete cell.formula;
        }),
      );
    });
  }

  set numberFormat(rows: unknown[][]) {
    this.queue("Range.numberFormat=", [rows], (sheet, area) => {
      rows.forEach((row, i) => row.forEach((f, j) => (sheet.touch(area.top + i, area.left + j).numberFormat = String(f))));
    });
  }

  loadedRowHeight(): number {
    if (this.loaded?.rowHeight === undefined) throw new FillFakeError("PropertyNotLoaded: format/rowHeight");
    return this.loaded.rowHeight;
  }

  get format(): FormatProxy {
    return this.formatProxy;
  }

  insert(direction: string): void {
    this.queue("Range.insert", [direction], (sheet, area) => {
      if (direction !== "Down" || area.left !== 0 || area.right !== MAX_COLUMN) throw new FillFakeError("the fake inserts whole rows only");
      const count = area.bottom - area.top + 1;
      const moved = new Map<string, FakeCellState>();
      for (const [key, cell] of sheet.cells) {
        const [r, c] = key.split(",").map(Number) as [number, number];
        moved.set(`${r >= area.top ? r + count : r},${c}`, cell);
      }
      sheet.cells.clear();
      for (const [key, cell] of moved) sheet.cells.set(key, cell);
      const heights = [...sheet.rowHeights];
      sheet.rowHeights.clear();
      for (const [r, h] of heights) sheet.rowHeights.set(r >= area.top ? r + count : r, h);
      sheet.merges = sheet.merges.map((m) => {
        if (m.top >= area.top) return { ...m, top: m.top + count, bottom: m.bottom + count };
        if (m.bottom >= area.top) return { ...m, bottom: m.bottom + count };
        return m;
      });
      for (const other of this.context.fake.sheets.values()) {
        for (const cell of other.cells.values()) {
          if (cell.formula !== undefined) cell.formula = shiftFormulaRows(cell.formula, other === sheet, sheet.name, area.top, count);
        }
      }
    });
  }

  copyFrom(source: RangeProxy, copyType: string): void {
    this.queue("Range.copyFrom", [`${source.sheetName}!${source.address}`, copyType], (sheet, target) => {
      if (copyType !== "Formats") throw new FillFakeError("the fake copies formats only");
      const from = areaOf(source.address);
      const fromSheet = this.context.fake.sheet(source.sheetName);
      if (cuts(fromSheet.merges, from) || cuts(sheet.merges, target)) throw new FillFakeError(`InvalidOperation: ${source.address} → ${this.address} cuts a merged area`);
      const height = from.bottom - from.top + 1;
      const width = from.right - from.left + 1;
      for (let r = target.top; r <= target.bottom; r++) {
        for (let c = target.left; c <= target.right; c++) {
          const format = fromSheet.cell(from.top + ((r - target.top) % height), from.left + ((c - target.left) % width))?.format ?? "";
          sheet.touch(r, c).format = format;
        }
      }
    });
  }

  merge(across: boolean): void {
    this.queue("Range.merge", [across], (sheet, area) => {
      if (sheet.merges.some((m) => intersects(m, area))) throw new FillFakeError(`InvalidOperation: ${this.address} overlaps a merged area`);
      sheet.merges.push(area);
    });
  }

  unmerge(): void {
    this.queue("Range.unmerge", [], (sheet, area) => {
      sheet.merges = sheet.merges.filter((m) => !intersects(m, area));
    });
  }

  /** Marks every cell of the range with a format tag (a property the plan's looks set). */
  setFormat(property: string, value: unknown): void {
    this.queue(`Range.format.${property}=`, [value], (sheet, area) => {
      if (property === "rowHeight") {
        for (let r = area.top; r <= area.bottom; r++) sheet.rowHeights.set(r, value as number);
        return;
      }
      if (property === "columnWidth") {
        for (let c = area.left; c <= area.right; c++) sheet.columnWidths.set(c, value as number);
        return;
      }
      for (let r = area.top; r <= Math.min(area.bottom, area.top + 1000); r++) {
        for (let c = area.left; c <= Math.min(area.right, area.left + 100); c++) {
          const cell = sheet.touch(r, c);
          if (!cell.format.startsWith("look:")) cell.format = "look:";
          cell.format += `${property}=${String(value)};`;
        }
      }
    });
  }
}

/** range.format and its font, fill and borders: setters queue a format change. */
class FormatProxy {
  readonly font: Record<string, unknown>;
  readonly fill: Record<string, unknown>;
  readonly borders: { getItem(edge: string): Record<string, unknown> };

  constructor(private readonly range: RangeProxy) {
    this.font = setterObject(range, "font", ["name", "size", "bold", "color"]);
    this.fill = setterObject(range, "fill", ["color"]);
    this.borders = { getItem: (edge: string) => setterObject(range, `borders.${edge}`, ["style", "color", "weight"]) };
  }

  get rowHeight(): number {
    return this.range.loadedRowHeight();
  }

  set rowHeight(value: number) {
    this.range.setFormat("rowHeight", value);
  }

  set columnWidth(value: number) {
    this.range.setFormat("columnWidth", value);
  }

  set horizontalAlignment(value: string) {
    this.range.setFormat("horizontalAlignment", value);
  }

  set verticalAlignment(value: string) {
    this.range.setFormat("verticalAlignment", value);
  }

  set wrapText(value: boolean) {
    this.range.setFormat("wrapText", value);
  }
}

function setterObject(range: RangeProxy, prefix: string, properties: readonly string[]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const property of properties) {
    Object.defineProperty(object, property, {
      set: (value: unknown) => range.setFormat(`${prefix}.${property}`, value),
      enumerable: true,
    });
  }
  return object;
}

