/**
 * An in-memory Excel behind the subset of the Excel JavaScript API that src/host/excel uses.
 *
 * It keeps Office.js's request model honest: calls on proxies only queue actions; `context.sync()`
 * sends them as one request, executes them in order against the workbook and returns what was
 * loaded. Reading a property that was not loaded and synced throws PropertyNotLoaded; actions left
 * unsynced when Excel.run ends fail the run. Every request's size (JSON of the queued actions) and
 * response size are measured and refused over the 5 MB of Excel on the web; every executed call is logged.
 *
 * Excel behaviours modelled because the host relies on them: a string written to a General cell is
 * evaluated ("=…" and "@…" become formulas, "+1" and "-2" numbers) unless the cell's number format
 * is "@" or the text starts with an apostrophe; getMergedAreasOrNullObject returns the areas whose
 * top-left cell lies in the range (OfficeDev/office-js #3611, #1590); getRanges fails beyond 8,192 characters;
 * a very hidden sheet cannot be deleted; notes exist from ExcelApi 1.18, merged areas from 1.13.
 * Range.values are the raw stored values, numbers for dates (serials) and percentages (0.98), and
 * Range.numberFormat the format code of each cell (learn.microsoft.com/javascript/api/excel/excel.range:
 * "values: Represents the raw values of the specified range"; "numberFormat: Represents Excel's number
 * format code for the given range"); a cell keeps both as set.
 * A cell with No Fill reports pattern null and tintAndShade null through getCellProperties, and white
 * as its colour, like a white fill (OfficeDev/office-js #4900, #6218); a null inside setCellProperties
 * is refused (#593: it crashed Excel). A protected sheet (WorksheetProtection.protected, ExcelApi 1.2)
 * refuses every change to its cells, notes and formats with AccessDenied (Excel.ErrorCodes).
 * Custom XML parts (Workbook.customXmlParts, ExcelApi 1.5) hold add-in data inside the file.
 * Calls that the undo capabilities article (learn.microsoft.com/office/dev/add-ins/excel/
 * excel-add-ins-undo-capabilities) lists as unsupported, Worksheet.delete and Worksheet.visibility, and
 * WorksheetCollection.add on desktop (#6170), clear the user's undo stack: each is recorded in `undoCleared`;
 * inside a run with mergeUndoGroup (ExcelApi 1.20) the first two throw UndoNotSupported instead (same article).
 * A cell with a threaded comment (Worksheet.comments, ExcelApi 1.10) cannot also take a note: Excel
 * keeps a cell's annotation one or the other ("The difference between threaded comments and notes",
 * support.microsoft.com; issue 12 of this project), so notes.add there is refused.
 * While the user edits a cell (`startCellEdit`), a request fails with InvalidOperationInCellEditMode
 * unless its run set delayForCellEdit, which holds it until the edit ends (Excel.RunOptions docs).
 */
import type { CellRange } from "../../../src/core/grid/address";
import { a1, columnIndex } from "../../../src/core/grid/address";
import type { Grid } from "../../../src/core/grid/grid";
import type { ExcelRuntime } from "../../../src/host/excel/excel-runtime";

export const FIVE_MB = 5 * 1024 * 1024;
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
const MAX_RANGES_ADDRESS = 8192;
/**
 * Office.js sends each action as an ObjectPath and/or an Action record with ids, type codes and
 * argument wrappers; that is about this much more per action than the compact JSON measured here.
 */
const ACTION_OVERHEAD_BYTES = 64;

// ---------------------------------------------------------------- workbook state

export interface FakeFill {
  color: string;
  pattern: string;
  patternColor: string;
  tintAndShade: number;
  patternTintAndShade: number;
}

export interface FakeFont {
  name: string;
  size: number;
  color: string;
  bold: boolean;
  italic: boolean;
  underline: string;
  strikethrough: boolean;
}

export interface FakeBorder {
  style: string;
  color: string;
  weight: string;
}

export const BORDER_SIDES = ["top", "bottom", "left", "right"] as const;
export type BorderSide = (typeof BORDER_SIDES)[number];

export interface FakeFormat {
  fill: FakeFill;
  font: FakeFont;
  borders: Record<BorderSide, FakeBorder>;
  horizontalAlignment: string;
  wrapText: boolean;
}

export interface FakeHyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface FakeCell {
  /** "" is an empty cell. */
  value: string | number | boolean;
  formula: string | null;
  numberFormat: string;
  format: FakeFormat;
  hyperlink: FakeHyperlink | null;
}

export interface FakeNote {
  content: string;
  author: string;
}

export type FormatPatch = {
  fill?: Partial<FakeFill>;
  font?: Partial<FakeFont>;
  borders?: Partial<Record<BorderSide, Partial<FakeBorder>>>;
  horizontalAlignment?: string;
  wrapText?: boolean;
  numberFormat?: string;
};

export const DEFAULT_FILL: Readonly<FakeFill> = { color: "#FFFFFF", pattern: "None", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 };
const DEFAULT_FONT: Readonly<FakeFont> = { name: "等线", size: 11, color: "#000000", bold: false, italic: false, underline: "None", strikethrough: false };
const DEFAULT_BORDER: Readonly<FakeBorder> = { style: "None", color: "#000000", weight: "Thin" };

function defaultFormat(): FakeFormat {
  return {
    fill: { ...DEFAULT_FILL },
    font: { ...DEFAULT_FONT },
    borders: { top: { ...DEFAULT_BORDER }, bottom: { ...DEFAULT_BORDER }, left: { ...DEFAULT_BORDER }, right: { ...DEFAULT_BORDER } },
    horizontalAlignment: "General",
    wrapText: false,
  };
}

/** Shared by every cell whose format was never changed; copied before the first change. */
const SHARED_DEFAULT_FORMAT: FakeFormat = deepFreeze(defaultFormat());

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

const cellKey = (row: number, col: number): number => row * MAX_COLS + col;
const keyRow = (key: number): number => Math.floor(key / MAX_COLS);
const keyCol = (key: number): number => key % MAX_COLS;

export class FakeSheet {
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  /** WorksheetProtection.protected: the sheet's cells and formats cannot be changed. */
  protected = false;
  readonly cells = new Map<number, FakeCell>();
  merges: CellRange[] = [];
  readonly notes = new Map<number, FakeNote>();
  /** Threaded comments by cell key: their first entry's text. */
  readonly comments = new Map<number, string>();
  frozenRows = 0;
  deleted = false;

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  peek(row: number, col: number): FakeCell | undefined {
    return this.cells.get(cellKey(row, col));
  }

  touch(row: number, col: number): FakeCell {
    const key = cellKey(row, col);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: "", formula: null, numberFormat: "General", format: SHARED_DEFAULT_FORMAT, hyperlink: null };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** The cell's own format object, copied from the shared default on first change. */
  formatOf(row: number, col: number): FakeFormat {
    const cell = this.touch(row, col);
    if (cell.format === SHARED_DEFAULT_FORMAT) cell.format = defaultFormat();
    return cell.format;
  }

  /** Bounding box of the cells with a value (valuesOnly) or with anything at all. */
  usedRange(valuesOnly: boolean): CellRange | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of this.cells) {
      if (valuesOnly ? cell.value === "" && cell.formula === null : isBlankCell(cell)) continue;
      const row = keyRow(key);
      const col = keyCol(key);
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }
}

function isBlankCell(cell: FakeCell): boolean {
  return (
    cell.value === "" &&
    cell.formula === null &&
    cell.numberFormat === "General" &&
    cell.hyperlink === null &&
    (cell.format === SHARED_DEFAULT_FORMAT || JSON.stringify(cell.format) === JSON.stringify(SHARED_DEFAULT_FORMAT))
  );
}

interface FakeName {
  name: string;
  sheet: FakeSheet;
  range: CellRange;
  visible: boolean;
  comment: string;
}

export type FakeValue = string | number | boolean | null;

/** The document: what a saved .xlsx would hold (sheets, cells, notes, names, settings). */
export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly names = new Map<string, FakeName>();
  /** Document settings as last saved with saveAsync. */
  settings: Record<string, unknown> = {};
  /** Custom XML parts: id and the XML text (its root element's namespace is the part's namespace). */
  readonly customXmlParts: { id: string; xml: string }[] = [];
  activeSheet: FakeSheet | null = null;
  selection: { sheet: string; address: string } | null = null;
  /** The add-in's runtimes open on this workbook (a task pane, a ribbon command): each a FakeExcel. */
  readonly sessions: FakeExcel[] = [];
  private nextSheetId = 1;

  static fromGrids(grids: readonly Grid[]): FakeWorkbook {
    const workbook = new FakeWorkbook();
    for (const grid of grids) {
      const sheet = workbook.addSheet(grid.sheet);
      grid.cells.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value !== null && value !== "") sheet.touch(r, c).value = value;
        }),
      );
      sheet.merges = grid.merges.map((m) => ({ ...m }));
    }
    return workbook;
  }

  addSheet(name: string, rows: readonly (readonly FakeValue[])[] = [], merges: readonly string[] = []): FakeSheet {
    if (this.findSheet(name)) throw new Error(`sheet ${name} exists`);
    const sheet = new FakeSheet(`{sheet-${this.nextSheetId++}}`, name);
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = sheet;
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== "") sheet.touch(r, c).value = value;
      }),
    );
    sheet.merges = merges.map((m) => parseAddress(m)!);
    return sheet;
  }

  findSheet(nameOrId: string): FakeSheet | undefined {
    const lower = nameOrId.toLocaleLowerCase();
    return this.sheets.find((s) => s.id === nameOrId || s.name.toLocaleLowerCase() === lower);
  }

  sheet(name: string): FakeSheet {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  /** Test set-up: change the format of every cell in `address` directly (no request). */
  setFormat(sheetName: string, address: string, patch: FormatPatch): void {
    const sheet = this.sheet(sheetName);
    forEachCell(parseAddress(address)!, (row, col) => applyFormatPatch(sheet, row, col, patch));
  }

  addComment(sheetName: string, address: string, content: string): void {
    const ref = parseAddress(address)!;
    this.sheet(sheetName).comments.set(cellKey(ref.top, ref.left), content);
  }

  addNote(sheetName: string, address: string, content: string, author = "User"): void {
    const ref = parseAddress(address)!;
    this.sheet(sheetName).notes.set(cellKey(ref.top, ref.left), { content, author });
  }

  cell(sheetName: string, address: string): FakeCell | undefined {
    const ref = parseAddress(address)!;
    return this.sheet(sheetName).peek(ref.top, ref.left);
  }

  /** Every formula in the workbook. */
  formulas(): { sheet: string; address: string; formula: string }[] {
    const out: { sheet: string; address: string; formula: string }[] = [];
    for (const sheet of this.sheets) {
      for (const [key, cell] of sheet.cells) if (cell.formula !== null) out.push({ sheet: sheet.name, address: a1(keyRow(key), keyCol(key)), formula: cell.formula });
    }
    return out;
  }

  /** Everything a saved file would hold, as plain data for deep comparison. */
  state(): unknown {
    return {
      sheets: this.sheets.map((sheet) => ({
        name: sheet.name,
        visibility: sheet.visibility,
        merges: sheet.merges.map((m) => ({ ...m })),
        frozenRows: sheet.frozenRows,
        cells: Object.fromEntries(
          [...sheet.cells]
            .filter(([, cell]) => !isBlankCell(cell))
            .sort(([a], [b]) => a - b)
            .map(([key, cell]) => [
              a1(keyRow(key), keyCol(key)),
              {
                value: cell.value,
                formula: cell.formula,
                numberFormat: cell.numberFormat,
                hyperlink: cell.hyperlink ? { ...cell.hyperlink } : null,
                // The shared default is frozen, so handing it out is safe.
                format: cell.format === SHARED_DEFAULT_FORMAT ? SHARED_DEFAULT_FORMAT : clone(cell.format),
              },
            ]),
        ),
        notes: Object.fromEntries([...sheet.notes].sort(([a], [b]) => a - b).map(([key, note]) => [a1(keyRow(key), keyCol(key)), { ...note }])),
      })),
      names: [...this.names.values()].map((n) => ({ name: n.name, sheet: n.sheet.deleted ? "#REF!" : n.sheet.name, range: n.range, visible: n.visible })),
      settings: clone(this.settings),
      customXmlParts: this.customXmlParts.map((part) => ({ ...part })),
    };
  }

  /** Save and open again: the same document in a fresh session (no handlers, unsaved settings lost). */
  reopen(): FakeWorkbook {
    const copy = new FakeWorkbook();
    copy.nextSheetId = this.nextSheetId;
    const sheetMap = new Map<FakeSheet, FakeSheet>();
    for (const sheet of this.sheets) {
      const next = new FakeSheet(sheet.id, sheet.name);
      next.visibility = sheet.visibility;
      next.protected = sheet.protected;
      next.merges = sheet.merges.map((m) => ({ ...m }));
      next.frozenRows = sheet.frozenRows;
      for (const [key, cell] of sheet.cells) next.cells.set(key, { ...clone({ ...cell, format: cell.format }), format: cell.format === SHARED_DEFAULT_FORMAT ? SHARED_DEFAULT_FORMAT : clone(cell.format) });
      for (const [key, note] of sheet.notes) next.notes.set(key, { ...note });
      for (const [key, comment] of sheet.comments) next.comments.set(key, comment);
      copy.sheets.push(next);
      sheetMap.set(sheet, next);
    }
    for (const [key, name] of this.names) {
      const sheet = sheetMap.get(name.sheet);
      // A name whose sheet was deleted keeps pointing nowhere (#REF!).
      copy.names.set(key, { ...name, range: { ...name.range }, sheet: sheet ?? name.sheet });
    }
    copy.settings = clone(this.settings);
    copy.customXmlParts.push(...this.customXmlParts.map((part) => ({ ...part })));
    copy.activeSheet = this.activeSheet ? (sheetMap.get(this.activeSheet) ?? null) : null;
    return copy;
  }

  renameSheet(from: string, to: string): void {
    this.sheet(from).name = to;
  }
}

function union(a: CellRange, b: CellRange): CellRange {
  return { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };
}

function mergeChanges(a: ReadonlyMap<FakeSheet, CellRange>, b: ReadonlyMap<FakeSheet, CellRange>): Map<FakeSheet, CellRange> {
  const out = new Map(a);
  for (const [sheet, r] of b) {
    const before = out.get(sheet);
    out.set(sheet, before ? union(before, r) : r);
  }
  return out;
}

function forEachCell(range: CellRange, visit: (row: number, col: number) => void): void {
  for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) visit(r, c);
}

function applyFormatPatch(sheet: FakeSheet, row: number, col: number, patch: FormatPatch): void {
  if (patch.numberFormat !== undefined) sheet.touch(row, col).numberFormat = patch.numberFormat;
  if (!patch.fill && !patch.font && !patch.borders && patch.horizontalAlignment === undefined && patch.wrapText === undefined) return;
  const format = sheet.formatOf(row, col);
  if (patch.fill) Object.assign(format.fill, normalizeColors(patch.fill));
  if (patch.font) Object.assign(format.font, normalizeColors(patch.font));
  if (patch.borders) for (const side of BORDER_SIDES) if (patch.borders[side]) Object.assign(format.borders[side], normalizeColors(patch.borders[side]!));
  if (patch.horizontalAlignment !== undefined) format.horizontalAlignment = patch.horizontalAlignment;
  if (patch.wrapText !== undefined) format.wrapText = patch.wrapText;
}

function normalizeColors<T extends object>(patch: T): T {
  const out: Record<string, unknown> = { ...(patch as Record<string, unknown>) };
  for (const key of ["color", "patternColor"]) if (typeof out[key] === "string") out[key] = normalizeColor(out[key] as string);
  return out as T;
}

function normalizeColor(color: string): string {
  const named: Record<string, string> = { white: "#FFFFFF", black: "#000000", red: "#FF0000", yellow: "#FFFF00" };
  const hex = named[color.toLowerCase()] ?? (color.startsWith("#") ? color : `#${color}`);
  return hex.toUpperCase();
}

/** "A1", "$B$2:C3", "A:C", "2:4", with or without a sheet prefix. */
export function parseAddress(address: string): CellRange | null {
  const bang = address.lastIndexOf("!");
  const text = (bang < 0 ? address : address.slice(bang + 1)).replace(/\$/g, "").trim().toUpperCase();
  const [from, to = from] = text.split(":");
  const start = parseEnd(from!);
  const end = parseEnd(to!);
  if (!start || !end) return null;
  const top = Math.min(start.row ?? 0, end.row ?? 0);
  const bottom = start.row === null ? MAX_ROWS - 1 : Math.max(start.row, end.row ?? start.row);
  const left = Math.min(start.col ?? 0, end.col ?? 0);
  const right = start.col === null ? MAX_COLS - 1 : Math.max(start.col, end.col ?? start.col);
  return { top, left, bottom, right };
}

function parseEnd(text: string): { row: number | null; col: number | null } | null {
  const m = /^([A-Z]{0,3})(\d{0,7})$/.exec(text);
  if (!m || (m[1] === "" && m[2] === "")) return null;
  return { col: m[1] === "" ? null : columnIndex(m[1]!), row: m[2] === "" ? null : Number(m[2]) - 1 };
}

function rangeAddress(range: CellRange): string {
  const start = a1(range.top, range.left);
  const end = a1(range.bottom, range.right);
  return start === end ? start : `${start}:${end}`;
}

function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const encoder = new TextEncoder();

/** UTF-8 size; TextEncoder rather than Buffer so the fake also runs in a browser page. */
function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

// ---------------------------------------------------------------- errors

export class FakeRichApiError extends Error {
  /** OfficeExtension.DebugInfo: code, message, and errorLocation ("the object or method where the error occurred") when known. */
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

function notLoaded(property: string): FakeRichApiError {
  return new FakeRichApiError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

// ---------------------------------------------------------------- session

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set supported (default 1.18). */
  readonly apiVersion?: string;
  /**
   * Merged areas one getMergedAreasOrNullObject may return before Excel refuses the request
   * (GeneralException at Range.getMergedAreasOrNullObject). No limit is documented — neither the
   * Range docs (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member)
   * nor the office-js issues name one — so there is none by default; tests set one to model a refusal.
   */
  readonly maxMergedAreas?: number;
  readonly maxRequestBytes?: number;
  readonly maxResponseBytes?: number;
}

export interface RequestRecord {
  readonly run: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly actions: number;
  readonly error?: string;
}

export interface CallRecord {
  readonly request: number;
  readonly call: string;
  readonly target: string;
  readonly args: readonly unknown[];
}

type ChangedHandler = (args: Excel.WorksheetChangedEventArgs) => Promise<unknown>;

/** One add-in session over a workbook: what Excel.run, Office.context and the event system see. */
export class FakeExcel {
  readonly requests: RequestRecord[] = [];
  readonly calls: CallRecord[] = [];
  /** Calls that cleared the user's undo stack, as "Worksheet.delete" and the like. */
  readonly undoCleared: string[] = [];
  /** Runs made with mergeUndoGroup on an Excel that supports it: each is one undo step. */
  groupedRuns = 0;
  /** Whether the user is typing in a cell. */
  cellEditMode = false;
  private editEnded: (() => void)[] = [];
  runs = 0;
  enableEvents = true;
  readonly handlers = new Map<number, ChangedHandler>();
  private readonly pendingHandlers = new Map<number, ChangedHandler>();
  readonly settings: FakeSettings;
  readonly apiVersion: string;
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  readonly maxMergedAreas: number;
  private nextHandler = 1;

  constructor(
    readonly workbook: FakeWorkbook,
    options: FakeExcelOptions = {},
  ) {
    this.apiVersion = options.apiVersion ?? "1.18";
    this.maxRequestBytes = options.maxRequestBytes ?? FIVE_MB;
    this.maxResponseBytes = options.maxResponseBytes ?? FIVE_MB;
    this.maxMergedAreas = options.maxMergedAreas ?? Infinity;
    this.settings = new FakeSettings(workbook);
    workbook.sessions.push(this);
  }

  get syncs(): number {
    return this.requests.length;
  }

  /** Requests (syncs) made since `mark` (a value of `syncs`). */
  requestsSince(mark: number): RequestRecord[] {
    return this.requests.slice(mark);
  }

  callsOf(call: string): CallRecord[] {
    return this.calls.filter((c) => c.call === call);
  }

  isSetSupported(name: string, version: string): boolean {
    return name === "ExcelApi" && compareVersions(version, this.apiVersion) <= 0;
  }

  supports(version: string): boolean {
    return compareVersions(version, this.apiVersion) <= 0;
  }

  /** A handler queued by onChanged.add; it hears events once its request has run. */
  registerHandler(handler: ChangedHandler): number {
    const id = this.nextHandler++;
    this.pendingHandlers.set(id, handler);
    return id;
  }

  activateHandler(id: number): void {
    const handler = this.pendingHandlers.get(id);
    this.pendingHandlers.delete(id);
    if (handler) this.handlers.set(id, handler);
  }

  startCellEdit(): void {
    this.cellEditMode = true;
  }

  endCellEdit(): void {
    this.cellEditMode = false;
    const waiting = this.editEnded;
    this.editEnded = [];
    for (const resume of waiting) resume();
  }

  /** Resolves when the user leaves cell edit mode. */
  whenEditEnds(): Promise<void> {
    return this.cellEditMode ? new Promise((resolve) => this.editEnded.push(resolve)) : Promise.resolve();
  }

  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>, reuse?: FakeContext, options: { delayForCellEdit?: boolean; mergeUndoGroup?: boolean } = {}): Promise<T> {
    this.runs++;
    const context = reuse ?? new FakeContext(this, this.runs);
    if (!reuse) {
      context.delayForCellEdit = options.delayForCellEdit === true;
      context.grouped = options.mergeUndoGroup === true && this.supports("1.20");
      if (context.grouped) this.groupedRuns++;
    }
    context.open = true;
    try {
      const result = await batch(context as unknown as Excel.RequestContext);
      if (context.pending() > 0) throw new Error(`Excel.run ended with ${context.pending()} queued actions never synced`);
      return result;
    } finally {
      context.discard();
      context.open = false;
    }
  }

  /** The runtime the host is given in tests. */
  get runtime(): ExcelRuntime {
    return {
      run: (batch, options) => this.run(batch, undefined, options),
      runIn: (context, batch) => this.run(batch, asFakeContext(context)),
      isSetSupported: (name, version) => this.isSetSupported(name, version),
      settings: () => this.settings as unknown as Office.Settings,
    };
  }

  /** Installs `Excel` and `Office` globals backed by this session; returns the function that removes them. */
  installGlobals(): () => void {
    const scope = globalThis as unknown as Record<string, unknown>;
    const saved = { Excel: scope.Excel, Office: scope.Office };
    scope.Excel = {
      // Excel.run(batch), Excel.run(context, batch) and Excel.run(options, batch).
      run: (first: unknown, second?: unknown) =>
        typeof first === "function"
          ? this.run(first as (context: Excel.RequestContext) => Promise<unknown>)
          : first instanceof FakeContext
            ? this.run(second as (context: Excel.RequestContext) => Promise<unknown>, first)
            : this.run(second as (context: Excel.RequestContext) => Promise<unknown>, undefined, first as { delayForCellEdit?: boolean; mergeUndoGroup?: boolean }),
    };
    scope.Office = {
      context: { requirements: { isSetSupported: (name: string, version: string) => this.isSetSupported(name, version) }, document: { settings: this.settings } },
    };
    return () => {
      scope.Excel = saved.Excel;
      scope.Office = saved.Office;
    };
  }

  /** A user typing into a cell: the value changes and onChanged handlers hear of it. */
  userEdit(sheetName: string, address: string, value: FakeValue): void {
    const sheet = this.workbook.sheet(sheetName);
    const ref = parseAddress(address)!;
    writeValue(sheet, ref.top, ref.left, value);
    this.dispatchChanged(sheet, rangeAddress(ref), "Unknown");
  }

  dispatchChanged(sheet: FakeSheet, address: string, triggerSource: "Unknown" | "ThisLocalAddin"): void {
    if (!this.enableEvents) return;
    for (const handler of this.handlers.values()) {
      const args = {
        type: "WorksheetChanged",
        worksheetId: sheet.id,
        address,
        changeType: "RangeEdited",
        source: "Local",
        triggerSource,
      } as unknown as Excel.WorksheetChangedEventArgs;
      void handler(args);
    }
  }
}

function asFakeContext(context: unknown): FakeContext {
  if (!(context instanceof FakeContext)) throw new Error("not a context of this fake");
  return context;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Office.context.document.settings: changes live in the session until saveAsync stores them (all of
 * them) in the document; refreshAsync reads what is saved there now (learn.microsoft.com/javascript/api/office/office.settings).
 * A setting's value is "a string, number, boolean, null, object or array" (same page): whatever JSON another
 * version of the add-in stored is handed back as it was, so a test can seed `workbook.settings` with it.
 */
export class FakeSettings {
  private values: Record<string, unknown>;
  failSaves = false;
  saves = 0;
  refreshes = 0;

  constructor(private readonly workbook: FakeWorkbook) {
    this.values = clone(workbook.settings);
  }

  get(name: string): unknown {
    return name in this.values ? clone(this.values[name]) : null;
  }

  /**
   * Settings.refreshAsync "reads all settings persisted in the document and refreshes the content or task
   * pane add-in's copy of those settings held in memory" (learn.microsoft.com/javascript/api/office/office.settings):
   * the session takes the settings as last saved in the document, a co-author's included.
   */
  refreshAsync(callback?: (result: unknown) => void): void {
    this.refreshes++;
    this.values = clone(this.workbook.settings);
    setTimeout(() => callback?.({ status: "succeeded", value: this }), 0);
  }

  set(name: string, value: unknown): void {
    this.values[name] = clone(value);
  }

  remove(name: string): void {
    delete this.values[name];
  }

  saveAsync(first?: unknown, second?: unknown): void {
    const callback = (typeof first === "function" ? first : second) as ((result: unknown) => void) | undefined;
    this.saves++;
    const failed = this.failSaves;
    if (!failed) this.workbook.settings = clone(this.values);
    setTimeout(() => {
      callback?.(
        failed
          ? { status: "failed", value: undefined, error: { name: "SaveFailed", message: "The settings could not be saved.", code: 5001 } }
          : { status: "succeeded", value: undefined },
      );
    }, 0);
  }
}

// ---------------------------------------------------------------- requests

type Action =
  | { readonly op: "new"; readonly id: number; readonly parent: number; readonly method: string; readonly args: readonly unknown[]; readonly nullable: boolean }
  | { readonly op: "set"; readonly id: number; readonly prop: string; readonly value: unknown }
  | { readonly op: "call"; readonly id: number; readonly method: string; readonly args: readonly unknown[] }
  | { readonly op: "load"; readonly id: number; readonly props: readonly string[] }
  | { readonly op: "result"; readonly id: number; readonly target: number; readonly method: string; readonly args: readonly unknown[] };

type Ref =
  | { readonly k: "null" }
  | { readonly k: "workbook" }
  | { readonly k: "runtime" }
  | { readonly k: "worksheets" }
  | { readonly k: "sheet"; readonly sheet: FakeSheet }
  | { readonly k: "range"; readonly sheet: FakeSheet; readonly r: CellRange }
  | { readonly k: "areas"; readonly sheet: FakeSheet; readonly rs: readonly CellRange[] }
  | { readonly k: "rangeCollection"; readonly sheet: FakeSheet; readonly rs: readonly CellRange[] }
  | { readonly k: "notes"; readonly sheet: FakeSheet }
  | { readonly k: "note"; readonly sheet: FakeSheet; readonly key: number }
  | { readonly k: "names" }
  | { readonly k: "name"; readonly key: string }
  | { readonly k: "freezePanes"; readonly sheet: FakeSheet }
  | { readonly k: "comments"; readonly sheet: FakeSheet }
  | { readonly k: "comment"; readonly sheet: FakeSheet; readonly key: number }
  | { readonly k: "xmlParts"; readonly namespace: string | null }
  | { readonly k: "xmlPart"; readonly id: string };

type Response = { id: number; isNull?: boolean; data?: Record<string, unknown>; value?: unknown };

const NULL_REF: Ref = { k: "null" };
const KIND_NAMES: Record<Ref["k"], string> = {
  null: "Null",
  workbook: "Workbook",
  runtime: "Runtime",
  worksheets: "WorksheetCollection",
  sheet: "Worksheet",
  range: "Range",
  areas: "RangeAreas",
  rangeCollection: "RangeCollection",
  notes: "NoteCollection",
  note: "Note",
  names: "NamedItemCollection",
  name: "NamedItem",
  freezePanes: "WorksheetFreezePanes",
  comments: "CommentCollection",
  comment: "Comment",
  xmlParts: "CustomXmlPartCollection",
  xmlPart: "CustomXmlPart",
};

/** The request context: queues actions from proxies and runs them against the workbook on sync. */
export class FakeContext {
  open = false;
  delayForCellEdit = false;
  grouped = false;
  readonly workbook: WorkbookProxy;
  readonly runtime: RuntimeProxy;
  private queue: Action[] = [];
  private nextId = 3;
  readonly objects = new Map<number, ClientObject>();
  private readonly refs = new Map<number, Ref>([
    [1, { k: "workbook" }],
    [2, { k: "runtime" }],
  ]);
  private changedSheets = new Map<FakeSheet, CellRange>();
  /** Changes made while this runtime had its events off: the other runtimes still hear them. */
  private changedUnheard = new Map<FakeSheet, CellRange>();

  constructor(
    readonly session: FakeExcel,
    readonly runNumber: number,
  ) {
    this.workbook = new WorkbookProxy(this, 1, false);
    this.runtime = new RuntimeProxy(this, 2, false);
    this.workbook._isNull = false;
    this.runtime._isNull = false;
  }

  newId(): number {
    return this.nextId++;
  }

  pending(): number {
    return this.queue.length;
  }

  discard(): void {
    this.queue = [];
  }

  enqueue(action: Action): void {
    if (!this.open) throw new FakeRichApiError("InvalidRequestContext", "Cannot use the object across different request contexts.");
    this.queue.push(action);
  }

  async sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    await Promise.resolve();
    if (this.session.cellEditMode) {
      if (!this.delayForCellEdit) {
        this.session.requests.push({ run: this.runNumber, requestBytes: 0, actions: actions.length, responseBytes: 0, error: "InvalidOperationInCellEditMode" });
        throw new FakeRichApiError("InvalidOperationInCellEditMode", "The request cannot be processed while a cell is being edited.");
      }
      await this.session.whenEditEnds();
    }
    const requestBytes = utf8Bytes(JSON.stringify(actions, serializeArg)) + ACTION_OVERHEAD_BYTES * actions.length;
    const record = { run: this.runNumber, requestBytes, actions: actions.length };
    if (requestBytes > this.session.maxRequestBytes) {
      this.session.requests.push({ ...record, responseBytes: 0, error: "RequestPayloadSizeLimitExceeded" });
      throw new FakeRichApiError("RequestPayloadSizeLimitExceeded", `The request payload size (${requestBytes} bytes) has exceeded the limit.`);
    }
    const responses: Response[] = [];
    this.changedSheets = new Map();
    this.changedUnheard = new Map();
    try {
      for (const action of actions) this.execute(action, responses);
    } catch (err) {
      this.session.requests.push({ ...record, responseBytes: 0, error: err instanceof FakeRichApiError ? err.code : String(err) });
      this.dispatchChanges();
      throw err;
    }
    // Collection items travel as their loaded properties; the ids below are this fake's bookkeeping.
    const responseBytes = utf8Bytes(JSON.stringify(responses, (key, value: unknown) => (key === "items" ? (value as { data: unknown }[]).map((item) => item.data) : value)));
    if (responseBytes > this.session.maxResponseBytes) {
      this.session.requests.push({ ...record, responseBytes, error: "ResponsePayloadSizeLimitExceeded" });
      throw new FakeRichApiError("ResponsePayloadSizeLimitExceeded", `The response payload size (${responseBytes} bytes) has exceeded the limit.`);
    }
    this.session.requests.push({ ...record, responseBytes });
    for (const action of actions) if (action.op === "new") this.objects.get(action.id)!._isNull = false;
    for (const response of responses) this.deliver(response);
    this.dispatchChanges();
  }

  /**
   * Runtime.enableEvents turns events off "in the current task pane or content add-in" only
   * (learn.microsoft.com/javascript/api/excel/excel.runtime#excel-excel-runtime-enableevents-member):
   * the add-in's other runtimes over the same workbook (the ribbon's function command, the pane) still
   * hear the change, from this add-in ("ThisLocalAddin"), if their own events are on.
   */
  private dispatchChanges(): void {
    const heard = [...this.changedSheets];
    const all = [...mergeChanges(this.changedSheets, this.changedUnheard)];
    if (all.length === 0) return;
    const others = this.session.workbook.sessions.filter((s) => s !== this.session);
    setTimeout(() => {
      for (const [sheet, range] of heard) this.session.dispatchChanged(sheet, rangeAddress(range), "ThisLocalAddin");
      for (const other of others) for (const [sheet, range] of all) other.dispatchChanged(sheet, rangeAddress(range), "ThisLocalAddin");
    }, 0);
  }

  private deliver(response: Response): void {
    const object = this.objects.get(response.id)!;
    if (response.isNull !== undefined) object._isNull = response.isNull;
    if (response.data) {
      for (const [key, value] of Object.entries(response.data)) {
        if (key === "items" && object instanceof CollectionProxy) object._setItems(value as { id: number; data: Record<string, unknown> }[]);
        else object._data.set(key, value);
      }
    }
    if ("value" in response && object instanceof ResultProxy) object._resolve(response.value);
  }

  private log(call: string, ref: Ref, args: readonly unknown[]): void {
    this.session.calls.push({ request: this.session.requests.length, call, target: describe(ref), args });
  }

  private ref(id: number): Ref {
    const ref = this.refs.get(id);
    if (!ref) throw new FakeRichApiError("InvalidObjectPath", `The object path of object ${id} is not valid (it was created in a request that failed or in another context).`);
    if ("sheet" in ref && ref.sheet.deleted) throw new FakeRichApiError("ItemNotFound", `The worksheet ${ref.sheet.name} was deleted.`);
    return ref;
  }

  private execute(action: Action, responses: Response[]): void {
    switch (action.op) {
      case "new": {
        const parent = this.ref(action.parent);
        const ref = parent.k === "null" ? NULL_REF : this.navigate(parent, action.method, action.args);
        this.log(`${KIND_NAMES[parent.k]}.${action.method}`, parent, action.args);
        this.refs.set(action.id, ref);
        if (action.nullable) responses.push({ id: action.id, isNull: ref.k === "null" });
        else if (ref.k === "null") throw new FakeRichApiError("ItemNotFound", `${action.method} returned nothing`);
        return;
      }
      case "load": {
        const ref = this.ref(action.id);
        this.log(`${KIND_NAMES[ref.k]}.load`, ref, [action.props.join(",")]);
        if (ref.k === "null") responses.push({ id: action.id, isNull: true });
        else responses.push({ id: action.id, data: this.loadData(ref, action.props) });
        return;
      }
      case "set": {
        const ref = this.ref(action.id);
        this.log(`${KIND_NAMES[ref.k]}.${action.prop}=`, ref, [action.value]);
        refuseIfProtected(ref);
        if (ref.k === "sheet" && action.prop === "visibility") this.clearUndo("Worksheet.visibility");
        this.setProperty(ref, action.prop, action.value);
        return;
      }
      case "call": {
        const ref = this.ref(action.id);
        this.log(`${KIND_NAMES[ref.k]}.${action.method}`, ref, action.args);
        if (!(ref.k === "sheet" && action.method === "activate") && !(ref.k === "range" && action.method === "select")) refuseIfProtected(ref);
        if (ref.k === "sheet" && action.method === "delete") this.clearUndo("Worksheet.delete");
        this.call(ref, action.method, action.args);
        return;
      }
      case "result": {
        const ref = this.ref(action.target);
        this.log(`${KIND_NAMES[ref.k]}.${action.method}`, ref, action.args);
        // A null object's methods do nothing and give null (Office.js's *OrNullObject pattern).
        if (ref.k === "null") {
          responses.push({ id: action.id, value: null });
          return;
        }
        if (ref.k === "xmlPart" && action.method === "getXml") {
          responses.push({ id: action.id, value: this.xmlPart(ref.id).xml });
          return;
        }
        if (ref.k !== "range" || action.method !== "getCellProperties") throw unsupported(ref, action.method);
        responses.push({ id: action.id, value: cellProperties(ref.sheet, ref.r, action.args[0] as Excel.CellPropertiesLoadOptions) });
        return;
      }
    }
  }

  /** A call without undo support: refused inside an undo group, otherwise the undo stack is gone. */
  private clearUndo(call: string): void {
    if (this.grouped) throw new FakeRichApiError("UndoNotSupported", `${call} cannot be part of an undo group.`);
    this.session.undoCleared.push(call);
  }

  private xmlPart(id: string): { id: string; xml: string } {
    const part = this.session.workbook.customXmlParts.find((p) => p.id === id);
    if (!part) throw new FakeRichApiError("ItemNotFound", "The custom XML part was deleted.");
    return part;
  }

  private requireApi(version: string, what: string): void {
    if (!this.session.supports(version)) throw new FakeRichApiError("ApiNotFound", `${what} needs ExcelApi ${version}; this Excel supports ${this.session.apiVersion}.`);
  }

  private navigate(parent: Ref, method: string, args: readonly unknown[]): Ref {
    const workbook = this.session.workbook;
    switch (parent.k) {
      case "workbook":
        if (method === "worksheets") return { k: "worksheets" };
        if (method === "names") return { k: "names" };
        if (method === "customXmlParts") {
          this.requireApi("1.5", "Workbook.customXmlParts");
          return { k: "xmlParts", namespace: null };
        }
        if (method === "getSelectedRange") {
          // Excel always has a selection: A1 of the active sheet until something else is selected.
          const selection = workbook.selection;
          if (selection) {
            const r = parseAddress(selection.address);
            if (selection.address.includes(",") || !r) throw new FakeRichApiError("InvalidSelection", "The current selection is invalid for this operation.");
            return { k: "range", sheet: workbook.sheet(selection.sheet), r };
          }
          const sheet = workbook.activeSheet ?? workbook.sheets[0];
          if (!sheet) throw new FakeRichApiError("ItemNotFound", "The workbook has no sheet.");
          return { k: "range", sheet, r: { top: 0, left: 0, bottom: 0, right: 0 } };
        }
        break;
      case "worksheets": {
        if (method === "getItem" || method === "getItemOrNullObject") {
          const sheet = workbook.findSheet(String(args[0]));
          if (sheet) return { k: "sheet", sheet };
          if (method === "getItemOrNullObject") return NULL_REF;
          throw new FakeRichApiError("ItemNotFound", `The requested resource doesn't exist: worksheet ${String(args[0])}.`);
        }
        if (method === "add") {
          this.session.undoCleared.push("WorksheetCollection.add");
          return { k: "sheet", sheet: addSheet(workbook, args[0] === undefined ? undefined : String(args[0])) };
        }
        break;
      }
      case "sheet": {
        const sheet = parent.sheet;
        if (method === "getRange") {
          const r = args[0] === undefined ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 } : parseAddress(String(args[0]));
          if (!r) throw new FakeRichApiError("InvalidArgument", `bad address ${String(args[0])}`);
          return { k: "range", sheet, r };
        }
        if (method === "getRangeByIndexes") {
          const [row, col, rows, cols] = args as number[];
          if (rows! < 1 || cols! < 1) throw new FakeRichApiError("InvalidArgument", "empty range");
          return { k: "range", sheet, r: { top: row!, left: col!, bottom: row! + rows! - 1, right: col! + cols! - 1 } };
        }
        if (method === "getRanges") {
          this.requireApi("1.9", "Worksheet.getRanges");
          const text = String(args[0]);
          if (text.length > MAX_RANGES_ADDRESS) throw new FakeRichApiError("InvalidArgument", `The argument is invalid or missing or has an incorrect format (${text.length} characters).`);
          const rs = text.split(/[,;]/).map((part) => parseAddress(part));
          if (rs.some((r) => r === null)) throw new FakeRichApiError("InvalidArgument", `bad address list ${text}`);
          return { k: "areas", sheet, rs: rs as CellRange[] };
        }
        if (method === "getUsedRange" || method === "getUsedRangeOrNullObject") {
          const used = sheet.usedRange(args[0] === true);
          if (used) return { k: "range", sheet, r: used };
          return method === "getUsedRange" ? { k: "range", sheet, r: { top: 0, left: 0, bottom: 0, right: 0 } } : NULL_REF;
        }
        if (method === "notes") {
          this.requireApi("1.18", "Worksheet.notes");
          return { k: "notes", sheet };
        }
        if (method === "freezePanes") return { k: "freezePanes", sheet };
        if (method === "comments") {
          this.requireApi("1.10", "Worksheet.comments");
          return { k: "comments", sheet };
        }
        break;
      }
      case "range":
        if (method === "getResizedRange") {
          // Range.getResizedRange(deltaRows, deltaColumns), ExcelApi 1.7 (learn.microsoft.com/javascript/api/excel/excel.range):
          // "Gets a Range object similar to the current Range object, but with its bottom-right corner
          // expanded (or contracted) by some number of rows and columns"; an error when it would shrink past the top-left cell.
          this.requireApi("1.7", "Range.getResizedRange");
          const [rows, cols] = args as number[];
          const r = { ...parent.r, bottom: parent.r.bottom + rows!, right: parent.r.right + cols! };
          if (r.bottom < r.top || r.right < r.left || r.bottom >= MAX_ROWS || r.right >= MAX_COLS) throw new FakeRichApiError("InvalidArgument", "getResizedRange: the range would leave the sheet");
          return { k: "range", sheet: parent.sheet, r };
        }
        if (method === "getMergedAreasOrNullObject") {
          this.requireApi("1.13", "Range.getMergedAreasOrNullObject");
          const found = parent.sheet.merges.filter((m) => inside(parent.r, m.top, m.left));
          const limit = this.session.maxMergedAreas;
          if (found.length > limit) throw new FakeRichApiError("GeneralException", `The range holds ${found.length} merged areas; at most ${limit} can be returned.`, "Range.getMergedAreasOrNullObject");
          return found.length === 0 ? NULL_REF : { k: "areas", sheet: parent.sheet, rs: found.map((m) => ({ ...m })) };
        }
        break;
      case "areas":
        if (method === "areas") return { k: "rangeCollection", sheet: parent.sheet, rs: parent.rs };
        break;
      case "comment":
        if (method === "getLocation") return { k: "range", sheet: parent.sheet, r: { top: keyRow(parent.key), left: keyCol(parent.key), bottom: keyRow(parent.key), right: keyCol(parent.key) } };
        break;
      case "xmlParts": {
        if (method === "getByNamespace") return { k: "xmlParts", namespace: String(args[0]) };
        const matching = workbook.customXmlParts.filter((part) => parent.namespace === null || namespaceOf(part.xml) === parent.namespace);
        if (method === "add") {
          const xml = String(args[0]);
          if (namespaceOf(xml) === null) throw new FakeRichApiError("InvalidArgument", "The XML has no root element.");
          const part = { id: `{part-${workbook.customXmlParts.length + 1}}`, xml };
          workbook.customXmlParts.push(part);
          return { k: "xmlPart", id: part.id };
        }
        if (method === "getOnlyItemOrNullObject" || method === "getOnlyItem") {
          if (matching.length === 1) return { k: "xmlPart", id: matching[0]!.id };
          if (method === "getOnlyItemOrNullObject") return NULL_REF;
          throw new FakeRichApiError(matching.length === 0 ? "ItemNotFound" : "InvalidOperation", `${matching.length} parts in the namespace`);
        }
        break;
      }
      case "notes": {
        const target = this.cellArgument(parent.sheet, args[0]);
        const key = cellKey(target.top, target.left);
        if (method === "add") {
          refuseIfProtected(parent);
          if (parent.sheet.comments.has(key)) throw new FakeRichApiError("InvalidOperation", `The cell ${rangeAddress(target)} has a threaded comment; it cannot take a note.`);
          if (target.top !== target.bottom || target.left !== target.right) throw new FakeRichApiError("InvalidCellAddress", "A note needs a single cell.");
          if (parent.sheet.notes.has(key)) throw new FakeRichApiError("ItemAlreadyExists", `The cell ${rangeAddress(target)} already has a note.`);
          parent.sheet.notes.set(key, { content: String(args[1]), author: "jixiao" });
          return { k: "note", sheet: parent.sheet, key };
        }
        if (method === "getItem" || method === "getItemOrNullObject") {
          if (parent.sheet.notes.has(key)) return { k: "note", sheet: parent.sheet, key };
          if (method === "getItemOrNullObject") return NULL_REF;
          throw new FakeRichApiError("ItemNotFound", `No note at ${rangeAddress(target)}.`);
        }
        break;
      }
      case "names": {
        const key = String(args[0]).toLowerCase();
        if (method === "add") {
          if (workbook.names.has(key)) throw new FakeRichApiError("ItemAlreadyExists", `The name ${String(args[0])} exists.`);
          const reference = args[1];
          let target: { sheet: FakeSheet; r: CellRange };
          if (reference instanceof ClientObject) {
            const ref = this.ref(reference._id);
            if (ref.k !== "range") throw new FakeRichApiError("InvalidArgument", "a name needs a range");
            target = { sheet: ref.sheet, r: ref.r };
          } else {
            const text = String(reference).replace(/^=/, "");
            const sheetName = text.slice(0, text.lastIndexOf("!")).replace(/^'|'$/g, "").replace(/''/g, "'");
            target = { sheet: workbook.sheet(sheetName), r: parseAddress(text)! };
          }
          workbook.names.set(key, { name: String(args[0]), sheet: target.sheet, range: target.r, visible: true, comment: String(args[2] ?? "") });
          return { k: "name", key };
        }
        if (method === "getItem" || method === "getItemOrNullObject") {
          if (workbook.names.has(key)) return { k: "name", key };
          if (method === "getItemOrNullObject") return NULL_REF;
          throw new FakeRichApiError("ItemNotFound", `No name ${String(args[0])}.`);
        }
        break;
      }
      case "name": {
        const name = workbook.names.get(parent.key);
        if (!name) throw new FakeRichApiError("ItemNotFound", "The name was deleted.");
        if (method === "getRange" || method === "getRangeOrNullObject") {
          if (!name.sheet.deleted) return { k: "range", sheet: name.sheet, r: name.range };
          if (method === "getRangeOrNullObject") return NULL_REF;
          throw new FakeRichApiError("InvalidReference", "The name refers to #REF!.");
        }
        break;
      }
      default:
        break;
    }
    throw unsupported(parent, method);
  }

  private cellArgument(sheet: FakeSheet, arg: unknown): CellRange {
    if (arg instanceof ClientObject) {
      const ref = this.ref(arg._id);
      if (ref.k === "range" && ref.sheet === sheet) return ref.r;
      throw new FakeRichApiError("InvalidArgument", "the range is on another sheet");
    }
    const r = parseAddress(String(arg));
    if (!r) throw new FakeRichApiError("InvalidCellAddress", `bad cell address ${String(arg)}`);
    return r;
  }

  private loadData(ref: Ref, props: readonly string[]): Record<string, unknown> {
    const data: Record<string, unknown> = {};
    const itemProps = props.filter((p) => p.startsWith("items/")).map((p) => p.slice("items/".length));
    const own = props.filter((p) => !p.startsWith("items/"));
    if (itemProps.length > 0) {
      const items = this.collectionItems(ref);
      data.items = items.map((item) => {
        const id = this.newId();
        this.refs.set(id, item);
        return { id, data: this.loadData(item, itemProps) };
      });
    }
    for (const prop of own) {
      if (prop === "*") Object.assign(data, this.loadData(ref, SCALARS[ref.k] ?? []));
      else data[prop] = this.scalar(ref, prop);
    }
    return data;
  }

  private collectionItems(ref: Ref): Ref[] {
    if (ref.k === "worksheets") return this.session.workbook.sheets.map((sheet) => ({ k: "sheet", sheet }));
    if (ref.k === "rangeCollection") return ref.rs.map((r) => ({ k: "range", sheet: ref.sheet, r }));
    if (ref.k === "comments") return [...ref.sheet.comments.keys()].sort((a, b) => a - b).map((key) => ({ k: "comment", sheet: ref.sheet, key }));
    throw unsupported(ref, "items");
  }

  private scalar(ref: Ref, prop: string): unknown {
    switch (ref.k) {
      case "sheet":
        if (prop === "name") return ref.sheet.name;
        if (prop === "id") return ref.sheet.id;
        if (prop === "visibility") return ref.sheet.visibility;
        if (prop === "protection/protected") return ref.sheet.protected;
        if (prop === "position") return this.session.workbook.sheets.indexOf(ref.sheet);
        break;
      case "range": {
        const { sheet, r } = ref;
        if (prop === "address") return `${quoteSheet(sheet.name)}!${rangeAddress(r)}`;
        if (prop === "rowIndex") return r.top;
        if (prop === "columnIndex") return r.left;
        if (prop === "rowCount") return r.bottom - r.top + 1;
        if (prop === "columnCount") return r.right - r.left + 1;
        if (prop === "values") return grid(r, (row, col) => sheet.peek(row, col)?.value ?? "");
        if (prop === "numberFormat") return grid(r, (row, col) => sheet.peek(row, col)?.numberFormat ?? "General");
        if (prop === "formulas") return grid(r, (row, col) => sheet.peek(row, col)?.formula ?? sheet.peek(row, col)?.value ?? "");
        break;
      }
      case "areas":
        if (prop === "address") return ref.rs.map((r) => `${quoteSheet(ref.sheet.name)}!${rangeAddress(r)}`).join(", ");
        if (prop === "areaCount") return ref.rs.length;
        break;
      case "note": {
        const note = ref.sheet.notes.get(ref.key);
        if (!note) throw new FakeRichApiError("ItemNotFound", "The note was deleted.");
        if (prop === "content") return note.content;
        if (prop === "authorName") return note.author;
        break;
      }
      case "name": {
        const name = this.session.workbook.names.get(ref.key);
        if (!name) throw new FakeRichApiError("ItemNotFound", "The name was deleted.");
        if (prop === "name") return name.name;
        if (prop === "visible") return name.visible;
        if (prop === "comment") return name.comment;
        if (prop === "formula") return name.sheet.deleted ? "=#REF!" : `=${quoteSheet(name.sheet.name)}!${rangeAddress(name.range)}`;
        break;
      }
      case "runtime":
        if (prop === "enableEvents") return this.session.enableEvents;
        break;
      case "comment":
        if (prop === "id") return `{comment-${ref.key}}`;
        if (prop === "content") return ref.sheet.comments.get(ref.key) ?? "";
        break;
      case "xmlPart":
        if (prop === "id") return ref.id;
        if (prop === "namespaceUri") return namespaceOf(this.xmlPart(ref.id).xml);
        break;
      default:
        break;
    }
    throw new FakeRichApiError("InvalidArgument", `${KIND_NAMES[ref.k]} has no property '${prop}' in this fake`);
  }

  private cellsOf(ref: Ref): { sheet: FakeSheet; ranges: readonly CellRange[] } {
    if (ref.k === "range") return { sheet: ref.sheet, ranges: [ref.r] };
    if (ref.k === "areas") return { sheet: ref.sheet, ranges: ref.rs };
    throw new FakeRichApiError("InvalidArgument", `${KIND_NAMES[ref.k]} holds no cells`);
  }

  private noteValueChange(sheet: FakeSheet, r: CellRange): void {
    const changes = this.session.enableEvents ? this.changedSheets : this.changedUnheard;
    const before = changes.get(sheet);
    changes.set(sheet, before ? union(before, r) : r);
  }

  private setProperty(ref: Ref, prop: string, value: unknown): void {
    if (ref.k === "null") throw new FakeRichApiError("ItemNotFound", `cannot set ${prop} on a null object`);
    if (ref.k === "runtime" && prop === "enableEvents") {
      this.requireApi("1.8", "Runtime.enableEvents");
      this.session.enableEvents = value === true;
      return;
    }
    if (ref.k === "sheet") {
      if (prop === "visibility") {
        const visible = this.session.workbook.sheets.filter((s) => s.visibility === "Visible" && s !== ref.sheet);
        if (value !== "Visible" && visible.length === 0) throw new FakeRichApiError("InvalidOperation", "A workbook must keep one visible sheet.");
        ref.sheet.visibility = value as FakeSheet["visibility"];
        return;
      }
      if (prop === "name") {
        ref.sheet.name = String(value);
        return;
      }
    }
    if (ref.k === "note" && prop === "content") {
      const note = ref.sheet.notes.get(ref.key);
      if (!note) throw new FakeRichApiError("ItemNotFound", "The note was deleted.");
      note.content = String(value);
      return;
    }
    if (ref.k === "name" && prop === "visible") {
      this.session.workbook.names.get(ref.key)!.visible = value === true;
      return;
    }
    if (ref.k === "range" || ref.k === "areas") {
      const { sheet, ranges } = this.cellsOf(ref);
      if (ref.k === "range" && (prop === "values" || prop === "numberFormat")) {
        const r = ref.r;
        const rows = r.bottom - r.top + 1;
        const cols = r.right - r.left + 1;
        if (Array.isArray(value) && (value.length !== rows || value.some((row) => !Array.isArray(row) || row.length !== cols))) {
          throw new FakeRichApiError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range ${rangeAddress(r)}.`);
        }
        const at = (i: number, j: number): unknown => (Array.isArray(value) ? (value[i] as unknown[])[j] : value);
        forEachCell(r, (row, col) => {
          const v = at(row - r.top, col - r.left);
          if (prop === "numberFormat") sheet.touch(row, col).numberFormat = String(v);
          else writeValue(sheet, row, col, v as FakeValue);
        });
        if (prop === "values") this.noteValueChange(sheet, r);
        return;
      }
      if (ref.k === "range" && prop === "hyperlink") {
        forEachCell(ref.r, (row, col) => setHyperlink(sheet, row, col, value as FakeHyperlink | null));
        this.noteValueChange(sheet, ref.r);
        return;
      }
      const formatProp = /^format\.(fill|font)\.(\w+)$/.exec(prop);
      if (formatProp) {
        for (const r of ranges) {
          forEachCell(r, (row, col) => {
            const format = sheet.formatOf(row, col);
            if (formatProp[1] === "fill") {
              const key = formatProp[2];
              if (key === "color") {
                format.fill.color = normalizeColor(String(value));
                // Excel paints a solid fill when a cell without one gets a colour.
                if (format.fill.pattern === "None") format.fill.pattern = "Solid";
              } else if (key === "patternColor") format.fill.patternColor = normalizeColor(String(value));
              else if (key === "pattern") format.fill.pattern = String(value);
              else if (key === "tintAndShade" || key === "patternTintAndShade") format.fill[key] = Number(value);
              else throw unsupported(ref, prop);
            } else {
              const key = formatProp[2] as keyof FakeFont;
              if (!(key in format.font)) throw unsupported(ref, prop);
              (format.font as unknown as Record<string, unknown>)[key] = key === "color" ? normalizeColor(String(value)) : value;
            }
          });
        }
        return;
      }
    }
    throw unsupported(ref, `${prop}=`);
  }

  private call(ref: Ref, method: string, args: readonly unknown[]): void {
    const workbook = this.session.workbook;
    if (ref.k === "null") throw new FakeRichApiError("ItemNotFound", `cannot call ${method} on a null object`);
    switch (ref.k) {
      case "sheet":
        if (method === "activate") {
          if (ref.sheet.visibility !== "Visible") throw new FakeRichApiError("InvalidOperation", "A hidden sheet cannot be activated.");
          workbook.activeSheet = ref.sheet;
          return;
        }
        if (method === "delete") {
          if (ref.sheet.visibility === "VeryHidden") throw new FakeRichApiError("InvalidOperation", "A very hidden worksheet cannot be deleted; make it visible or hidden first.");
          if (ref.sheet.visibility === "Visible" && workbook.sheets.filter((s) => s.visibility === "Visible").length === 1) {
            throw new FakeRichApiError("InvalidOperation", "A workbook must keep one visible sheet.");
          }
          ref.sheet.deleted = true;
          workbook.sheets.splice(workbook.sheets.indexOf(ref.sheet), 1);
          if (workbook.activeSheet === ref.sheet) workbook.activeSheet = workbook.sheets.find((s) => s.visibility === "Visible") ?? null;
          return;
        }
        break;
      case "freezePanes":
        if (method === "freezeRows") {
          ref.sheet.frozenRows = Number(args[0] ?? 1);
          return;
        }
        break;
      case "range":
      case "areas": {
        const { sheet, ranges } = this.cellsOf(ref);
        if (method === "select") {
          if (workbook.activeSheet !== sheet) throw new FakeRichApiError("InvalidSelection", "Only a range on the active sheet can be selected.");
          workbook.selection = { sheet: sheet.name, address: ranges.map(rangeAddress).join(",") };
          return;
        }
        if (method === "clear") {
          const applyTo = String(args[0] ?? "All");
          for (const r of ranges) clearRange(sheet, r, applyTo);
          if (applyTo === "All" || applyTo === "Contents") for (const r of ranges) this.noteValueChange(sheet, r);
          return;
        }
        if (method === "format.fill.clear") {
          for (const r of ranges) forEachCell(r, (row, col) => Object.assign(sheet.formatOf(row, col).fill, DEFAULT_FILL));
          return;
        }
        if (method === "format.autofitColumns") return;
        if (method === "setCellProperties" && ref.k === "range") {
          this.requireApi("1.9", "Range.setCellProperties");
          const r = ref.r;
          const data = args[0] as Excel.SettableCellProperties[][];
          if (data.length !== r.bottom - r.top + 1 || data.some((row) => row.length !== r.right - r.left + 1)) {
            throw new FakeRichApiError("InvalidArgument", `setCellProperties: the array does not match ${rangeAddress(r)}`);
          }
          forEachCell(r, (row, col) => setCellProperties(sheet, row, col, data[row - r.top]![col - r.left]!));
          if (data.some((row) => row.some((p) => p.hyperlink !== undefined))) this.noteValueChange(sheet, r);
          return;
        }
        break;
      }
      case "note":
        if (method === "delete") {
          if (!ref.sheet.notes.delete(ref.key)) throw new FakeRichApiError("ItemNotFound", "The note was deleted.");
          return;
        }
        break;
      case "xmlPart":
        if (method === "setXml") {
          const xml = String(args[0]);
          if (namespaceOf(xml) === null) throw new FakeRichApiError("InvalidArgument", "The XML has no root element.");
          this.xmlPart(ref.id).xml = xml;
          return;
        }
        if (method === "delete") {
          const parts = workbook.customXmlParts;
          parts.splice(parts.indexOf(this.xmlPart(ref.id)), 1);
          return;
        }
        break;
      case "name":
        if (method === "delete") {
          workbook.names.delete(ref.key);
          return;
        }
        break;
      case "worksheets":
        if (method === "onChanged.add") {
          this.requireApi("1.9", "WorksheetCollection.onChanged");
          this.session.activateHandler(args[0] as number);
          return;
        }
        if (method === "onChanged.remove") {
          this.session.handlers.delete(args[0] as number);
          return;
        }
        break;
      default:
        break;
    }
    throw unsupported(ref, method);
  }
}

const SCALARS: Partial<Record<Ref["k"], string[]>> = {
  sheet: ["name", "id", "visibility", "position"],
  range: ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "values", "numberFormat", "formulas"],
  areas: ["address", "areaCount"],
  note: ["content", "authorName"],
  name: ["name", "visible", "comment", "formula"],
  runtime: ["enableEvents"],
};

function unsupported(ref: Ref, what: string): FakeRichApiError {
  return new FakeRichApiError("NotImplemented", `${KIND_NAMES[ref.k]}.${what} is not implemented by the fake`);
}

function describe(ref: Ref): string {
  switch (ref.k) {
    case "sheet":
    case "notes":
    case "freezePanes":
      return ref.sheet.name;
    case "range":
      return `${ref.sheet.name}!${rangeAddress(ref.r)}`;
    case "areas":
    case "rangeCollection":
      return `${ref.sheet.name}!${ref.rs.map(rangeAddress).join(",")}`;
    case "note":
      return `${ref.sheet.name}!${a1(keyRow(ref.key), keyCol(ref.key))}`;
    case "name":
      return ref.key;
    default:
      return ref.k;
  }
}

function inside(r: CellRange, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

function grid<T>(r: CellRange, at: (row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: T[] = [];
    for (let col = r.left; col <= r.right; col++) line.push(at(row, col));
    out.push(line);
  }
  return out;
}

function addSheet(workbook: FakeWorkbook, name: string | undefined): FakeSheet {
  const chosen = name ?? `Sheet${workbook.sheets.length + 1}`;
  if (chosen.length > 31 || /[:\\/?*[\]]/.test(chosen) || chosen.trim() === "") throw new FakeRichApiError("InvalidArgument", `bad sheet name ${chosen}`);
  if (workbook.findSheet(chosen)) throw new FakeRichApiError("ItemAlreadyExists", `A sheet named ${chosen} exists.`);
  return workbook.addSheet(chosen);
}

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Excel's reading of a value written into a cell. */
function writeValue(sheet: FakeSheet, row: number, col: number, value: FakeValue): void {
  const cell = sheet.touch(row, col);
  cell.formula = null;
  if (value === null || value === "") {
    cell.value = "";
    return;
  }
  if (typeof value !== "string" || cell.numberFormat === "@") {
    cell.value = value;
    return;
  }
  if (value.startsWith("'")) {
    cell.value = value.slice(1);
    return;
  }
  if (NUMBER_TEXT.test(value.trim())) {
    cell.value = Number(value);
    return;
  }
  if (/^[=+\-@]/.test(value)) {
    cell.formula = value.startsWith("@") ? `=${value.slice(1)}` : value.startsWith("=") ? value : `=${value}`;
    cell.value = "#NAME?";
    return;
  }
  cell.value = value;
}

function setHyperlink(sheet: FakeSheet, row: number, col: number, link: FakeHyperlink | null): void {
  const cell = sheet.touch(row, col);
  if (!link) {
    cell.hyperlink = null;
    return;
  }
  cell.hyperlink = { ...link };
  if (link.textToDisplay !== undefined) writeValue(sheet, row, col, link.textToDisplay);
}

function clearRange(sheet: FakeSheet, r: CellRange, applyTo: string): void {
  const keys = [...sheet.cells.keys()].filter((key) => inside(r, keyRow(key), keyCol(key)));
  for (const key of keys) {
    const cell = sheet.cells.get(key)!;
    if (applyTo === "All") sheet.cells.delete(key);
    else if (applyTo === "Contents") {
      cell.value = "";
      cell.formula = null;
    } else if (applyTo === "Formats") {
      cell.format = SHARED_DEFAULT_FORMAT;
      cell.numberFormat = "General";
    } else if (applyTo === "Hyperlinks" || applyTo === "RemoveHyperlinks") cell.hyperlink = null;
  }
}

function cellProperties(sheet: FakeSheet, r: CellRange, options: Excel.CellPropertiesLoadOptions): Excel.CellProperties[][] {
  return grid(r, (row, col) => {
    const cell = sheet.peek(row, col);
    const format = cell?.format ?? SHARED_DEFAULT_FORMAT;
    const out: Excel.CellProperties = {};
    if (options.address) out.address = `${quoteSheet(sheet.name)}!${a1(row, col)}`;
    if (options.hyperlink) out.hyperlink = cell?.hyperlink ? { ...cell.hyperlink } : undefined;
    if (options.format) {
      const f: Record<string, unknown> = {};
      const want = options.format;
      if (want.fill) f.fill = pick(reportedFill(format.fill), want.fill);
      if (want.font) f.font = pick(format.font, want.font);
      if (want.borders) f.borders = Object.fromEntries(BORDER_SIDES.map((side) => [side, pick(format.borders[side], want.borders!)]));
      if (want.horizontalAlignment) f.horizontalAlignment = format.horizontalAlignment;
      if (want.wrapText) f.wrapText = format.wrapText;
      out.format = f as Excel.CellPropertiesFormat;
    }
    return out;
  });
}

/** What getCellProperties says of a fill: No Fill comes back as white with null pattern and tints (#4900, #6218). */
function reportedFill(fill: FakeFill): Record<keyof FakeFill, string | number | null> {
  if (fill.pattern !== "None") return fill;
  return { color: "#FFFFFF", pattern: null, patternColor: fill.patternColor, tintAndShade: null, patternTintAndShade: null };
}

function refuseIfProtected(ref: Ref): void {
  if ("sheet" in ref && ref.sheet.protected) throw new FakeRichApiError("AccessDenied", `The worksheet ${ref.sheet.name} is protected.`);
}

/** The namespace of an XML text's root element (xmlns="…"), or null when it has no root element. */
function namespaceOf(xml: string): string | null {
  const root = /<([A-Za-z_][\w.-]*)(\s[^>]*)?\/?>/.exec(xml.replace(/<\?[^>]*\?>/g, ""));
  if (!root) return null;
  const ns = /\sxmlns="([^"]*)"/.exec(root[2] ?? "");
  return ns ? ns[1]! : "";
}

function pick<T extends object>(source: T, wanted: object): Partial<T> {
  const out: Partial<T> = {};
  for (const [key, on] of Object.entries(wanted)) if (on === true && key in source) (out as Record<string, unknown>)[key] = (source as Record<string, unknown>)[key];
  return out;
}

function setCellProperties(sheet: FakeSheet, row: number, col: number, properties: Excel.SettableCellProperties): void {
  const format = properties.format;
  if (hasNull(properties)) throw new FakeRichApiError("InvalidArgument", "setCellProperties was given a null (OfficeDev/office-js #593).");
  if (format) {
    const unknown = Object.keys(format).filter((k) => !["fill", "font", "borders", "horizontalAlignment", "wrapText"].includes(k));
    if (unknown.length > 0) throw new FakeRichApiError("NotImplemented", `setCellProperties format.${unknown.join(",")} is not implemented by the fake`);
    applyFormatPatch(sheet, row, col, {
      ...(format.fill ? { fill: format.fill as Partial<FakeFill> } : {}),
      ...(format.font ? { font: format.font as Partial<FakeFont> } : {}),
      ...(format.borders ? { borders: format.borders as Partial<Record<BorderSide, Partial<FakeBorder>>> } : {}),
      ...(format.horizontalAlignment !== undefined ? { horizontalAlignment: format.horizontalAlignment } : {}),
      ...(format.wrapText !== undefined ? { wrapText: format.wrapText } : {}),
    });
  }
  if (properties.hyperlink !== undefined) setHyperlink(sheet, row, col, properties.hyperlink);
  if (properties.style !== undefined || properties.textRuns !== undefined) throw new FakeRichApiError("NotImplemented", "style and textRuns are not implemented by the fake");
}

function hasNull(value: unknown): boolean {
  if (value === null) return true;
  if (typeof value !== "object") return false;
  return Object.values(value as Record<string, unknown>).some(hasNull);
}

function serializeArg(this: unknown, _key: string, value: unknown): unknown {
  if (value instanceof ClientObject) return { $ref: value._id };
  if (typeof value === "function") return "[handler]";
  return value;
}

// ---------------------------------------------------------------- proxies

type LoadArgument = string | readonly string[] | undefined;

function loadProps(arg: LoadArgument): string[] {
  if (arg === undefined) return ["*"];
  const list = typeof arg === "string" ? arg.split(",") : [...arg];
  return list.map((p) => p.trim()).filter((p) => p !== "");
}

class ClientObject {
  readonly _data = new Map<string, unknown>();
  _isNull: boolean | undefined;

  constructor(
    readonly context: FakeContext,
    readonly _id: number,
    readonly _nullable: boolean,
  ) {
    context.objects.set(_id, this);
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw notLoaded("isNullObject");
    return this._isNull;
  }

  load(arg?: LoadArgument): this {
    this.context.enqueue({ op: "load", id: this._id, props: loadProps(arg) });
    return this;
  }

  protected _read<T>(prop: string): T {
    if (!this._data.has(prop)) throw notLoaded(prop);
    return this._data.get(prop) as T;
  }

  protected _child<T extends ClientObject>(
    Kind: new (context: FakeContext, id: number, nullable: boolean) => T,
    method: string,
    args: readonly unknown[] = [],
    orNull = false,
  ): T {
    const nullable = orNull || this._nullable;
    const child = new Kind(this.context, this.context.newId(), nullable);
    this.context.enqueue({ op: "new", id: child._id, parent: this._id, method, args, nullable });
    return child;
  }

  protected _set(prop: string, value: unknown): void {
    this.context.enqueue({ op: "set", id: this._id, prop, value });
  }

  protected _call(method: string, ...args: unknown[]): void {
    this.context.enqueue({ op: "call", id: this._id, method, args });
  }

}

/** A navigation property: the same proxy every time it is read. */
function memo<T>(owner: object, key: string, make: () => T): T {
  const store = owner as Record<string, unknown>;
  if (!(key in store)) store[key] = make();
  return store[key] as T;
}

class CollectionProxy<T extends ClientObject> extends ClientObject {
  private _items: T[] | undefined;

  constructor(
    context: FakeContext,
    id: number,
    nullable: boolean,
    private readonly Item: new (context: FakeContext, id: number, nullable: boolean) => T,
  ) {
    super(context, id, nullable);
  }

  get items(): T[] {
    if (!this._items) throw notLoaded("items");
    return this._items;
  }

  _setItems(items: { id: number; data: Record<string, unknown> }[]): void {
    this._items = items.map(({ id, data }) => {
      const item = new this.Item(this.context, id, false);
      item._isNull = false;
      for (const [key, value] of Object.entries(data)) item._data.set(key, value);
      return item;
    });
  }
}

class WorkbookProxy extends ClientObject {
  get customXmlParts(): CustomXmlPartCollectionProxy {
    return memo(this, "_customXmlParts", () => this._child(CustomXmlPartCollectionProxy, "customXmlParts"));
  }
  get worksheets(): WorksheetCollectionProxy {
    return memo(this, "_worksheets", () => this._child(WorksheetCollectionProxy, "worksheets"));
  }
  get names(): NamedItemCollectionProxy {
    return memo(this, "_names", () => this._child(NamedItemCollectionProxy, "names"));
  }
  getSelectedRange(): RangeProxy {
    return this._child(RangeProxy, "getSelectedRange");
  }
}

class CommentProxy extends ClientObject {
  get id(): string {
    return this._read("id");
  }
  getLocation(): RangeProxy {
    return this._child(RangeProxy, "getLocation");
  }
}

class CommentCollectionProxy extends CollectionProxy<CommentProxy> {
  constructor(context: FakeContext, id: number, nullable: boolean) {
    super(context, id, nullable, CommentProxy);
  }
}

class CustomXmlPartCollectionProxy extends ClientObject {
  add(xml: string): CustomXmlPartProxy {
    return this._child(CustomXmlPartProxy, "add", [xml]);
  }
  getByNamespace(namespaceUri: string): CustomXmlPartCollectionProxy {
    return this._child(CustomXmlPartCollectionProxy, "getByNamespace", [namespaceUri]);
  }
  getOnlyItemOrNullObject(): CustomXmlPartProxy {
    return this._child(CustomXmlPartProxy, "getOnlyItemOrNullObject", [], true);
  }
}

class CustomXmlPartProxy extends ClientObject {
  get id(): string {
    return this._read("id");
  }
  getXml(): ResultProxy {
    const result = new ResultProxy(this.context, this.context.newId(), false);
    this.context.enqueue({ op: "result", id: result._id, target: this._id, method: "getXml", args: [] });
    return result;
  }
  setXml(xml: string): void {
    this._call("setXml", xml);
  }
  delete(): void {
    this._call("delete");
  }
}

class RuntimeProxy extends ClientObject {
  get enableEvents(): boolean {
    return this._read("enableEvents");
  }
  set enableEvents(value: boolean) {
    this._set("enableEvents", value);
  }
}

class WorksheetCollectionProxy extends CollectionProxy<WorksheetProxy> {
  constructor(context: FakeContext, id: number, nullable: boolean) {
    super(context, id, nullable, WorksheetProxy);
  }
  getItem(key: string): WorksheetProxy {
    return this._child(WorksheetProxy, "getItem", [key]);
  }
  getItemOrNullObject(key: string): WorksheetProxy {
    return this._child(WorksheetProxy, "getItemOrNullObject", [key], true);
  }
  add(name?: string): WorksheetProxy {
    return this._child(WorksheetProxy, "add", name === undefined ? [] : [name]);
  }
  get onChanged(): { add(handler: ChangedHandler): { context: FakeContext; remove(): void } } {
    return {
      add: (handler) => {
        const handlerId = this.context.session.registerHandler(handler);
        this._call("onChanged.add", handlerId);
        const context = this.context;
        // Office.js removes a handler through the context that added it.
        return { context, remove: () => context.enqueue({ op: "call", id: this._id, method: "onChanged.remove", args: [handlerId] }) };
      },
    };
  }
}

class WorksheetProxy extends ClientObject {
  get name(): string {
    return this._read("name");
  }
  get id(): string {
    return this._read("id");
  }
  get visibility(): string {
    return this._read("visibility");
  }
  set visibility(value: string) {
    this._set("visibility", value);
  }
  get position(): number {
    return this._read("position");
  }
  get comments(): CommentCollectionProxy {
    return memo(this, "_comments", () => this._child(CommentCollectionProxy, "comments"));
  }
  get protection(): { readonly protected: boolean } {
    return { protected: this._read<boolean>("protection/protected") };
  }
  get notes(): NoteCollectionProxy {
    return memo(this, "_notes", () => this._child(NoteCollectionProxy, "notes"));
  }
  get freezePanes(): FreezePanesProxy {
    return memo(this, "_freezePanes", () => this._child(FreezePanesProxy, "freezePanes"));
  }
  getRange(address?: string): RangeProxy {
    return this._child(RangeProxy, "getRange", address === undefined ? [] : [address]);
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return this._child(RangeProxy, "getRangeByIndexes", [row, col, rows, cols]);
  }
  getRanges(address: string): RangeAreasProxy {
    return this._child(RangeAreasProxy, "getRanges", [address]);
  }
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return this._child(RangeProxy, "getUsedRange", [valuesOnly === true]);
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return this._child(RangeProxy, "getUsedRangeOrNullObject", [valuesOnly === true], true);
  }
  activate(): void {
    this._call("activate");
  }
  delete(): void {
    this._call("delete");
  }
}

class FreezePanesProxy extends ClientObject {
  freezeRows(count?: number): void {
    this._call("freezeRows", count ?? 1);
  }
}

/** range.format / rangeAreas.format: writes go to the owning range. */
class FormatProxy {
  constructor(private readonly owner: ClientObject & { _queueSet(prop: string, value: unknown): void; _queueCall(method: string): void }) {}
  get fill(): Record<string, unknown> {
    const owner = this.owner;
    return new Proxy(
      { clear: () => owner._queueCall("format.fill.clear") },
      {
        get: (target, prop) => {
          if (prop === "clear") return target.clear;
          throw notLoaded(String(prop));
        },
        set: (_target, prop, value) => {
          owner._queueSet(`format.fill.${String(prop)}`, value);
          return true;
        },
      },
    );
  }
  get font(): Record<string, unknown> {
    const owner = this.owner;
    return new Proxy(
      {},
      {
        get: (_target, prop) => {
          throw notLoaded(String(prop));
        },
        set: (_target, prop, value) => {
          owner._queueSet(`format.font.${String(prop)}`, value);
          return true;
        },
      },
    );
  }
  autofitColumns(): void {
    this.owner._queueCall("format.autofitColumns");
  }
}

class RangeProxy extends ClientObject {
  get address(): string {
    return this._read("address");
  }
  get values(): unknown[][] {
    return this._read("values");
  }
  set values(value: unknown) {
    this._set("values", value);
  }
  get numberFormat(): unknown[][] {
    return this._read("numberFormat");
  }
  set numberFormat(value: unknown) {
    this._set("numberFormat", value);
  }
  get formulas(): unknown[][] {
    return this._read("formulas");
  }
  get rowIndex(): number {
    return this._read("rowIndex");
  }
  get columnIndex(): number {
    return this._read("columnIndex");
  }
  get rowCount(): number {
    return this._read("rowCount");
  }
  get columnCount(): number {
    return this._read("columnCount");
  }
  set hyperlink(value: FakeHyperlink | null) {
    this._set("hyperlink", value);
  }
  get format(): FormatProxy {
    return new FormatProxy(this);
  }
  _queueSet(prop: string, value: unknown): void {
    this._set(prop, value);
  }
  _queueCall(method: string): void {
    this._call(method);
  }
  getCellProperties(options: Excel.CellPropertiesLoadOptions): ResultProxy {
    const result = new ResultProxy(this.context, this.context.newId(), false);
    this.context.enqueue({ op: "result", id: result._id, target: this._id, method: "getCellProperties", args: [options] });
    return result;
  }
  setCellProperties(data: Excel.SettableCellProperties[][]): void {
    this._call("setCellProperties", data);
  }
  getMergedAreasOrNullObject(): RangeAreasProxy {
    return this._child(RangeAreasProxy, "getMergedAreasOrNullObject", [], true);
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this._child(RangeProxy, "getResizedRange", [deltaRows, deltaColumns]);
  }
  select(): void {
    this._call("select");
  }
  clear(applyTo?: string): void {
    this._call("clear", applyTo ?? "All");
  }
}

class RangeCollectionProxy extends CollectionProxy<RangeProxy> {
  constructor(context: FakeContext, id: number, nullable: boolean) {
    super(context, id, nullable, RangeProxy);
  }
}

class RangeAreasProxy extends ClientObject {
  get address(): string {
    return this._read("address");
  }
  get areaCount(): number {
    return this._read("areaCount");
  }
  get areas(): RangeCollectionProxy {
    return memo(this, "_areas", () => this._child(RangeCollectionProxy, "areas"));
  }
  get format(): FormatProxy {
    return new FormatProxy(this);
  }
  _queueSet(prop: string, value: unknown): void {
    this._set(prop, value);
  }
  _queueCall(method: string): void {
    this._call(method);
  }
  select(): void {
    this._call("select");
  }
  clear(applyTo?: string): void {
    this._call("clear", applyTo ?? "All");
  }
}

class ResultProxy extends ClientObject {
  private resolved = false;
  private result: unknown;
  get value(): unknown {
    if (!this.resolved) throw notLoaded("value");
    return this.result;
  }
  _resolve(value: unknown): void {
    this.resolved = true;
    this.result = value;
  }
}

class NoteCollectionProxy extends ClientObject {
  add(cell: string | RangeProxy, content: string): NoteProxy {
    return this._child(NoteProxy, "add", [cell, content]);
  }
  getItem(address: string): NoteProxy {
    return this._child(NoteProxy, "getItem", [address]);
  }
  getItemOrNullObject(address: string): NoteProxy {
    return this._child(NoteProxy, "getItemOrNullObject", [address], true);
  }
}

class NoteProxy extends ClientObject {
  get content(): string {
    return this._read("content");
  }
  set content(value: string) {
    this._set("content", value);
  }
  get authorName(): string {
    return this._read("authorName");
  }
  delete(): void {
    this._call("delete");
  }
}

class NamedItemCollectionProxy extends ClientObject {
  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    return this._child(NamedItemProxy, "add", comment === undefined ? [name, reference] : [name, reference, comment]);
  }
  getItem(name: string): NamedItemProxy {
    return this._child(NamedItemProxy, "getItem", [name]);
  }
  getItemOrNullObject(name: string): NamedItemProxy {
    return this._child(NamedItemProxy, "getItemOrNullObject", [name], true);
  }
}

class NamedItemProxy extends ClientObject {
  get name(): string {
    return this._read("name");
  }
  get visible(): boolean {
    return this._read("visible");
  }
  set visible(value: boolean) {
    this._set("visible", value);
  }
  get formula(): string {
    return this._read("formula");
  }
  getRange(): RangeProxy {
    return this._child(RangeProxy, "getRange");
  }
  getRangeOrNullObject(): RangeProxy {
    return this._child(RangeProxy, "getRangeOrNullObject", [], true);
  }
  delete(): void {
    this._call("delete");
  }
}

/**
 * Asserts two `FakeWorkbook.state()` values are equal. Large workbooks are compared as JSON text,
 * and a difference is reported at the first cell that differs rather than as a huge diff.
 */
export function expectSameState(actual: unknown, expected: unknown): void {
  const a = JSON.stringify(actual);
  const b = JSON.stringify(expected);
  if (a === b) return;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  throw new Error(`workbook state differs at …${a.slice(Math.max(0, i - 200), i + 200)}…\nexpected …${b.slice(Math.max(0, i - 200), i + 200)}…`);
}
