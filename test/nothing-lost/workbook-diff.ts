/**
 * Compares a workbook the CLI wrote with the input it came from, cell by cell, as exceljs reads
 * them: every original sheet is still there, in order, and every original cell keeps its value and
 * every merged area stays merged. Formats and notes are not compared (marking cells is the point).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { parseA1, parseRangeA1, rangeA1, a1 } from "../../src/core/grid/address";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The CLI in-process, as bin/jixiao.js runs it, with what it prints captured. */
export async function runCli(argv: readonly string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

/** Every example workbook, found on disk so that a new example is covered without editing the tests. */
export function exampleFiles(): string[] {
  return readdirSync("examples")
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => join("examples", f));
}

export function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

/** One sheet as values: the cell's own value (a merged area's covered cells have none) by A1 address. */
export interface SheetValues {
  readonly name: string;
  readonly cells: ReadonlyMap<string, ExcelJS.CellValue>;
  readonly merges: readonly string[];
}

export async function readValues(path: string): Promise<SheetValues[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.map((ws) => {
    const cells = new Map<string, ExcelJS.CellValue>();
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        // exceljs repeats a merged area's value in every cell it covers; only the top-left cell owns it.
        if (cell.type === ExcelJS.ValueType.Merge) return;
        if (cell.value === null || cell.value === undefined) return;
        cells.set(cell.address, cell.value);
      });
    });
    const merges = [...(ws.model.merges ?? [])].map((m) => normaliseRange(m)).sort();
    return { name: ws.name, cells, merges };
  });
}

function normaliseRange(range: string): string {
  const r = parseRangeA1(range.replace(/\$/g, ""));
  return r ? rangeA1(r) : range;
}

/** A write the output is allowed to differ by: the cell (in output coordinates) and what it must now hold. */
export interface AllowedWrite {
  readonly sheet: string;
  readonly cell: string;
  readonly from: unknown;
  readonly to: unknown;
  readonly kind: "fill" | "fix" | "append";
}

export interface DiffOptions {
  /** Where an original cell (sheet, A1) lands in the output; the identity by default. */
  readonly moveRow?: (sheet: string, row: number) => number;
  readonly writes?: readonly AllowedWrite[];
  /** Merged areas of the output that may replace an original one (output coordinates): extended areas. */
  readonly replacedMerges?: ReadonlyMap<string, string>;
}

function show(v: unknown): string {
  const text = JSON.stringify(v);
  return text === undefined ? String(v) : text.length > 80 ? `${text.slice(0, 60)}…` : text;
}

/**
 * The ways `output` loses or changes what `input` holds; empty when nothing is lost. Sheets the
 * output adds (a report, the summaries) are allowed; cells the output adds on original sheets are
 * allowed only where a write says so.
 */
export function diffWorkbooks(input: readonly SheetValues[], output: readonly SheetValues[], options: DiffOptions = {}): string[] {
  const problems: string[] = [];
  const moveRow = options.moveRow ?? ((_sheet: string, row: number) => row);
  const writes = new Map((options.writes ?? []).map((w) => [`${w.sheet}!${w.cell}`, w]));
  const outputNames = output.map((s) => s.name);
  const order = input.map((s) => outputNames.indexOf(s.name));
  for (let i = 1; i < order.length; i++) {
    if (order[i]! >= 0 && order[i - 1]! >= 0 && order[i]! < order[i - 1]!) problems.push(`sheet "${input[i]!.name}" moved before "${input[i - 1]!.name}"`);
  }
  for (const before of input) {
    const after = output.find((s) => s.name === before.name);
    if (!after) {
      problems.push(`sheet "${before.name}" is missing`);
      continue;
    }
    const moved = (address: string): string => {
      const ref = parseA1(address)!;
      return a1(moveRow(before.name, ref.row), ref.col);
    };
    const seen = new Set<string>();
    for (const [address, value] of before.cells) {
      const target = moved(address);
      seen.add(target);
      const now = after.cells.get(target);
      const write = writes.get(`${before.name}!${target}`);
      if (write) {
        if (!isDeepStrictEqual(now, write.to)) problems.push(`${before.name}!${address}: written ${show(write.to)} but holds ${show(now)}`);
        if (write.kind === "fill") problems.push(`${before.name}!${address}: a fill wrote over ${show(value)}`);
        if (write.kind === "append" && !(typeof write.to === "string" && typeof value === "string" && write.to.startsWith(value))) {
          problems.push(`${before.name}!${address}: an append lost the text ${show(value)}`);
        }
        continue;
      }
      if (!isDeepStrictEqual(now, value)) problems.push(`${before.name}!${address}${target !== address ? ` (now ${target})` : ""}: ${show(value)} became ${show(now)}`);
    }
    for (const [address, value] of after.cells) {
      if (seen.has(address)) continue;
      const write = writes.get(`${before.name}!${address}`);
      if (write && isDeepStrictEqual(value, write.to)) continue;
      problems.push(`${before.name}!${address}: a value appeared, ${show(value)}${write ? ` (the write said ${show(write.to)})` : ""}`);
    }
    const replaced = options.replacedMerges ?? new Map<string, string>();
    const mergesAfter = new Set(after.merges);
    for (const m of before.merges) {
      const r = parseRangeA1(m)!;
      const target = rangeA1({ top: moveRow(before.name, r.top), left: r.left, bottom: moveRow(before.name, r.bottom), right: r.right });
      if (mergesAfter.has(target)) continue;
      const replacement = replaced.get(`${before.name}!${target}`);
      if (replacement !== undefined && mergesAfter.has(replacement)) continue;
      problems.push(`${before.name}: merged area ${m}${target !== m ? ` (now ${target})` : ""} is no longer merged`);
    }
  }
  return problems;
}
