/**
 * `jixiao fill` and `jixiao new` end to end: every example (and a benchmark workbook with injected
 * errors) filled, checked again and compared cell by cell with its input; the files written opened
 * by LibreOffice; new projects written into every layout and read back.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import { parseArgs } from "../../src/cli/args";
import { parseFillOptions, parseNewOptions, runFill, runNew } from "../../src/cli/fill-command";
import { FLAG_OPTIONS, VALUE_OPTIONS } from "../../src/cli/main";
import { checkWorkbook } from "../../src/core/check/check";
import { parseRangeA1, rangeA1, type CellRange } from "../../src/core/grid/address";
import type { CellValue, WorkbookGrids } from "../../src/core/grid/grid";
import { areaAfter, findTemplate, renderTemplate, rowAfter, type RowInsertion } from "../../src/core/fill";
import type { ProjectTable } from "../../src/core/model/model";
import type { CheckConfig } from "../../src/core/types";
import { readWorkbookFile } from "../../src/host/xlsx";
import { writeWorkbook } from "../../bench/generate";
import { EXAMPLES } from "./helpers";
import { sofficePath } from "../programs";


let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "jixiao-fill-"));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `fill` or `new` as the CLI will: parseArgs, then the command's option parser and runner. */
async function cli(argv: string[]): Promise<Run> {
  const args = parseArgs(argv, VALUE_OPTIONS, FLAG_OPTIONS);
  const profile = args.options.profile;
  const config: Partial<CheckConfig> = profile === "2021" || profile === "legacy" ? { profile } : {};
  const out: string[] = [];
  const err: string[] = [];
  const output = { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) };
  const parse = args.command === "fill" ? parseFillOptions : parseNewOptions;
  const options = parse(args, config, "zh-CN");
  if (typeof options === "string") return { code: 2, stdout: "", stderr: options };
  const code = "file" in options ? await runFill(options, output) : await runNew(options, output);
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

async function grids(path: string): Promise<WorkbookGrids> {
  const read = await readWorkbookFile(path);
  if (!read.ok) throw new Error(`${path}: ${read.error.code}`);
  return read.grids;
}

interface FillJson {
  edits: { kind: string; source: string; sheet: string; cell: string; from: CellValue; to: CellValue }[];
  insertions: RowInsertion[];
  refused: unknown[];
  added: { table: string; categories: string[] }[];
}

const valueAt = (g: WorkbookGrids, sheet: string, row: number, col: number): CellValue => {
  const v = g.sheets.find((s) => s.sheet === sheet)?.cells[row]?.[col];
  return v === undefined || v === "" ? null : v;
};

/**
 * Every cell of the input keeps its value in the output, at its row moved by the insertions, unless
 * an accepted fix rewrote it (then it holds the fix's value) or items were appended to it (then it
 * starts with its old text). Every other cell of the output is blank unless the fill wrote it.
 */
function compareCells(input: WorkbookGrids, output: WorkbookGrids, json: FillJson): string[] {
  const problems: string[] = [];
  const edits = new Map(json.edits.map((e) => [`${e.sheet}!${e.cell}`, e]));
  const seen = new Set<string>();
  for (const sheet of input.sheets) {
    sheet.cells.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === "") return;
        const finalRow = rowAfter(json.insertions, sheet.sheet, r);
        const key = `${sheet.sheet}!${rangeA1({ top: finalRow, left: c, bottom: finalRow, right: c })}`;
        seen.add(key);
        const now = valueAt(output, sheet.sheet, finalRow, c);
        const edit = edits.get(key);
        if (edit?.kind === "fix" && edit.from === value && now === edit.to) return;
        if (edit?.kind === "append" && typeof now === "string" && typeof value === "string" && now.startsWith(value) && now === edit.to) return;
        if (now !== value) problems.push(`${key}: ${JSON.stringify(value)} became ${JSON.stringify(now)}`);
      }),
    );
  }
  for (const sheet of output.sheets) {
    sheet.cells.forEach((row, r) =>
      row.forEach((value, c) => {
        const key = `${sheet.sheet}!${rangeA1({ top: r, left: c, bottom: r, right: c })}`;
        if (value === null || value === "" || seen.has(key)) return;
        const edit = edits.get(key);
        if (!edit || edit.kind !== "fill" || edit.to !== value) problems.push(`${key}: ${JSON.stringify(value)} was not written by the fill`);
      }),
    );
  }
  return problems;
}

/** Every merged area of the input is in the output, moved by the insertions, or extended from there. */
function mergesKept(input: WorkbookGrids, output: WorkbookGrids, insertions: readonly RowInsertion[]): string[] {
  const problems: string[] = [];
  for (const sheet of input.sheets) {
    const after = output.sheets.find((s) => s.sheet === sheet.sheet)!.merges;
    for (const m of sheet.merges) {
      const moved = areaAfter(insertions, sheet.sheet, m);
      if (!after.some((a) => a.top === moved.top && a.left === moved.left && a.right === moved.right && a.bottom >= moved.bottom)) problems.push(`${sheet.sheet}!${rangeA1(m)}`);
    }
  }
  return problems;
}

const filled: string[] = [];

async function benchWorkbook(): Promise<string> {
  const path = join(dir, "bench-30.xlsx");
  if (!existsSync(path)) await writeWorkbook(30, path, 4);
  return path;
}

describe("jixiao fill", () => {
  const cases: [string, string, string[]][] = [
    ...Object.values(EXAMPLES).map((file): [string, string, string[]] => [basename(file), file, []]),
    ["seed000 as 2021 with 二级", EXAMPLES.s000, ["--profile", "2021", "--level2"]],
    ["seed003 with 二级", EXAMPLES.s003, ["--level2"]],
    ["benchmark workbook with injected errors", "bench", []],
  ];

  it.each(cases)("%s: fill, then check finds no missing category and no fix; every other cell keeps its value", async (label, file, extra) => {
    const input = file === "bench" ? await benchWorkbook() : file;
    const out = join(dir, `${label.replace(/[^\w.-]+/gu, "_")}.filled.xlsx`);
    const before = readFileSync(input);
    const run = await cli(["fill", input, "--out", out, "--format", "json", ...extra]);
    expect(run.stderr).toBe("");
    expect([0, 1]).toContain(run.code);
    expect(readFileSync(input).equals(before)).toBe(true);
    const json = JSON.parse(run.stdout) as FillJson;
    expect(json.refused).toEqual([]);
    const inputGrids = await grids(input);
    const outputGrids = await grids(out);
    const profile = extra.includes("2021") ? "2021" : "auto";
    const after = checkWorkbook(outputGrids, { profile }).report;
    const missing = after.diagnostics.filter((d) => d.rule === "missing-category" && !(profile === "2021" && d.data.category === "成本指标"));
    expect(missing.map((d) => `${d.table}: ${d.data.category}`)).toEqual([]);
    expect(after.diagnostics.filter((d) => d.fix).map((d) => `${d.rule} ${d.sheet}!${d.cell}`)).toEqual([]);
    expect(compareCells(inputGrids, outputGrids, json)).toEqual([]);
    expect(mergesKept(inputGrids, outputGrids, json.insertions)).toEqual([]);
    // The fill adds no error the input did not have (missing categories aside).
    const errors = (r: typeof after): string[] => [...new Set(r.diagnostics.filter((d) => d.severity === "error" && d.rule !== "missing-category").map((d) => `${d.rule} ${d.table}`))].sort();
    const beforeErrors = errors(checkWorkbook(inputGrids, { profile }).report);
    expect(errors(after).filter((e) => !beforeErrors.includes(e))).toEqual([]);
    filled.push(out);
  });

  it("reports every edit with its cell and its old and new value", async () => {
    const out = join(dir, "s001.json.xlsx");
    const json = JSON.parse((await cli(["fill", EXAMPLES.s001, "--out", out, "--format", "json"])).stdout) as FillJson;
    expect(json.edits).toHaveLength(39);
    expect(json.edits[1]).toEqual({ kind: "fix", source: "ocr-artefact", sheet: "绩效目标1", cell: "F9", from: "$\\geq 95\\%$", to: "≥95%" });
    const text = await cli(["fill", EXAMPLES.s003, "--out", join(dir, "s003.text.xlsx")]);
    expect(text.stdout).toContain("补全 4 个项目");
    expect(text.stdout).toContain("项目支出绩效目标表!G8");
  });

  it("refuses to write over its input and explains wrong options", async () => {
    const copy = join(dir, "same.xlsx");
    execFileSync("cp", [EXAMPLES.s003, copy]);
    const before = readFileSync(copy);
    expect(await cli(["fill", copy, "--out", copy])).toMatchObject({ code: 2, stderr: expect.stringContaining("是本次的输入文件，未覆盖") });
    expect(readFileSync(copy).equals(before)).toBe(true);
    expect((await cli(["fill", copy])).stderr).toContain("--out");
    expect((await cli(["fill", copy, "--out", join(dir, "x.xlsx"), "--template", "不存在"])).stderr).toContain("信息系统运维");
    expect((await cli(["fill", join(dir, "missing.xlsx"), "--out", join(dir, "y.xlsx")])).code).toBe(2);
  });
});

describe("jixiao new", () => {
  const budget = "36.5";
  const cases: [string, string[], string][] = [
    ["block in a new workbook", ["--layout", "block"], "绩效目标表"],
    ["list in a new workbook", ["--layout", "list"], "绩效目标表"],
    ["flat in a new workbook", ["--layout", "flat", "--sheet", "明细"], "明细"],
    ["block into seed000", ["--layout", "block", "--into", EXAMPLES.s000], "绩效目标表"],
    ["block into seed002", ["--layout", "block", "--into", EXAMPLES.s002, "--template", "设备购置"], "绩效目标表"],
    ["list into seed003", ["--layout", "list", "--into", EXAMPLES.s003, "--update-totals"], "项目支出绩效目标表"],
    ["flat into the benchmark", ["--layout", "flat", "--into", "bench"], "001焉耆县绩效指标明细"],
    ["block into a new sheet of seed001", ["--layout", "block", "--into", EXAMPLES.s001, "--sheet", "新增项目", "--unit", "元", "--budget", "53184"], "新增项目"],
  ];

  it.each(cases)("%s parses back with the template's indicators, budget and unit", async (label, args, sheet) => {
    const out = join(dir, `new-${label.replace(/\s+/gu, "_")}.xlsx`);
    const argv = args.map((a) => (a === "bench" ? "" : a));
    if (args.includes("bench")) argv[argv.indexOf("")] = await benchWorkbook();
    const amount = args.includes("--budget") ? [] : ["--budget", budget];
    const run = await cli(["new", "--name", "测试信息系统运维项目", "--agency", "某某局", "--out", out, "--format", "json", ...amount, ...argv]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { sheet: string; framework: "2021" | "legacy"; unit: string; diagnostics: unknown[] };
    expect(json.sheet).toBe(sheet);
    const { parsed, report } = checkWorkbook(await grids(out));
    const project = parsed.tables.find((t): t is ProjectTable => t.kind === "project" && t.name.value === "测试信息系统运维项目")!;
    const template = args.includes("设备购置") ? findTemplate("设备购置")! : findTemplate("信息系统运维")!;
    const expectedBudget = Number(args[args.indexOf("--budget") + 1] ?? budget) || Number(budget);
    expect(project.budget?.total?.value).toBe(args.includes("--budget") ? 53184 : expectedBudget);
    expect(project.unit).toBe(json.unit);
    expect(project.unit).toBe(args.includes("元") ? "元" : "万元");
    const rendered = renderTemplate(template, { framework: json.framework, name: project.name.value, budget: project.budget!.total!.value, unit: project.unit, year: 2024 });
    expect(project.indicators.map((i) => i.level3?.value)).toEqual(rendered.map((r) => r.level3));
    // Split layouts write a bare target's operator as "="; years follow the workbook.
    const target = (v: string): string => v.replace(/^=/u, "").replace(/^\d{4}年/u, "YYYY年");
    expect(project.indicators.map((i) => target(i.value!.value))).toEqual(rendered.map((r) => target(r.value!)));
    expect(report.diagnostics.filter((d) => d.table === project.id && d.severity === "error")).toEqual([]);
    expect(json.diagnostics.filter((d) => (d as { severity: string }).severity === "error")).toEqual([]);
    filled.push(out);
  });

  it("refuses to write over the workbook it adds to, and unknown layouts", async () => {
    const copy = join(dir, "into.xlsx");
    execFileSync("cp", [EXAMPLES.s000, copy]);
    const before = readFileSync(copy);
    const run = await cli(["new", "--layout", "block", "--name", "甲", "--budget", "1", "--into", copy, "--out", copy]);
    expect(run.code).toBe(2);
    expect(readFileSync(copy).equals(before)).toBe(true);
    expect((await cli(["new", "--layout", "table", "--name", "甲", "--budget", "1", "--out", join(dir, "z.xlsx")])).stderr).toContain("--layout");
    expect((await cli(["new", "--layout", "list", "--name", "甲", "--budget", "1", "--into", EXAMPLES.s000, "--sheet", "绩效目标表", "--out", join(dir, "z.xlsx")])).stderr).toContain("分块");
  });
});

const soffice = sofficePath();
(soffice ? describe : describe.skip)("files written open in LibreOffice", () => {
  it("converts every file written to CSV, and keeps its merged areas when LibreOffice saves it again", async () => {
    expect(filled.length).toBeGreaterThan(10);
    const csv = join(dir, "csv");
    const resaved = join(dir, "resaved");
    mkdirSync(csv);
    mkdirSync(resaved);
    const profile = `file://${join(dir, "lo-profile")}`;
    const convert = (to: string, outdir: string): void => {
      execFileSync(soffice!, ["--headless", `-env:UserInstallation=${profile}`, "--convert-to", to, "--outdir", outdir, ...filled], { timeout: 180_000, stdio: "pipe" });
    };
    convert("csv:Text - txt - csv (StarCalc):44,34,76,1", csv);
    expect(readdirSync(csv).sort()).toEqual(filled.map((f) => basename(f).replace(/\.xlsx$/u, ".csv")).sort());
    convert("xlsx:Calc MS Excel 2007 XML", resaved);
    for (const file of filled) {
      const ours = await mergesByExcelJS(file);
      const theirs = await mergesByExcelJS(join(resaved, basename(file)));
      expect({ file: basename(file), merges: theirs }).toEqual({ file: basename(file), merges: ours });
    }
    const first = readFileSync(join(csv, basename(filled[0]!).replace(/\.xlsx$/u, ".csv")), "utf8");
    expect(first.length).toBeGreaterThan(0);
  }, 300_000);
});

async function mergesByExcelJS(path: string): Promise<Record<string, string[]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const out: Record<string, string[]> = {};
  for (const sheet of workbook.worksheets) {
    const merges = ((sheet.model as unknown as { merges?: string[] }).merges ?? []).map((m) => rangeA1(parseRangeA1(m) as CellRange));
    out[sheet.name] = merges.sort();
  }
  return out;
}
