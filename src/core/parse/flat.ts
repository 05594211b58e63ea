import { a1 } from "../grid/address";
import type { Amount, MoneyUnit, ProjectTable, Sourced } from "../model/model";
import { parseAmount } from "../value/parse-amount";
import { headLabelOf } from "./labels";
import { modelColumns, readIndicatorRows, type IndicatorHeader } from "./indicators";
import type { Sheet } from "./sheet";

/**
 * One row per indicator, with the project's columns (项目名称, 预算数, 单位 …) merged down
 * over its rows: each run of rows under one project name becomes a project table.
 */
export function readFlatProjects(
  sheet: Sheet,
  header: IndicatorHeader,
  nameCol: number,
  unit: MoneyUnit,
  department: Sourced<string> | null,
  lastAllowedRow: number,
): { projects: ProjectTable[]; lastRow: number } {
  const projectCols = new Map<string, number>();
  for (const c of sheet.filledColumns(header.row)) {
    const label = headLabelOf(sheet.key(header.row, c));
    if (label && !projectCols.has(label)) projectCols.set(label, c);
  }
  const runs: { start: number; end: number; name: Sourced<string> }[] = [];
  let r = header.lastRow + 1;
  for (; r <= lastAllowedRow && r < sheet.height; r++) {
    if (sheet.rowBlank(r)) {
      const m = sheet.mergeAt(r, nameCol);
      if (m && m.bottom > r) continue;
      break;
    }
    const anchor = sheet.anchor(r, nameCol);
    const name = sheet.sourced(anchor.row, anchor.col);
    const last = runs[runs.length - 1];
    if (name && (!last || last.name.cell !== name.cell) && (anchor.row === r || !last)) runs.push({ start: r, end: r, name });
    else if (last) last.end = r;
  }
  const projects: ProjectTable[] = [];
  let lastRow = header.lastRow;
  for (const run of runs) {
    const { indicators } = readIndicatorRows(sheet, header, () => false, { from: run.start, to: run.end });
    const at = (label: string): Sourced<string> | null => {
      const c = projectCols.get(label);
      return c === undefined ? null : sheet.sourced(run.start, c);
    };
    const amount = (label: string): Amount | null => {
      const c = projectCols.get(label);
      if (c === undefined) return null;
      const raw = sheet.value(run.start, c);
      const parsed = parseAmount(raw, unit);
      return parsed ? { value: parsed.value, unit, cell: a1(run.start, c), decimals: parsed.decimals, ...(typeof raw === "string" ? { text: raw } : {}) } : null;
    };
    const labelCell = (label: string): string | undefined => {
      const c = projectCols.get(label);
      return c === undefined ? undefined : a1(header.row, c);
    };
    const hasBudget = projectCols.has("total") || projectCols.has("fiscal") || projectCols.has("other");
    projects.push({
      kind: "project",
      layout: "flat",
      sheet: sheet.name,
      id: run.name.value,
      name: run.name,
      title: null,
      code: at("projectCode"),
      agency: at("agency") ?? department,
      projectType: null,
      unit,
      unitCell: null,
      budget: hasBudget
        ? {
            total: amount("total"),
            fiscal: amount("fiscal"),
            other: amount("other"),
            specialAccount: amount("specialAccount"),
            labelCells: {
              ...(labelCell("total") ? { total: labelCell("total")! } : {}),
              ...(labelCell("fiscal") ? { fiscal: labelCell("fiscal")! } : {}),
              ...(labelCell("other") ? { other: labelCell("other")! } : {}),
            },
          }
        : null,
      plan: null,
      goal: at("goal"),
      use: null,
      indicators,
      indicatorHeaderRow: header.row,
      columns: modelColumns(header.columns),
      range: { top: run.start, left: 0, bottom: run.end, right: Math.max(0, sheet.width - 1) },
    });
    lastRow = run.end;
  }
  return { projects, lastRow };
}
