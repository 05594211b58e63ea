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
function readArea(formula: string, at: number): { first: Part; second: Part | null; end: number } | null {
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

/** The formula with each reference the callback rewrites replaced; everything else kept character for character. */
export function rewriteFormulaRefs(formula: string, rewrite: RefRewrite): string {
  let out = "";
  let i = 0;
  const n = formula.length;
  const emitRef = (sheet: string | null, external: boolean, at: number): number => {
    const area = readArea(formula, at);
    if (!area) return at;
    const { first, second } = area;
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
    if (!moved || (moved.top === ref.top && moved.bottom === ref.bottom)) {
      out += formula.slice(at, area.end);
      return area.end;
    }
    // The part that was the top keeps being the top (A5:A3 stays written bottom-up).
    const firstIsTop = !second || first.row <= second.row;
    const firstRow = firstIsTop ? moved.top : moved.bottom;
    out += partText(first, firstRow);
    if (second) out += `:${partText(second, firstIsTop ? moved.bottom : moved.top)}`;
    return area.end;
  };

  while (i < n) {
    const c = formula[i]!;
    if (c === '"') {
      let j = i + 1;
      while (j < n) {
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === "#") {
      ERROR.lastIndex = i;
      const m = ERROR.exec(formula);
      const len = m ? m[0].length : 1;
      out += formula.slice(i, i + len);
      i += len;
      continue;
    }
    if (c === "[") {
      // Structured reference or external workbook index: copied whole; an external sheet's refs are left alone.
      let depth = 0;
      let j = i;
      for (; j < n; j++) {
        if (formula[j] === "[") depth++;
        else if (formula[j] === "]" && --depth === 0) break;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      const tail = /^(?:'(?:[^']|'')+'|[^\s!'"()[\],;:+\-*/^&=<>%{}]+)!/.exec(formula.slice(i));
      if (tail) {
        out += tail[0];
        i = emitRef(null, true, i + tail[0].length);
      }
      continue;
    }
    if (c === "'") {
      let j = i + 1;
      while (j < n) {
        if (formula[j] === "'") {
          if (formula[j + 1] === "'") j += 2;
          else break;
        } else j++;
      }
      const quoted = formula.slice(i, j + 1);
      i = j + 1;
      out += quoted;
      if (formula[i] === "!") {
        out += "!";
        i++;
        const name = unquote(quoted);
        // 'Sheet1:Sheet3'! is a 3D reference: several sheets, left alone.
        i = emitRef(name, name.includes(":"), i);
      }
      continue;
    }
    if (IDENT.test(c)) {
      let j = i;
      while (j < n && IDENT.test(formula[j]!)) j++;
      const run = formula.slice(i, j);
      if (formula[j] === "!") {
        out += `${run}!`;
        i = emitRef(run, false, j + 1);
        continue;
      }
      if (formula[j] === ":" && /^[A-Za-z_\u0080-\uffff][\w.\u0080-\uffff]*$/.test(run)) {
        // Sheet1:Sheet3!A1, a 3D reference, is left alone; A1:B2 and A:C are read as areas below.
        const third = /^:([A-Za-z_\u0080-\uffff][\w.\u0080-\uffff]*)!/.exec(formula.slice(j));
        if (third && !readArea(formula, i)) {
          out += `${run}${third[0]}`;
          i = emitRef(null, true, j + third[0].length);
          continue;
        }
      }
      if (formula[j] === "(") {
        out += run;
        i = j;
        continue;
      }
      const next = emitRef(null, false, i);
      if (next !== i) {
        i = next;
        continue;
      }
      out += run;
      i = j;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}
