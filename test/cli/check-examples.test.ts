import { EXAMPLES, runCli, type JsonReport } from "./helpers";

async function checkJson(file: string): Promise<{ code: number; report: JsonReport["files"][number] }> {
  const run = await runCli(["check", file, "--format", "json"]);
  const doc = JSON.parse(run.stdout) as JsonReport;
  expect(doc.files).toHaveLength(1);
  return { code: run.code, report: doc.files[0]! };
}

const projectsOf = (r: JsonReport["files"][number]) =>
  r.tables.filter((t) => t.kind === "project").map((t) => [t.name, t.unit, t.budget?.total, t.budget?.fiscal, t.budget?.other, t.indicators]);

const errorsOf = (r: JsonReport["files"][number]) =>
  r.diagnostics.filter((d) => d.severity === "error").map((d) => [d.sheet, d.cell, d.rule]);

describe("jixiao check on the seed examples", () => {
  it("000: seven blocks, 571.20 万元, six indicators each, no funds or structure error", async () => {
    const { code, report } = await checkJson(EXAMPLES.s000);
    expect(projectsOf(report)).toEqual([
      ["市信访办履职能力提升经费", "万元", 81, 81, 0, 6],
      ["信访工作法治化保障经费", "万元", 12, 12, 0, 6],
      ["信访接待中心工作经费", "万元", 76, 76, 0, 6],
      ["信访信息系统运维费", "万元", 72.9, 72.9, 0, 6],
      ["政府门前办工作经费", "万元", 142, 142, 0, 6],
      ["驻京信访工作处工作经费", "万元", 100, 100, 0, 6],
      ["专线租赁、安全监测、视频监控等经费", "万元", 87.3, 87.3, 0, 6],
    ]);
    const total = report.tables.reduce((s, t) => s + (t.budget?.total ?? 0), 0);
    expect(total.toFixed(2)).toBe("571.20");
    expect(errorsOf(report)).toEqual([]);
    expect(code).toBe(0);
  });

  it("001: summary tables 表1–表6 and 表10 plus six target tables in 元 that tie to 24.34 万元", async () => {
    const { code, report } = await checkJson(EXAMPLES.s001);
    const summaries = report.tables.filter((t) => t.kind === "budget-summary").map((t) => [t.sheet, t.name]);
    expect(summaries).toEqual([
      ["表1", "部门收支总体情况表"],
      ["表2", "部门收入总体情况表"],
      ["表3", "部门支出总体情况表"],
      ["表4", "财政拨款收支总体情况表"],
      ["表5", "一般公共预算支出情况表"],
      ["表6", "一般公共预算基本支出情况表"],
      ["表10", "项目支出表"],
    ]);
    expect(projectsOf(report)).toEqual([
      ["(自有资金) 2026 年银行存款利息", "元", 100, 0, 100, 6],
      ["编外人员经费", "元", 53184, 53184, 0, 6],
      ["信访接待中心运行费用项目", "元", 40000, 40000, 0, 8],
      ["信访工作经费", "元", 110000, 110000, 0, 8],
      ["信访信息维保费用", "元", 15000, 15000, 0, 8],
      ["编外人员（清退）经费", "元", 25100, 25100, 0, 6],
    ]);
    const yuan = report.tables.reduce((s, t) => s + (t.kind === "project" ? t.budget!.total : 0), 0);
    expect((yuan / 10000).toFixed(2)).toBe("24.34");
    expect(errorsOf(report)).toEqual([]);
    expect(code).toBe(0);
  });

  it("002: 720 + 889 + 9 万元 with 8, 10 and 8 indicators; the third plan never reaches its budget", async () => {
    const { code, report } = await checkJson(EXAMPLES.s002);
    expect(projectsOf(report)).toEqual([
      ["2023年市级信访积案化解资金", "万元", 720, 720, 0, 8],
      ["2023年信访专项业务费", "万元", 889, 889, 0, 10],
      ["2023年金宏视频会议系统运行维护费", "万元", 9, 9, 0, 8],
    ]);
    expect(errorsOf(report)).toEqual([
      ["绩效目标表", "F38", "satisfaction-below-floor"],
      ["绩效目标表", "F47", "spending-plan"],
    ]);
    const plan = report.diagnostics.find((d) => d.rule === "spending-plan")!;
    expect(plan.table).toBe("2023年金宏视频会议系统运行维护费");
    expect(plan.related).toEqual(expect.arrayContaining(["C44", "D47"]));
    expect(plan.message).toContain("12月底");
    expect(code).toBe(1);
  });

  it("003: ten list rows totalling 308.00 万元; four projects lack 效益 or 满意度", async () => {
    const { code, report } = await checkJson(EXAMPLES.s003);
    const projects = report.tables.filter((t) => t.kind === "project");
    expect(projects.map((t) => [t.name, t.range])).toEqual([
      ["信访维稳工作专项经费", "A6:G6"],
      ["信息系统维护及法律顾问费", "A7:G7"],
      ["公务接待费", "A8:G8"],
      ["特殊疑难专项经费", "A9:G9"],
      ["信访工作经费", "A10:G10"],
      ["进京劝返协调工作经费", "A11:G11"],
      ["办公室水电及物业管理费等", "A12:G12"],
      ["信访超市建设经费", "A13:G13"],
      ["编外人员聘用经费", "A14:G14"],
      ["购置经费", "A15:G15"],
    ]);
    expect(projects.map((t) => t.indicators)).toEqual([4, 4, 2, 3, 3, 3, 3, 4, 5, 2]);
    const total = projects.reduce((s, t) => s + t.budget!.total, 0);
    expect(total.toFixed(2)).toBe("308.00");
    expect(errorsOf(report)).toEqual([
      ["项目支出绩效目标表", "G8", "missing-category"],
      ["项目支出绩效目标表", "G11", "missing-category"],
      ["项目支出绩效目标表", "G12", "missing-category"],
      ["项目支出绩效目标表", "G12", "value-unquantified"],
      ["项目支出绩效目标表", "G14", "value-unquantified"],
      ["项目支出绩效目标表", "G14", "value-unquantified"],
      ["项目支出绩效目标表", "G15", "missing-category"],
    ]);
    const messages = report.diagnostics.filter((d) => d.rule === "missing-category").map((d) => [d.table, d.message]);
    expect(messages).toEqual([
      ["公务接待费", expect.stringContaining("缺少效益指标")],
      ["进京劝返协调工作经费", expect.stringContaining("缺少满意度指标")],
      ["办公室水电及物业管理费等", expect.stringContaining("缺少效益指标")],
      ["购置经费", expect.stringContaining("缺少满意度指标")],
    ]);
    expect(report.diagnostics.filter((d) => d.rule === "value-unquantified").map((d) => d.message)).toEqual([
      "质量指标“安保服务质量”的指标值“高质量完成”未量化，应写成可衡量的值，如“≥95%”“≥100人”“12月底前”",
      "质量指标“专款专用情况”的指标值“按照相关要求专款专用”未量化，应写成可衡量的值，如“≥95%”“≥100人”“12月底前”",
      "时效指标“编外人员工资支付及时性”的指标值“及时”未量化，应写成可衡量的值，如“≥95%”“≥100人”“12月底前”",
    ]);
    expect(code).toBe(1);
  });

  it("004: 15 + 1 + 2 万元 with 9, 7 and 8 indicators; 满意度指标 misfiled as a 二级 in each", async () => {
    const { code, report } = await checkJson(EXAMPLES.s004);
    expect(projectsOf(report)).toEqual([
      ["部门专项-信访局大楼运行经费", "万元", 15, 15, 0, 9],
      ["部门专项-聘请法律顾问经费", "万元", 1, 1, 0, 7],
      ["部门专项-长期驻京驻乌劝返工作人员补贴", "万元", 2, 2, 0, 8],
    ]);
    expect(errorsOf(report)).toEqual([
      ["绩效目标表", "B16", "level2-mismatch"],
      ["绩效目标表", "B32", "level2-mismatch"],
      ["绩效目标表", "B49", "level2-mismatch"],
    ]);
    expect(code).toBe(1);
  });

  it("several files give one document, in the order given", async () => {
    const run = await runCli(["check", EXAMPLES.s000, EXAMPLES.s004, "--format", "json"]);
    const doc = JSON.parse(run.stdout) as JsonReport;
    expect(doc.files.map((f) => f.file)).toEqual([EXAMPLES.s000, EXAMPLES.s004]);
    expect(run.code).toBe(1);
  });

  it("renders messages in English with --lang en", async () => {
    const run = await runCli(["check", EXAMPLES.s004, "--format", "json", "--lang", "en"]);
    const doc = JSON.parse(run.stdout) as JsonReport;
    expect(doc.files[0]!.diagnostics[0]!.message).toBe(
      "Under level-1 “满意度指标”, level 2 cannot be “满意度指标”; the 2021 (财预〔2021〕101号) framework allows: 服务对象满意度指标",
    );
  });

  it("the text format lists cells first, grouped by sheet and table, in Chinese", async () => {
    const run = await runCli(["check", EXAMPLES.s003]);
    expect(run.stdout).toContain("工作表「项目支出绩效目标表」");
    expect(run.stdout).toMatch(/\n {4}公务接待费\n {6}G8 +错误 缺少效益指标/u);
    expect(run.stdout).toContain("错误 7 个，警告 0 个，提示 0 个");
    expect(run.code).toBe(1);
  });
});

describe("profile detection agrees with the seeds", () => {
  it.each([
    [EXAMPLES.s000, "legacy"],
    [EXAMPLES.s001, "legacy"],
    [EXAMPLES.s002, "2021"],
    [EXAMPLES.s003, "legacy"],
    [EXAMPLES.s004, "2021"],
  ])("%s follows the %s framework", async (file, framework) => {
    const run = await runCli(["check", file, "--format", "json"]);
    const doc = JSON.parse(run.stdout) as { files: { tables: { kind: string; framework?: string }[] }[] };
    const frameworks = new Set(doc.files[0]!.tables.filter((t) => t.kind === "project").map((t) => t.framework));
    expect([...frameworks]).toEqual([framework]);
  });
});
