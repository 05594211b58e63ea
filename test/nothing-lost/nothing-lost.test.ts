/**
 * Nothing lost: for every example, the commands that write a workbook leave their input
 * byte-identical and keep every original cell's value (and merged area) in what they write.
 */
import { mkdtempSync, rmSync } from "node:fs";
import ExcelJS from "exceljs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { cellAfter, rowAfter, type RowInsertion } from "../../src/core/fill/plan";
import { diffWorkbooks, exampleFiles, readValues, runCli, sha256, type AllowedWrite, type SheetValues } from "./workbook-diff";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "jixiao-nothing-lost-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const EXAMPLES = exampleFiles();
const stem = (file: string): string => basename(file, ".xlsx");
const results: string[] = [];
afterAll(() => process.stdout.write(`nothing lost\n  ${results.join("\n  ")}\n`));

it("finds the examples", () => {
  expect(EXAMPLES.length).toBeGreaterThanOrEqual(5);
});

it("the comparison itself notices a changed, a lost and an added value, a lost merge and a lost sheet", () => {
  const sheet = (cells: [string, ExcelJS.CellValue][], merges: string[] = []): SheetValues => ({ name: "表", cells: new Map(cells), merges });
  const input = [sheet([["A1", "标题"], ["B2", 15], ["C3", "x"]], ["A1:D1"]), { ...sheet([["A1", 1]]), name: "表2" }];
  const output = [sheet([["A1", "标题"], ["B2", 15.5], ["D4", "新"]])];
  expect(diffWorkbooks(input, output)).toEqual([
    "表!B2: 15 became 15.5",
    "表!C3: \"x\" became undefined",
    "表!D4: a value appeared, \"新\"",
    "表: merged area A1:D1 is no longer merged",
    "sheet \"表2\" is missing",
  ]);
  // A shift by inserted rows and an accepted write are not losses.
  const shifted = [sheet([["A1", "标题"], ["B4", 15], ["C5", "y"]], ["A1:D1"]), { ...sheet([["A1", 1]]), name: "表2" }];
  const moveRow = (_s: string, row: number): number => (row >= 1 ? row + 2 : row);
  expect(diffWorkbooks(input, shifted, { moveRow, writes: [{ sheet: "表", cell: "C5", from: "x", to: "y", kind: "fix" }] })).toEqual([]);
});

describe("check --annotate", () => {
  it.each(EXAMPLES.map((f) => [f]))("%s: input unchanged, every cell kept, only a report sheet added", async (file) => {
    const before = sha256(file);
    const out = join(dir, `${stem(file)}.校验.xlsx`);
    const run = await runCli(["check", file, "--annotate", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBeLessThan(2);
    expect(sha256(file)).toBe(before);
    const [input, output] = [await readValues(file), await readValues(out)];
    expect(diffWorkbooks(input, output)).toEqual([]);
    expect(output.map((s) => s.name)).toEqual([...input.map((s) => s.name), "校验报告"]);
    const cells = input.reduce((n, s) => n + s.cells.size, 0);
    results.push(`check --annotate ${file}: input sha256 unchanged; ${cells} cells and ${input.reduce((n, s) => n + s.merges.length, 0)} merged areas on ${input.length} sheets kept`);
  });

  it("all examples at once into a directory: every input unchanged, every copy complete", async () => {
    const before = EXAMPLES.map(sha256);
    const out = join(dir, "annotated");
    const run = await runCli(["check", ...EXAMPLES, "--annotate", out, "--lang", "en"]);
    expect(run.code).toBeLessThan(2);
    expect(EXAMPLES.map(sha256)).toEqual(before);
    for (const file of EXAMPLES) {
      const output = await readValues(join(out, `${stem(file)}.校验.xlsx`));
      expect(diffWorkbooks(await readValues(file), output)).toEqual([]);
      expect(output[output.length - 1]!.name).toBe("Check report");
    }
  });
});

describe("summarize --out", () => {
  it.each(EXAMPLES.map((f) => [f]))("%s: input unchanged, the copy keeps every cell and adds the summary sheets", async (file) => {
    const before = sha256(file);
    const out = join(dir, `${stem(file)}.汇总.xlsx`);
    const run = await runCli(["summarize", file, "--out", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(sha256(file)).toBe(before);
    const [input, output] = [await readValues(file), await readValues(out)];
    expect(diffWorkbooks(input, output)).toEqual([]);
    expect(output.map((s) => s.name)).toEqual([...input.map((s) => s.name), "汇总-项目", "汇总-分类"]);
    results.push(`summarize --out ${file}: input sha256 unchanged; every cell kept, sheets added: 汇总-项目, 汇总-分类`);
  });
});

interface FillJson {
  readonly edits: readonly AllowedWrite[];
  readonly insertions: readonly RowInsertion[];
  readonly merges: readonly { readonly sheet: string; readonly range: string; readonly replaces?: string }[];
  readonly refused: readonly unknown[];
}

/** A block missing its 效益 and 成本 indicators, so that fill inserts rows above the 满意度 row and a note below. */
async function projectMissingCategories(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("绩效目标表");
  const rows: (string | number | null)[][] = [
    ["项目支出绩效目标表"],
    ["预算单位", null, "某局"],
    ["项目名称", null, "办公设备购置经费"],
    ["项目资金（万元）", null, "年度预算总额", 15, "其中：财政拨款", 15, "其他资金", 0],
    ["一级指标", "二级指标", "三级指标", "指标值", "指标值设置依据", "指标分值权重"],
    ["产出指标", "数量指标", "购置台数", "≥5台", "计划标准", 30],
    [null, "质量指标", "验收合格率", "=100%", "行业标准", 20],
    ["满意度指标", "服务对象满意度指标", "使用人员满意度", "≥90%", "历史标准", 10],
    [],
    ["备注：单位盖章"],
  ];
  rows.forEach((row, r) => row.forEach((v, c) => {
    if (v !== null) ws.getCell(r + 1, c + 1).value = v;
  }));
  ws.mergeCells("A1:H1");
  ws.mergeCells("A6:A7");
  const path = join(dir, "缺少类别.xlsx");
  await workbook.xlsx.writeFile(path);
  return path;
}

describe("fill --out", () => {
  const cases: [string, () => Promise<string>][] = [
    ...EXAMPLES.map((f): [string, () => Promise<string>] => [f, () => Promise.resolve(f)]),
    ["a project missing two categories (rows inserted)", projectMissingCategories],
  ];
  it.each(cases)("%s: input unchanged, every cell but the accepted edits keeps its value (rows inserted shift it down)", async (name, make) => {
    const file = await make();
    const before = sha256(file);
    const out = join(dir, `${stem(file)}.补全.xlsx`);
    const run = await runCli(["fill", file, "--out", out, "--format", "json", "--level2", "--period-values"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBeLessThan(2);
    expect(sha256(file)).toBe(before);
    const plan = JSON.parse(run.stdout) as FillJson;
    const [input, output] = [await readValues(file), await readValues(out)];
    const replacedMerges = new Map(plan.merges.flatMap((m) => (m.replaces ? [[`${m.sheet}!${m.replaces}`, m.range] as const] : [])));
    const problems = diffWorkbooks(input, output, {
      moveRow: (sheet, row) => rowAfter(plan.insertions, sheet, row),
      writes: plan.edits,
      replacedMerges,
    });
    expect(problems).toEqual([]);
    // The writes name cells after the insertions; an original cell a fix rewrote is one of them.
    const rewritten = plan.edits.filter((e) => e.kind !== "fill").map((e) => `${e.sheet}!${e.cell}`);
    const originals = new Set(input.flatMap((s) => [...s.cells.keys()].map((a) => `${s.name}!${cellAfter(plan.insertions, s.name, a)}`)));
    expect(rewritten.filter((c) => !originals.has(c))).toEqual([]);
    expect(output.slice(0, input.length).map((s) => s.name)).toEqual(input.map((s) => s.name));
    results.push(
      `fill --out ${name}: input sha256 unchanged; ${plan.edits.length} edits (${rewritten.length} of original cells), ` +
        `${plan.insertions.reduce((n, i) => n + i.count, 0)} rows inserted, ${plan.refused.length} refused; every other cell kept`,
    );
  });

  it("a project missing two categories: fill inserts exactly the rows for them", async () => {
    const file = await projectMissingCategories();
    const out = join(dir, `${stem(file)}.插入.xlsx`);
    const run = await runCli(["fill", file, "--out", out, "--format", "json", "--level2", "--period-values"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBeLessThan(2);
    const plan = JSON.parse(run.stdout) as FillJson;
    // Above the 满意度 row (row 8), for the missing 效益 and 成本 indicators.
    expect(plan.insertions).toEqual([{ sheet: "绩效目标表", before: 7, count: 3 }]);
  });
});
