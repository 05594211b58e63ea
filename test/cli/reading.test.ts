import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { EXAMPLES, runCli } from "./helpers";

let dir = "";
let unreadFile = "";
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "jixiao-reading-"));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("绩效目标表");
  for (const row of [["项目支出绩效目标表"], ["项目名称", "培训经费", "资金", 10], ["指标类型", "指标内容", "目标"], ["产出", "培训人数", "≥100人"]]) ws.addRow(row);
  wb.addWorksheet("说明").addRow(["填报说明"]);
  unreadFile = join(dir, "unread.xlsx");
  await wb.xlsx.writeFile(unreadFile);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("jixiao check never passes a workbook it could not read", () => {
  it("text: says 未识别到绩效目标表 and why for each sheet, never 未发现问题; exit 0 without --strict", async () => {
    const run = await runCli(["check", unreadFile]);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n").slice(1)).toEqual([
      "  共 2 个工作表，识别项目 0 个、汇总表 0 张",
      "    工作表「绩效目标表」：未能读取：像绩效目标表，但未识别出指标表头（A1）",
      "    工作表「说明」：不是绩效目标表：封面或说明页（A1）",
      "  工作表「绩效目标表」",
      "    绩效目标表",
      "      A1     警告 工作表「绩效目标表」像是绩效目标表，但未能识别出指标表头（一级指标、二级指标、三级指标、指标值），本表未作任何校验 [sheet-unread]",
      "  错误 0 个，警告 1 个，提示 0 个",
      "  未识别到绩效目标表：本工作簿未作任何校验（各工作表情况见上）。",
    ]);
    expect(run.stdout).not.toContain("未发现问题");
  });

  it("--strict counts the unread sheet as an error: exit 1", async () => {
    const run = await runCli(["check", unreadFile, "--strict", "--format", "json"]);
    expect(run.code).toBe(1);
    const file = (JSON.parse(run.stdout) as { files: { diagnostics: { rule: string; severity: string; cell: string }[]; stats: { errors: number } }[] }).files[0]!;
    expect(file.diagnostics.map((d) => [d.rule, d.severity, d.cell])).toEqual([["sheet-unread", "error", "A1"]]);
    expect(file.stats.errors).toBe(1);
  });

  it("json: stats.sheets gives every sheet's status", async () => {
    const run = await runCli(["check", EXAMPLES.s000, "--format", "json"]);
    const stats = (JSON.parse(run.stdout) as { files: { stats: { sheets: unknown[] } }[] }).files[0]!.stats;
    expect(stats.sheets).toEqual([{ sheet: "绩效目标表", status: "read", tables: 7, missing: [], reason: null, cell: "A1" }]);
  });
});
