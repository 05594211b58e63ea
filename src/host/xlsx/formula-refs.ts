import { columnIndex, columnLetters } from "../../core/grid/address";

/**
 * A tokenizer for A1-style formula text, just deep enough to find every reference and rewrite it:
 * string literals, quoted and unquoted sheet prefixes (3D and external ones left alone), bracketed
 * parts (structured references, external workbook indexes), error literals, function names and
 * defined names are told apart from cell, range, row (3:5) and column (A:C) references.
 */

export interface FormulaRef {
  /** Sheet named by the prefix, null for a reference to the formula's own sheet. */
  readonly sheet: string | null;
  /** Zero-based rows and columns; a column reference spans all rows (top 0, bottom null), a row reference all columns. */
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly kind: "cell" | "area" | "rows" | "cols";
}

/** Returns the rows a reference should now cover, or null to keep it as it is. */
export type RefRewrite = (ref: FormulaRef) => { readonly top: number; readonly bottom: number } | null;

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
const IDENT = /[A-Za-z0-9_.$\u0080-\uffff\\?]/;
const PART = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})|(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9])|(\$?)(\d{1,7})/y;
const ERROR = /#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!)/y;

interface Part {
  readonly kind: "cell" | "col" | "row";
  readonly col: number;
  readonly row: number;
  readonly colAbs: string;
  readonly rowAbs: string;
  readonly end: number;
}

function readPart(formula: string, at: number): Part | null {
  PART.lastIndex = at;
  const m = PART.exec(formula);
  if (!m) return null;
  const end = at + m[0].length;
  if (m[2] !== undefined) {
    const col = columnIndex(m[2]);
    const row = Number(m[4]) - 1;
    if (col >= MAX_COL || row < 0 || row >= MAX_ROW) return null;
    return { kind: "cell", col, row, colAbs: m[1]!, rowAbs: m[3]!, end };
  }
  if (m[6] !== undefined) {
    const col = columnIndex(m[6]);
    return col < MAX_COL ? { kind: "col", col, row: 0, colAbs: m[5]!, rowAbs: "", end } : null;
  }
  const row = Number(m[8]) - 1;
  return row >= 0 && row < MAX_ROW ? { kind: "row", col: 0, row, colAbs: "", rowAbs: m[7]!, end } : null;
}

function partText(p: Part, row: number): string {
  if (p.kind === "col") return `${p.colAbs}${columnLetters(p.col)}`;
  if (p.kind === "row") return `${p.rowAbs}${row + 1}`;
  return `${p.colAbs}${columnLetters(p.col)}${p.rowAbs}${row + 1}`;
}

/** A reference starting at `at` (after any sheet prefix): its parts and where it ends, or null. */
interface Area {
  readonly first: Part;
  readonly second: Part | null;
  readonly end: number;
}

function readArea(formula: string, at: number): Area | null {
  const first = readPart(formula, at);
  if (!first) return null;
  let second: Part | null = null;
  let end = first.end;
  if (formula[end] === ":") {
    const next = readPart(formula, end + 1);
    if (next && next.kind === first.kind) {
      second = next;
      end = next.end;
    }
  }
  if (end < formula.length && (IDENT.test(formula[end]!) || "(![".includes(formula[end]!))) return null;
  if (!second && first.kind !== "cell") return null;
  return { first, second, end };
}

function unquote(name: string): string {
  return name.slice(1, -1).replace(/''/g, "'");
}

/** What a reference becomes: its new text, or null to keep it as written. */
type AreaText = (area: Area, sheet: string | null, external: boolean) => string | null;

/** One pass over a formula: the text it copies, and what it does with a reference that follows a prefix. */
interface Scan {
  readonly formula: string;
  readonly out: string[];
  /** Reads a reference at `at` (after a prefix naming `sheet`), writes it and returns where it ends; `at` when there is none. */
  readonly ref: (sheet: string | null, external: boolean, at: number) => number;
}

/** End (exclusive) of the run quoted by `quote` that starts at `at`, doubled quotes inside. */
function quotedEnd(formula: string, at: number, quote: string): number {
  let j = at + 1;
  while (j < formula.length) {
    if (formula[j] !== quote) j++;
    else if (formula[j + 1] === quote) j += 2;
    else break;
  }
  return j + 1;
}

function scanError(s: Scan, i: number): number {
  ERROR.lastIndex = i;
  const m = ERROR.exec(s.formula);
  const len = m ? m[0].length : 1;
  s.out.push(s.formula.slice(i, i + len));
  return i + len;
}

/** A structured reference or an external workbook index: copied whole; an external sheet's refs are left alone. */
function scanBracket(s: Scan, i: number): number {
  const { formula } = s;
  let depth = 0;
  let j = i;
  for (; j < formula.length; j++) {
    if (formula[j] === "[") depth++;
    else if (formula[j] === "]" && --depth === 0) break;
  }
  s.out.push(formula.slice(i, j + 1));
  const after = j + 1;
  const tail = /^(?:'(?:[^']|'')+'|[^\s!'"()[\],;:+\-*/^&=<>%{}]+)!/.exec(formula.slice(after));
  if (!tail) return after;
  s.out.push(tail[0]);
  return s.ref(null, true, after + tail[0].length);
}

/** A quoted sheet name and the reference after it; 'Sheet1:Sheet3'! is a 3D reference, left alone. */
function scanQuoted(s: Scan, i: number): number {
  const end = quotedEnd(s.formula, i, "'");
  const quoted = s.formula.slice(i, end);
  s.out.push(quoted);
  if (s.formula[end] !== "!") return end;
  s.out.push("!");
  const name = unquote(quoted);
  return s.ref(name, name.includes(":"), end + 1);
}

/** A name, a function, a sheet prefix or a reference. */
function scanIdent(s: Scan, i: number): number {
  const { formula } = s;
  let j = i;
  while (j < formula.length && IDENT.test(formula[j]!)) j++;
  const run = formula.slice(i, j);
  if (formula[j] === "!") {
    s.out.push(`${run}!`);
    return s.ref(run, false, j + 1);
  }
  if (formula[j] === ":" && /^[A-Za-z_\u0080-\uffff][\w.\u0080-\uffff]*$/.test(run)) {
    // Sheet1:Sheet3!A1, a 3D reference, is left alone; A1:B2 and A:C are read as areas below.
    const third = /^:([A-Za-z_\u0080-\uffff][\w.\u0080-\uffff]*)!/.exec(formula.slice(j));
    if (third && !readArea(formula, i)) {
      s.out.push(`${run}${third[0]}`);
      return s.ref(null, true, j + third[0].length);
    }
  }
  if (formula[j] !== "(") {
    const next = s.ref(null, false, i);
    if (next !== i) return next;
  }
  s.out.push(run);
  return j;
}

/** The formula with each reference `onArea` gives a text for replaced; everything else kept character for character. */
function scanFormula(formula: string, onArea: AreaText): string {
  const out: string[] = [];
  const scan: Scan = {
    formula,
    out,
    ref: (sheet, external, at) => {
      const area = readArea(formula, at);
      if (!area) return at;
      out.push(onArea(area, sheet, external) ?? formula.slice(at, area.end));
      return area.end;
    },
  };
  let i = 0;
  while (i < formula.length) {
    const c = formula[i]!;
    if (c === '"') {
      const end = quotedEnd(formula, i, '"');
      out.push(formula.slice(i, end));
      i = end;
    } else if (c === "#") i = scanError(scan, i);
    else if (c === "[") i = scanBracket(scan, i);
    else if (c === "'") i = scanQuoted(scan, i);
    else if (IDENT.test(c)) i = scanIdent(scan, i);
    else {
      out.push(c);
      i++;
    }
  }
  return out.join("");
}

/** The formula with each reference the callback rewrites replaced; everything else kept character for character. */
export function rewriteFormulaRefs(formula: string, rewrite: RefRewrite): string {
  return scanFormula(formula, ({ first, second }, sheet, external) => {
    const kind = first.kind === "cell" ? (second ? "area" : "cell") : first.kind === "row" ? "rows" : "cols";
    const ref: FormulaRef = {
      sheet,
      kind,
      top: kind === "cols" ? 0 : Math.min(first.row, second?.row ?? first.row),
      bottom: kind === "cols" ? MAX_ROW - 1 : Math.max(first.row, second?.row ?? first.row),
      left: kind === "rows" ? 0 : Math.min(first.col, second?.col ?? first.col),
      right: kind === "rows" ? MAX_COL - 1 : Math.max(first.col, second?.col ?? first.col),
    };
    const moved = external || kind === "cols" ? null : rewrite(ref);
    if (!moved || (moved.top === ref.top && moved.bottom === ref.bottom)) return null;
    // The part that was the top keeps being the top (A5:A3 stays written bottom-up).
    const firstIsTop = !second || first.row <= second.row;
    const text = partText(first, firstIsTop ? moved.top : moved.bottom);
    return second ? `${text}:${partText(second, firstIsTop ? moved.bottom : moved.top)}` : text;
  });
}

/** A part moved by (rows, cols) where it is relative; null when it leaves the sheet. */
function movedPart(p: Part, rows: number, cols: number): Part | null {
  const col = p.kind !== "row" && p.colAbs === "" ? p.col + cols : p.col;
  const row = p.kind !== "col" && p.rowAbs === "" ? p.row + rows : p.row;
  if (col < 0 || col >= MAX_COL || row < 0 || row >= MAX_ROW) return null;
  return { ...p, col, row };
}

/**
 * The formula as it reads in a cell `rows` down and `cols` right of the one it is written for: what
 * a shared formula means in each cell of its range (relative parts move, $-anchored ones stay; a
 * reference pushed off the sheet becomes #REF!, as in Excel).
 */
export function translateFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return scanFormula(formula, ({ first, second }) => {
    const a = movedPart(first, rows, cols);
    const b = second ? movedPart(second, rows, cols) : null;
    if (!a || (second && !b)) return "#REF!";
    const text = partText(a, a.row);
    return b ? `${text}:${partText(b, b.row)}` : text;
  });
}
