/**
 * LibreOffice opens the workbooks `jixiao summarize` writes, recalculates every formula and exports
 * every sheet to CSV: the recalculated totals must equal the summary's JSON. A private profile
 * (so parallel runs do not clash) forces recalculation on load, which LibreOffice skips for .xlsx
 * files by default and would otherwise just echo the cached results the writer stored.
 */
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runSummarize } from "../../../src/cli/summarize-command";
import { useTempDir } from "./fixtures";
import { recalculatedCsv, SOFFICE_TIMEOUT_MS, sofficeAvailable } from "./libreoffice";

const tempDir = useTempDir();
interface CategoryJson {
  key: string;
  total: number;
  fiscal: number | null;
  other: number | null;
  projects: number | null;
}

interface SummaryJson {
  unit: string;
  projects: { sheet: string; name: string; agency: string; type: string; total: number; fiscal: number; other: number }[];
  byCategory: { agency: CategoryJson[]; source: CategoryJson[]; type: CategoryJson[]; function: (CategoryJson & { code: string; basic: number | null; project: number | null })[] };
  totals: { total: number; fiscal: number; other: number; projects: number };
}

/** The body rows of the table under a section title (or a header cell), up to and including its 合计 row. */
function tableAfter(rows: readonly string[][], marker: string): { header: string[]; body: string[][]; totals: string[] } {
  const start = rows.findIndex((r) => r[0] === marker);
  if (start < 0) throw new Error(`no "${marker}" in the CSV`);
  const headerIndex = rows[start]!.length > 1 && rows[start]![1] !== "" ? start : start + 1;
  const end = rows.findIndex((r, i) => i > headerIndex && r[0] === "合计");
  return { header: rows[headerIndex]!, body: rows.slice(headerIndex + 1, end), totals: rows[end]! };
}

const num = (text: string | undefined): number => {
  const n = Number(text);
  if (text === undefined || text === "" || Number.isNaN(n)) throw new Error(`not a number: "${text}"`);
  return n;
};

function expectClose(actual: string | undefined, expected: number): void {
  expect(Math.abs(num(actual) - expected)).toBeLessThan(1e-6);
}

async function summarize(files: string[], out: string): Promise<SummaryJson> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runSummarize({ files, out, format: "json", config: {}, locale: "zh-CN" }, { stdout: (s) => stdout.push(s), stderr: (s) => stderr.push(s) });
  if (code !== 0) throw new Error(`summarize exited ${code}: ${stderr.join("\n")}`);
  return JSON.parse(stdout.join("\n")) as SummaryJson;
}

function checkCategories(csv: readonly string[][], title: string, expected: readonly CategoryJson[]): void {
  const table = tableAfter(csv, title);
  expect(table.body.map((r) => r[0])).toEqual(expected.map((c) => c.key));
  table.body.forEach((row, i) => {
    const c = expected[i]!;
    expectClose(row[1], c.total);
    expectClose(row[2], c.fiscal ?? 0);
    expectClose(row[3], c.other ?? 0);
    expectClose(row[4], c.projects ?? 0);
  });
  expectClose(table.totals[1], expected.reduce((s, c) => s + c.total, 0));
}

function checkSummary(csv: Map<string, string[][]>, stem: string, json: SummaryJson, sheets = { projects: "汇总-项目", categories: "汇总-分类" }): void {
  const projects = csv.get(`${stem}/${sheets.projects}`);
  const categories = csv.get(`${stem}/${sheets.categories}`);
  if (!projects || !categories) throw new Error(`no CSV for ${stem}: ${[...csv.keys()].join(", ")}`);

  const list = tableAfter(projects, projects.find((r) => r.includes("项目名称"))![0]!);
  const col = (header: string): number => list.header.indexOf(header);
  expect(list.body.map((r) => r[col("项目名称")])).toEqual(json.projects.map((p) => p.name));
  list.body.forEach((row, i) => expectClose(row[col("合计（万元）")], json.projects[i]!.total));
  expectClose(list.totals[col("合计（万元）")], json.totals.total);
  expectClose(list.totals[col("财政资金（万元）")], json.totals.fiscal);
  expectClose(list.totals[col("其他资金（万元）")], json.totals.other);

  checkCategories(categories, "按预算单位汇总", json.byCategory.agency);
  checkCategories(categories, "按项目类型汇总", json.byCategory.type);
  const source = tableAfter(categories, "按资金来源汇总");
  expect(source.body.map((r) => r[0])).toEqual(json.byCategory.source.map((s) => s.key));
  source.body.forEach((row, i) => {
    expectClose(row[1], json.byCategory.source[i]!.total);
    expectClose(row[2], json.byCategory.source[i]!.projects ?? 0);
  });
  expectClose(source.totals[1], json.totals.total);

  if (json.byCategory.function.length > 0) {
    const fn = tableAfter(categories, "按支出功能分类汇总（类 → 款 → 项）");
    expect(fn.body.map((r) => r[0])).toEqual(json.byCategory.function.map((f) => f.code));
    fn.body.forEach((row, i) => {
      const f = json.byCategory.function[i]!;
      expectClose(row[3], f.total);
      expectClose(row[4], f.basic ?? 0);
      expectClose(row[5], f.project ?? 0);
    });
  }
}

describe("LibreOffice recalculates the written summary", () => {
  beforeAll(() => {
    if (!sofficeAvailable()) throw new Error("soffice (LibreOffice) is required for this test; .ci/run installs libreoffice-calc-nogui");
  });

  it(
    "recalculated totals equal the JSON for a copy of seed 001, a consolidated summary, formula-like text and an edited amount",
    async () => {
      const dir = tempDir();
      const single = join(dir, "s001.xlsx");
      const json001 = await summarize(["examples/seed001-dongli-department.xlsx"], single);
      const consolidated = join(dir, "all.xlsx");
      const jsonAll = await summarize(
        ["examples/seed000-tianjin-blocks.xlsx", "examples/seed002-qingdao-plan.xlsx", "examples/seed003-liwan-list.xlsx", "examples/seed004-korla-weighted.xlsx"],
        consolidated,
      );

      // Text that Excel would evaluate if it were typed in: it must reach LibreOffice as text.
      const formulaLike = join(dir, "formula-like.xlsx");
      const names = ["=1+1", "+86", "-3", "@SUM(1,2)"];
      const input = new ExcelJS.Workbook();
      names.forEach((name, i) => {
        const sheet = input.addWorksheet(`项目${i + 1}`);
        [["项目名称", name], ["单位：万元"], ["预算数", i + 1, "其中：财政资金", i + 1, "其他资金", 0], ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "数量", "≥1件"]].forEach(
          (row, r) => row.forEach((v, c) => (sheet.getCell(r + 1, c + 1).value = v)),
        );
      });
      const formulaLikeInput = join(dir, "formula-like-input.xlsx");
      await input.xlsx.writeFile(formulaLikeInput);
      const jsonFormulaLike = await summarize([formulaLikeInput], formulaLike);

      // A corrected amount flows through: change one project's 合计 and 财政资金 and leave every cached result stale.
      const edited = new ExcelJS.Workbook();
      await edited.xlsx.readFile(single);
      const sheet = edited.getWorksheet("汇总-项目")!;
      let row = 0;
      sheet.eachRow((r, n) => {
        if (r.getCell(2).value === "信访工作经费") row = n;
      });
      expect(row).toBeGreaterThan(0);
      sheet.getCell(row, 5).value = 111;
      sheet.getCell(row, 6).value = 111;
      const editedFile = join(dir, "s001-edited.xlsx");
      await edited.xlsx.writeFile(editedFile);

      const started = Date.now();
      const csv = recalculatedCsv([single, consolidated, formulaLike, editedFile], tempDir());
      const seconds = (Date.now() - started) / 1000;
      expect(seconds).toBeLessThan(SOFFICE_TIMEOUT_MS / 1000);

      checkSummary(csv, "s001", json001);
      checkSummary(csv, "all", jsonAll);
      checkSummary(csv, "formula-like", jsonFormulaLike);
      expect(json001.totals.total).toBeCloseTo(24.34, 2);
      expect(jsonAll.totals.total).toBeCloseTo(571.2 + 1618 + 308 + 18, 6);

      const projects = csv.get("formula-like/汇总-项目")!;
      for (const name of names) expect(projects.some((r) => r[1] === name)).toBe(true);

      const agency = tableAfter(csv.get("s001-edited/汇总-分类")!, "按预算单位汇总");
      expectClose(agency.body[0]![1], json001.totals.total - 11 + 111);
      expectClose(agency.body[0]![2], json001.totals.fiscal - 11 + 111);
      const source = tableAfter(csv.get("s001-edited/汇总-分类")!, "按资金来源汇总");
      expectClose(source.totals[1], json001.totals.total + 100);
    },
    SOFFICE_TIMEOUT_MS + 60_000,
  );
});
