/**
 * `jixiao fill` (add the rows each project is missing and apply the safe fixes) and `jixiao new`
 * (write a new project from a template). Both write a copy; the input file is never changed.
 */
import type ExcelJS from "exceljs";
import { checkWorkbook, type Report } from "../core/check/check";
import type { WorkbookGrids } from "../core/grid/grid";
import { concatPlans, findTemplate, guessTemplate, planFill, planNewProject, TEMPLATES, workbookYear, type CellWrite, type FillPlan, type NewProjectError, type NewProjectPlan, type NewProjectSpec, type ProjectTemplate, type SkippedCategory } from "../core/fill";
import { type ApplyResult } from "../core/edit";
import { renderMessage, renderSuggestion, type Locale } from "../core/messages/render";
import type { MoneyUnit, ProjectLayout, ProjectTable } from "../core/model/model";
import { isMoneyUnit } from "../core/value/units";
import { MONEY_UNITS } from "../core/vocabulary/units";
import { isProjectLayout, PROJECT_LAYOUT_IDS, projectLayout } from "../core/layouts";
import type { CheckConfig, Diagnostic } from "../core/types";
import { readWorkbookFile } from "../host/xlsx";
import { ApplyPlanError, applyPlanToWorkbook, newWorkbook, saveWorkbook, writePatchedCopy } from "../host/xlsx/apply-plan";
import { outputRefusal } from "../host/xlsx/output-file";
import { MAX_WRITER_SHEET_BYTES } from "../host/xlsx/preflight";
import { validSheetName, type ParsedArgs } from "./args";
import type { Output } from "./check-command";
import { escapeControls } from "./escape";
import { readErrorLine, refusalLine } from "./read-errors";

/** The options of `fill` and `new`, with a value and without (for parseArgs). */
export const FILL_VALUE_OPTIONS: readonly string[] = ["out", "template", "year"];
export const FILL_FLAG_OPTIONS: readonly string[] = ["level2", "period-values", "no-fixes", "force"];
export const NEW_VALUE_OPTIONS: readonly string[] = ["out", "template", "year", "layout", "name", "budget", "other", "unit", "agency", "into", "sheet"];
export const NEW_FLAG_OPTIONS: readonly string[] = ["update-totals", "force"];

export const FILL_USAGE = `  jixiao fill <file.xlsx> --out <out.xlsx> [--profile auto|2021|legacy] [--template <模板>]
                [--level2] [--period-values] [--no-fixes] [--year <年度>] [--force] [--format text|json]
  jixiao new --layout block|list|flat --name <项目名称> --budget <预算数> --out <out.xlsx>
                [--unit 万元|元] [--other <其他资金>] [--agency <预算单位>] [--template <模板>]
                [--into <existing.xlsx> [--sheet <工作表>]] [--update-totals] [--year <年度>] [--force]
                [--profile auto|2021|legacy] [--format text|json]

  fill        补全各项目缺少的一级指标（模板行）并应用安全修复，另存为 --out
              add each project's missing indicator rows and apply the safe fixes into a copy
  new         按模板写入一个新项目（新工作簿，或 --into 已有工作簿的副本）
              write a new project from a template (new workbook, or a copy of --into)
  --template  ${TEMPLATES.map((t) => t.name).join("、")}（默认按项目名称推断 / guessed from the name）
  --level2    同时补全缺少的二级指标（数量、质量、时效…）/ also add missing level-2 categories
  --period-values  年度指标值与实施周期指标值互补空白 / fill a blank annual or period target from the other
  --no-fixes  不应用安全修复 / do not apply the safe fixes
  --update-totals  列表版式中把新项目金额计入合计行 / add the new row's amounts to the list's totals`;

export interface FillCommandOptions {
  readonly file: string;
  readonly out: string;
  readonly format: "text" | "json";
  readonly config: Partial<CheckConfig>;
  readonly template: ProjectTemplate | null;
  readonly level2: boolean;
  readonly periodValues: boolean;
  readonly fixes: boolean;
  readonly year: number | null;
  /** Write over an existing --out that this tool did not write (or that was changed since). */
  readonly force: boolean;
  readonly locale: Locale;
}

export interface NewCommandOptions {
  readonly layout: ProjectLayout;
  readonly name: string;
  readonly budget: number;
  readonly other: number;
  readonly unit: MoneyUnit | null;
  readonly agency: string | null;
  readonly template: ProjectTemplate | null;
  readonly out: string;
  readonly into: string | null;
  readonly sheet: string | null;
  readonly year: number | null;
  readonly updateTotals: boolean;
  readonly force: boolean;
  readonly format: "text" | "json";
  readonly config: Partial<CheckConfig>;
  readonly locale: Locale;
}

/** `fill`'s options from parsed arguments, or the usage error to show. */
export function parseFillOptions(args: ParsedArgs, config: Partial<CheckConfig>, locale: Locale): FillCommandOptions | string {
  const o = args.options;
  if (args.positional.length !== 1) return "fill 需要一个 .xlsx 文件 / fill needs one .xlsx file";
  const written = writtenCopyOptions("fill", o);
  if (typeof written === "string") return written;
  const { out, format, template, year } = written;
  return {
    file: args.positional[0]!,
    out,
    format,
    config,
    template,
    level2: o.level2 === true,
    periodValues: o["period-values"] === true,
    fixes: o["no-fixes"] !== true,
    year,
    force: o.force === true,
    locale,
  };
}

/** `new`'s options from parsed arguments, or the usage error to show. */
export function parseNewOptions(args: ParsedArgs, config: Partial<CheckConfig>, locale: Locale): NewCommandOptions | string {
  const o = args.options;
  if (args.positional.length > 0) return `new 不接受文件参数（用 --into） / new takes no file argument (use --into): ${args.positional[0]}`;
  const layout = o.layout;
  if (!isProjectLayout(layout)) return `new 需要 --layout ${PROJECT_LAYOUT_IDS.join("|")} / new needs --layout ${PROJECT_LAYOUT_IDS.join("|")}`;
  const name = stringOption(o.name)?.trim() ?? "";
  if (name === "") return "new 需要 --name <项目名称> / new needs --name";
  const budget = amountOption(o.budget);
  if (budget === null) return "new 需要 --budget <预算数>（非负数） / new needs --budget (a non-negative number)";
  const other = o.other === undefined ? 0 : amountOption(o.other);
  if (other === null || other > budget) return "--other 应为不超过预算数的非负数 / --other must be a non-negative number not above the budget";
  const rawUnit = o.unit === undefined ? null : String(o.unit);
  if (rawUnit !== null && !isMoneyUnit(rawUnit)) return `--unit ${rawUnit}（${MONEY_UNITS.join("、")}）`;
  const unit: MoneyUnit | null = rawUnit;
  const written = writtenCopyOptions("new", o);
  if (typeof written === "string") return written;
  const { out, format, template, year } = written;
  const into = stringOption(o.into);
  const sheet = stringOption(o.sheet);
  if (sheet !== null && !validSheetName(sheet)) return `--sheet ${sheet}：工作表名称无效 / not a valid sheet name`;
  return { layout, name, budget, other, unit, agency: stringOption(o.agency), template, out, into, sheet, year, updateTotals: o["update-totals"] === true, force: o.force === true, format, config, locale };
}

/** The options `fill` and `new` share: the workbook they write, the report's format, the indicator template and the year. */
function writtenCopyOptions(
  command: "fill" | "new",
  o: ParsedArgs["options"],
): { out: string; format: "text" | "json"; template: ProjectTemplate | null; year: number | null } | string {
  const out = stringOption(o.out);
  if (out === null) return `${command} 需要 --out <out.xlsx> / ${command} needs --out <out.xlsx>`;
  const format = o.format ?? "text";
  if (format !== "text" && format !== "json") return `--format ${String(format)}`;
  const template = templateOption(o.template);
  if (typeof template === "string") return template;
  const year = yearOption(o.year);
  if (typeof year === "string") return year;
  return { out, format, template, year };
}

function stringOption(value: string | true | undefined): string | null {
  return typeof value === "string" ? value : null;
}

function amountOption(value: string | true | undefined): number | null {
  if (typeof value !== "string") return null;
  const n = Number(value.replace(/[,，\s]/gu, ""));
  return Number.isFinite(n) && n >= 0 ? n : null;
}

function templateOption(value: string | true | undefined): ProjectTemplate | null | string {
  if (value === undefined) return null;
  const found = typeof value === "string" ? findTemplate(value) : null;
  return found ?? `--template ${String(value)}：可选 / one of ${TEMPLATES.map((t) => `${t.name}（${t.id}）`).join("、")}`;
}

function yearOption(value: string | true | undefined): number | null | string {
  if (value === undefined) return null;
  const n = typeof value === "string" && /^\d{4}$/u.test(value) ? Number(value) : NaN;
  return Number.isFinite(n) && n >= 1990 && n <= 2100 ? n : `--year ${String(value)}`;
}

function says(locale: Locale, zh: string, en: string): string {
  return locale === "en" ? en : zh;
}

/** `jixiao fill`: exit 0 when the copy has no error left, 1 when errors remain, 2 when nothing could be written. */
export async function runFill(options: FillCommandOptions, out: Output): Promise<number> {
  const { locale } = options;
  // Never an input or a device; an existing file only if this tool wrote it and it is unchanged since, or with --force.
  const refusal = await outputRefusal(options.out, [options.file], options.force);
  if (refusal !== null) {
    out.stderr(refusalLine(options.out, refusal));
    return 2;
  }
  // Grids only: the plan is patched into the file's package; exceljs loads it only if that cannot be done.
  const read = await readWorkbookFile(options.file, { engine: "fast", maxSheetBytes: MAX_WRITER_SHEET_BYTES });
  if (!read.ok) {
    out.stderr(readErrorLine(options.file, read.error));
    return 2;
  }
  const exceljsWorkbook = async (): Promise<ExcelJS.Workbook> => {
    if (read.engine === "exceljs") return read.workbook;
    const again = await readWorkbookFile(options.file);
    if (!again.ok) throw new ApplyPlanError(again.error.code, `cannot open ${options.file}: ${again.error.code}`);
    return again.workbook;
  };
  const year = options.year ?? workbookYear(read.grids) ?? new Date().getFullYear();
  const fill = planFill(read.grids, {
    config: options.config,
    ...(options.template ? { template: options.template } : {}),
    level2: options.level2,
    fixes: options.fixes,
    periodValues: options.periodValues,
    year,
  });
  const applied = await applyAndSave(exceljsWorkbook, fill.plan, options.out, out, options.file);
  if (!applied) return 2;
  const after = checkWorkbook(applied.grids, options.config).report;
  if (options.format === "json") {
    out.stdout(
      JSON.stringify(
        {
          file: options.file,
          out: options.out,
          rebuilt: applied.rebuilt,
          year,
          edits: applied.applied.writes.map(editJson),
          insertions: applied.applied.insertions,
          merges: applied.applied.merges,
          refused: applied.refused.map((r) => ({ reason: r.reason, sheet: r.sheet, cell: r.cell, current: r.current ?? null, ...(r.write ? { edit: editJson(r.write) } : {}) })),
          added: fill.added,
          needsInput: fill.needsInput,
          skipped: fill.skipped,
          suggestions: fill.suggestions.map((s) => ({
            rule: s.diagnostic.rule,
            sheet: s.diagnostic.sheet,
            cell: s.diagnostic.cell,
            table: s.diagnostic.table,
            problem: renderMessage(s.diagnostic, locale),
            message: renderSuggestion(s.diagnostic.rule, s.suggestion, locale),
            edits: s.suggestion.edits,
          })),
          remaining: remainingJson(after, locale),
        },
        null,
        2,
      ),
    );
  } else out.stdout(escapeControls(fillText(options, fill.added.length, applied, fill.needsInput.length, fill.skipped, fill.suggestions.length, after), true));
  return after.stats.errors > 0 ? 1 : 0;
}

function editJson(w: CellWrite): Record<string, unknown> {
  return { kind: w.kind, source: w.source, sheet: w.sheet, cell: w.cell, from: w.from, to: w.to };
}

function remainingJson(report: Report, locale: Locale): unknown {
  return {
    errors: report.stats.errors,
    warnings: report.stats.warnings,
    infos: report.stats.infos,
    diagnostics: report.diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, sheet: d.sheet, cell: d.cell, table: d.table, message: renderMessage(d, locale) })),
  };
}

function skippedLine(s: SkippedCategory, locale: FillCommandOptions["locale"]): string {
  return s.reason === "beside-another-table"
    ? says(
        locale,
        `  ${s.table}：${s.category}未添加——同一行旁边还有别的表，插入整行会把它拆开，请手工添加`, `  ${s.table}: ${s.category} not added, another table sits beside it on the same rows and a whole inserted row would cut it; add it by hand`)
    : says(locale, `  ${s.table}：${s.category}未添加——成本已按另一框架填报，请调整其一级/二级`, `  ${s.table}: ${s.category} not added, costs are filed the other framework's way; move them`);
}

function fillText(
  options: FillCommandOptions,
  projects: number,
  applied: Saved,
  needsInput: number,
  skipped: readonly SkippedCategory[],
  suggestions: number,
  after: Report,
): string {
  const { locale } = options;
  const writes = applied.applied.writes;
  const rows = applied.applied.insertions.reduce((n, i) => n + i.count, 0);
  const fixes = writes.filter((w) => w.kind === "fix").length;
  const lines = [
    says(locale, `已写入 ${options.out}`, `Wrote ${options.out}`),
    says(
      locale,
      `  补全 ${projects} 个项目（插入 ${rows} 行），修复 ${fixes} 处，共写入 ${writes.length} 个单元格`,
      `  completed ${projects} project(s) (${rows} row(s) inserted), ${fixes} fix(es), ${writes.length} cell(s) written`,
    ),
  ];
  for (const w of writes) {
    // An append keeps the cell's text: show only what was added.
    const change = w.kind === "append" && typeof w.from === "string" && typeof w.to === "string" ? `+ ${show(w.to.slice(w.from.length), locale)}` : `${show(w.from, locale)} → ${show(w.to, locale)}`;
    lines.push(`  ${w.sheet}!${w.cell}  ${change}  (${w.source})`);
  }
  if (applied.rebuilt !== null) lines.push(rebuiltLine(applied.rebuilt, locale));
  for (const r of applied.refused) lines.push(says(locale, `  未写入 ${r.sheet}!${r.cell}：${r.reason}`, `  not written ${r.sheet}!${r.cell}: ${r.reason}`));
  if (needsInput > 0) lines.push(says(locale, `  ${needsInput} 个指标值需要填写预算数后补充`, `  ${needsInput} target(s) need the budget to be filled in`));
  for (const s of skipped) lines.push(skippedLine(s, locale));
  if (suggestions > 0) lines.push(says(locale, `  另有 ${suggestions} 条建议需人工确认（jixiao check 查看）`, `  ${suggestions} suggestion(s) need a person (see jixiao check)`));
  lines.push(says(locale, `  填充后：${after.stats.errors} 个错误，${after.stats.warnings} 个警告`, `  after the fill: ${after.stats.errors} error(s), ${after.stats.warnings} warning(s)`));
  return lines.join("\n");
}

/** Said whenever the copy is not the input's package patched: what it may have lost, and why. */
function rebuiltLine(why: string, locale: Locale): string {
  return says(
    locale,
    `  注意：无法在原工作簿上直接修改（${why}），副本由程序重新生成，图表、数据透视表、宏等可能丢失`,
    `  note: the workbook could not be patched in place (${why}); the copy was rebuilt and may lack charts, pivot tables or macros`,
  );
}

function show(v: unknown, locale: Locale): string {
  if (v === null || v === undefined) return says(locale, "（空）", "(blank)");
  const s = String(v).replace(/\s+/gu, " ");
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** The plan as applied; `rebuilt` says why the copy had to be rebuilt by exceljs instead of patched (null when patched or new). */
type Saved = ApplyResult & { readonly rebuilt: string | null };

/** Applies the plan to the loaded workbook and writes it; prints why and returns null when nothing was written. */
async function applyAndSave(
  loaded: ExcelJS.Workbook | (() => Promise<ExcelJS.Workbook>),
  plan: FillPlan,
  output: string,
  out: Output,
  input?: string,
): Promise<Saved | null> {
  try {
    // The plan is patched into the input's own package; exceljs only where that is impossible (rows through a pivot table or an array formula).
    const outcome = input !== undefined ? await writePatchedCopy(input, output, plan) : null;
    const patched = outcome !== null && "patched" in outcome ? outcome.patched : null;
    const workbook = patched ? null : typeof loaded === "function" ? await loaded() : loaded;
    const result = patched ? patched.result : applyPlanToWorkbook(workbook!, plan);
    if (!result.ok) {
      const why = result.refused.map((r) => `${r.sheet}!${r.cell} ${r.reason}`).join("; ");
      out.stderr(`jixiao: 填充计划被拒绝，未写入 / the fill plan was refused; nothing written: ${why}`);
      return null;
    }
    if (workbook) await saveWorkbook(workbook, output);
    return { ...result, rebuilt: outcome !== null && "unpatchable" in outcome ? outcome.unpatchable : null };
  } catch (err) {
    if (err instanceof ApplyPlanError) {
      out.stderr(applyErrorLine(output, err));
      return null;
    }
    throw err;
  }
}

/** One line, both languages, no temporary path: the error's code and the system's reason, not its message. */
function applyErrorLine(output: string, err: ApplyPlanError): string {
  const cause = /\b(E[A-Z]+):/u.exec(err.message)?.[1];
  switch (err.code) {
    case "write-failed":
      return `jixiao: ${output}: 无法写入输出文件 / cannot write the output file${cause ? ` (${cause})` : ""}`;
    case "verify-failed":
      return `jixiao: ${output}: 写出的工作簿与填充计划不符 / the written workbook differs from the fill plan`;
    case "same-file":
      return refusalLine(output, "input");
    default:
      return `jixiao: ${output}: 无法写入输出文件 / cannot write the output file (${err.code})`;
  }
}

const NEW_ERRORS: Record<NewProjectError["code"], (e: NewProjectError, locale: Locale) => string> = {
  "layout-mismatch": (e, l) => says(l, `该工作表的项目为${layoutName(e, l)}版式，与 --layout 不符`, `the sheet's projects use the ${layoutName(e, l)} layout, not --layout`),
  "bad-position": (_e, l) => says(l, "插入位置在已有表格内部", "the position is inside a table"),
  "unit-mismatch": (e, l) => says(l, `该工作表金额单位为${"sheetUnit" in e ? e.sheetUnit : ""}，与 --unit 不符`, `the sheet's amounts are in ${"sheetUnit" in e ? e.sheetUnit : ""}, not --unit`),
  "bad-budget": (_e, l) => says(l, "预算数或其他资金无效", "invalid budget or other funds"),
  "text-indicators": (_e, l) => says(l, "该工作表的指标写成文字，无法按其格式新增项目；请在其他工作表中新增", "the sheet's indicators are written as text: add the project on another sheet"),
};

function layoutName(e: NewProjectError, locale: Locale): string {
  const layout = "sheetLayout" in e ? e.sheetLayout : "block";
  return locale === "en" ? layout : projectLayout(layout).name.zh;
}

/** `jixiao new`: exit 0 when the project was written and parses back, 2 otherwise. */
export async function runNew(options: NewCommandOptions, out: Output): Promise<number> {
  const refusal = await outputRefusal(options.out, options.into !== null ? [options.into] : [], options.force);
  if (refusal !== null) {
    out.stderr(refusalLine(options.out, refusal));
    return 2;
  }
  const into = await readInto(options, out);
  if (!into) return 2;
  const { grids } = into;
  const parsed = checkWorkbook(grids, options.config).parsed;
  const sheet = options.sheet ?? defaultSheet(parsed.tables.filter((t): t is ProjectTable => t.kind === "project"), options.layout, grids);
  const template = options.template ?? guessTemplate(options.name);
  const planned = planNewProject(grids, parsed, { sheet, layout: options.layout }, newProjectSpec(options, grids, template));
  if (!planned.ok) {
    out.stderr(`jixiao: ${sheet}: ${NEW_ERRORS[planned.error.code](planned.error, "zh-CN")} / ${NEW_ERRORS[planned.error.code](planned.error, "en")}`);
    return 2;
  }
  const value = planned.value;
  const totals = options.updateTotals ? value.totals : [];
  const plan = concatPlans(value.plan, { newSheets: [], insertions: [], styles: [], looks: [], merges: [], writes: totals });
  const applied = await applyAndSave(into.workbook, plan, options.out, out, options.into ?? undefined);
  if (!applied) return 2;
  const back = checkWorkbook(applied.grids, options.config);
  const project = back.parsed.tables.find((t): t is ProjectTable => t.kind === "project" && t.sheet === sheet && t.name.value === options.name);
  const written: NewWritten = { sheet, template, value, applied, project: project ?? null, diagnostics: back.report.diagnostics.filter((d) => d.table === project?.id) };
  out.stdout(options.format === "json" ? JSON.stringify(newJson(options, written), null, 2) : escapeControls(newText(options, written), true));
  return project ? 0 : 2;
}

/** The workbook a new project goes into: --into's grids (exceljs loaded only if the package cannot be patched), or nothing. */
async function readInto(options: NewCommandOptions, out: Output): Promise<{ grids: WorkbookGrids; workbook: ExcelJS.Workbook | (() => Promise<ExcelJS.Workbook>) } | null> {
  const into = options.into;
  if (into === null) return { grids: { sheets: [] }, workbook: newWorkbook() };
  const read = await readWorkbookFile(into, { engine: "fast", maxSheetBytes: MAX_WRITER_SHEET_BYTES });
  if (!read.ok) {
    out.stderr(readErrorLine(into, read.error));
    return null;
  }
  const workbook = async (): Promise<ExcelJS.Workbook> => {
    if (read.engine === "exceljs") return read.workbook;
    const again = await readWorkbookFile(into);
    if (!again.ok) throw new ApplyPlanError(again.error.code, `cannot open ${into}: ${again.error.code}`);
    return again.workbook;
  };
  return { grids: read.grids, workbook };
}

function newProjectSpec(options: NewCommandOptions, grids: WorkbookGrids, template: ProjectTemplate): NewProjectSpec {
  const profile = options.config.profile;
  return {
    name: options.name,
    budget: options.budget,
    other: options.other,
    ...(options.unit ? { unit: options.unit } : {}),
    ...(options.agency !== null ? { agency: options.agency } : {}),
    year: options.year ?? workbookYear(grids) ?? new Date().getFullYear(),
    template,
    ...(profile === "2021" || profile === "legacy" ? { framework: profile } : {}),
  };
}

/** What `new` wrote and read back. */
interface NewWritten {
  readonly sheet: string;
  readonly template: ProjectTemplate;
  readonly value: NewProjectPlan;
  readonly applied: Saved;
  readonly project: ProjectTable | null;
  readonly diagnostics: readonly Diagnostic[];
}

function newJson(options: NewCommandOptions, w: NewWritten): unknown {
  const { value, project } = w;
  return {
    out: options.out,
    ...(options.into !== null ? { into: options.into, rebuilt: w.applied.rebuilt } : {}),
    sheet: w.sheet,
    layout: options.layout,
    template: value.template,
    framework: value.framework,
    unit: value.unit,
    model: value.model,
    rows: { top: value.rows.top + 1, bottom: value.rows.bottom + 1 },
    indicators: value.indicators.map((i) => ({ level1: i.level1Text, level2: i.level2Text, level3: i.level3, value: i.value, basis: i.basis })),
    edits: w.applied.applied.writes.map(editJson),
    totals: value.totals.map((t) => ({ ...editJson(t), applied: options.updateTotals })),
    parsedBack: project ? { name: project.name.value, budget: project.budget?.total?.value ?? null, unit: project.unit, indicators: project.indicators.length } : null,
    diagnostics: w.diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, cell: d.cell, message: renderMessage(d, options.locale) })),
  };
}

function newText(options: NewCommandOptions, w: NewWritten): string {
  const { locale } = options;
  const { value, template, sheet } = w;
  const lines = [
    says(locale, `已写入 ${options.out}：工作表“${sheet}”第 ${value.rows.top + 1}–${value.rows.bottom + 1} 行`, `Wrote ${options.out}: sheet “${sheet}” rows ${value.rows.top + 1}–${value.rows.bottom + 1}`),
    says(
      locale,
      `  ${options.name}（${template.name}模板，${value.framework === "2021" ? "2021版" : "原通用"}框架，${value.indicators.length} 条指标，预算 ${options.budget} ${value.unit}）`,
      `  ${options.name} (template ${template.id}, ${value.framework} framework, ${value.indicators.length} indicators, budget ${options.budget} ${value.unit})`,
    ),
  ];
  if (w.applied.rebuilt !== null) lines.push(rebuiltLine(w.applied.rebuilt, locale));
  if (value.totals.length > 0 && !options.updateTotals) lines.push(says(locale, "  合计行未更新（需要时加 --update-totals）", "  totals not updated (add --update-totals to update them)"));
  for (const d of w.diagnostics) lines.push(`  ${d.sheet}!${d.cell} ${renderMessage(d, locale)}`);
  return lines.join("\n");
}

/** The sheet a new project goes into: the last one holding projects of the layout, else the first sheet, else a new one. */
function defaultSheet(projects: readonly ProjectTable[], layout: ProjectLayout, grids: WorkbookGrids): string {
  const same = projects.filter((p) => p.layout === layout);
  if (same.length > 0) return same[same.length - 1]!.sheet;
  if (grids.sheets.length === 0) return "绩效目标表";
  const used = new Set(projects.map((p) => p.sheet));
  const free = grids.sheets.find((s) => !used.has(s.sheet) && s.cells.length === 0);
  return free?.sheet ?? uniqueName(grids, "新增项目");
}

function uniqueName(grids: WorkbookGrids, base: string): string {
  const taken = new Set(grids.sheets.map((s) => s.sheet.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}${n}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
