/**
 * Runs in a fresh Node process for the benchmark (build/bench/load-child.js):
 *
 *   node build/bench/load-child.js exceljs <file.xlsx>   bare exceljs load (new Workbook().xlsx.readFile)
 *   node build/bench/load-child.js stages <file.xlsx>    the CLI's check stages one by one (fast reader)
 *
 * Prints one JSON line on stdout: durations in ms and the process's peak RSS in kB.
 */
import { readFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../src/core/check/check";
import { readWorkbookBuffer } from "../src/host/xlsx/read-workbook";

export interface ExceljsLoadResult {
  readonly mode: "exceljs";
  readonly loadMs: number;
  readonly maxRssKb: number;
}

export interface StagesResult {
  readonly mode: "stages";
  /** fs read of the file. */
  readonly readMs: number;
  /** Preflight and grids from the buffer: readWorkbookBuffer with the fast engine, as the CLI's check does. */
  readonly gridsMs: number;
  /** The reader that built the grids: "exceljs" when the fast reader fell back to it. */
  readonly engine: "fast" | "exceljs";
  /** checkWorkbook: parse, rules, table list. */
  readonly checkMs: number;
  /** JSON.stringify of the report, as the CLI prints it. */
  readonly jsonMs: number;
  readonly projects: number;
  readonly maxRssKb: number;
}

async function exceljsLoad(file: string): Promise<ExceljsLoadResult> {
  const start = performance.now();
  await new ExcelJS.Workbook().xlsx.readFile(file);
  const loadMs = performance.now() - start;
  return { mode: "exceljs", loadMs, maxRssKb: process.resourceUsage().maxRSS };
}

async function stages(file: string): Promise<StagesResult> {
  let t = performance.now();
  const lap = (): number => {
    const now = performance.now();
    const ms = now - t;
    t = now;
    return ms;
  };
  const buf = await readFile(file);
  const readMs = lap();
  const read = await readWorkbookBuffer(buf, { engine: "fast" });
  if (!read.ok) throw new Error(`cannot read ${file}: ${read.error.code}`);
  const gridsMs = lap();
  const { report } = checkWorkbook(read.grids);
  const checkMs = lap();
  const json = JSON.stringify({ files: [{ file, tables: report.tables, diagnostics: report.diagnostics, stats: report.stats }] }, null, 2);
  const jsonMs = lap();
  if (json.length === 0) throw new Error("empty report");
  return { mode: "stages", readMs, gridsMs, engine: read.engine, checkMs, jsonMs, projects: report.stats.projects, maxRssKb: process.resourceUsage().maxRSS };
}

async function main(): Promise<void> {
  const [mode, file] = process.argv.slice(2);
  if (!file || (mode !== "exceljs" && mode !== "stages")) {
    process.stderr.write("usage: load-child.js exceljs|stages <file.xlsx>\n");
    process.exitCode = 2;
    return;
  }
  const result = mode === "exceljs" ? await exceljsLoad(file) : await stages(file);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
