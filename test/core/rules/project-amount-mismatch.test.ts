import { projectAmountMismatch } from "../../../src/core/rules/project-amount-mismatch";
import { nameSimilarity, projectNameKey } from "../../../src/core/text/name-match";
import type { CellValue } from "../../../src/core/grid/grid";
import { ruleTester, runRule, type TestGrid } from "./rule-tester";

type Row = CellValue[];

/** Seed 001's 表10 项目支出表 (万元), two header rows, a 合计 row, six projects. */
function projectList(rows: readonly [string, number][], total = 24.34, fiscal = total): TestGrid {
  return {
    sheet: "表10",
    rows: [
      ["预算公开表10"],
      ["项目支出表"],
      ["部门名称：天津市东丽区人民政府信访办公室", null, null, null, null, null, null, null, null, null, null, "单位：万元"],
      ["项目类型", "项目名称", "项目单位", "合计", "2026年财政拨款", null, null, "财政拨款结转结余", null, null, "财政专户管理资金", "单位资金"],
      [null, null, null, null, "一般公共预算", "政府性基金预算", "国有资本经营预算", "一般公共预算", "政府性基金预算", "国有资本经营预算"],
      [null, "合计", null, total, fiscal, null, null, null, null, null, null, total === fiscal ? null : Math.round((total - fiscal) * 100) / 100],
      ...rows.map(([name, amount]): Row => ["特定目标类", name, "天津市东丽区人民政府信访办公室", amount, amount, 0, 0, 0, 0, 0, 0, 0]),
    ],
    merges: ["A2:L2", "A3:K3", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:G4", "H4:J4", "K4:K5", "L4:L5"],
  };
}

/** Seed 001's 表3 部门支出总体情况表 (万元) with its 项目支出 column. */
function functionSummary(project = 24.34): TestGrid {
  return {
    sheet: "表3",
    rows: [
      ["预算公开表3"],
      ["部门支出总体情况表"],
      ["部门名称：天津市东丽区人民政府信访办公室", null, null, null, null, null, null, "单位：万元"],
      ["项目", null, "2026年预算数"],
      ["科目编码", "科目名称", "合计", "基本支出", "项目支出", "事业单位经营支出", "上缴上级支出", "对附属单位补助支出"],
      [null, "合计", 425.2 + project, 425.2, project],
      ["201", "一般公共服务支出", 425.2 + project, 425.2, project],
    ],
    merges: ["A2:H2", "A3:G3", "A4:B4", "C4:H4"],
  };
}

/** One of seed 001's target tables (元): 预算数 in C4. */
function target(sheet: string, name: string, amount: number): TestGrid {
  return {
    sheet,
    rows: [
      [`${name}绩效目标表`],
      ["389101 天津市东丽区人民政府信访办公室", null, null, null, null, "单位：元"],
      ["项目名称", name],
      ["预算规模及资金用途", "预算数", amount, "其中：财政资金", amount, "其他资金"],
      [null, "用于项目支出"],
      ["绩效目标", "完成年度工作"],
      ["一级指标", "二级指标", "三级指标", "绩效指标描述", null, "指标值"],
      ["产出指标", "数量指标", "工作天数", "全年工作天数", null, "≥ 200 天"],
      ["效益指标", "社会效益指标", "维护社会稳定", "保障社会稳定", null, "有效维护"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "群众满意程度", null, "$\\geq 95\\%$"],
    ],
    merges: ["A1:G1", "A2:E2", "F2:G2", "B3:G3", "A4:A5", "B5:G5", "B6:G6", "D7:E7", "F7:G7", "D8:E8", "F8:G8", "D9:E9", "F9:G9", "D10:E10", "F10:G10"],
  };
}

/** Seed 001's 表5 一般公共预算支出情况表: its 项目支出 covers 一般公共预算 only. */
function generalBudgetSummary(project: number): TestGrid {
  return {
    sheet: "表5",
    rows: [
      ["预算公开表5"],
      ["一般公共预算支出情况表"],
      ["部门名称：天津市东丽区人民政府信访办公室", null, null, null, null, null, "单位：万元"],
      ["项目", null, "合计", "基本支出", null, null, "项目支出"],
      ["科目编码", "科目名称", null, "合计", "人员经费", "公用经费"],
      [null, "合计", 425.2 + project, 425.2, 363.69, 61.51, project],
      ["201", "一般公共服务支出", 425.2 + project, 425.2, 363.69, 61.51, project],
    ],
    merges: ["A2:G2", "A3:F3", "A4:B4", "C4:C5", "D4:F4", "G4:G5"],
  };
}

const LIST_ROWS: [string, number][] = [
  ["(自有资金)银行利息", 0.01],
  ["编外人员经费", 5.32],
  ["编外人员经费(清退人员)项目", 2.51],
  ["信访工作经费项目", 11],
  ["信访接待中心运行费用项目", 4],
  ["信访数据信息维护项目", 1.5],
];

function seed001(amounts: Partial<Record<string, number>> = {}, extra: TestGrid[] = [], project = 24.34): TestGrid[] {
  const targets: [string, number][] = [
    ["(自有资金) 2026 年银行存款利息", 100],
    ["编外人员经费", 53184],
    ["信访接待中心运行费用项目", 40000],
    ["信访工作经费", 110000],
    ["信访信息维保费用", 15000],
    ["编外人员（清退）经费", 25100],
  ];
  return [
    functionSummary(project),
    projectList(LIST_ROWS),
    ...targets.map(([name, amount], i) => target(`绩效目标${i + 1}`, name, amounts[name] ?? amount)),
    ...extra,
  ];
}

ruleTester(projectAmountMismatch, {
  valid: [
    { name: "meta example", grid: projectAmountMismatch.meta.examples.valid },
    { name: "seed 001: six target tables (元) match 项目支出表 (万元) under other names", grid: seed001() },
    {
      name: "编外人员（清退）经费 finds its row even without 编外人员经费's table",
      grid: [projectList(LIST_ROWS), target("绩效目标6", "编外人员（清退）经费", 25100)],
    },
    {
      name: "seed 001: 表5's 项目支出 (一般公共预算 only) agrees with the list's 一般公共预算 column, not its 合计",
      grid: [functionSummary(24.34), generalBudgetSummary(24.33), projectList(LIST_ROWS, 24.34, 24.33)],
    },
    {
      name: "no 项目支出表: nothing to compare",
      grid: [target("绩效目标1", "信访工作经费", 110000), target("绩效目标2", "会议费", 5000)],
    },
    {
      name: "seed 003: list rows that are themselves the projects",
      grid: {
        rows: [
          ["项目名称（资金使用单位）", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标"],
          ["信访工作经费", 3.2, 3.2, null, null, "督办", "1、1-产出指标；11-数量指标；督办上级交办信访事项；年度指标值:≥15宗。"],
        ],
      },
    },
  ],
  invalid: [
    { name: "meta example", grid: projectAmountMismatch.meta.examples.invalid, errors: [{ cell: "B3", messageId: "mismatch", severity: "error" }] },
    {
      name: "a changed amount: 编外人员（清退）经费 25,000 元 vs 2.51 万元",
      grid: seed001({ "编外人员（清退）经费": 25000 }),
      errors: [{ cell: "C4", messageId: "mismatch", severity: "error" }],
    },
    {
      name: "a changed amount where the names are identical: 编外人员经费 60,000 元 vs 5.32 万元",
      grid: seed001({ 编外人员经费: 60000 }),
      errors: [{ cell: "C4", messageId: "mismatch", severity: "error" }],
    },
    {
      name: "a target table with no row in the list",
      grid: seed001({}, [target("绩效目标7", "信访专项督查会议费", 8000)]),
      errors: [{ cell: "B3", messageId: "unmatched", severity: "info" }],
    },
    {
      name: "表5 项目支出 disagrees with the list's 一般公共预算 column",
      grid: [functionSummary(24.34), generalBudgetSummary(24.34), projectList(LIST_ROWS, 24.34, 24.33)],
      errors: [{ cell: "E6", messageId: "listVsFunction", severity: "error" }],
    },
    {
      name: "表3 项目支出 disagrees with the list's 合计",
      grid: seed001({}, [], 25.34),
      errors: [{ cell: "D6", messageId: "listVsFunction", severity: "error" }],
    },
  ],
});

describe("project-amount-mismatch details", () => {
  it("relates the list row on its sheet and converts 元 to 万元", () => {
    const ds = runRule(projectAmountMismatch, seed001({ "编外人员（清退）经费": 25000 }));
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({
      sheet: "绩效目标6",
      cell: "C4",
      related: ["表10!D9"],
      severity: "error",
      data: { amount: 25000, unit: "元", converted: 2.5, list: "项目支出表", listName: "编外人员经费(清退人员)项目", listAmount: 2.51, listUnit: "万元", diff: -0.01 },
    });
  });

  it("reports an unmatched project as info", () => {
    const [d] = runRule(projectAmountMismatch, seed001({}, [target("绩效目标7", "信访专项督查会议费", 8000)]));
    expect(d).toMatchObject({ sheet: "绩效目标7", severity: "info", messageId: "unmatched", data: { project: "信访专项督查会议费", list: "项目支出表" } });
  });

  it("relates the function-class table's cell for listVsFunction", () => {
    const [d] = runRule(projectAmountMismatch, seed001({}, [], 25.34));
    expect(d).toMatchObject({ sheet: "表10", related: ["表3!E6"], data: { listAmount: 24.34, functionAmount: 25.34, diff: -1 } });
  });
});

describe("project name matching", () => {
  it.each([
    ["(自有资金) 2026 年银行存款利息", "自有资金银行存款利息"],
    ["信访工作经费项目", "信访工作"],
    ["编外人员（清退）经费", "编外人员清退"],
    ["2026年度信访信息维保费用", "信访信息维保"],
  ])("%s → %s", (name, key) => {
    expect(projectNameKey(name)).toBe(key);
  });

  it("keeps 清退 apart from the plain 编外人员经费", () => {
    expect(nameSimilarity("编外人员（清退）经费", "编外人员经费(清退人员)项目")).toBeGreaterThan(nameSimilarity("编外人员（清退）经费", "编外人员经费"));
    expect(nameSimilarity("编外人员经费", "编外人员经费(清退人员)项目")).toBeLessThan(0.5);
  });
});
