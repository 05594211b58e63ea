/**
 * The benchmark generator (bench/generate.ts) must be deterministic, and the core must read back
 * exactly what it generated: every project with its name and budget, and every injected error
 * at its cell. The xlsx it writes must hold the same grids, merges included.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkWorkbook } from "../../src/core/check/check";
import type { ProjectTable } from "../../src/core/model/model";
import { readWorkbookFile } from "../../src/host/xlsx";
import { DEFAULT_SEED, LAYOUTS, generateGrids, writeWorkbook, type GeneratedGrids } from "../../bench/generate";

/** A seed whose 30 projects include injected errors in a list sheet (so consequential totals too). */
const SEED = 4;

function errorKeys(grids: GeneratedGrids): { found: string[]; expected: string[] } {
  const { report } = checkWorkbook(grids);
  const found = report.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.rule} ${d.sheet}!${d.cell}`);
  const expected = grids.info.expected.map((e) => `${e.rule} ${e.sheet}!${e.cell}`);
  return { found: found.sort(), expected: expected.sort() };
}

describe("bench generator", () => {
  it("is deterministic for a given seed", () => {
    const a = generateGrids(30, SEED);
    const b = generateGrids(30, SEED);
    expect(b).toEqual(a);
    expect(generateGrids(30, SEED + 1).sheets).not.toEqual(a.sheets);
    expect(generateGrids(30)).toEqual(generateGrids(30, DEFAULT_SEED));
  });

  it("mixes every layout, even in a small workbook", () => {
    const { info } = generateGrids(30, SEED);
    expect(info.projects).toHaveLength(30);
    expect(new Set(info.sheets.map((s) => s.layout))).toEqual(new Set(LAYOUTS));
    expect(new Set(info.projects.map((p) => p.name)).size).toBe(30);
  });

  it("lets the core find exactly the generated projects, names and budgets", () => {
    const grids = generateGrids(30, SEED);
    const { parsed, report } = checkWorkbook(grids);
    expect(report.stats.projects).toBe(30);
    expect(report.stats.unrecognisedSheets).toEqual([]);
    const tables = parsed.tables.filter((t): t is ProjectTable => t.kind === "project");
    const infos = report.tables.filter((t) => t.kind === "project");
    expect(tables.map((t) => t.name.value)).toEqual(grids.info.projects.map((p) => p.name));
    grids.info.projects.forEach((p, i) => {
      const table = tables[i]!;
      const info = infos[i]!;
      expect({ sheet: table.sheet, layout: table.layout, name: table.name.cell, total: table.budget?.total?.cell, unit: table.unit }).toEqual({
        sheet: p.sheet,
        layout: p.layout === "list" || p.layout === "flat" ? p.layout : "block",
        name: p.nameCell,
        total: p.totalCell,
        unit: p.unit,
      });
      expect(info.budget).not.toBeNull();
      expect(info.budget!.total).toBeCloseTo(p.budget.total, 6);
      expect(info.budget!.fiscal).toBeCloseTo(p.budget.fiscal, 6);
      expect(info.budget!.other).toBeCloseTo(p.budget.other, 6);
      expect(info.indicators).toBe(p.indicators);
    });
  });

  it("finds the injected errors at the right cells, and nothing else", () => {
    const grids = generateGrids(30, SEED);
    expect(grids.info.injected.length).toBeGreaterThan(0);
    const { found, expected } = errorKeys(grids);
    expect(found).toEqual(expected);

    const { report } = checkWorkbook(grids);
    for (const injected of grids.info.injected) {
      const d = report.diagnostics.find((x) => x.rule === "funds-budget-sum" && x.sheet === injected.sheet && x.cell === injected.cell);
      expect(d?.data.total).toBeCloseTo(injected.written, 6);
      expect(d?.data.sum).toBeCloseTo(injected.sum, 6);
    }
  });

  it("reports consequential list totals when errors are frequent", () => {
    const grids = generateGrids(30, SEED, { errorRate: 0.4 });
    expect(grids.info.injected.length).toBeGreaterThanOrEqual(5);
    expect(grids.info.expected.some((e) => e.consequential)).toBe(true);
    const { found, expected } = errorKeys(grids);
    expect(found).toEqual(expected);
    const clean = generateGrids(30, SEED, { errorRate: 0 });
    expect(clean.info.injected).toEqual([]);
    expect(checkWorkbook(clean).report.stats.errors).toBe(0);
  });

  it("writes an xlsx holding the same grids and merges", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-bench-"));
    try {
      const file = path.join(dir, "bench-30.xlsx");
      const info = await writeWorkbook(30, file, SEED);
      const grids = generateGrids(30, SEED);
      expect(info).toEqual(grids.info);
      const read = await readWorkbookFile(file);
      if (!read.ok) throw new Error(`unreadable: ${read.error.code}`);
      expect(read.grids.sheets.map((s) => s.sheet)).toEqual(grids.sheets.map((s) => s.sheet));
      read.grids.sheets.forEach((sheet, i) => {
        expect(sheet.merges).toEqual(grids.sheets[i]!.merges);
        expect(sheet.cells).toEqual(grids.sheets[i]!.cells);
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
