/**
 * Templates of issue 11 as small grids: what the parser reads from each, exactly. The whole
 * workbooks are in the corpus (test/corpus); these pin the general rule each one is an instance of.
 */
import { checkWorkbook } from "../../../src/core/check/check";
import type { ProjectTable } from "../../../src/core/model/model";
import { gridOf, indicatorOf, parseGrids, projectsOf } from "./grids";

describe("indicator header without a 一级 column", () => {
  const grid = gridOf("绩效目标", [
    ["项目名称", "文化活动中心免费开放"],
    ["预算数", 42, "其中：财政资金", 42],
    ["二级指标", "三级指标", "指标值", "备注"],
    ["数量指标", "免费开放天数", "≥300天"],
    ["经济成本指标", "场馆运行成本", "≤42万元"],
    ["社会效益指标", "群众参与度", "明显提高"],
    ["社会公众或服务对象满意度指标", "群众满意度", "≥92%"],
    ["服务对象满意度指标", "读者满意度", "≥90%"],
  ]);

  it("reads the rows and takes each 一级 from its 二级, at the 二级's cell", () => {
    const [p, ...rest] = projectsOf(parseGrids(grid));
    expect(rest).toEqual([]);
    expect(p!.indicators.map(indicatorOf)).toEqual([
      { level1: "产出指标", level2: "数量指标", level3: "免费开放天数", value: "≥300天", cell: "C4" },
      { level1: "成本指标", level2: "经济成本指标", level3: "场馆运行成本", value: "≤42万元", cell: "C5" },
      { level1: "效益指标", level2: "社会效益指标", level3: "群众参与度", value: "明显提高", cell: "C6" },
      { level1: "效益指标", level2: "社会公众或服务对象满意度指标", level3: "群众满意度", value: "≥92%", cell: "C7" },
      { level1: "满意度指标", level2: "服务对象满意度指标", level3: "读者满意度", value: "≥90%", cell: "C8" },
    ]);
    expect(p!.indicators[0]!.level1?.cell).toBe("A4");
    expect(p!.columns.level1).toBeUndefined();
  });

  it("needs a 三级 and a value column besides the 二级: 二级指标 | 说明 alone is no header", () => {
    const notHeader = gridOf("说明", [
      ["项目名称", "某项目"],
      ["二级指标", "说明"],
      ["数量指标", "按计划填写"],
    ]);
    expect(projectsOf(parseGrids(notHeader))).toEqual([]);
  });
});

describe("cost-composition tables beside the indicators", () => {
  it("a table directly under the indicator rows is the project's cost table, not indicators", () => {
    const grid = gridOf("绩效目标表", [
      ["项目名称", "赛事活动经费"],
      ["预算数", 13, "财政资金", 13, "其他资金", 0],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "举办场次", "≥8场"],
      ["满意度指标", "服务对象满意度指标", "参赛群众满意度", "≥90%"],
      ["成本构成", "数量", "单价（元）", "金额（万元）", "测算依据"],
      ["场地租赁费", 8, 5000, 4, "按询价"],
      ["劳务费", 450, 200, 9, "按标准"],
      ["合计", null, null, 13, null],
      [],
      ["项目名称", "下一个项目"],
      ["预算数", 5, "财政资金", 5, "其他资金", 0],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "维护次数", "≥4次"],
    ]);
    const [p, next] = projectsOf(parseGrids(grid));
    expect(p!.indicators).toHaveLength(2);
    expect(p!.range.bottom).toBe(8);
    const cost = p!.costTable!;
    expect({ position: cost.position, headerRow: cost.headerRow, lastRow: cost.lastRow }).toEqual({ position: "below", headerRow: 5, lastRow: 8 });
    expect(cost.items.map((i) => [i.label.value, i.quantity?.value, i.price?.value, i.price?.unit, i.amount?.value, i.amount?.unit, i.amount?.cell])).toEqual([
      ["场地租赁费", 8, 5000, "元", 4, "万元", "D7"],
      ["劳务费", 450, 200, "元", 9, "万元", "D8"],
    ]);
    expect([cost.total?.value, cost.total?.cell, cost.totalLabelCell]).toEqual([13, "D9", "A9"]);
    expect([next!.name.value, next!.budget?.total?.value, next!.range.top, next!.indicators.length]).toEqual(["下一个项目", 5, 10, 1]);
  });

  it("a 成本测算 table above the indicators gives the budget when the head states none", () => {
    const grid = gridOf("项目绩效目标表", [
      ["项目名称", "路灯运维"],
      ["项目预算成本构成", "金额", "测算依据", "2023年实际支出"],
      ["电费", 210, "按用电量", 205.3],
      ["维修材料费", 150, "按计划", 140],
      ["合计", 360, null, 345.3],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "运维路灯盏数", "≥2.6万盏"],
    ]);
    const [p] = projectsOf(parseGrids(grid));
    expect(p!.costTable?.position).toBe("above");
    expect(p!.budget).toEqual({
      total: { value: 360, unit: "万元", cell: "B5", decimals: 0 },
      fiscal: null,
      specialAccount: null,
      other: null,
      labelCells: { total: "A5" },
    });
    expect(p!.missing).toEqual([]);
  });

  it("the head's own 预算数 stays the budget when a 成本测算 table stands beside it", () => {
    const grid = gridOf("项目绩效目标表", [
      ["项目名称", "路灯运维"],
      ["预算数", 400, "其中：财政资金", 400],
      ["项目预算成本构成", "金额", "测算依据"],
      ["电费", 360, "按用电量"],
      ["合计", 360, null],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "运维路灯盏数", "≥2.6万盏"],
    ]);
    const [p] = projectsOf(parseGrids(grid));
    expect([p!.budget?.total?.value, p!.budget?.total?.cell]).toEqual([400, "B2"]);
    expect(p!.costTable?.total?.value).toBe(360);
  });
});

describe("national 申报表: 中期 and 年度 money side by side", () => {
  const figures = (b: ProjectTable["budget"] | undefined) => (b ? [b.total?.value, b.total?.cell, b.fiscal?.value, b.fiscal?.cell, b.other?.value, b.other?.cell] : null);

  it("as label/value pairs: 中期资金总额 with its 其中 lines in its column, 年度资金总额 with its own", () => {
    const grid = gridOf("申报表", [
      ["项目名称", "饮水工程"],
      ["项目资金（万元）", "中期资金总额：", 1500, "年度资金总额：", 520],
      [null, "其中：财政拨款", 1200, "其中：财政拨款", 400],
      [null, "其他资金", 300, "其他资金", 120],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
      [null, "产出指标", "数量指标", "管网长度", "≥120公里", "≥45公里"],
    ], ["A2:A4", "A5:A6"]);
    const [p] = projectsOf(parseGrids(grid));
    expect(figures(p!.budget)).toEqual([520, "E2", 400, "E3", 120, "E4"]);
    expect(figures(p!.periodBudget)).toEqual([1500, "C2", 1200, "C3", 300, "C4"]);
  });

  it("as a 资金来源 | 中期 | 年度 header row: the year's amounts in the 年度 column", () => {
    const grid = gridOf("申报表", [
      ["项目名称", "农田建设"],
      ["项目资金", "资金来源", "中期", "年度"],
      [null, "资金总额", 2400, 800],
      [null, "其中：财政拨款", 2000, 700],
      [null, "其他资金", 400, 100],
      ["一级指标", "二级指标", "三级指标", "中期目标值", "年度目标值"],
      ["产出指标", "数量指标", "新建面积", "≥80万亩", "≥25万亩"],
    ], ["A2:A5"]);
    const [p] = projectsOf(parseGrids(grid));
    expect(figures(p!.budget)).toEqual([800, "D3", 700, "D4", 100, "D5"]);
    expect(figures(p!.periodBudget)).toEqual([2400, "C3", 2000, "C4", 400, "C5"]);
  });

  it("a table with only the year's money has no period budget", () => {
    const grid = gridOf("表", [
      ["项目名称", "培训"],
      ["预算数", 10, "其中：财政资金", 10],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "培训人数", "≥100人"],
    ]);
    expect(projectsOf(parseGrids(grid))[0]!.periodBudget).toBeUndefined();
  });
});

describe("一体化系统 export: project columns repeated on every indicator row", () => {
  const header = ["项目编码", "项目名称", "预算单位", "项目金额", "一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"];
  const row = (code: string, name: string, agency: string, amount: number, l3: string) => [code, name, agency, amount, "产出指标", "数量指标", l3, "大于等于", 10, "次"];

  it("groups rows by 项目编码: two projects of one name stay two, each amount read once", () => {
    const grid = gridOf("Sheet1", [
      header,
      row("P001", "专项业务经费", "某局", 18, "培训次数"),
      row("P001", "专项业务经费", "某局", 18, "检查次数"),
      row("P002", "专项业务经费", "某中心", 9.5, "培训人次"),
      row("P002", "专项业务经费", "某中心", 9.5, "巡查次数"),
      row("P003", "临时救助", "某局", 120, "救助人次"),
    ]);
    const projects = projectsOf(parseGrids(grid));
    expect(projects.map((p) => [p.name.value, p.code?.value, p.agency?.value, p.budget?.total?.value, p.indicators.length, p.range.top, p.range.bottom])).toEqual([
      ["专项业务经费", "P001", "某局", 18, 2, 1, 2],
      ["专项业务经费", "P002", "某中心", 9.5, 2, 3, 4],
      ["临时救助", "P003", "某局", 120, 1, 5, 5],
    ]);
    expect(projects[0]!.indicators[0]!.value?.value).toBe("≥10次");
  });

  it("without a 项目编码 column, a repeated name is one project", () => {
    const noCode = gridOf("Sheet1", [header.slice(1), row("P001", "专项业务经费", "某局", 18, "培训次数").slice(1), row("P001", "专项业务经费", "某局", 18, "检查次数").slice(1)]);
    expect(projectsOf(parseGrids(noCode)).map((p) => [p.name.value, p.indicators.length])).toEqual([["专项业务经费", 2]]);
  });
});

describe("county 申报表: 项目资金申请 as label：amount pairs, 长期 and 年度 indicator tables", () => {
  const HEADER = ["一级指标", "二级指标", "指标内容", "指标值", "备注"];
  it("reads several sources written in one cell; the non-fiscal ones add up to 其他资金", () => {
    const grid = gridOf("表", [
      ["项目名称", "环卫运营"],
      ["项目资金申请", "总额10606.75万元，其中：财政拨款：6923.36万元（其中：上级财政资金2000.00万元），自有资金：683.39万元，事业收入：3000.00万元，其他：0万元"],
      ["年度绩效指标", ...HEADER],
      [null, "产出指标", "数量指标", "★垃圾清运量", "≥18万吨", "核心指标"],
    ], ["A3:A4"]);
    const b = projectsOf(parseGrids(grid))[0]!.budget!;
    expect([b.total?.value, b.fiscal?.value, b.other?.value, b.upperLevel ?? null, b.total?.cell]).toEqual([10606.75, 6923.36, 3683.39, null, "B2"]);
  });

  it("reads one pair per cell across a row", () => {
    const grid = gridOf("表", [
      ["项目名称", "小巷改造"],
      ["项目资金申请", "总额：150万元", "财政拨款：120万元", "自有资金：20万元", "其他：0万元"],
      ["年度绩效指标", ...HEADER],
      [null, "产出指标", "数量指标", "改造数量", "12条"],
    ], ["A3:A4"]);
    const b = projectsOf(parseGrids(grid))[0]!.budget!;
    expect([b.total?.value, b.total?.cell, b.fiscal?.value, b.fiscal?.cell, b.other?.value, b.other?.cell]).toEqual([150, "B2", 120, "C2", 20, "D2"]);
  });

  it("a 长期绩效指标 table followed by a 年度绩效指标 table is one project: the year's indicators are its own", () => {
    const grid = gridOf("表", [
      ["项目名称", "环卫运营"],
      ["预算数", 100, "其中：财政拨款", 100],
      ["长期绩效指标", ...HEADER],
      [null, "产出指标", "数量指标", "覆盖率", "100%"],
      [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥95%"],
      ["年度绩效指标", ...HEADER],
      [null, "产出指标", "数量指标", "清运量", "≥18万吨"],
      [null, "效益指标", "社会效益指标", "环境", "明显改善"],
      [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ], ["A3:A5", "A6:A9"]);
    const projects = projectsOf(parseGrids(grid));
    expect(projects.map((p) => [p.name.value, p.budget?.total?.value, p.indicators.map((i) => i.level3?.value), p.range.top])).toEqual([
      ["环卫运营", 100, ["清运量", "环境", "群众满意度"], 0],
    ]);
  });
});

describe("department-wide table whose money cannot be read", () => {
  it("says so at the task header (table-unreadable, sheet partly read) instead of checking nothing", () => {
    const grid = gridOf("部门", [
      ["部门（单位）整体支出绩效目标表"],
      ["部门（单位）名称", "某市统计局"],
      ["年度主要任务", "任务名称", "主要内容", "预算金额"],
      ["", "统计调查", "开展常规统计调查", null],
      ["年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
      ["", "产出指标", "数量指标", "完成调查项目数", "≥30项"],
      ["", "效益指标", "社会效益指标", "统计数据支撑决策", "有效支撑"],
      ["", "满意度指标", "服务对象满意度指标", "数据使用者满意度", "≥90%"],
    ]);
    const { report } = checkWorkbook({ sheets: [grid] });
    expect(report.tables.map((t) => [t.kind, t.name])).toEqual([["department", "某市统计局"]]);
    expect(report.diagnostics.map((d) => [d.rule, d.severity, d.cell, d.data])).toEqual([["table-unreadable", "warning", "B3", { missing: ["budget"] }]]);
    expect(report.stats.sheets).toEqual([{ sheet: "部门", status: "partial", tables: 1, missing: ["budget"], reason: null, cell: "B3" }]);
  });
});

describe("a blank copy of the form", () => {
  const blank = gridOf("填报模板（勿动）", [
    ["项目支出绩效目标表"],
    [null, null, null, null, "单位：万元"],
    ["项目名称"],
    ["预算数", null, "其中：财政资金", null, "其他资金"],
    ["年度绩效目标"],
    ["一级指标", "二级指标", "三级指标", "指标值", "备注"],
    ["产出指标", "数量指标", null, null],
    [null, "质量指标", null, null],
    ["效益指标", "社会效益指标", null, null],
    ["满意度指标", "服务对象满意度指标", null, null],
  ]);

  it("is no project: the sheet is reported as a blank form at its 项目名称 label, and nothing is checked on it", () => {
    const parsed = parseGrids(blank);
    expect(parsed.tables).toEqual([]);
    expect(parsed.sheets).toEqual([{ sheet: "填报模板（勿动）", status: "not-target", tables: 0, missing: [], reason: "blank-form", cell: "A3" }]);
    expect(checkWorkbook({ sheets: [blank] }).report.diagnostics).toEqual([]);
  });

  it("a form with its name filled in is a project, with what it lacks reported", () => {
    const named = gridOf("项目1", blank.cells.map((r, i) => (i === 2 ? ["项目名称", "禁毒宣传教育"] : r)));
    const parsed = parseGrids(named);
    expect(projectsOf(parsed).map((p) => [p.name.value, p.missing.map((m) => m.field)])).toEqual([["禁毒宣传教育", ["budget"]]]);
  });

  it("a filled form whose name label no list knows is no blank form: what was not read is reported", () => {
    const filled = gridOf("表1", [
      ["项目支出绩效目标表"],
      ["项目（资金）名称", "禁毒宣传"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", null, null, "宣传场次≥20场"],
      ["效益指标", "社会效益指标", null, null, "知晓率≥90%"],
    ]);
    expect(parseGrids(filled).sheets).toEqual([{ sheet: "表1", status: "partial", tables: 1, missing: ["name", "budget"], reason: null, cell: "A1" }]);
    const unreadable = checkWorkbook({ sheets: [filled] }).report.diagnostics.filter((d) => d.rule === "table-unreadable");
    expect(unreadable.map((d) => [d.cell, d.messageId, d.data])).toEqual([["A1", "missing", { missing: ["name", "budget"] }]]);
  });
});
