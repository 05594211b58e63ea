import { runCli, type JsonReport } from "./helpers";

describe("jixiao check on department-wide and self-evaluation tables", () => {
  it("JSON lists them by kind, apart from projects", async () => {
    const run = await runCli(["check", "test/corpus/files/03-department.xlsx", "test/corpus/files/04-self-evaluation.xlsx", "--format", "json"]);
    const doc = JSON.parse(run.stdout) as JsonReport;
    expect(doc.files.map((f) => f.tables.map((t) => [t.kind, t.name, t.budget, t.indicators]))).toEqual([
      [["department", "市自然资源和规划局", { total: 770, fiscal: 670, other: 80 }, 7]],
      [["self-evaluation", "社区居家养老服务补助", { total: 220, fiscal: 220, other: 0 }, 7]],
    ]);
    expect(run.code).toBe(1);
  });

  it("text counts them and never says nothing was checked", async () => {
    const run = await runCli(["check", "test/corpus/files/04-self-evaluation.xlsx"]);
    expect(run.stdout.split("\n").slice(1, 3)).toEqual(["  共 1 个工作表，识别项目 0 个、汇总表 0 张、部门整体表或自评表 1 张", "    工作表「自评表」：不是绩效目标表：绩效自评表（A1）"]);
    expect(run.stdout).not.toContain("未作任何校验");
    expect(run.stdout).toContain("错误 2 个，警告 1 个，提示 0 个");
  });
});
