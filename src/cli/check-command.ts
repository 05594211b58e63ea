import { basename, extname, join } from "node:path";
import { mkdir, stat } from "node:fs/promises";
import { checkWorkbook, type Report } from "../core/check/check";
import { planAnnotations } from "../core/annotations";
import type { WorkbookGrids } from "../core/grid/grid";
import { renderMessage, renderSuggestion, type Locale } from "../core/messages/render";
import type { CheckConfig, Diagnostic } from "../core/types";
import { ownReportSheet, readWorkbookFile, writeAnnotatedCopy, type GridsReadResult } from "../host/xlsx";
import { outputRefusal } from "../host/xlsx/output-file";
import { MAX_WRITER_SHEET_BYTES } from "../host/xlsx/preflight";
import { readErrorLine, refusalLine } from "./read-errors";
import { escapeControls, escapeDeep } from "./escape";
import { formatText } from "./format-text";

export interface CheckOptions {
  readonly files: readonly string[];
  readonly format: "text" | "json";
  readonly config: Partial<CheckConfig>;
  readonly annotate: string | null;
  /** Overwrite an existing output this tool did not write (never an input). */
  readonly force?: boolean;
  readonly locale: Locale;
  readonly color: boolean;
}

export interface FileResult {
  readonly file: string;
  readonly report?: Report;
  readonly error?: string;
}

export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** `jixiao check`: exit 0 without errors, 1 with at least one error diagnostic, 2 for unreadable input. */
export async function runCheck(options: CheckOptions, out: Output): Promise<number> {
  const results: FileResult[] = [];
  let unreadable = false;
  let anyError = false;
  const annotateDir = options.annotate && options.files.length > 1 ? options.annotate : null;
  let targets: readonly string[] = [];
  if (options.annotate) {
    const planned = annotateDir ? await annotateTargets(options.files, annotateDir, out) : [options.annotate];
    if (planned === null) return 2;
    targets = planned;
  }
  for (const [index, file] of options.files.entries()) {
    // Grids only; a copy to be annotated is refused early when its sheets are too large to write back (package: MAX_WRITER_SHEET_BYTES).
    const read = await readWorkbookFile(file, { engine: "fast", ...(options.annotate ? { maxSheetBytes: MAX_WRITER_SHEET_BYTES } : {}) });
    if (!read.ok) {
      unreadable = true;
      const line = readErrorLine(file, read.error);
      out.stderr(line);
      results.push({ file, error: read.error.code });
      continue;
    }
    const { report } = checkWorkbook(withoutOwnReport(read), options.config);
    if (report.stats.errors > 0) anyError = true;
    results.push({ file, report });
    if (options.annotate) {
      const target = targets[index]!;
      const refusal = await outputRefusal(target, options.files, options.force === true);
      if (refusal !== null) {
        out.stderr(refusalLine(target, refusal, annotateDir ? file : undefined));
        unreadable = true;
        continue;
      }
      try {
        await writeAnnotated(file, target, report, options.locale);
      } catch (err) {
        out.stderr(`jixiao: ${target}: 无法写入标注副本 / cannot write the annotated copy (${err instanceof Error ? err.message : String(err)})`);
        unreadable = true;
      }
    }
  }
  if (options.format === "json") out.stdout(JSON.stringify({ files: results.map((r) => fileJson(r, options.locale)) }, null, 2));
  // Escaped before formatting: the report's own colours stay, a cell's control characters do not.
  else for (const r of results) if (r.report) out.stdout(formatText(escapeControls(r.file), escapeDeep(r.report), { color: options.color, locale: options.locale }));
  if (unreadable) return 2;
  return anyError ? 1 : 0;
}

/**
 * One output path per input in `dir`: `<name>.校验.xlsx`, made unique ("<name> (2).校验.xlsx") when two
 * inputs share a name. Null (after saying why) when `dir` cannot be a directory.
 */
async function annotateTargets(files: readonly string[], dir: string, out: Output): Promise<string[] | null> {
  const existing = await stat(dir).catch(() => null);
  if (existing !== null && !existing.isDirectory()) {
    out.stderr(`jixiao: ${dir}: 多个输入文件时 --annotate 须为目录，这是一个已有文件 / with several inputs --annotate must be a directory, and this is an existing file`);
    return null;
  }
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    out.stderr(`jixiao: ${dir}: 无法建立输出目录 / cannot create the output directory (${err instanceof Error ? err.message : String(err)})`);
    return null;
  }
  const taken = new Set<string>();
  return files.map((file) => {
    const stem = basename(file, extname(file));
    for (let n = 1; ; n++) {
      const name = `${n === 1 ? stem : `${stem} (${n})`}.校验.xlsx`;
      const key = name.normalize("NFC").toLowerCase();
      if (taken.has(key)) continue;
      taken.add(key);
      if (n > 1) out.stderr(`jixiao: ${file}: 与另一个输入文件同名，标注副本另名为 ${name} / has the same name as another input; its annotated copy is named ${name}`);
      return join(dir, name);
    }
  });
}

function fileJson(result: FileResult, locale: Locale): unknown {
  if (!result.report) return { file: result.file, error: result.error, tables: [], diagnostics: [] };
  return {
    file: result.file,
    tables: result.report.tables.map((t) => ({
      sheet: t.sheet,
      kind: t.kind,
      name: t.name,
      range: t.range,
      unit: t.unit,
      budget: t.budget,
      ...(t.periodBudget ? { periodBudget: t.periodBudget } : {}),
      indicators: t.indicators,
      ...(t.layout ? { layout: t.layout } : {}),
      ...(t.framework ? { framework: t.framework } : {}),
      ...(t.summaryKind ? { summaryKind: t.summaryKind, rows: t.rows } : {}),
    })),
    diagnostics: result.report.diagnostics.map((d) => diagnosticJson(d, locale)),
    stats: result.report.stats,
  };
}

export function diagnosticJson(d: Diagnostic, locale: Locale): unknown {
  return {
    rule: d.rule,
    severity: d.severity,
    sheet: d.sheet,
    cell: d.cell,
    related: d.related,
    table: d.table,
    message: renderMessage(d, locale),
    messageId: d.messageId,
    data: d.data,
    ...(d.fix ? { fix: d.fix } : {}),
    ...(d.suggestions ? { suggestions: d.suggestions.map((s) => ({ ...s, message: renderSuggestion(d.rule, s, locale) })) } : {}),
  };
}

/**
 * The grids without the report sheet an earlier --annotate wrote (its marker name and its content
 * signature both found): a check of an annotated copy reads the tables, not our report about them.
 */
function withoutOwnReport(read: GridsReadResult & { ok: true }): WorkbookGrids {
  if (read.engine !== "fast") return read.grids;
  const own = ownReportSheet(read.definedNames, read.grids.sheets.map((g) => ({ name: g.sheet })), () => read.grids);
  return own === null ? read.grids : { sheets: read.grids.sheets.filter((g) => g.sheet !== own.name) };
}

/** The annotated copy of `input`: the one annotation plan of the core, applied by the package writer. */
export async function writeAnnotated(input: string, output: string, report: Report, locale: Locale): Promise<void> {
  await writeAnnotatedCopy(input, output, planAnnotations(report, locale));
}
