/**
 * The mutation benchmark's injected-error workbooks (bench/mutate-kinds.ts), filled: afterwards no
 * project misses a category, no fix is left, and every cell keeps its value unless an accepted fix
 * or an append changed it (cells compared through the plan's row insertions).
 */
import { checkWorkbook } from "../../../src/core/check/check";
import { a1 } from "../../../src/core/grid/address";
import type { WorkbookGrids } from "../../../src/core/grid/grid";
import { planFill, rowAfter, type FillPlan } from "../../../src/core/fill";
import { applyEdits } from "../../../src/core/edit";
import { readWorkbookFile } from "../../../src/host/xlsx";
import { makeBaseline, rngFor } from "../../../bench/mutate";
import { INJECTION_KINDS, kindById } from "../../../bench/mutate-kinds";
import { cloneWorkbook } from "../../../bench/mutate-grid";

const TRIALS = 8;
const FILES = ["seed000-tianjin-blocks", "seed001-dongli-department", "seed002-qingdao-plan", "seed003-liwan-list", "seed004-korla-weighted"];

function changedCells(before: WorkbookGrids, after: WorkbookGrids, plan: FillPlan): string[] {
  const edits = new Map(plan.writes.map((w) => [`${w.sheet}!${w.cell}`, w]));
  const out: string[] = [];
  for (const sheet of before.sheets) {
    const now = after.sheets.find((s) => s.sheet === sheet.sheet)!;
    sheet.cells.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === "") return;
        const at = rowAfter(plan.insertions, sheet.sheet, r);
        const key = `${sheet.sheet}!${a1(at, c)}`;
        const v = now.cells[at]?.[c] ?? null;
        const edit = edits.get(key);
        const accepted = edit !== undefined && v === edit.to && (edit.kind === "fix" || (edit.kind === "append" && typeof v === "string" && v.startsWith(String(value))));
        if (v !== value && !accepted) out.push(`${key}: ${JSON.stringify(value)} → ${JSON.stringify(v)}`);
      }),
    );
  }
  return out;
}

describe.each(FILES)("fill on mutated %s", (file) => {
  let base: ReturnType<typeof makeBaseline>;
  beforeAll(async () => {
    const read = await readWorkbookFile(`examples/${file}.xlsx`);
    if (!read.ok) throw new Error(read.error.code);
    base = makeBaseline({ name: file, grids: read.grids });
  });

  it.each(INJECTION_KINDS.map((k) => [k]))("%s", (kindId) => {
    const kind = kindById(kindId);
    const sites = kind.sites(base);
    if (sites.length === 0) return;
    const rng = rngFor(20240101, file, kind.id);
    for (let i = 0; i < TRIALS; i++) {
      const wb = cloneWorkbook(base.grids);
      const mutation = sites[i % sites.length]!.apply(wb, rng);
      const fill = planFill(wb, { year: 2024 });
      const applied = applyEdits(wb, fill.plan);
      const context = `${file} ${mutation.description}`;
      expect({ context, ok: applied.ok, refused: applied.refused }).toEqual({ context, ok: true, refused: [] });
      const after = checkWorkbook(applied.grids).report;
      const left = after.diagnostics.filter((d) => d.rule === "missing-category" || d.fix !== undefined).map((d) => `${d.rule} ${d.sheet}!${d.cell}`);
      expect({ context, left }).toEqual({ context, left: [] });
      expect({ context, changed: changedCells(wb, applied.grids, fill.plan) }).toEqual({ context, changed: [] });
    }
  });
});
