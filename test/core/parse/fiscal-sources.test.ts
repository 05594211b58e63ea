/**
 * A budget officer names the government's money by where it comes from: 本级财力 (the level's own
 * means), 债券资金 / 专项债券资金 (government bonds), 上级补助 (a higher level's). All are 财政资金:
 * several such lines are the fiscal money together, wherever they are written (side by side on the
 * total's row, one under another, in a grid over their amounts, as pairs in one cell), unless a line
 * is a 其中 part of the one above. 单位自有资金 stays other money.
 */
import { checkWorkbook } from "../../../src/core/check/check";
import { budgetOf, gridOf, parseGrids, projectsOf, summariesOf, type Row } from "./grids";

const INDICATORS: Row[] = [
  ["年度目标", "完成危桥改造"],
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["产出指标", "数量指标", "改造危桥数量", "≥5座"],
  ["效益指标", "社会效益指标", "通行条件改善", "≥10%"],
  ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
];

function read(head: Row[], merges: string[] = []) {
  const grid = gridOf("目标表", [["项目名称", "危桥改造"], ...head, ...INDICATORS], merges);
  const project = projectsOf(parseGrids(grid))[0]!;
  const { report } = checkWorkbook({ sheets: [grid] });
  return {
    budget: budgetOf(project),
    upperLevel: project.budget?.upperLevel?.value ?? null,
    listed: report.tables[0]?.budget,
    diagnostics: report.diagnostics.map((d) => [d.rule, d.cell, d.severity]),
  };
}

describe("several fiscal lines are the fiscal money together", () => {
  it("side by side on the total's row (本级财力 | 60 | 债券资金 | 20)", () => {
    expect(read([["项目资金", 85, "本级财力", 60, "债券资金", 20, "其他资金", 5]])).toEqual({
      budget: { unit: "万元", total: 85, fiscal: 80, other: 5 },
      upperLevel: null,
      listed: { total: 85, fiscal: 80, other: 5 },
      diagnostics: [],
    });
  });

  it("side by side, a total that is not their sum is the funds error at the total", () => {
    const grid = gridOf("目标表", [["项目名称", "危桥改造"], ["项目资金", 86.5, "本级财力", 60, "债券资金", 20, "其他资金", 5], ...INDICATORS]);
    expect(checkWorkbook({ sheets: [grid] }).report.diagnostics.map((d) => [d.rule, d.cell, d.severity, d.data])).toEqual([
      ["funds-budget-sum", "B2", "error", { total: 86.5, fiscal: 80, other: 5, sum: 85, diff: 1.5, unit: "万元" }],
    ]);
  });

  it("side by side, the lines after the period's total are the period's", () => {
    const r = read([["年度资金总额", 50, "本级财力", 30, "债券资金", 10, "其他资金", 10, "实施期资金总额", 100, "本级财力", 60, "债券资金", 20, "其他资金", 20]]);
    expect([r.budget, r.diagnostics]).toEqual([{ unit: "万元", total: 50, fiscal: 40, other: 10 }, []]);
  });

  it("one under another in the label column", () => {
    const r = read([["预算数", 100], ["其中：本级财力", 60], ["专项债券资金", 30], ["其他资金", 10]]);
    expect([r.budget, r.diagnostics]).toEqual([{ unit: "万元", total: 100, fiscal: 90, other: 10 }, []]);
  });

  it("a 其中 line under 财政资金 is its part, not more money", () => {
    const r = read([["预算数", 100], ["财政资金", 90], ["其中：债券资金", 30], ["其他资金", 10]]);
    expect([r.budget, r.diagnostics]).toEqual([{ unit: "万元", total: 100, fiscal: 90, other: 10 }, []]);
  });

  it("as label：amount pairs in one cell", () => {
    const r = read([["项目资金", "资金总额100万元，其中：本级财力60万元，政府债券资金30万元，单位自有资金10万元"]]);
    expect([r.budget, r.diagnostics]).toEqual([{ unit: "万元", total: 100, fiscal: 90, other: 10 }, []]);
  });

  it("pairs in one cell: 其中 after a fiscal pair names its part", () => {
    const r = read([["项目资金", "资金总额100万元，财政资金90万元，其中：债券资金30万元，自有资金10万元"]]);
    expect([r.budget, r.diagnostics]).toEqual([{ unit: "万元", total: 100, fiscal: 90, other: 10 }, []]);
  });
});

describe("本级财力 beside 上级补助: both fiscal, 单位自有资金 other", () => {
  it("in a grid over their amounts (资金总额 | 本级财力 | 上级补助 | 单位自有资金)", () => {
    expect(read([["项目资金", "资金总额", "本级财力", "上级补助", "单位自有资金"], [null, 386, 236, 120, 30]], ["A2:A3"])).toEqual({
      budget: { unit: "万元", total: 386, fiscal: 236, other: 30 },
      upperLevel: 120,
      listed: { total: 386, fiscal: 356, other: 30 },
      diagnostics: [],
    });
  });

  it("as label：amount cells on the total's row, the sum checked with both", () => {
    const r = read([["年度预算安排（万元）", 95, "其中：本级财力", 80, "上级补助", 15]]);
    expect([r.budget, r.upperLevel, r.listed, r.diagnostics]).toEqual([{ unit: "万元", total: 95, fiscal: 80, other: null }, 15, { total: 95, fiscal: 95, other: 0 }, []]);
  });
});

describe("in a list of projects, one row each", () => {
  it("本级财力 | 债券资金 columns are the fiscal money together", () => {
    const grid = gridOf("项目表", [
      ["2025年部门项目支出绩效目标表"],
      ["单位：万元"],
      ["项目名称", "资金总额", "本级财力", "专项债券资金", "其他资金", "绩效目标", "绩效指标"],
      ["危桥改造", 85, 60, 20, 5, "完成危桥改造。", "1、产出指标-数量指标-改造危桥数量：≥5座；2、效益指标-社会效益指标-通行条件改善：≥10%；3、满意度指标-服务对象满意度指标-群众满意度：≥90%"],
    ]);
    const { report } = checkWorkbook({ sheets: [grid] });
    expect([projectsOf(parseGrids(grid)).map(budgetOf), report.diagnostics.map((d) => [d.rule, d.cell, d.severity])]).toEqual([[{ unit: "万元", total: 85, fiscal: 80, other: 5 }], []]);
  });
});

describe("in a list of projects: 上级补助 beside 本级财力", () => {
  it("both are fiscal; 上级补助收入 (a unit's income from its superior unit) is not", () => {
    const read = (upper: string) => {
      const grid = gridOf("项目表", [
        ["2025年部门项目支出绩效目标表"],
        ["单位：万元"],
        ["项目名称", "资金总额", "本级财力", upper, "其他资金", "绩效目标", "绩效指标"],
        ["危桥改造", 100, 60, 30, 10, "完成危桥改造。", "1、产出指标-数量指标-改造危桥数量：≥5座；2、效益指标-社会效益指标-通行条件改善：≥10%；3、满意度指标-服务对象满意度指标-群众满意度：≥90%"],
      ]);
      const { report } = checkWorkbook({ sheets: [grid] });
      return [report.tables.filter((t) => t.kind === "project").map((t) => t.budget), summariesOf(parseGrids(grid)).map((t) => t.columns.map((c) => c.role))];
    };
    expect(read("上级补助")).toEqual([[{ total: 100, fiscal: 90, other: 10 }], [["total", "fiscal", "fiscal", "other"]]]);
    expect(read("上级补助收入")).toEqual([[{ total: 100, fiscal: 60, other: 10 }], [["total", "fiscal", "amount", "other"]]]);
  });
});

describe("in a list of projects: a source column is read by the one vocabulary of sources", () => {
  const read = (source: string) => {
    const grid = gridOf("项目表", [
      ["2025年部门项目支出绩效目标表"],
      ["单位：万元"],
      ["项目名称", "合计", "财政拨款", source, "绩效目标", "绩效指标"],
      ["危桥改造", 100, 80, 20, "完成危桥改造。", "1、产出指标-数量指标-改造危桥数量：≥5座；2、效益指标-社会效益指标-通行条件改善：≥10%；3、满意度指标-服务对象满意度指标-群众满意度：≥90%"],
    ]);
    const { report } = checkWorkbook({ sheets: [grid] });
    return [report.tables.filter((t) => t.kind === "project").map((t) => t.budget), report.diagnostics.map((d) => [d.rule, d.cell, d.severity])];
  };

  it.each(["事业收入", "上年结转", "社会投入", "经营收入", "单位自有资金"])("%s is other money", (source) => {
    expect(read(source)).toEqual([[{ total: 100, fiscal: 80, other: 20 }], []]);
  });

  it("a column of money the vocabulary does not name is reported at its header, not summed as missing", () => {
    expect(read("神秘资金")).toEqual([[{ total: 100, fiscal: 80, other: 0 }], [["table-unreadable", "D3", "warning"]]]);
  });
});

describe("in a table of one row per indicator", () => {
  function readFlat(header: Row, amounts: number[]) {
    const rows: Row[] = [
      header,
      ["危桥改造", ...amounts, "产出指标", "数量指标", "改造危桥数量", "≥5座"],
      ["危桥改造", ...amounts, "效益指标", "社会效益指标", "通行条件改善", "≥10%"],
      ["危桥改造", ...amounts, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ];
    const grid = gridOf("绩效目标导出", rows);
    const project = projectsOf(parseGrids(grid))[0]!;
    const { report } = checkWorkbook({ sheets: [grid] });
    return { budget: budgetOf(project), upperLevel: project.budget?.upperLevel?.value ?? null, listed: report.tables[0]?.budget, diagnostics: report.diagnostics.map((d) => [d.rule, d.cell, d.severity]) };
  }
  const LEVELS = ["一级指标", "二级指标", "三级指标", "指标值"];

  it("资金总额 | 本级财力 | 上级补助 | 债券资金 | 其他资金: the fiscal columns together, 上级补助 fiscal too", () => {
    expect(readFlat(["项目名称", "资金总额", "本级财力", "上级补助", "债券资金", "其他资金", ...LEVELS], [100, 50, 20, 20, 10])).toEqual({
      budget: { unit: "万元", total: 100, fiscal: 70, other: 10 },
      upperLevel: 20,
      listed: { total: 100, fiscal: 90, other: 10 },
      diagnostics: [],
    });
  });

  it("财政拨款 beside 一般公共预算 | 政府性基金 is their total", () => {
    const r = readFlat(["项目名称", "资金总额", "财政拨款", "一般公共预算", "政府性基金", "其他资金", ...LEVELS], [100, 90, 60, 30, 10]);
    expect([r.budget, r.diagnostics]).toEqual([{ unit: "万元", total: 100, fiscal: 90, other: 10 }, []]);
  });
});

describe("a project named like a source is no list header", () => {
  it("项目名称 | 学生资助补助经费 in a W-shape head reads as the project's name", () => {
    const grid = gridOf("申报表", [
      ["项目支出绩效目标申报表"],
      ["（2025年度）"],
      ["项目名称", "学生资助补助经费", null, "项目属性", "延续"],
      ["主管部门", "市教育局", null, "实施单位", "市学生资助管理中心"],
      ["项目期限", "2025-2027年", null, "项目负责人", "王某"],
      ["项目资金（万元）", "", "资金总额", "财政拨款", "其他资金"],
      [null, "年度", 1260, 1200, 60],
      [null, "实施期", 3780, 3600, 180],
      ...INDICATORS,
    ], ["A1:F1", "A2:F2", "B3:C3", "E3:F3", "B4:C4", "E4:F4", "B5:C5", "E5:F5", "A6:A8"]);
    const { report } = checkWorkbook({ sheets: [grid] });
    expect([report.tables.map((t) => [t.kind, t.name, t.budget]), report.diagnostics.map((d) => d.rule)]).toEqual([[["project", "学生资助补助经费", { total: 1260, fiscal: 1200, other: 60 }]], []]);
  });
});
