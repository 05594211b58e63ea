/**
 * The benchmark: `npm run bench` (= build:cli, then node --expose-gc build/bench/run.js).
 *
 *   npm run bench                              sizes 200 and 2,000 projects
 *   npm run bench -- --sizes 200,2000,10000    choose the sizes
 *   npm run bench -- --quick                   200 only
 *   options: --seed N, --cli-runs N (default 3 up to 2,000 projects, 1 above), --out DIR (default bench/out)
 *
 * For each size it reports the core's parse + check time on in-memory grids (median of 3 after a
 * warm-up), projects found vs generated, errors found vs injected, the xlsx size, exceljs's bare
 * load time (the floor of the exceljs engine; the check path reads with the fast reader), the CLI's wall time and peak RSS, and the CLI's
 * stages timed one by one in a fresh process, and the add-in path over the fake Excel request context
 * (bench/addin.ts: syncs and request / response sizes of read, highlight, report and clear).
 * Results go to bench/RESULTS.md and stdout.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { checkWorkbook, type Report } from "../src/core/check/check";
import type { WorkbookGrids } from "../src/core/grid/grid";
import { parseWorkbook } from "../src/core/parse/parse-workbook";
import { FIVE_MB, measureAddin, type AddinResult, type StepStats } from "./addin";
import { DEFAULT_SEED, generateGrids, writeWorkbook, type GenerationInfo } from "./generate";
import type { ExceljsLoadResult, StagesResult } from "./load-child";
import { PROBE_MARKER, type ProbeReport } from "./rss-marker";

const TIME_BIN = "/usr/bin/time";
const CORE_RUNS = 3;

interface Options {
  readonly sizes: readonly number[];
  readonly seed: number;
  readonly cliRuns: number | null;
  readonly outDir: string;
}

interface CoreResult {
  readonly checkMs: number;
  readonly checkRuns: readonly number[];
  /** Process CPU time (user + sys) of the same runs, median. */
  readonly checkCpuMs: number;
  readonly parseMs: number;
  readonly generateMs: number;
  readonly report: Report;
}

interface Comparison {
  readonly generated: number;
  readonly found: number;
  /** Generated projects found by name with the same 预算数 / 财政资金 / 其他资金 and indicator count. */
  readonly matched: number;
  readonly injected: number;
  readonly expected: number;
  readonly errorsFound: number;
  readonly expectedFound: number;
  readonly unexpected: readonly string[];
  readonly missed: readonly string[];
}

interface CliResult {
  readonly wallMs: number;
  readonly wallRuns: readonly number[];
  readonly exitCodes: readonly (number | null)[];
  readonly projects: number | null;
  readonly errors: number | null;
  readonly maxRssKb: number | null;
  /** User + system CPU time of the child (median over runs): steadier than wall time on a busy machine. */
  readonly cpuMs: number | null;
  readonly rssSource: string;
}

interface SizeResult {
  readonly projects: number;
  readonly info: GenerationInfo;
  readonly core: CoreResult;
  readonly compare: Comparison;
  readonly file: string;
  readonly fileBytes: number;
  readonly writeMs: number;
  readonly exceljs: ExceljsLoadResult;
  readonly stages: StagesResult;
  readonly cli: CliResult;
  readonly addin: AddinResult;
}

function repoRoot(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
}

const ROOT = repoRoot();
const BUILD_BENCH = __dirname;

function parseOptions(argv: readonly string[]): Options {
  let sizes: number[] = [200, 2000];
  let seed = DEFAULT_SEED;
  let cliRuns: number | null = null;
  let outDir = path.join(ROOT, "bench", "out");
  const positiveInt = (name: string, text: string | undefined): number => {
    const n = Number(text);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} needs a positive integer, got ${String(text)}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (name) {
      case "--quick":
        sizes = [200];
        break;
      case "--sizes":
        sizes = (value() ?? "").split(",").map((s) => positiveInt("--sizes", s.trim()));
        break;
      case "--seed":
        seed = positiveInt("--seed", value());
        break;
      case "--cli-runs":
        cliRuns = positiveInt("--cli-runs", value());
        break;
      case "--out":
        outDir = path.resolve(value() ?? "");
        break;
      default:
        throw new Error(`unknown option ${arg} (use --sizes 200,2000 | --quick | --seed N | --cli-runs N | --out DIR)`);
    }
  }
  return { sizes, seed, cliRuns, outDir };
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function collectGarbage(): void {
  if (global.gc) global.gc();
}

function timed<T>(f: () => T): { value: T; ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = f();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
}

function timeCore(projects: number, seed: number): { grids: WorkbookGrids; info: GenerationInfo; core: CoreResult } {
  const generated = timed(() => generateGrids(projects, seed));
  const grids = generated.value;
  checkWorkbook(grids); // warm-up
  const checkRuns: number[] = [];
  const cpuRuns: number[] = [];
  let report: Report | null = null;
  for (let i = 0; i < CORE_RUNS; i++) {
    collectGarbage();
    const run = timed(() => checkWorkbook(grids));
    checkRuns.push(run.ms);
    cpuRuns.push(run.cpuMs);
    report = run.value.report;
  }
  const parseRuns: number[] = [];
  for (let i = 0; i < CORE_RUNS; i++) {
    collectGarbage();
    parseRuns.push(timed(() => parseWorkbook(grids)).ms);
  }
  return { grids, info: grids.info, core: { checkMs: median(checkRuns), checkRuns, checkCpuMs: median(cpuRuns), parseMs: median(parseRuns), generateMs: generated.ms, report: report! } };
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-6;
}

function compare(info: GenerationInfo, report: Report): Comparison {
  const tables = new Map(report.tables.filter((t) => t.kind === "project").map((t) => [t.name, t]));
  let matched = 0;
  for (const p of info.projects) {
    const t = tables.get(p.name);
    const b = t?.budget;
    if (t && b && b.total !== null && near(b.total, p.budget.total) && near(b.fiscal, p.budget.fiscal) && near(b.other, p.budget.other) && t.indicators === p.indicators) matched++;
  }
  const key = (rule: string, sheet: string, cell: string): string => `${rule} ${sheet}!${cell}`;
  const expected = new Set(info.expected.map((e) => key(e.rule, e.sheet, e.cell)));
  const errors = report.diagnostics.filter((d) => d.severity === "error");
  const unexpected: string[] = [];
  let expectedFound = 0;
  for (const d of errors) {
    const k = key(d.rule, d.sheet, d.cell);
    if (expected.delete(k)) expectedFound++;
    else unexpected.push(k);
  }
  return {
    generated: info.projects.length,
    found: report.stats.projects,
    matched,
    injected: info.injected.length,
    expected: info.expected.length,
    errorsFound: errors.length,
    expectedFound,
    unexpected,
    missed: [...expected],
  };
}

interface ChildRun {
  readonly code: number | null;
  readonly ms: number;
  readonly stdout: string;
  readonly stderr: string;
}

function runChild(command: string, args: readonly string[]): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      resolve({ code, ms: performance.now() - start, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") });
    });
  });
}

async function loadChild<T>(mode: "exceljs" | "stages", file: string): Promise<T> {
  const run = await runChild(process.execPath, [path.join(BUILD_BENCH, "load-child.js"), mode, file]);
  if (run.code !== 0) throw new Error(`load-child ${mode} failed (${String(run.code)}): ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

const HAS_TIME = existsSync(TIME_BIN);

interface CliJson {
  readonly files: readonly { readonly tables?: readonly { readonly kind: string }[]; readonly stats?: { readonly errors: number } }[];
}

/** Peak RSS and CPU time from the report of `/usr/bin/time -v`. */
function fromTimeOutput(stderr: string): ProbeReport | null {
  const rss = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(stderr)?.[1];
  const user = /User time \(seconds\):\s*([\d.]+)/.exec(stderr)?.[1];
  const sys = /System time \(seconds\):\s*([\d.]+)/.exec(stderr)?.[1];
  if (rss === undefined || user === undefined || sys === undefined) return null;
  return { maxRssKb: Number(rss), cpuMs: (Number(user) + Number(sys)) * 1000 };
}

/** The line rss-probe writes as the child exits. */
function fromProbe(stderr: string): ProbeReport | null {
  const line = stderr.split("\n").find((l) => l.startsWith(PROBE_MARKER));
  return line ? (JSON.parse(line.slice(PROBE_MARKER.length)) as ProbeReport) : null;
}

async function runCli(file: string, runs: number): Promise<CliResult> {
  const bin = path.join(ROOT, "bin", "jixiao.js");
  const cliArgs = [bin, "check", file, "--format", "json"];
  const wallRuns: number[] = [];
  const exitCodes: (number | null)[] = [];
  let maxRssKb: number | null = null;
  const cpuRuns: number[] = [];
  let projects: number | null = null;
  let errors: number | null = null;
  for (let i = 0; i < runs; i++) {
    const run = HAS_TIME
      ? await runChild(TIME_BIN, ["-v", process.execPath, ...cliArgs])
      : await runChild(process.execPath, ["--require", path.join(BUILD_BENCH, "rss-probe.js"), ...cliArgs]);
    wallRuns.push(run.ms);
    exitCodes.push(run.code);
    const probe = HAS_TIME ? fromTimeOutput(run.stderr) : fromProbe(run.stderr);
    if (probe) {
      maxRssKb = Math.max(maxRssKb ?? 0, probe.maxRssKb);
      cpuRuns.push(probe.cpuMs);
    }
    if (run.code !== 0 && run.code !== 1) throw new Error(`CLI exited with ${String(run.code)}: ${run.stderr.slice(0, 2000)}`);
    const json = JSON.parse(run.stdout) as CliJson;
    const first = json.files[0];
    projects = first?.tables?.filter((t) => t.kind === "project").length ?? null;
    errors = first?.stats?.errors ?? null;
  }
  return { wallMs: median(wallRuns), wallRuns, exitCodes, projects, errors, maxRssKb, cpuMs: cpuRuns.length > 0 ? median(cpuRuns) : null, rssSource: HAS_TIME ? "/usr/bin/time -v" : "process.resourceUsage().maxRSS" };
}

async function benchSize(projects: number, options: Options): Promise<SizeResult> {
  log(`== ${projects} projects: generating and timing the core on in-memory grids`);
  const timedCore = timeCore(projects, options.seed);
  const { info, core } = timedCore;
  const comparison = compare(info, core.report);
  log(`   core ${ms(core.checkMs)} (runs ${core.checkRuns.map(ms).join(", ")}), parse ${ms(core.parseMs)}; ${comparison.found}/${comparison.generated} projects, ${comparison.errorsFound} errors (${comparison.expected} expected)`);
  collectGarbage();

  log("   add-in path over the fake Excel request context (read, check, highlight, report, clear)");
  const addin = await measureAddin(timedCore.grids);
  log(
    `   add-in: read ${addin.read.syncs} syncs (${addin.read.refused} refused), highlight ${addin.highlight.syncs}, report ${addin.report.syncs}, clear ${addin.clear.syncs}; largest request ${bytes(addin.largestRequestBytes)}, response ${bytes(addin.largestResponseBytes)} (${ms(addin.totalMs)})`,
  );
  collectGarbage();

  const file = path.join(options.outDir, `bench-${projects}-seed${options.seed}.xlsx`);
  log(`   writing ${path.relative(ROOT, file)}`);
  const writeStart = performance.now();
  await writeWorkbook(projects, file, options.seed);
  const writeMs = performance.now() - writeStart;
  const fileBytes = statSync(file).size;
  collectGarbage();

  log("   exceljs bare load (fresh process)");
  const exceljs = await loadChild<ExceljsLoadResult>("exceljs", file);
  log("   CLI stages (fresh process)");
  const stages = await loadChild<StagesResult>("stages", file);
  const runs = options.cliRuns ?? (projects <= 2000 ? 3 : 1);
  log(`   CLI wall time (${runs} run${runs > 1 ? "s" : ""})`);
  const cli = await runCli(file, runs);
  log(`   CLI ${ms(cli.wallMs)}, exit ${cli.exitCodes.join("/")}, ${String(cli.projects)} projects, peak RSS ${mb(cli.maxRssKb)}`);
  return { projects, info, core, compare: comparison, file, fileBytes, writeMs, exceljs, stages, cli, addin };
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
}

function mb(kb: number | null): string {
  return kb === null ? "n/a" : `${Math.round(kb / 1024)} MB`;
}

function bytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.round(n / 1024)} kB`;
}

function thousands(n: number): string {
  return n.toLocaleString("en-US");
}

function loadText(load: readonly number[]): string {
  return load.map((l) => l.toFixed(2)).join(" / ");
}

function markdown(results: readonly SizeResult[], options: Options, totalMs: number, loadAtStart: readonly number[]): string {
  const cpus = os.cpus();
  const lines: string[] = [];
  lines.push("# Benchmark results", "");
  lines.push(`- Machine: ${cpus[0]?.model.trim() ?? "unknown CPU"}, ${cpus.length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM, ${os.type()} ${os.release()}`);
  lines.push(`- Node ${process.version}, exceljs ${exceljsVersion()}`);
  lines.push(`- Date: ${new Date().toISOString()}`);
  const loadAtEnd = os.loadavg();
  const busy = Math.max(loadAtStart[0] ?? 0, loadAtEnd[0] ?? 0) > cpus.length;
  lines.push(
    `- Load average (1 / 5 / 15 min): ${loadText(loadAtStart)} at start, ${loadText(loadAtEnd)} at the end${busy ? ` — **the machine was busy (load above ${cpus.length} cores): wall times are inflated; CPU times are the steadier figure**` : ""}`,
  );
  lines.push(`- Command: \`npm run bench -- --sizes ${options.sizes.join(",")} --seed ${options.seed}\` (bench took ${ms(totalMs)})`);
  lines.push("");
  lines.push(
    "| Projects | Sheets · rows · cells | Core parse + check | of which parse | Projects found / generated | Errors found / expected (injected) | Warnings · infos | xlsx size | exceljs bare load | CLI wall | CLI CPU (user + sys) | CLI peak RSS | CLI exit · projects in JSON |",
  );
  lines.push("|---:|---|---:|---:|---|---|---:|---:|---:|---:|---:|---:|---|");
  for (const r of results) {
    const c = r.compare;
    const errorsCell = `${c.errorsFound} / ${c.expected} (${c.injected})${c.unexpected.length + c.missed.length > 0 ? ` ⚠ ${c.unexpected.length} unexpected, ${c.missed.length} missed` : " ✓ all at the right cells"}`;
    const projectsCell = `${c.found} / ${c.generated}${c.matched === c.generated && c.found === c.generated ? " ✓" : ` ⚠ ${c.matched} match`}`;
    const cliCell = `${[...new Set(r.cli.exitCodes)].join("/")} · ${String(r.cli.projects)}${r.cli.projects === r.projects ? " ✓" : " ⚠"}`;
    lines.push(
      `| ${thousands(r.projects)} | ${r.info.sheets.length} · ${thousands(r.info.rows)} · ${thousands(r.info.cells)} | ${ms(r.core.checkMs)} (CPU ${ms(r.core.checkCpuMs)}) | ${ms(r.core.parseMs)} | ${projectsCell} | ${errorsCell} | ${thousands(r.core.report.stats.warnings)} · ${thousands(r.core.report.stats.infos)} | ${bytes(r.fileBytes)} | ${ms(r.exceljs.loadMs)} | ${ms(r.cli.wallMs)} | ${r.cli.cpuMs === null ? "n/a" : ms(r.cli.cpuMs)} | ${mb(r.cli.maxRssKb)} | ${cliCell} |`,
    );
  }
  lines.push("");
  lines.push("CLI stages, timed one by one in a fresh process (`build/bench/load-child.js stages`):", "");
  lines.push("| Projects | read file | preflight + grids (reader) | checkWorkbook | JSON.stringify | sum | peak RSS | exceljs bare load peak RSS |");
  lines.push("|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of results) {
    const s = r.stages;
    const sum = s.readMs + s.gridsMs + s.checkMs + s.jsonMs;
    lines.push(
      `| ${thousands(r.projects)} | ${ms(s.readMs)} | ${ms(s.gridsMs)} (${s.engine}) | ${ms(s.checkMs)} | ${ms(s.jsonMs)} | ${ms(sum)} | ${mb(s.maxRssKb)} | ${mb(r.exceljs.maxRssKb)} |`,
    );
  }
  lines.push("");
  lines.push("Add-in path (fake Excel request context, `bench/addin.ts`): requests are `context.sync()` calls; sizes as the fake measures them (see below):", "");
  lines.push(
    "| Projects | Read: requests (Excel.run) | Largest read request / response | Diagnostics → cells marked | Highlight requests | Largest highlight request / response | Report requests (lines) | Largest report request | Clear requests (restored) | Largest clear request / response | Every request ≤ 5 MB (request and response) | Host + fake time |",
  );
  lines.push("|---:|---|---|---|---:|---|---|---:|---|---|---|---:|");
  for (const r of results) {
    const a = r.addin;
    const refusedNote = (s: StepStats): string => (s.refused > 0 ? `, ${s.refused} refused (${s.refusedCodes.join(", ")})` : "");
    const reqResp = (s: StepStats): string => `${bytes(s.largestRequestBytes)} / ${bytes(s.largestResponseBytes)}${s.largestRefusedResponseBytes > 0 ? ` (refused: ${bytes(s.largestRefusedResponseBytes)})` : ""}`;
    const readCell = `${a.read.syncs} (${a.read.runs} run${a.read.runs === 1 ? "" : "s"})${refusedNote(a.read)}${a.readMatches ? " ✓ grids equal" : " ⚠ grids differ"}`;
    lines.push(
      `| ${thousands(r.projects)} | ${readCell} | ${reqResp(a.read)} | ${thousands(a.diagnostics)} → ${thousands(a.highlight.marked)}${a.highlight.notes ? " (with notes)" : ""} | ${a.highlight.syncs}${refusedNote(a.highlight)} | ${reqResp(a.highlight)} | ${a.report.syncs}${refusedNote(a.report)} (${thousands(a.report.lines)}) | ${bytes(a.report.largestRequestBytes)} | ${a.clear.syncs}${refusedNote(a.clear)} (${thousands(a.clear.restored)}) | ${reqResp(a.clear)} | ${limitCell(a)} | ${ms(a.totalMs)} |`,
    );
  }
  lines.push("");
  lines.push("How it is measured:", "");
  lines.push(
    `- Workbooks come from \`bench/generate.ts\` (seed ${options.seed}): all five layouts (seed 000/002/004 blocks, seed 003 list rows with encoded indicators, flat one-row-per-indicator rows), ${r0(results)} projects per sheet, about 5% of projects with a wrong 预算数 sum. "Expected" errors are the injected ones plus the 合计 / subtotal rows of list sheets that then stop adding up. Warnings and infos come from quirks copied from the seeds on purpose (\`>=\` spellings, 资金支出计划（%） holding amounts, every description "项目支出").`,
  );
  lines.push(`- Core: \`checkWorkbook\` on the in-memory grids, median of ${CORE_RUNS} runs after one warm-up (GC forced between runs); "of which parse" is \`parseWorkbook\` alone, also a median of ${CORE_RUNS}.`);
  lines.push(
    "- exceljs bare load: `new ExcelJS.Workbook().xlsx.readFile(file)` in a fresh Node process — the floor of the exceljs engine, which `check` and `summarize` no longer use for grids (they read with src/host/xlsx/fast-read.ts and fall back to exceljs only for files it finds odd); `fill`, `new`, `--annotate` and `summarize --out` still load with exceljs to edit the workbook.",
  );
  lines.push(
    `- CLI wall: \`node bin/jixiao.js check <file> --format json\` spawned and timed from spawn to exit (median of the runs: ${results.map((r) => `${thousands(r.projects)}: ${r.cli.wallRuns.map(ms).join(", ")}`).join("; ")}); exit code must be 0 or 1 and the JSON must list every generated project. Peak RSS (highest of the runs) and CPU time (median) via ${results[0]?.cli.rssSource ?? "n/a"}.`,
  );
  lines.push(
    `- Add-in path: \`bench/addin.ts\` loads the generated grids into the fake workbook of the tests (\`test/host/excel/fake-excel.ts\`) and runs the Excel host (\`createExcelHost\` from src/host/excel) over its fake request context, doing what 校验 does in the task pane: \`readWorkbook\` (compared with the generated grids), \`runCheck\` on the grids read (zh-CN, default settings), \`highlight\` of every diagnostic with its note text, \`writeReport\` (校验报告), then \`clearMarks\`. Each \`context.sync()\` is one request; its size is the JSON of the queued actions plus 64 bytes per action for Office.js's own wrapping, and the response size is the JSON of what was loaded. The fake refuses either over ${bytes(FIVE_MB)} (Excel on the web's limit) as Excel would (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded) and the host then retries in parts; a refused request counts as a request, its would-be response is shown as "refused", and it makes "every request ≤ 5 MB" ✗. The time is the host's plus the fake's own bookkeeping, not Excel's.`,
  );
  lines.push(`- xlsx writing (exceljs, through scripts/examples/sheet-writer.ts) took ${results.map((r) => `${ms(r.writeMs)} for ${thousands(r.projects)}`).join(", ")}.`);
  const problems = results.flatMap((r) => [...r.compare.unexpected.slice(0, 10).map((u) => `${r.projects}: unexpected ${u}`), ...r.compare.missed.slice(0, 10).map((m) => `${r.projects}: missed ${m}`)]);
  if (problems.length > 0) {
    lines.push("", "Mismatches (first 10 per size):", "");
    for (const p of problems) lines.push(`- ${p}`);
  }
  lines.push("");
  return lines.join("\n");
}

function limitCell(a: AddinResult): string {
  const steps: [string, StepStats][] = [
    ["read", a.read],
    ["highlight", a.highlight],
    ["report", a.report],
    ["clear", a.clear],
  ];
  const largest = `largest request ${bytes(a.largestRequestBytes)}, response ${bytes(a.largestResponseBytes)}`;
  if (a.allWithinLimit) return `✓ ${largest}`;
  const refused = steps.filter(([, s]) => s.refused > 0).map(([name, s]) => `${s.refused} ${name} request${s.refused === 1 ? "" : "s"} refused (${s.refusedCodes.join(", ")}${s.largestRefusedResponseBytes > 0 ? `, response up to ${bytes(s.largestRefusedResponseBytes)}` : ""}) and retried in parts`);
  return `✗ ${refused.length > 0 ? `${refused.join("; ")}; accepted: ${largest}` : largest}`;
}

function r0(results: readonly SizeResult[]): string {
  const sizes = [...new Set(results.map((r) => Math.max(...r.info.sheets.map((s) => s.projects))))];
  return sizes.join(" or ");
}

function exceljsVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "node_modules", "exceljs", "package.json"), "utf8")) as { version?: string };
    return pkg.version ?? "?";
  } catch {
    return "?";
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (!global.gc) log("note: run with --expose-gc (npm run bench does) for steadier core timings");
  mkdirSync(options.outDir, { recursive: true });
  const start = performance.now();
  const loadAtStart = os.loadavg();
  const results: SizeResult[] = [];
  for (const size of options.sizes) results.push(await benchSize(size, options));
  const md = markdown(results, options, performance.now() - start, loadAtStart);
  writeFileSync(path.join(ROOT, "bench", "RESULTS.md"), md);
  process.stdout.write(`${md}\n`);
  const failed = results.some((r) => !r.addin.readMatches || r.addin.clear.restored !== r.addin.highlight.marked || r.cli.projects !== r.projects || r.compare.found !== r.projects || r.cli.exitCodes.some((c) => c !== 0 && c !== 1));
  if (failed) process.exitCode = 1;
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  });
}
