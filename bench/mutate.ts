/**
 * The mutation benchmark: `npm run mutate` (= build:cli, then node build/bench/mutate.js).
 *
 *   options: --seed N (default 20240101), --trials N (per injection kind and example, default 50),
 *            --neutral-trials N (per neutral kind and example, default 50), --out FILE (default
 *            bench/MUTATION.md), --no-write (print only)
 *
 * For every example workbook it checks the unmutated grids once (the baseline), then, trial by trial,
 * applies one mutation of bench/mutate-kinds.ts at a random site of a fresh deep copy, checks again and
 * compares with the baseline:
 * - an injected error is caught when a new error or warning appears (a diagnostic whose rule, message
 *   id, severity, sheet and cell the baseline does not have as often) that touches the mutation: its
 *   cell or one of its related cells is a mutated cell or lies in a table the mutation is about, or it
 *   is reported on such a table;
 * - a neutral change is clean when no new error appears, diagnostics compared by rule, message id,
 *   sheet and table (by position in the workbook, since renames change ids and moves change cells).
 * Results go to bench/MUTATION.md and stdout; text below the notes marker in that file is kept.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { checkWorkbook, type Report } from "../src/core/check/check";
import { rangeContains } from "../src/core/grid/address";
import type { WorkbookGrids } from "../src/core/grid/grid";
import type { Framework } from "../src/core/model/framework";
import type { ParsedWorkbook } from "../src/core/model/model";
import type { Diagnostic } from "../src/core/types";
import { readWorkbookFile } from "../src/host/xlsx";
import { Rng } from "./generate";
import { cloneWorkbook, parseCellReference } from "./mutate-grid";
import { FUNDS_RULES, INJECTION_KINDS, KINDS, NEUTRAL_KINDS, type Baseline, type KindDefinition, type Mutation, type MutationKind, type Site } from "./mutate-kinds";

export const DEFAULT_MUTATION_SEED = 20240101;
export const DEFAULT_TRIALS = 50;
export const INJECTION_GOAL = 0.95;
export const NEUTRAL_GOAL = 0.99;
const NOTES_MARKER = "<!-- notes: everything below this line is kept when the benchmark rewrites this file -->";
const MISSES_SHOWN = 4;

export interface ExampleInput {
  readonly name: string;
  readonly grids: WorkbookGrids;
}

export function makeBaseline(example: ExampleInput): Baseline {
  const { parsed, report } = checkWorkbook(example.grids);
  const frameworks = new Map<string, Framework>();
  for (const t of report.tables) if (t.framework) frameworks.set(t.id, t.framework);
  return { name: example.name, grids: example.grids, parsed, report, frameworks };
}

export interface TrialResult {
  readonly example: string;
  readonly kind: MutationKind;
  readonly site: string;
  readonly mutation: Mutation;
  /** Caught (injections) or clean (neutral changes). */
  readonly ok: boolean;
  /** New diagnostics: errors and warnings for injections, errors for neutral changes. */
  readonly fresh: readonly Diagnostic[];
  /** Injections: the new diagnostics that touch the mutation. */
  readonly touching: readonly Diagnostic[];
  /** Injections: the expected diagnostic (rule, and data where it matters) is among the new ones. */
  readonly exact: boolean;
  /** Injections: a new diagnostic is a wrong consequence of the change (see Mutation.overreach). */
  readonly overreach: boolean;
  /** Neutral changes: the same tables with the same indicator counts, budgets and frameworks. */
  readonly intact: boolean;
}

export interface KindResult {
  readonly example: string;
  readonly kind: MutationKind;
  readonly neutral: boolean;
  /** Places where the kind applies in this example; 0 means not applicable. */
  readonly sites: number;
  readonly trials: readonly TrialResult[];
}

export interface BenchmarkOptions {
  readonly seed: number;
  readonly injectionTrials: number;
  readonly neutralTrials: number;
  readonly kinds?: readonly MutationKind[];
}

// ---------------------------------------------------------------------------------------------
// Comparing diagnostics

function countKeys(keys: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const k of keys) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
}

/** The diagnostics of `after` beyond what the baseline has under the same key (a multiset difference). */
export function freshDiagnostics(beforeKeys: readonly string[], after: readonly Diagnostic[], keyOf: (d: Diagnostic) => string): Diagnostic[] {
  const left = countKeys(beforeKeys);
  const out: Diagnostic[] = [];
  for (const d of after) {
    const k = keyOf(d);
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    else out.push(d);
  }
  return out;
}

const cellKey = (d: Diagnostic): string => `${d.rule}|${d.messageId}|${d.severity}|${d.sheet}|${d.cell}`;
/** Also by what the diagnostic says: two categories missing at one anchor cell are two findings. */
const dataKey = (d: Diagnostic): string => `${cellKey(d)}|${JSON.stringify(d.data)}`;

/** Rule, message id, sheet and the table's position: stable under renames and row insertions. */
function tableKey(parsed: ParsedWorkbook): (d: Diagnostic) => string {
  const index = new Map(parsed.tables.map((t, i) => [t.id, i] as const));
  return (d) => `${d.rule}|${d.messageId}|${d.sheet}|#${index.get(d.table) ?? d.table}`;
}

/**
 * A diagnostic touches a mutation when it is reported on a table the mutation is about, or when its
 * cell or one of its related cells (ranges included) is a mutated cell or lies in such a table.
 */
export function touches(d: Diagnostic, mutation: Mutation, base: Baseline): boolean {
  if (mutation.tables.includes(d.table)) return true;
  const ranges = base.parsed.tables.filter((t) => mutation.tables.includes(t.id)).map((t) => ({ sheet: t.sheet, range: t.range }));
  for (const reference of [d.cell, ...d.related]) {
    const ref = parseCellReference(reference, d.sheet);
    if (!ref) continue;
    const { sheet, range } = ref;
    for (const c of mutation.cells) {
      const cell = parseCellReference(c.cell, c.sheet);
      if (cell && cell.sheet === sheet && rangeContains(range, cell.range.top, cell.range.left)) return true;
    }
    for (const t of ranges) {
      if (t.sheet === sheet && rangeContains(t.range, range.top, range.left)) return true;
    }
  }
  return false;
}

function tableShape(report: Report): string[] {
  return report.tables.map((t) => `${t.kind}|${t.sheet}|${t.layout ?? t.summaryKind ?? ""}|${t.framework ?? ""}|${t.indicators}|${t.rows ?? ""}|${JSON.stringify(t.budget)}`);
}

// ---------------------------------------------------------------------------------------------
// Running trials

/** FNV-1a, to give every (example, kind) its own stream: adding a kind does not reshuffle the others. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function rngFor(seed: number, example: string, kind: MutationKind): Rng {
  return new Rng((seed ^ hash(`${example}|${kind}`)) >>> 0);
}

export function runTrial(base: Baseline, kind: KindDefinition, site: Site, rng: Rng): TrialResult {
  const wb = cloneWorkbook(base.grids);
  const mutation = site.apply(wb, rng);
  const { parsed, report } = checkWorkbook(wb);
  if (kind.neutral) {
    const isError = (d: Diagnostic): boolean => d.severity === "error";
    const before = base.report.diagnostics.filter(isError).map(tableKey(base.parsed));
    const fresh = freshDiagnostics(before, report.diagnostics.filter(isError), tableKey(parsed));
    const intact = JSON.stringify(tableShape(report)) === JSON.stringify(tableShape(base.report));
    return { example: base.name, kind: kind.id, site: site.label, mutation, ok: fresh.length === 0, fresh, touching: [], exact: false, overreach: false, intact };
  }
  const serious = (d: Diagnostic): boolean => d.severity === "error" || d.severity === "warning";
  const fresh = freshDiagnostics(base.report.diagnostics.filter(serious).map(cellKey), report.diagnostics.filter(serious), cellKey);
  const touching = fresh.filter((d) => touches(d, mutation, base));
  const said = freshDiagnostics(base.report.diagnostics.filter(serious).map(dataKey), report.diagnostics.filter(serious), dataKey);
  const exact = said.some(mutation.expected);
  const overreach = mutation.overreach !== undefined && said.some(mutation.overreach);
  return { example: base.name, kind: kind.id, site: site.label, mutation, ok: touching.length > 0, fresh, touching, exact, overreach, intact: true };
}

export function runKind(base: Baseline, kind: KindDefinition, trials: number, seed: number): KindResult {
  const sites = kind.sites(base);
  const rng = rngFor(seed, base.name, kind.id);
  const out: TrialResult[] = [];
  if (sites.length > 0) for (let i = 0; i < trials; i++) out.push(runTrial(base, kind, rng.pick(sites), rng));
  return { example: base.name, kind: kind.id, neutral: kind.neutral, sites: sites.length, trials: out };
}

export function runBenchmark(bases: readonly Baseline[], options: BenchmarkOptions): KindResult[] {
  const kinds = KINDS.filter((k) => !options.kinds || options.kinds.includes(k.id));
  const out: KindResult[] = [];
  for (const kind of kinds) {
    for (const base of bases) out.push(runKind(base, kind, kind.neutral ? options.neutralTrials : options.injectionTrials, options.seed));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Loading the examples

export function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, "package.json")) || !existsSync(path.join(dir, "examples"))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error("repository root not found");
    dir = up;
  }
  return dir;
}

export async function loadExamples(dir: string = path.join(repoRoot(), "examples")): Promise<ExampleInput[]> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .sort();
  const out: ExampleInput[] = [];
  for (const file of files) {
    const read = await readWorkbookFile(path.join(dir, file), { engine: "fast" });
    if (!read.ok) throw new Error(`${file}: ${read.error.code}`);
    out.push({ name: file.replace(/\.xlsx$/u, ""), grids: read.grids });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Report

export interface Totals {
  readonly trials: number;
  readonly ok: number;
}

export function totals(results: readonly KindResult[], neutral: boolean): Totals {
  const trials = results.filter((r) => r.neutral === neutral).flatMap((r) => r.trials);
  return { trials: trials.length, ok: trials.filter((t) => t.ok).length };
}

const pct = (t: Totals): string => (t.trials === 0 ? "–" : `${((100 * t.ok) / t.trials).toFixed(1)}%`);
const cellOf = (r: KindResult | undefined): string => (!r || r.sites === 0 ? "n/a" : `${r.trials.filter((t) => t.ok).length} / ${r.trials.length}`);

function shortName(example: string): string {
  return /^seed\d+/u.exec(example)?.[0] ?? example;
}

/** The data fields that tell two findings at one cell apart. */
const TELLING_DATA = ["category", "level2"];

function describeDiagnostic(d: Diagnostic): string {
  const telling = TELLING_DATA.map((k) => d.data[k]).filter((v) => v !== undefined && v !== null);
  return `${d.severity} ${d.rule}/${d.messageId} ${d.sheet}!${d.cell}${telling.length > 0 ? ` (${telling.join(", ")})` : ""}`;
}

/** Rules that caught a kind (each trial counts a rule once), most frequent first. */
function caughtBy(results: readonly KindResult[]): string {
  const counts = new Map<string, number>();
  for (const t of results.flatMap((r) => r.trials)) for (const rule of new Set(t.touching.map((d) => d.rule))) counts.set(rule, (counts.get(rule) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 4)
    .map(([rule, n]) => `${rule} ${n}`)
    .join(", ");
}

function tableRows(results: readonly KindResult[], examples: readonly string[], kinds: readonly MutationKind[], extra: (rs: KindResult[]) => string): string[] {
  const lines: string[] = [];
  for (const kind of kinds) {
    const rs = results.filter((r) => r.kind === kind);
    if (rs.length === 0) continue;
    const t: Totals = { trials: rs.reduce((s, r) => s + r.trials.length, 0), ok: rs.reduce((s, r) => s + r.trials.filter((x) => x.ok).length, 0) };
    const perExample = examples.map((e) => cellOf(rs.find((r) => r.example === e)));
    lines.push(`| ${kind} | ${perExample.join(" | ")} | ${t.ok} / ${t.trials} | ${pct(t)} | ${extra(rs)} |`);
  }
  return lines;
}

export interface RunInfo {
  readonly seed: number;
  readonly injectionTrials: number;
  readonly neutralTrials: number;
  readonly seconds: number;
  readonly command: string;
}

export function machineLine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  return `${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, ${os.type()} ${os.release()}; Node ${process.version}`;
}

export function renderMarkdown(results: readonly KindResult[], examples: readonly string[], run: RunInfo, notes: string): string {
  const inj = totals(results, false);
  const neu = totals(results, true);
  const mark = (t: Totals, goal: number): string => (t.trials === 0 ? "" : t.ok / t.trials >= goal ? " ✓" : " ✗ below the goal");
  const head = `| kind | ${examples.map(shortName).join(" | ")} | total | share |`;
  const rule = `|---|${examples.map(() => "---:").join("|")}|---:|---:|---|`;
  const describeTrial = (t: TrialResult, fresh: readonly Diagnostic[]): string =>
    `${t.mutation.description} → ${fresh.length === 0 ? "nothing new" : `${fresh.slice(0, 3).map(describeDiagnostic).join("; ")}${fresh.length > 3 ? ` (+${fresh.length - 3})` : ""}`}`;
  const out: string[] = [
    "# Mutation benchmark",
    "",
    `- Machine: ${machineLine()}`,
    `- Date: ${new Date().toISOString()}`,
    `- Command: \`${run.command}\` (seed ${run.seed}; ${run.injectionTrials} trials per injection kind and ${run.neutralTrials} per neutral kind, per example where the kind applies; took ${run.seconds.toFixed(1)} s)`,
    "",
    `**Injections caught: ${inj.ok} / ${inj.trials} = ${pct(inj)}** (goal ≥ ${INJECTION_GOAL * 100}%)${mark(inj, INJECTION_GOAL)}  `,
    `**Neutral changes without a new error: ${neu.ok} / ${neu.trials} = ${pct(neu)}** (goal ≥ ${NEUTRAL_GOAL * 100}%)${mark(neu, NEUTRAL_GOAL)}`,
    "",
    "## Injected errors: caught / trials",
    "",
    `${head} expected diagnostic | overreach | caught by (trials) |`,
    `${rule}---:|---|`,
    ...tableRows(results, examples, INJECTION_KINDS, (rs) => {
      const trials = rs.flatMap((r) => r.trials);
      const exact: Totals = { trials: trials.length, ok: trials.filter((t) => t.exact).length };
      const over = trials.some((t) => t.mutation.overreach !== undefined) ? String(trials.filter((t) => t.overreach).length) : "–";
      return `${exact.ok} (${pct(exact)}) | ${over} | ${caughtBy(rs)}`;
    }),
    "",
    "## Neutral changes: without a new error / trials",
    "",
    `${head} parse unchanged |`,
    rule,
    ...tableRows(results, examples, NEUTRAL_KINDS, (rs) => {
      const trials = rs.flatMap((r) => r.trials);
      return `${trials.filter((t) => t.intact).length} / ${trials.length}`;
    }),
    "",
    "n/a: the kind does not apply to any table of the example (no 资金支出计划, no weights, no 成本 indicator, …).",
    "",
    "## What the kinds do",
    "",
    ...KINDS.map((k) => `- **${k.id}**${k.neutral ? " (neutral)" : ""}: ${k.summary}.`),
    "",
    "## How a trial is judged",
    "",
    "- Every trial deep-copies the example's grids, applies one mutation at a site drawn at random (seeded mulberry32, one stream per example and kind) and runs `checkWorkbook` with the default configuration.",
    "- **Caught**: a new error or warning (compared with the unmutated baseline as a multiset of rule + message id + severity + sheet + cell) *touches* the mutation: it is reported on a table the mutation is about (the table edited, and every table whose range holds an edited cell, e.g. a list row is both a project and a row of the list), or its cell or one of its related cells (ranges and sheet-qualified references included) is an edited cell or lies inside such a table. Infos do not count.",
    `- **Expected diagnostic**: the trials where the new diagnostics include the one a reviewer would write for this kind — wrong-total: any amount rule (${FUNDS_RULES.join(", ")}); cost-above-budget: cost-above-budget; dropped-category: missing-category naming the dropped 一级; misfiled-level2: level2-mismatch at the 二级 cell naming the new 二级; rate-over-100: rate-above-100 at the value; decreasing-plan: spending-plan/decreasing; weights-off: weights-total. A catch by another rule still counts as caught. **Overreach** (dropped-category): trials that also report a 一级 that is still there as missing.`,
    "- **Clean** (neutral changes): no new error, compared as a multiset of rule + message id + sheet + the table's position in the workbook (renames change table ids, inserted rows move cells). \"Parse unchanged\" counts trials whose tables keep their kind, layout, framework, indicator count, row count and budget.",
    "",
  ];
  const listed = (title: string, pick: (t: TrialResult) => boolean, shown: (t: TrialResult) => readonly Diagnostic[]): void => {
    out.push(`## ${title}`, "");
    let any = false;
    for (const r of results) {
      const hits = r.trials.filter(pick);
      if (hits.length === 0) continue;
      any = true;
      const distinct = new Map<string, TrialResult>();
      for (const t of hits) if (!distinct.has(t.site)) distinct.set(t.site, t);
      out.push(`- **${r.kind}**, ${shortName(r.example)}: ${hits.length} of ${r.trials.length} trials (${distinct.size} distinct sites)`);
      for (const t of [...distinct.values()].slice(0, MISSES_SHOWN)) out.push(`  - ${describeTrial(t, shown(t))}`);
    }
    out.push(...(any ? [""] : ["None.", ""]));
  };
  const injected = (t: TrialResult): boolean => (INJECTION_KINDS as readonly MutationKind[]).includes(t.kind);
  listed("Injections missed (first few per kind and example; the new errors and warnings elsewhere, if any)", (t) => injected(t) && !t.ok, (t) => t.fresh);
  listed("Neutral changes that raised a new error (first few per kind and example)", (t) => !injected(t) && !t.ok, (t) => t.fresh);
  listed("Caught, but not by the expected diagnostic (first few per kind and example)", (t) => injected(t) && t.ok && !t.exact, (t) => t.touching);
  listed("Overreach: a 一级 still present reported missing (first few per kind and example)", (t) => t.overreach, (t) => t.touching);
  out.push(NOTES_MARKER, notes.replace(/^\n+/u, ""));
  return `${out.join("\n").trimEnd()}\n`;
}

/** The hand-written part of an existing MUTATION.md (below the notes marker). */
export function keptNotes(file: string): string {
  if (!existsSync(file)) return "";
  const text = readFileSync(file, "utf8");
  const at = text.indexOf(NOTES_MARKER);
  return at < 0 ? "" : text.slice(at + NOTES_MARKER.length);
}

// ---------------------------------------------------------------------------------------------
// Command line

interface CliOptions {
  readonly seed: number;
  readonly injectionTrials: number;
  readonly neutralTrials: number;
  readonly out: string;
  readonly write: boolean;
}

function parseArgs(argv: readonly string[]): CliOptions {
  let seed = DEFAULT_MUTATION_SEED;
  let injectionTrials = DEFAULT_TRIALS;
  let neutralTrials = DEFAULT_TRIALS;
  let out = path.join(repoRoot(), "bench", "MUTATION.md");
  let write = true;
  const int = (flag: string, v: string | undefined): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} needs a whole number`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--seed") seed = int(a, argv[++i]);
    else if (a === "--trials") injectionTrials = int(a, argv[++i]);
    else if (a === "--neutral-trials") neutralTrials = int(a, argv[++i]);
    else if (a === "--out") out = path.resolve(argv[++i] ?? out);
    else if (a === "--no-write") write = false;
    else throw new Error(`unknown option ${a}`);
  }
  return { seed, injectionTrials, neutralTrials, out, write };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const examples = await loadExamples();
  const bases = examples.map(makeBaseline);
  const results = runBenchmark(bases, options);
  const seconds = (performance.now() - started) / 1000;
  const args = process.argv.slice(2).join(" ");
  const run: RunInfo = { ...options, seconds, command: `npm run mutate${args ? ` -- ${args}` : ""}` };
  const markdown = renderMarkdown(results, bases.map((b) => b.name), run, keptNotes(options.out));
  process.stdout.write(markdown.slice(0, markdown.indexOf(NOTES_MARKER)));
  if (options.write) {
    writeFileSync(options.out, markdown);
    process.stdout.write(`Written to ${path.relative(process.cwd(), options.out)}\n`);
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(2);
  });
}
