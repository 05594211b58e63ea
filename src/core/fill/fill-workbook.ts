/**
 * `fill` in one plan: the rows each project is missing, the catalogue's safe fixes and, on request,
 * blank 年度 / 实施周期 targets, all planned on the workbook as checked.
 */
import type { WorkbookGrids } from "../grid/grid";
import { checkWorkbook, frameworkFor, resolveConfig, type Report } from "../check/check";
import type { ParsedWorkbook, ProjectTable, Table } from "../model/model";
import type { CheckConfig } from "../types";
import { fixWrites, suggestionOffers, type SuggestionOffer } from "./fixes";
import { planMissingRows, type AddedRows, type CompletionOptions, type CompletionResult, type NeedsInput, type SkippedCategory } from "./missing-rows";
import { planPeriodValues } from "./period-values";
import { concatPlans, shiftWrites, type FillPlan } from "./plan";
import { guessTemplate, type ProjectTemplate } from "./templates";
import { yearsNamed } from "../vocabulary/labels";

export interface FillOptions {
  readonly config?: Partial<CheckConfig>;
  /** One template for every project; by default each project's is guessed from its name. */
  readonly template?: ProjectTemplate;
  /** Also add the core 二级 categories a present 一级 lacks. */
  readonly level2?: boolean;
  /** Apply the safe fixes (default true). */
  readonly fixes?: boolean;
  /** Fill blank 年度指标值 from 实施周期指标值 and the reverse (default false). */
  readonly periodValues?: boolean;
  /** The year for templates ("{年度}年1月至12月"). */
  readonly year: number;
  /** Which projects to complete (default all). */
  readonly tables?: (table: ProjectTable) => boolean;
}

export interface FillResult {
  readonly plan: FillPlan;
  readonly parsed: ParsedWorkbook;
  /** The report on the workbook before the fill. */
  readonly report: Report;
  readonly added: readonly AddedRows[];
  readonly needsInput: readonly NeedsInput[];
  readonly skipped: readonly SkippedCategory[];
  /** Suggestions are never applied by a fill; they are offered one at a time. */
  readonly suggestions: readonly SuggestionOffer[];
}

export function planFill(grids: WorkbookGrids, options: FillOptions): FillResult {
  const config = resolveConfig(options.config);
  const { parsed, report } = checkWorkbook(grids, config);
  const frameworkOf = frameworkFor(config, parsed);
  const pick = options.tables ?? (() => true);
  const projects = parsed.tables.filter((t): t is ProjectTable => t.kind === "project" && pick(t));
  const rows = planRowsBesideOthers(grids, projects, parsed.tables, (table) => ({
    framework: frameworkOf(table),
    template: options.template ?? guessTemplate(table.name.value),
    level2: options.level2 ?? false,
    year: options.year,
  }));
  const ids = new Set(projects.map((p) => p.id));
  const diagnostics = report.diagnostics.filter((d) => ids.has(d.table) || options.tables === undefined);
  const fixes = options.fixes === false ? [] : fixWrites(diagnostics);
  const period = options.periodValues ? planPeriodValues(grids, projects).writes : [];
  const shifted = shiftWrites([...fixes, ...period], rows.plan.insertions);
  const plan = concatPlans(rows.plan, { newSheets: [], insertions: [], styles: [], looks: [], merges: [], writes: shifted });
  return { plan, parsed, report, added: rows.added, needsInput: rows.needsInput, skipped: rows.skipped, suggestions: suggestionOffers(diagnostics) };
}

/** True when another table sits on some of the same rows of the sheet (tables printed side by side). */
function sharesRows(table: ProjectTable, all: readonly Table[]): boolean {
  const r = table.range;
  return all.some((o) => o !== table && o.sheet === table.sheet && o.range.top <= r.bottom && o.range.bottom >= r.top && (o.range.right < r.left || o.range.left > r.right));
}

/**
 * The rows each project is missing; a project beside another table gets none inserted, since a whole
 * row inserted into it would cut through its neighbour: its categories are reported as not added.
 */
function planRowsBesideOthers(grids: WorkbookGrids, projects: readonly ProjectTable[], all: readonly Table[], optionsOf: (table: ProjectTable) => CompletionOptions): CompletionResult {
  const free = projects.filter((p) => !sharesRows(p, all));
  const rows = planMissingRows(grids, free, optionsOf);
  const blocked = planMissingRows(grids, projects.filter((p) => !free.includes(p)), optionsOf);
  if (blocked.added.length === 0) return rows;
  const skipped: SkippedCategory[] = blocked.added.flatMap((a) => a.categories.map((category) => ({ table: a.table, sheet: a.sheet, category, reason: "beside-another-table" as const })));
  return { ...rows, skipped: [...rows.skipped, ...skipped] };
}

/** The year a workbook is about: the one its cells name most often ("2024年", "（2023年）"). */
export function workbookYear(grids: WorkbookGrids): number | null {
  const counts = new Map<number, number>();
  for (const sheet of grids.sheets) {
    for (const row of sheet.cells) {
      for (const v of row) {
        if (typeof v !== "string") continue;
        for (const year of yearsNamed(v)) counts.set(year, (counts.get(year) ?? 0) + 1);
      }
    }
  }
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best) && year > best)) best = year;
  return best;
}
