/**
 * The mutation benchmark's machinery (bench/mutate*.ts), on a small fixed-seed sample: every injection
 * changes exactly the cells it says and makes the error it claims, neutral changes touch only what
 * they should, and the unmutated baseline is deterministic. Catch rates are the benchmark's output,
 * not asserted here.
 */
import * as path from "path";
import { checkWorkbook } from "../../src/core/check/check";
import { parseA1 } from "../../src/core/grid/address";
import type { WorkbookGrids } from "../../src/core/grid/grid";
import { allowedLevel2, level1Of, level2Key, type Framework, type Level1 } from "../../src/core/model/framework";
import type { ProjectTable } from "../../src/core/model/model";
import type { Diagnostic } from "../../src/core/types";
import { readWorkbookFile } from "../../src/host/xlsx";
import { Rng } from "../../bench/generate";
import { cloneWorkbook, diffCells, formatCell, insertRows, type MutableWorkbook } from "../../bench/mutate-grid";
import { INJECTION_KINDS, KINDS, joinEncoded, kindById, splitEncoded, type Baseline, type Mutation, type MutationKind } from "../../bench/mutate-kinds";
import { freshDiagnostics, loadExamples, makeBaseline, renderMarkdown, repoRoot, runBenchmark, type ExampleInput } from "../../bench/mutate";

const SEED = 7;
const TRIALS = 3;

let examples: ExampleInput[] = [];
let bases: Baseline[] = [];

beforeAll(async () => {
  examples = await loadExamples();
  bases = examples.map(makeBaseline);
});

/** Applies `TRIALS` mutations of a kind to every example where it applies (fresh copies each time). */
function sample(kind: MutationKind): { base: Baseline; mutation: Mutation; wb: MutableWorkbook }[] {
  const out: { base: Baseline; mutation: Mutation; wb: MutableWorkbook }[] = [];
  for (const base of bases) {
    const sites = kindById(kind).sites(base);
    const rng = new Rng(SEED);
    for (let i = 0; i < TRIALS && sites.length > 0; i++) {
      const wb = cloneWorkbook(base.grids);
      out.push({ base, mutation: rng.pick(sites).apply(wb, rng), wb });
    }
  }
  return out;
}

const sorted = (xs: readonly string[]): string[] => [...xs].sort();

function textAt(grids: WorkbookGrids, sheet: string, cell: string): string | number | boolean | null {
  const ref = parseA1(cell)!;
  return grids.sheets.find((g) => g.sheet === sheet)!.cells[ref.row]?.[ref.col] ?? null;
}

function projectAt(grids: WorkbookGrids, base: Baseline, id: string): ProjectTable {
  const index = base.parsed.tables.findIndex((t) => t.id === id);
  const table = checkWorkbook(grids).parsed.tables[index];
  if (!table || table.kind !== "project") throw new Error(`no project at ${index}`);
  return table;
}

describe("baseline", () => {
  it("gives the same diagnostics on a fresh read, on a deep copy and after trials have run", async () => {
    const read = await readWorkbookFile(path.join(repoRoot(), "examples", `${bases[0]!.name}.xlsx`));
    if (!read.ok) throw new Error(read.error.code);
    expect(checkWorkbook(read.grids).report.diagnostics).toEqual(bases[0]!.report.diagnostics);
    runBenchmark(bases, { seed: SEED, injectionTrials: 1, neutralTrials: 1 });
    bases.forEach((base, i) => {
      expect(diffCells(examples[i]!.grids, base.grids)).toEqual([]);
      expect(checkWorkbook(cloneWorkbook(base.grids)).report.diagnostics).toEqual(base.report.diagnostics);
    });
  });

  it("covers every example and every kind somewhere", () => {
    expect(bases.map((b) => b.name)).toHaveLength(5);
    for (const kind of KINDS) expect(bases.some((b) => kind.sites(b).length > 0)).toBe(true);
  });
});

describe("encoded indicator cells", () => {
  it("split into items and join back to the same text", () => {
    const list = bases.find((b) => b.name.startsWith("seed003"))!;
    const cells = list.parsed.tables.filter((t): t is ProjectTable => t.kind === "project" && t.encodedCell !== undefined);
    expect(cells.length).toBeGreaterThan(5);
    for (const t of cells) {
      const text = String(textAt(list.grids, t.sheet, t.encodedCell!));
      expect(splitEncoded(text)).toHaveLength(t.indicators.length);
      expect(joinEncoded(splitEncoded(text))).toBe(text);
    }
  });
});

describe("injections", () => {
  it.each(INJECTION_KINDS.map((k) => [k]))("%s changes exactly the cells it reports", (kind) => {
    const trials = sample(kind);
    expect(trials.length).toBeGreaterThan(0);
    for (const { base, mutation, wb } of trials) {
      expect(mutation.kind).toBe(kind);
      expect(mutation.cells.length).toBeGreaterThan(0);
      expect(mutation.tables.length).toBeGreaterThan(0);
      expect(sorted(diffCells(base.grids, wb))).toEqual(sorted(mutation.cells.map(formatCell)));
    }
  });

  it("wrong-total moves an amount by more than the rounding tolerance", () => {
    for (const { base, mutation, wb } of sample("wrong-total")) {
      const at = mutation.cells[0]!;
      const before = Number(textAt(base.grids, at.sheet, at.cell));
      const after = textAt(wb, at.sheet, at.cell);
      expect(typeof after).toBe("number");
      expect(Math.abs((after as number) - before)).toBeGreaterThanOrEqual(10 ** -Number(mutation.detail["decimals"]) - 1e-9);
    }
  });

  it("cost-above-budget writes ≤ 1.5 × 预算数 into a 成本 indicator", () => {
    for (const { base, mutation, wb } of sample("cost-above-budget")) {
      const table = projectAt(wb, base, mutation.tables[0]!);
      const ind = table.indicators.find((i) => i.value?.value === mutation.detail["value"]);
      expect(ind).toBeDefined();
      expect(ind!.parsedValue).toMatchObject({ kind: "number", operator: "<=", unit: table.unit });
      const v = ind!.parsedValue!;
      if (v.kind !== "number") throw new Error("not a number");
      expect(v.value).toBeCloseTo(Number(mutation.detail["budget"]) * 1.5, 2);
      expect(level1Of(ind!.level1!.value) === "成本" || /成本$/u.test(level2Key(ind!.level2!.value))).toBe(true);
    }
  });

  it("dropped-category leaves no indicator of the dropped 一级 and keeps the others' rows", () => {
    for (const { base, mutation, wb } of sample("dropped-category")) {
      const before = base.parsed.tables.find((t): t is ProjectTable => t.id === mutation.tables[0])!;
      const dropped = mutation.detail["category"] as Level1;
      const after = projectAt(wb, base, before.id);
      expect(after.indicators.some((i) => i.level1 && level1Of(i.level1.value) === dropped)).toBe(false);
      if (before.encodedCell) {
        expect(after.indicators).toHaveLength(before.indicators.filter((i) => !i.level1 || level1Of(i.level1.value) !== dropped).length);
        continue;
      }
      const rows = new Set(before.indicators.filter((i) => i.level1 && level1Of(i.level1.value) === dropped).map((i) => i.row));
      for (const c of mutation.cells) expect(rows.has(parseA1(c.cell)!.row)).toBe(true);
    }
  });

  it("misfiled-level2 files a 二级 under a 一级 it does not belong to", () => {
    for (const { base, mutation, wb } of sample("misfiled-level2")) {
      const after = projectAt(wb, base, mutation.tables[0]!);
      const name = String(mutation.detail["level2"]);
      const level1 = mutation.detail["level1"] as Level1;
      const moved = after.indicators.filter((i) => i.level2?.value === name && i.level1 && level1Of(i.level1.value) === level1);
      expect(moved.length).toBeGreaterThan(0);
      for (const framework of ["2021", "legacy"] as Framework[]) expect(allowedLevel2(framework, level1)).not.toContain(level2Key(name));
    }
  });

  it("rate-over-100 sets a rate's target above 100%", () => {
    for (const { base, mutation, wb } of sample("rate-over-100")) {
      expect(mutation.detail["value"]).toMatch(/^≥1(?:0[1-9]|[1-4]\d|50)%$/u);
      const after = projectAt(wb, base, mutation.tables[0]!);
      const hits = after.indicators.filter((i) => i.value?.value === mutation.detail["value"]);
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.some((i) => /(?:率|比例|占比|满意度)$/u.test(i.level3?.value.replace(/\s/gu, "") ?? ""))).toBe(true);
    }
  });

  it("decreasing-plan puts a later plan point below an earlier one", () => {
    for (const { base, mutation, wb } of sample("decreasing-plan")) {
      const points = projectAt(wb, base, mutation.tables[0]!).plan!.points;
      const changed = points.findIndex((p) => p.cell === mutation.cells[0]!.cell);
      expect(changed).toBeGreaterThan(0);
      expect(points[changed]!.amount!.value).toBeLessThan(Number(mutation.detail["earlier"]));
      expect(points.slice(0, changed).some((p) => p.amount?.value === mutation.detail["earlier"])).toBe(true);
    }
  });

  it("weights-off makes the weights total leave {90, 100}", () => {
    for (const { base, mutation, wb } of sample("weights-off")) {
      const total = projectAt(wb, base, mutation.tables[0]!).indicators.reduce((s, i) => s + (i.weight?.value ?? 0), 0);
      expect(total).toBeCloseTo(Number(mutation.detail["total"]), 6);
      expect([90, 100]).not.toContain(total);
    }
  });
});

describe("neutral changes", () => {
  it("rename-project changes only the name cells: 项目名称, its title, its 项目支出表 row", () => {
    const trials = sample("rename-project");
    expect(trials.length).toBeGreaterThan(0);
    for (const { base, mutation, wb } of trials) {
      const before = base.parsed.tables.find((t): t is ProjectTable => t.id === mutation.tables[0])!;
      const allowed = new Set([`${before.sheet}!${before.name.cell}`, ...(before.title ? [`${before.sheet}!${before.title.cell}`] : [])]);
      const diff = diffCells(base.grids, wb);
      expect(sorted(diff)).toEqual(sorted(mutation.cells.map(formatCell)));
      expect(diff).toContain(`${before.sheet}!${before.name.cell}`);
      const to = String(mutation.detail["to"]);
      for (const cell of diff) {
        const [sheet, address] = cell.split("!") as [string, string];
        expect(String(textAt(wb, sheet, address))).toContain(to);
        // Outside the table only a project-list row may change, in another table of the workbook.
        if (!allowed.has(cell)) expect(base.parsed.tables.some((t) => t.kind === "budget-summary" && t.summaryKind === "project-list" && t.sheet === sheet)).toBe(true);
      }
      expect(projectAt(wb, base, before.id).name.value).toBe(to);
    }
    const dongli = trials.filter((t) => t.base.name.startsWith("seed001"));
    expect(dongli.some((t) => t.mutation.cells.some((c) => c.sheet === "表10"))).toBe(true);
  });

  it("reorder-indicators swaps two rows (or items) of one 二级 group and keeps merged cells", () => {
    const trials = sample("reorder-indicators");
    expect(trials.length).toBeGreaterThan(0);
    for (const { base, mutation, wb } of trials) {
      const diff = diffCells(base.grids, wb);
      expect(sorted(diff)).toEqual(sorted(mutation.cells.map(formatCell)));
      const grid = wb.sheets.find((g) => g.sheet === mutation.cells[0]!.sheet)!;
      expect(grid.merges).toEqual(base.grids.sheets.find((g) => g.sheet === grid.sheet)!.merges);
      const before = base.parsed.tables.find((t): t is ProjectTable => t.id === mutation.tables[0])!;
      const after = projectAt(wb, base, before.id);
      const key = (t: ProjectTable): string[] => sorted(t.indicators.map((i) => `${i.level1?.value}|${i.level2?.value}|${i.level3?.value}|${i.value?.value}`));
      expect(key(after)).toEqual(key(before));
      if (before.encodedCell) continue;
      const { first, second } = mutation.detail as { first: number; second: number };
      const at = (t: ProjectTable, row: number): string | undefined => t.indicators.find((i) => i.row === row)?.level3?.value;
      expect(at(after, first)).toBe(at(before, second));
      expect(at(after, second)).toBe(at(before, first));
      expect(before.indicators.find((i) => i.row === first)!.level2!.value).toBe(before.indicators.find((i) => i.row === second)!.level2!.value);
    }
  });

  it("move-block inserts blank rows and shifts the rest of the sheet and its merges", () => {
    const trials = sample("move-block");
    expect(trials.length).toBeGreaterThan(0);
    for (const { base, mutation, wb } of trials) {
      const { sheet, at, count } = mutation.inserted!;
      const before = base.grids.sheets.find((g) => g.sheet === sheet)!;
      const after = wb.sheets.find((g) => g.sheet === sheet)!;
      expect(after.cells).toHaveLength(before.cells.length + count);
      for (let r = 0; r < at; r++) expect(after.cells[r]).toEqual(before.cells[r]);
      for (let r = at; r < at + count; r++) expect(after.cells[r]).toEqual([]);
      for (let r = at; r < before.cells.length; r++) expect(after.cells[r + count]).toEqual(before.cells[r]);
      expect(after.merges).toEqual(before.merges.map((m) => (m.top >= at ? { ...m, top: m.top + count, bottom: m.bottom + count } : m)));
      for (const other of wb.sheets) if (other.sheet !== sheet) expect(other).toEqual(base.grids.sheets.find((g) => g.sheet === other.sheet));
    }
  });

  it("insertRows grows a merge that spans the insertion row", () => {
    const wb = cloneWorkbook({ sheets: [{ sheet: "s", cells: [["a"], ["b"], ["c"]], merges: [{ top: 0, left: 0, bottom: 2, right: 0 }] }] });
    insertRows(wb.sheets[0]!, 1, 2);
    expect(wb.sheets[0]!.merges).toEqual([{ top: 0, left: 0, bottom: 4, right: 0 }]);
    expect(wb.sheets[0]!.cells).toEqual([["a"], [], [], ["b"], ["c"]]);
  });
});

describe("runner", () => {
  it("counts new diagnostics as a multiset difference", () => {
    const d = (cell: string): Diagnostic => ({ rule: "r", messageId: "m", severity: "error", sheet: "s", cell, related: [], table: "t", data: {} });
    const key = (x: Diagnostic): string => x.cell;
    expect(freshDiagnostics(["A1"], [d("A1"), d("A1"), d("B2")], key).map(key)).toEqual(["A1", "B2"]);
    expect(freshDiagnostics(["A1", "A1"], [d("A1")], key)).toEqual([]);
  });

  it("is deterministic for a seed and renders every kind", () => {
    const options = { seed: SEED, injectionTrials: 2, neutralTrials: 2 };
    const summary = (rs: ReturnType<typeof runBenchmark>): string[] => rs.flatMap((r) => r.trials.map((t) => `${r.example} ${t.mutation.description} ${t.ok}`));
    const a = runBenchmark(bases, options);
    expect(summary(runBenchmark(bases, options))).toEqual(summary(a));
    expect(summary(runBenchmark(bases, { ...options, seed: SEED + 1 }))).not.toEqual(summary(a));
    const markdown = renderMarkdown(a, bases.map((b) => b.name), { ...options, seconds: 1, command: "test" }, "\nkept notes\n");
    for (const kind of KINDS) expect(markdown).toContain(`| ${kind.id} |`);
    expect(markdown).toMatch(/Injections caught: \d+ \/ \d+/u);
    expect(markdown.trimEnd().endsWith("kept notes")).toBe(true);
  });
});
