/**
 * Two project tables printed side by side on one sheet (one landscape page holding two projects):
 * each is read in its own band of columns, with the addresses of the sheet, and the rows above both
 * (a common title, 单位：万元) count for each. A band the reader could not read is reported where it
 * looked, never dropped.
 */
import { checkWorkbook } from "../../../src/core/check/check";
import { planFill } from "../../../src/core/fill";
import { rangeA1 } from "../../../src/core/grid/address";
import { a1 } from "../../../src/core/grid/address";
import type { CellValue } from "../../../src/core/grid/grid";
import type { Indicator } from "../../../src/core/model/model";
import { budgetOf, gridOf, parseGrids, projectsOf, type Row } from "./grids";

type Block = { rows: Row[]; merges: string[] };

function block(name: string, total: number, fiscal: number, other: number, satisfaction: string | null): Block {
  const rows: Row[] = [
    [`${name}绩效目标表`],
    ["项目名称", name],
    ["资金总额", total, "其中：财政拨款", fiscal, "其他资金", other],
    ["年度目标", "保障工作正常开展"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "服务人次", "≥500人次"],
    ["效益指标", "社会效益指标", "服务能力提升", "≥10%"],
    ...(satisfaction === null ? [] : [["满意度指标", "服务对象满意度指标", "群众满意度", satisfaction]]),
  ];
  return { rows, merges: ["A1:F1", "B2:F2", "B4:F4"] };
}

/** Places blocks left to right, `gap` blank columns apart, below `above` rows common to all. */
function beside(blocks: Block[], gap: number, above: Row[] = []): { rows: Row[]; merges: string[] } {
  const width = 6 + gap;
  const height = Math.max(...blocks.map((b) => b.rows.length));
  const rows: CellValue[][] = above.map((r) => [...r]);
  for (let r = 0; r < height; r++) {
    const row: CellValue[] = [];
    blocks.forEach((b, i) => b.rows[r]?.forEach((v, c) => (row[i * width + c] = v ?? null)));
    rows.push(Array.from(row, (v) => v ?? null));
  }
  const merges = blocks.flatMap((b, i) =>
    b.merges.map((m) => {
      const [from, to] = m.split(":").map((ref) => shift(ref, i * width, above.length));
      return `${from}:${to}`;
    }),
  );
  return { rows, merges };
}

function shift(ref: string, cols: number, rows: number): string {
  const m = /^([A-Z]+)(\d+)$/u.exec(ref)!;
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return a1(Number(m[2]) - 1 + rows, col + cols);
}

function read(blocks: Block[], gap: number, above: Row[] = []) {
  const { rows, merges } = beside(blocks, gap, above);
  const grid = gridOf("绩效目标表", rows, merges);
  return { parsed: parseGrids(grid), report: checkWorkbook({ sheets: [grid] }).report };
}

describe("project tables side by side", () => {
  it("reads both, each with its own name, budget and indicators, with a blank column between", () => {
    const { parsed, report } = read([block("社区服务经费", 50, 40, 10, "≥90%"), block("信息系统运维费", 30, 30, 0, "≥95%")], 1);
    const projects = projectsOf(parsed);
    expect(projects.map((p) => [p.name.value, p.name.cell, p.indicators.length])).toEqual([
      ["社区服务经费", "B2", 3],
      ["信息系统运维费", "I2", 3],
    ]);
    expect(projects.map(budgetOf)).toEqual([
      { unit: "万元", total: 50, fiscal: 40, other: 10 },
      { unit: "万元", total: 30, fiscal: 30, other: 0 },
    ]);
    expect(report.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(parsed.sheets.map((s) => [s.status, s.tables])).toEqual([["read", 2]]);
  });

  it("reads both when they touch, with no blank column between", () => {
    const { parsed } = read([block("社区服务经费", 50, 40, 10, "≥90%"), block("信息系统运维费", 30, 30, 0, "≥95%")], 0);
    expect(projectsOf(parsed).map((p) => [p.name.value, p.name.cell, p.indicators.map((i) => i.level3?.cell)])).toEqual([
      ["社区服务经费", "B2", ["C6", "C7", "C8"]],
      ["信息系统运维费", "H2", ["I6", "I7", "I8"]],
    ]);
  });

  it("reads three, and the common title and unit above them count for each", () => {
    const above: Row[] = [["2025年度项目支出绩效目标表"], [null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, "单位：元"]];
    const blocks = [block("甲项目", 5000, 5000, 0, "≥90%"), block("乙项目", 8000, 6000, 2000, "≥90%"), block("丙项目", 1200, 1200, 0, "≥90%")];
    const { parsed } = read(blocks, 1, above);
    expect(projectsOf(parsed).map((p) => [p.name.value, budgetOf(p)])).toEqual([
      ["甲项目", { unit: "元", total: 5000, fiscal: 5000, other: 0 }],
      ["乙项目", { unit: "元", total: 8000, fiscal: 6000, other: 2000 }],
      ["丙项目", { unit: "元", total: 1200, fiscal: 1200, other: 0 }],
    ]);
  });

  it("checks the table on the right as any other: its sum and its categories, at its own cells", () => {
    const { report } = read([block("社区服务经费", 50, 40, 10, "≥90%"), block("信息系统运维费", 30, 20, 5, null)], 1);
    const errors = report.diagnostics.filter((d) => d.severity === "error").map((d) => [d.rule, d.cell]);
    expect(errors).toEqual([
      ["funds-budget-sum", "I3"],
      ["missing-category", "H5"],
    ]);
  });

  it("gives each table the band's columns as its range", () => {
    const { parsed } = read([block("社区服务经费", 50, 40, 10, "≥90%"), block("信息系统运维费", 30, 30, 0, "≥95%")], 1);
    expect(projectsOf(parsed).map((p) => rangeA1(p.range))).toEqual(["A1:G8", "H1:M8"]);
  });
});

describe("filling a table beside another", () => {
  it("inserts no whole row through its neighbour: the category is reported as not added, with why", () => {
    const { rows, merges } = beside([block("社区服务经费", 50, 40, 10, "≥90%"), block("信息系统运维费", 30, 30, 0, null)], 1);
    const fill = planFill({ sheets: [gridOf("绩效目标表", rows, merges)] }, { year: 2025 });
    expect(fill.plan.insertions).toEqual([]);
    expect(fill.plan.writes).toEqual([]);
    expect(fill.skipped).toEqual([{ table: "信息系统运维费", sheet: "绩效目标表", category: "满意度指标/服务对象满意度指标", reason: "beside-another-table" }]);
  });
});

describe("what is not two tables side by side", () => {
  it("a 序号 column before each copy: each band keeps its own 指标值", () => {
    const rows: Row[] = [
      ["项目名称", "甲项目", null, null, null, "项目名称", "乙项目"],
      ["资金总额", 50, null, null, null, "资金总额", 30],
      ["序号", "一级指标", "二级指标", "三级指标", "指标值", "一级指标", "二级指标", "三级指标", "指标值"],
      [1, "产出指标", "数量指标", "服务人次", "≥500人次", "产出指标", "数量指标", "台数", "≥42台"],
      [2, "效益指标", "社会效益指标", "服务能力", "有效提升", "效益指标", "社会效益指标", "运行效率", "明显提高"],
    ];
    const projects = projectsOf(parseGrids(gridOf("表", rows)));
    expect(projects.map((p) => [p.name.value, p.indicators.map((i) => [i.level3?.value, i.value?.cell])])).toEqual([
      ["甲项目", [["服务人次", "E4"], ["服务能力", "E5"]]],
      ["乙项目", [["台数", "I4"], ["运行效率", "I5"]]],
    ]);
  });

  it("one project whose indicators go on in a second column group is one table, with no false errors", () => {
    const rows: Row[] = [
      ["项目绩效目标表"],
      ["项目名称", "社区服务经费"],
      ["资金总额", 50, "其中：财政拨款", 40, "其他资金", 10],
      ["一级指标", "二级指标", "三级指标", "指标值", "一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "服务人次", "≥500人次", "效益指标", "社会效益指标", "服务能力提升", "≥10%"],
      ["产出指标", "质量指标", "合格率", "≥95%", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ];
    const grid = gridOf("表", rows, ["A1:H1", "B2:H2"]);
    expect(projectsOf(parseGrids(grid)).map((p) => [p.name.value, p.budget?.total?.value])).toEqual([["社区服务经费", 50]]);
    expect(checkWorkbook({ sheets: [grid] }).report.diagnostics.filter((d) => d.rule === "funds-budget-sum")).toEqual([]);
  });
});

describe("one project whose indicators go on in a second column group", () => {
  const levels = (p: { indicators: readonly Indicator[] }) => p.indicators.map((i) => [i.level1?.value, i.level1?.cell, i.level2?.value, i.level3?.value, i.value?.cell]);
  const CONTINUED: Row[] = [
    ["产出指标", "数量指标", "服务人次", "≥500人次", "效益指标", "社会效益指标", "服务能力提升", "≥10%"],
    ["产出指标", "质量指标", "合格率", "≥95%", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
  ];
  const HEADERS: Row = ["一级指标", "二级指标", "三级指标", "指标值", "一级指标", "二级指标", "三级指标", "指标值"];

  it("reads the right-hand group's indicators as the project's, after the left-hand ones, and raises nothing", () => {
    const rows: Row[] = [["项目绩效目标表"], ["项目名称", "社区服务经费"], ["资金总额", 50, "其中：财政拨款", 40, "其他资金", 10], HEADERS, ...CONTINUED];
    const grid = gridOf("表", rows, ["A1:H1", "B2:H2"]);
    const parsed = parseGrids(grid);
    expect(projectsOf(parsed).map((p) => [p.name.value, levels(p), rangeA1(p.range)])).toEqual([
      [
        "社区服务经费",
        [
          ["产出指标", "A5", "数量指标", "服务人次", "D5"],
          ["产出指标", "A6", "质量指标", "合格率", "D6"],
          ["效益指标", "E5", "社会效益指标", "服务能力提升", "H5"],
          ["满意度指标", "E6", "服务对象满意度指标", "群众满意度", "H6"],
        ],
        "A1:H6",
      ],
    ]);
    expect(parsed.sheets.map((s) => [s.status, s.tables])).toEqual([["read", 1]]);
    expect(checkWorkbook({ sheets: [grid] }).report.diagnostics).toEqual([]);
  });

  it("is one project when the only name is shared by both groups and the money runs into the second", () => {
    const rows: Row[] = [["项目支出绩效目标表"], ["单位：万元"], ["项目名称", "示范项目"], ["预算数", 100, "财政资金", 90, "其他资金", 10], ["绩效目标", "完成任务"], HEADERS, ...CONTINUED];
    const grid = gridOf("表", rows);
    const parsed = parseGrids(grid);
    expect(projectsOf(parsed).map((p) => [p.name.value, budgetOf(p).total, p.indicators.map((i) => i.level3?.cell)])).toEqual([["示范项目", 100, ["C7", "C8", "G7", "G8"]]]);
    expect(checkWorkbook({ sheets: [grid] }).report.diagnostics).toEqual([]);
  });

  it("a second group whose values the reader does not find is reported at its header, not dropped", () => {
    const rows: Row[] = [
      ["项目绩效目标表"],
      ["项目名称", "社区服务经费"],
      ["资金总额", 50, "其中：财政拨款", 40, "其他资金", 10],
      ["一级指标", "二级指标", "三级指标", "指标值", "一级指标", "二级指标", "三级指标", "备注"],
      ...CONTINUED,
    ];
    const grid = gridOf("表", rows, ["A1:H1", "B2:H2"]);
    const [p] = projectsOf(parseGrids(grid));
    expect([p!.indicators.map((i) => [i.level3?.cell, i.value?.cell ?? null]), p!.missing]).toEqual([
      [["C5", "D5"], ["C6", "D6"], ["G5", null], ["G6", null]],
      [{ field: "indicator-values", cell: "G4" }],
    ]);
    expect(checkWorkbook({ sheets: [grid] }).report.diagnostics.map((d) => [d.rule, d.cell, d.messageId, d.severity])).toEqual([["table-unreadable", "G4", "missing", "warning"]]);
  });
});
