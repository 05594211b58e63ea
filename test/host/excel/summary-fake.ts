/**
 * A small recording fake of the Excel API subset that src/host/excel/write-summary.ts uses: sheets,
 * cells (values, formulas, number formats, links), hidden names, tables and charts. The shared
 * fake-excel.ts has no tables, charts or formula writes, so the summary writer is tested here.
 *
 * Like Office.js, calls on proxies only queue actions; context.sync() runs them in order and only
 * then can loaded properties be read (reading earlier throws). Excel's evaluation of typed text is
 * modelled: a string starting with = + - @ written as a value into a cell whose number format is
 * not "@" becomes a formula, which is what the writer must avoid. A sheet activated in the same
 * request that adds it is not activated on Excel on the web (OfficeDev/office-js #930; the workaround
 * in office-js-helpers PR #30 is a sync between add and activate): the fake leaves the active sheet as it was.
 */
import type { CellRange } from "../../../src/core/grid/address";
import { a1, parseRangeA1 } from "../../../src/core/grid/address";
import type { ExcelRuntime } from "../../../src/host/excel/excel-runtime";

export interface FakeCell {
  value: string | number | boolean;
  formula: string | null;
  numberFormat: string;
  hyperlink: { documentReference?: string; textToDisplay?: string } | null;
  bold: boolean;
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  range: CellRange;
  showTotals: boolean;
  style: string;
}

export interface FakeChart {
  name: string;
  type: string;
  source: string;
  seriesBy: string | undefined;
  title: string;
  position: [string, string] | null;
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly tables: FakeTable[] = [];
  readonly charts: FakeChart[] = [];
  frozenRows = 0;
  readonly columnWidths = new Map<number, number>();

  constructor(public name: string) {}

  cell(address: string): FakeCell | undefined {
    return this.cells.get(address);
  }

  touch(row: number, col: number): FakeCell {
    const key = a1(row, col);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: "", formula: null, numberFormat: "General", hyperlink: null, bold: false };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Shown text or number of a cell ("" when empty). */
  value(address: string): string | number | boolean {
    return this.cells.get(address)?.value ?? "";
  }
}

export interface CallRecord {
  readonly sync: number;
  readonly call: string;
  readonly args: readonly unknown[];
}

export class FakeBook {
  readonly sheets: FakeSheet[] = [];
  readonly names = new Map<string, { sheet: FakeSheet | null; address: string; visible: boolean }>();
  active: FakeSheet | null = null;
  enableEvents = true;

  addSheet(name: string, rows: readonly (readonly (string | number)[])[] = []): FakeSheet {
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    rows.forEach((row, r) => row.forEach((v, c) => (sheet.touch(r, c).value = v)));
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const found = this.findSheet(name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  }

  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLocaleLowerCase() === name.toLocaleLowerCase());
  }

  deleteSheet(name: string): void {
    const sheet = this.sheet(name);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (const n of this.names.values()) if (n.sheet === sheet) n.sheet = null;
  }

  allTables(): FakeTable[] {
    return this.sheets.flatMap((s) => s.tables);
  }
}

class FakeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A value that exists only once the action that makes it has run. */
class Deferred<T> {
  private resolved = false;
  private value: T | undefined;
  set(value: T): void {
    this.value = value;
    this.resolved = true;
  }
  get(): T {
    if (!this.resolved) throw new FakeError("PropertyNotLoaded", "read before context.sync()");
    return this.value as T;
  }
}

function parseAddress(address: string): { sheet: string | null; range: CellRange } {
  const bang = address.lastIndexOf("!");
  let sheet: string | null = null;
  let local = address;
  if (bang >= 0) {
    sheet = address.slice(0, bang);
    if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    local = address.slice(bang + 1);
  }
  const range = parseRangeA1(local.replace(/\$/g, ""));
  if (!range) throw new FakeError("InvalidArgument", `bad address ${address}`);
  return { sheet, range };
}

function rangeText(range: CellRange): string {
  const start = a1(range.top, range.left);
  const end = a1(range.bottom, range.right);
  return start === end ? start : `${start}:${end}`;
}

function quoted(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

export class FakeContext {
  readonly queue: (() => void)[] = [];
  syncs = 0;
  readonly calls: CallRecord[] = [];
  readonly workbook: WorkbookProxy;
  readonly runtime: { enableEvents: boolean };

  constructor(readonly book: FakeBook) {
    this.workbook = new WorkbookProxy(this);
    const enqueue = this.enqueue.bind(this);
    this.runtime = {
      get enableEvents(): boolean {
        throw new FakeError("PropertyNotLoaded", "enableEvents");
      },
      set enableEvents(value: boolean) {
        enqueue("runtime.enableEvents", [value], () => {
          book.enableEvents = value;
        });
      },
    };
  }

  enqueue(call: string, args: readonly unknown[], run: () => void): void {
    this.queue.push(() => {
      this.calls.push({ sync: this.syncs, call, args });
      run();
    });
  }

  /** Sheets added by the request being run (#930: activating one of them has no effect). */
  addedThisRequest = new Set<FakeSheet>();

  async sync(): Promise<void> {
    const actions = this.queue.splice(0);
    this.syncs++;
    this.addedThisRequest = new Set();
    for (const action of actions) action();
  }
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly names: NameCollectionProxy;
  readonly tables: ItemsProxy<{ name: string }>;

  constructor(readonly context: FakeContext) {
    this.worksheets = new WorksheetCollectionProxy(context);
    this.names = new NameCollectionProxy(context);
    this.tables = new ItemsProxy(context, "workbook.tables", () => context.book.allTables().map((t) => ({ name: t.name })));
  }
}

/** A collection whose `items` can be loaded. */
class ItemsProxy<T> {
  private readonly items$ = new Deferred<T[]>();
  constructor(
    readonly context: FakeContext,
    readonly label: string,
    private readonly list: () => T[],
  ) {}
  load(_props?: string): this {
    this.context.enqueue(`${this.label}.load`, [], () => this.items$.set(this.list()));
    return this;
  }
  get items(): T[] {
    return this.items$.get();
  }
}

class WorksheetCollectionProxy extends ItemsProxy<{ name: string }> {
  constructor(context: FakeContext) {
    super(context, "worksheets", () => context.book.sheets.map((s) => ({ name: s.name })));
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => {
      const sheet = this.context.book.findSheet(name);
      if (!sheet) throw new FakeError("ItemNotFound", `no sheet ${name}`);
      return sheet;
    });
  }
  add(name: string): WorksheetProxy {
    const made = new Deferred<FakeSheet>();
    this.context.enqueue("worksheets.add", [name], () => {
      if (this.context.book.findSheet(name)) throw new FakeError("ItemAlreadyExists", `sheet ${name} exists`);
      const sheet = this.context.book.addSheet(name);
      this.context.addedThisRequest.add(sheet);
      made.set(sheet);
    });
    return new WorksheetProxy(this.context, () => made.get());
  }
}

class WorksheetProxy {
  constructor(
    readonly context: FakeContext,
    readonly resolve: () => FakeSheet,
  ) {}
  get tables(): TableCollectionProxy {
    return new TableCollectionProxy(this.context, this.resolve);
  }
  get charts(): ChartCollectionProxy {
    return new ChartCollectionProxy(this.context, this.resolve);
  }
  get freezePanes(): { freezeRows(count: number): void } {
    return {
      freezeRows: (count) =>
        this.context.enqueue("freezePanes.freezeRows", [count], () => {
          this.resolve().frozenRows = count;
        }),
    };
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = this.resolve();
      if (address === undefined) return { sheet, range: { top: 0, left: 0, bottom: 1_048_575, right: 16_383 } };
      return { sheet, range: parseAddress(address).range };
    });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return new RangeProxy(this.context, () => ({ sheet: this.resolve(), range: { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 } }));
  }
  activate(): void {
    this.context.enqueue("worksheet.activate", [], () => {
      const sheet = this.resolve();
      if (!this.context.addedThisRequest.has(sheet)) this.context.book.active = sheet;
    });
  }
}

type Target = () => { sheet: FakeSheet; range: CellRange };

function cellsOf(target: { sheet: FakeSheet; range: CellRange }, visit: (cell: FakeCell, r: number, c: number) => void): void {
  const { sheet, range } = target;
  for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) visit(sheet.touch(r, c), r - range.top, c - range.left);
}

function checkShape(target: { range: CellRange }, matrix: readonly (readonly unknown[])[], what: string): void {
  const rows = target.range.bottom - target.range.top + 1;
  const cols = target.range.right - target.range.left + 1;
  if (matrix.length !== rows || matrix.some((row) => row.length !== cols)) throw new FakeError("InvalidArgument", `${what}: ${matrix.length}x${matrix[0]?.length} for a ${rows}x${cols} range`);
}

/** What Excel does with typed input: text beginning = + - @ is evaluated unless the cell is formatted as text. */
function enter(cell: FakeCell, input: unknown): void {
  if (typeof input === "string" && cell.numberFormat !== "@" && /^[=+\-@]/u.test(input) && input.length > 1) {
    cell.formula = input.startsWith("=") ? input : `=${input}`;
    cell.value = "#EVALUATED";
    return;
  }
  cell.formula = null;
  cell.value = typeof input === "number" || typeof input === "boolean" ? input : String(input ?? "");
}

class RangeProxy {
  constructor(
    readonly context: FakeContext,
    readonly target: Target,
  ) {}
  set numberFormat(matrix: unknown[][]) {
    this.context.enqueue("range.numberFormat", [matrix], () => {
      const t = this.target();
      checkShape(t, matrix, "numberFormat");
      cellsOf(t, (cell, r, c) => (cell.numberFormat = String(matrix[r]![c])));
    });
  }
  set values(matrix: unknown[][]) {
    this.context.enqueue("range.values", [matrix], () => {
      const t = this.target();
      checkShape(t, matrix, "values");
      cellsOf(t, (cell, r, c) => enter(cell, matrix[r]![c]));
    });
  }
  set formulas(matrix: unknown[][]) {
    this.context.enqueue("range.formulas", [matrix], () => {
      const t = this.target();
      checkShape(t, matrix, "formulas");
      cellsOf(t, (cell, r, c) => {
        const input = matrix[r]![c];
        if (typeof input === "string" && input.startsWith("=")) {
          // A formula typed into a text-formatted cell stays text in Excel.
          if (cell.numberFormat === "@") {
            cell.formula = null;
            cell.value = input;
          } else {
            cell.formula = input;
            cell.value = "#FORMULA";
          }
        } else enter(cell, input);
      });
    });
  }
  get format(): { font: { bold: boolean; size: number; color: string }; columnWidth: number } {
    const context = this.context;
    const target = this.target;
    return {
      font: {
        set bold(value: boolean) {
          context.enqueue("range.format.font.bold", [value], () => cellsOf(target(), (cell) => (cell.bold = value)));
        },
        set size(value: number) {
          context.enqueue("range.format.font.size", [value], () => undefined);
        },
        set color(value: string) {
          context.enqueue("range.format.font.color", [value], () => undefined);
        },
        get bold(): boolean {
          throw new FakeError("PropertyNotLoaded", "bold");
        },
        get size(): number {
          throw new FakeError("PropertyNotLoaded", "size");
        },
        get color(): string {
          throw new FakeError("PropertyNotLoaded", "color");
        },
      },
      set columnWidth(value: number) {
        context.enqueue("range.format.columnWidth", [value], () => {
          const t = target();
          t.sheet.columnWidths.set(t.range.left, value);
        });
      },
      get columnWidth(): number {
        throw new FakeError("PropertyNotLoaded", "columnWidth");
      },
    };
  }
  setCellProperties(matrix: Excel.SettableCellProperties[][]): void {
    this.context.enqueue("range.setCellProperties", [matrix], () => {
      const t = this.target();
      checkShape(t, matrix, "setCellProperties");
      cellsOf(t, (cell, r, c) => {
        const link = matrix[r]![c]!.hyperlink;
        if (link) {
          cell.hyperlink = { ...link };
          if (link.textToDisplay !== undefined) cell.value = link.textToDisplay;
        }
      });
    });
  }
  clear(applyTo: string): void {
    this.context.enqueue("range.clear", [applyTo], () => {
      const { sheet } = this.target();
      sheet.cells.clear();
      sheet.frozenRows = 0;
    });
  }
}

class NameCollectionProxy {
  constructor(readonly context: FakeContext) {}
  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, name, true);
  }
  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, name, false);
  }
  add(name: string, reference: RangeProxy, comment: string): { visible: boolean } {
    const context = this.context;
    context.enqueue("names.add", [name, comment], () => {
      if (context.book.names.has(name)) throw new FakeError("ItemAlreadyExists", `name ${name} exists`);
      const { sheet, range } = reference.target();
      context.book.names.set(name, { sheet, address: rangeText(range), visible: true });
    });
    return {
      set visible(value: boolean) {
        context.enqueue("name.visible", [name, value], () => {
          context.book.names.get(name)!.visible = value;
        });
      },
      get visible(): boolean {
        throw new FakeError("PropertyNotLoaded", "visible");
      },
    };
  }
}

class NamedItemProxy {
  private readonly isNull$ = new Deferred<boolean>();
  constructor(
    readonly context: FakeContext,
    readonly name: string,
    readonly orNull: boolean,
  ) {
    if (orNull) context.enqueue("names.getItemOrNullObject", [name], () => this.isNull$.set(!context.book.names.has(name)));
  }
  get isNullObject(): boolean {
    return this.isNull$.get();
  }
  getRangeOrNullObject(): { load(props: string): void; readonly isNullObject: boolean; readonly address: string } {
    const context = this.context;
    const isNull = new Deferred<boolean>();
    const address = new Deferred<string>();
    return {
      load: () =>
        context.enqueue("name.getRangeOrNullObject.load", [this.name], () => {
          const entry = context.book.names.get(this.name);
          isNull.set(!entry || entry.sheet === null);
          if (entry && entry.sheet) address.set(`${quoted(entry.sheet.name)}!${entry.address}`);
        }),
      get isNullObject(): boolean {
        return isNull.get();
      },
      get address(): string {
        return address.get();
      },
    };
  }
  delete(): void {
    this.context.enqueue("name.delete", [this.name], () => {
      if (!this.context.book.names.delete(this.name)) throw new FakeError("ItemNotFound", this.name);
    });
  }
}

class TableCollectionProxy extends ItemsProxy<{ name: string }> {
  constructor(
    context: FakeContext,
    readonly sheet: () => FakeSheet,
  ) {
    super(context, "worksheet.tables", () => sheet().tables.map((t) => ({ name: t.name })));
  }
  getItem(name: string): { delete(): void } {
    return {
      delete: () =>
        this.context.enqueue("table.delete", [name], () => {
          const tables = this.sheet().tables;
          const i = tables.findIndex((t) => t.name === name);
          if (i < 0) throw new FakeError("ItemNotFound", `no table ${name}`);
          tables.splice(i, 1);
        }),
    };
  }
  add(address: string, hasHeaders: boolean): TableProxy {
    const made = new Deferred<FakeTable>();
    const context = this.context;
    context.enqueue("tables.add", [address, hasHeaders], () => {
      const { sheet: named, range } = parseAddress(address);
      const sheet = this.sheet();
      if (named !== null && named !== sheet.name) throw new FakeError("InvalidArgument", `address ${address} is not on ${sheet.name}`);
      const overlap = context.book.allTables().some((t) => t.sheet === sheet && !(t.range.bottom + (t.showTotals ? 1 : 0) < range.top || range.bottom < t.range.top || t.range.right < range.left || range.right < t.range.left));
      if (overlap) throw new FakeError("InvalidOperation", "tables overlap");
      const table: FakeTable = { name: `Table${context.book.allTables().length + 1}`, sheet, range, showTotals: false, style: "TableStyleMedium2" };
      sheet.tables.push(table);
      made.set(table);
    });
    return new TableProxy(context, () => made.get());
  }
}

class TableProxy {
  constructor(
    readonly context: FakeContext,
    readonly resolve: () => FakeTable,
  ) {}
  set name(value: string) {
    this.context.enqueue("table.name", [value], () => {
      const clash = this.context.book.allTables().some((t) => t !== this.resolve() && t.name.toLocaleLowerCase() === value.toLocaleLowerCase());
      if (clash) throw new FakeError("InvalidArgument", `table name ${value} is taken`);
      this.resolve().name = value;
    });
  }
  set style(value: string) {
    this.context.enqueue("table.style", [value], () => (this.resolve().style = value));
  }
  set showTotals(value: boolean) {
    this.context.enqueue("table.showTotals", [value], () => {
      const table = this.resolve();
      table.showTotals = value;
      // Excel's own totals row: a label on the left and a SUBTOTAL on the right, until overwritten.
      table.sheet.touch(table.range.bottom + 1, table.range.left).value = "汇总";
    });
  }
  getTotalRowRange(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const table = this.resolve();
      if (!table.showTotals) throw new FakeError("InvalidOperation", "no totals row");
      return { sheet: table.sheet, range: { top: table.range.bottom + 1, left: table.range.left, bottom: table.range.bottom + 1, right: table.range.right } };
    });
  }
}

class ChartCollectionProxy extends ItemsProxy<{ name: string }> {
  constructor(
    context: FakeContext,
    readonly sheet: () => FakeSheet,
  ) {
    super(context, "worksheet.charts", () => sheet().charts.map((c) => ({ name: c.name })));
  }
  getItem(name: string): { delete(): void } {
    return {
      delete: () =>
        this.context.enqueue("chart.delete", [name], () => {
          const charts = this.sheet().charts;
          const i = charts.findIndex((c) => c.name === name);
          if (i < 0) throw new FakeError("ItemNotFound", `no chart ${name}`);
          charts.splice(i, 1);
        }),
    };
  }
  add(type: string, source: RangeProxy, seriesBy?: string): ChartProxy {
    const made = new Deferred<FakeChart>();
    this.context.enqueue("charts.add", [type, seriesBy], () => {
      const { sheet, range } = source.target();
      const chart: FakeChart = { name: `图表 ${sheet.charts.length + 1}`, type, source: `${quoted(sheet.name)}!${rangeText(range)}`, seriesBy, title: "", position: null };
      this.sheet().charts.push(chart);
      made.set(chart);
    });
    return new ChartProxy(this.context, () => made.get());
  }
}

class ChartProxy {
  constructor(
    readonly context: FakeContext,
    readonly resolve: () => FakeChart,
  ) {}
  get title(): { text: string } {
    const context = this.context;
    const resolve = this.resolve;
    return {
      set text(value: string) {
        context.enqueue("chart.title.text", [value], () => (resolve().title = value));
      },
      get text(): string {
        throw new FakeError("PropertyNotLoaded", "title.text");
      },
    };
  }
  setPosition(start: string, end: string): void {
    this.context.enqueue("chart.setPosition", [start, end], () => (this.resolve().position = [start, end]));
  }
}

/** An ExcelRuntime over a FakeBook; `contexts` keeps every request context for inspection. */
export function fakeRuntime(book: FakeBook, sets: readonly string[] = ["1.1", "1.4", "1.8", "1.9"]): ExcelRuntime & { readonly contexts: FakeContext[] } {
  const contexts: FakeContext[] = [];
  return {
    contexts,
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const context = new FakeContext(book);
      contexts.push(context);
      const result = await batch(context as unknown as Excel.RequestContext);
      if (context.queue.length > 0) throw new FakeError("Unsynced", `${context.queue.length} actions left unsynced`);
      return result;
    },
    runIn: () => Promise.reject(new Error("not used by the summary writer")),
    isSetSupported: (name, version) => name === "ExcelApi" && sets.includes(version),
    settings: () => {
      throw new Error("not used by the summary writer");
    },
  };
}
