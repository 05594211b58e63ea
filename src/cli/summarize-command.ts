import { createHash } from "node:crypto";
import { checkWorkbook } from "../core/check/check";
import type { WorkbookGrids } from "../core/grid/grid";
import type { Locale } from "../core/messages/render";
import type { CheckConfig } from "../core/types";
import { buildSummary, renderSummaryNote, type ConsolidatedSummary, type CategoryTotal, type SummaryInput } from "../core/summary";
import { readWorkbookBuffer, type GridsReadResult } from "../host/xlsx";
import { outputRefusal } from "../host/xlsx/output-file";
import { isOwnSummarySheet } from "../host/xlsx/package/signature";
import type { SheetRole } from "../core/summary";
import { MAX_WRITER_SHEET_BYTES, readInputFile } from "../host/xlsx/read-workbook";
import { ownedSummarySheets, ownedSummarySheetsFromNames, SummaryWriteError, writeSummaryWorkbook, type SummarySheetsWritten } from "../host/xlsx/write-summary";
import type { Output } from "./check-command";
import { escapeControls } from "./escape";
import { readErrorLine, readErrorMessage, refusalLine } from "./read-errors";

export interface SummarizeOptions {
  readonly files: readonly string[];
  /** Where to write the workbook with the summary sheets; nothing is written without it. */
  readonly out: string | null;
  /** Overwrite an existing --out this tool did not write (never an input). */
  readonly force?: boolean;
  readonly format: "text" | "json";
  readonly config: Partial<CheckConfig>;
  readonly locale: Locale;
  /** Sheet names, default 汇总-项目 and 汇总-分类. */
  readonly projectSheet?: string;
  readonly categorySheet?: string;
}

interface LoadedInput {
  readonly input: SummaryInput;
}

/**
 * The sheets the tool wrote on an earlier run are output, not input: summarizing them again would
 * count every project twice. A marker name alone can be forged, so the sheet must also read as our
 * summary (title, unit line and header: isOwnSummarySheet).
 */
function withoutSummarySheets(read: GridsReadResult & { readonly ok: true }): WorkbookGrids {
  const { grids } = read;
  const found = read.engine === "fast" ? ownedSummarySheetsFromNames(read.definedNames, grids.sheets.map((s) => s.sheet)) : ownedSummarySheets(read.workbook);
  const ours = (role: SheetRole, sheet: string): boolean => isOwnSummarySheet(role, grids.sheets.find((g) => g.sheet === sheet)?.cells ?? []);
  const owned = new Set((Object.entries(found) as [SheetRole, string | undefined][]).flatMap(([role, sheet]) => (sheet !== undefined && ours(role, sheet) ? [sheet] : [])));
  return owned.size === 0 ? grids : { sheets: grids.sheets.filter((s) => !owned.has(s.sheet)) };
}

/**
 * `jixiao summarize`: one consolidated summary of every input. With --out, the summary sheets are
 * written into a copy of the single input (or a new workbook for several). Exit 0 on success,
 * 2 for unreadable input or an output that cannot be written.
 */
export async function runSummarize(options: SummarizeOptions, out: Output): Promise<number> {
  const loaded: LoadedInput[] = [];
  const duplicates: DuplicateNote[] = [];
  const seen = new Map<string, string>();
  let unreadable = false;
  if (options.out !== null) {
    const refusal = await outputRefusal(options.out, options.files, options.force === true);
    if (refusal !== null) {
      out.stderr(refusalLine(options.out, refusal));
      return 2;
    }
  }
  // With --out, a single input is copied with the summary sheets added (several make a new workbook).
  const copied = options.out !== null && options.files.length === 1;
  for (const file of options.files) {
    const bytes = await readInputFile(file);
    if (Buffer.isBuffer(bytes)) {
      // The same file given twice (under any name) would count every project twice.
      const hash = createHash("sha256").update(bytes).digest("hex");
      const first = seen.get(hash);
      if (first !== undefined) {
        duplicates.push({ file, same: first });
        continue;
      }
      seen.set(hash, file);
    }
    // Grids only; a single input's copy is refused early when its sheets are too large to write back, as with --annotate.
    const read = Buffer.isBuffer(bytes) ? await readWorkbookBuffer(bytes, { engine: "fast", ...(copied ? { maxSheetBytes: MAX_WRITER_SHEET_BYTES } : {}) }) : { ok: false as const, error: bytes };
    if (!read.ok) {
      unreadable = true;
      out.stderr(readErrorLine(file, read.error));
      continue;
    }
    const { report, parsed } = checkWorkbook(withoutSummarySheets(read), options.config);
    const input: SummaryInput = { file, parsed, diagnostics: report.diagnostics };
    loaded.push({ input });
  }
  // A consolidated summary that silently leaves a file out would be wrong, so nothing is written.
  if (unreadable) return 2;

  const summary = buildSummary(loaded.map((l) => l.input));
  let written: SummarySheetsWritten | null = null;
  if (options.out !== null) {
    const single = loaded.length === 1 ? loaded[0]! : null;
    try {
      written = await writeSummaryWorkbook(summary, options.out, {
        ...(single ? { base: { path: single.input.file } } : { inputs: options.files }),
        ...(options.projectSheet !== undefined ? { projectSheet: options.projectSheet } : {}),
        ...(options.categorySheet !== undefined ? { categorySheet: options.categorySheet } : {}),
      });
    } catch (err) {
      if (!(err instanceof SummaryWriteError)) throw err;
      out.stderr(writeErrorLine(options.out, err));
      return 2;
    }
  }
  if (options.format === "json") {
    const doc = summaryJson(summary, options, written) as { notes: unknown[] };
    doc.notes.push(...duplicates.map((d) => ({ id: "duplicate-input", file: d.file, message: duplicateMessage(d, options.locale), data: { same: d.same } })));
    out.stdout(JSON.stringify(doc, null, 2));
  } else {
    const en = options.locale === "en";
    out.stdout(escapeControls([formatSummaryText(summary, options, written), ...duplicates.map((d) => `${en ? "Note: " : "说明："}${duplicateMessage(d, options.locale)}`)].join("\n"), true));
  }
  return 0;
}

interface DuplicateNote {
  readonly file: string;
  /** The input with the same content, counted instead. */
  readonly same: string;
}

function duplicateMessage(d: DuplicateNote, locale: Locale): string {
  return locale === "en" ? `${d.file} is the same file as ${d.same}; counted once` : `${d.file} 与 ${d.same} 是同一个文件，只汇总一次`;
}

function writeErrorLine(path: string, err: SummaryWriteError): string {
  if (err.code === "same-file") return `jixiao: ${path}: 不能覆盖输入文件，请另选输出路径 / refusing to overwrite an input file; choose another output path`;
  if (err.code === "too-large") return `jixiao: ${path}: 无法写入汇总工作簿：${readErrorMessage({ code: err.code }, "zh-CN")} / cannot write the summary workbook: ${readErrorMessage({ code: err.code }, "en")}`;
  return `jixiao: ${path}: 无法写入汇总工作簿 / cannot write the summary workbook (${err.message})`;
}

/** The JSON contract: unit, projects, byCategory.{agency, source, type, function}; extra fields are additions. */
export function summaryJson(summary: ConsolidatedSummary, options: Pick<SummarizeOptions, "locale" | "out">, written: SummarySheetsWritten | null): unknown {
  const withFile = summary.files.length > 1;
  return {
    unit: summary.unit,
    files: summary.files,
    projects: summary.projects.map((p) => ({
      file: p.file,
      sheet: p.sheet,
      name: p.name,
      agency: p.agency,
      type: p.type,
      total: p.total,
      fiscal: p.fiscal,
      other: p.other,
      specialAccount: p.specialAccount,
      code: p.code,
      agencyCode: p.agencyCode,
      typeSource: p.typeSource,
      sourceUnit: p.sourceUnit,
      indicators: p.indicators,
      indicatorCount: p.indicatorCount,
      errors: p.errors,
      warnings: p.warnings,
      cell: p.cell,
      origin: p.origin,
      listed: p.listed,
    })),
    byCategory: {
      agency: summary.byCategory.agency,
      source: summary.byCategory.source,
      type: summary.byCategory.type,
      function: summary.byCategory.function.map((f) => ({
        key: f.key,
        total: f.total,
        fiscal: f.fiscal,
        other: f.other,
        projects: f.projects,
        code: f.code,
        name: f.name,
        level: f.level,
        parent: f.parent,
        leaf: f.leaf,
        basic: f.basic,
        project: f.project,
      })),
    },
    indicators: summary.indicators,
    totals: summary.totals,
    notes: summary.notes.map((n) => ({ id: n.id, file: n.file, message: renderSummaryNote(n, options.locale, withFile), data: n.data })),
    output: written && options.out !== null ? { file: options.out, sheets: [written.projectSheet, written.categorySheet], regenerated: written.regenerated } : null,
  };
}

const money = (n: number): string => n.toFixed(2);

function categoryLines(title: string, totals: readonly CategoryTotal[], en: boolean): string[] {
  if (totals.length === 0) return [];
  return [title, ...totals.map((t) => (en ? `  ${t.key}: ${money(t.total)} (${t.projects} projects)` : `  ${t.key}：${money(t.total)}（${t.projects} 个项目）`))];
}

export function formatSummaryText(summary: ConsolidatedSummary, options: Pick<SummarizeOptions, "locale" | "out">, written: SummarySheetsWritten | null): string {
  const en = options.locale === "en";
  const t = summary.totals;
  const lines: string[] = [
    en
      ? `${summary.files.length} file(s), ${t.projects} projects, total ${money(t.total)} 万元 (fiscal ${money(t.fiscal)}, other ${money(t.other)})`
      : `${summary.files.length} 个文件，${t.projects} 个项目，合计 ${money(t.total)} 万元（财政资金 ${money(t.fiscal)}，其他资金 ${money(t.other)}）`,
    ...categoryLines(en ? "By agency (万元):" : "按预算单位（万元）：", summary.byCategory.agency, en),
    ...categoryLines(en ? "By project type (万元):" : "按项目类型（万元）：", summary.byCategory.type, en),
    ...categoryLines(
      en ? "By funding source (万元):" : "按资金来源（万元）：",
      summary.byCategory.source.filter((s) => Math.abs(s.total) > 1e-9),
      en,
    ),
  ];
  const classes = summary.byCategory.function.filter((f) => f.level === "类");
  if (classes.length > 0) {
    lines.push(en ? "By functional class (类, 万元):" : "按支出功能分类（类，万元）：");
    for (const f of classes) lines.push(en ? `  ${f.key}: ${money(f.total)}` : `  ${f.key}：${money(f.total)}`);
  }
  const l1 = summary.indicators.byLevel1;
  lines.push(
    en
      ? `Indicators: output ${l1.产出}, outcome ${l1.效益}, satisfaction ${l1.满意度}, cost ${l1.成本}${l1.其他 ? `, other ${l1.其他}` : ""}`
      : `指标：产出 ${l1.产出}，效益 ${l1.效益}，满意度 ${l1.满意度}，成本 ${l1.成本}${l1.其他 ? `，其他 ${l1.其他}` : ""}`,
  );
  for (const note of summary.notes) lines.push(`${en ? "Note: " : "说明："}${renderSummaryNote(note, options.locale, summary.files.length > 1)}`);
  if (written && options.out !== null) {
    lines.push(
      en
        ? `Written to ${options.out} (sheets ${written.projectSheet}, ${written.categorySheet}${written.regenerated.length > 0 ? "; regenerated in place" : ""})`
        : `已写入 ${options.out}（工作表 ${written.projectSheet}、${written.categorySheet}${written.regenerated.length > 0 ? "，已原位重新生成" : ""}）`,
    );
  }
  return lines.join("\n");
}
