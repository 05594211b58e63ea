/**
 * The reading report: every sheet gets a status, and a sheet or table the reader could not read says
 * so at the cell where it looked (issue 10's failure classes, one grid each).
 */
import { checkWorkbook } from "../../../src/core/check/check";
import type { Grid } from "../../../src/core/grid/grid";
import { describeSheetReading } from "../../../src/core/messages/reading";
import { gridOf, parseGrids, projectsOf } from "./grids";

const HEADER = ["一级指标", "二级指标", "三级指标", "指标值"];
const ROWS = [
  ["产出指标", "数量指标", "培训人数", "≥100人"],
  [null, "质量指标", "培训合格率", "≥95%"],
  ["效益指标", "社会效益指标", "业务水平", "有效提升"],
  ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"],
];

const diagnosticsOf = (...grids: Grid[]): [string, string, string, string][] =>
  checkWorkbook({ sheets: grids }).report.diagnostics.map((d) => [d.sheet, d.cell, d.rule, d.severity]);

describe("failure classes of issue 10", () => {
  it("a title-only name: the table is partly read, the name missing at the title, no year taken as the name", () => {
    const grid = gridOf("表1", [["2023年项目支出绩效目标申报表"], ["单位：万元"], ["预算数", 20, "其中：财政资金", 20, "其他资金", 0], HEADER, ...ROWS]);
    const parsed = parseGrids(grid);
    const [p] = projectsOf(parsed);
    expect(p!.name.value).not.toBe("2023年");
    expect(p!.missing).toEqual([{ field: "name", cell: "A1" }]);
    expect(p!.indicators).toHaveLength(4);
    expect(parsed.sheets).toEqual([{ sheet: "表1", status: "partial", tables: 1, missing: ["name"], reason: null, cell: "A1" }]);
    expect(diagnosticsOf(grid)).toEqual([["表1", "A1", "table-unreadable", "warning"]]);
  });

  it("an unreadable budget: no 预算数 ≠ 0 + 0, a warning at the budget's label", () => {
    const grid = gridOf("表1", [["项目名称", "培训经费"], ["项目资金", "详见附件"], ["其中：财政资金", "另行下达"], HEADER, ...ROWS]);
    const parsed = parseGrids(grid);
    expect(projectsOf(parsed)[0]!.missing).toEqual([{ field: "budget", cell: "A2" }]);
    expect(parsed.sheets[0]!.status).toBe("partial");
    expect(diagnosticsOf(grid)).toEqual([["表1", "A2", "table-unreadable", "warning"]]);
  });

  it("a cost-composition table directly under the indicators: its rows are not indicators", () => {
    const grid = gridOf("表1", [
      ["项目名称", "培训经费"],
      ["预算数", 1, "其中：财政资金", 1, "其他资金", 0],
      HEADER,
      ...ROWS,
      ["成本构成", "数量", "单价（元）", "金额（万元）", "测算依据"],
      ["教材印制", 100, 50, 0.5, "市场询价"],
      ["场地租赁", 2, 2500, 0.5, "合同"],
      ["合计", null, null, 1],
    ]);
    const [p, ...rest] = projectsOf(parseGrids(grid));
    expect(rest).toEqual([]);
    expect(p!.indicators.map((i) => i.level3?.value)).toEqual(["培训人数", "培训合格率", "业务水平", "学员满意度"]);
    // The cost table belongs to the project (its own checks run on it): the table's range covers it.
    expect(p!.range).toEqual({ top: 0, left: 0, bottom: 10, right: 5 });
    expect(p!.costTable?.items.map((i) => i.label.value)).toEqual(["教材印制", "场地租赁"]);
    expect(diagnosticsOf(grid)).toEqual([]);
  });

  it("a self-evaluation table: not a target table, no target-table rule runs on it, only its own", () => {
    const grid = gridOf("自评", [
      ["2023年度项目支出绩效自评表"],
      ["项目名称", "培训经费"],
      ["项目资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["年度资金总额", 10, 10, 9, 10, "90%", 9],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
      ["产出指标", "数量指标", "培训人数", "≥100人", "80人", 90, 72, null],
    ]);
    const parsed = parseGrids(grid);
    expect(parsed.tables.map((t) => [t.kind, t.id])).toEqual([["self-evaluation", "培训经费"]]);
    expect(parsed.sheets).toEqual([{ sheet: "自评", status: "not-target", tables: 1, missing: [], reason: "self-evaluation", cell: "A1" }]);
    // 80人 against ≥100人 with no 偏差原因: the self-evaluation's own warning; no missing category, no funds sum.
    expect(diagnosticsOf(grid)).toEqual([["自评", "E6", "self-eval-deviation-reason", "warning"]]);
  });

  it("a sheet whose indicators no reader knows is unread at the cell that names them: 一级指标 written sideways, a header pasted as one line", () => {
    const sideways = gridOf("横向", [["项目绩效目标表（横向）"], ["项目名称", "城市绿化养护"], ["预算数（万元）", 420], ["一级指标", "产出指标", "效益指标"], ["二级指标", "数量指标", "社会效益指标"], ["三级指标", "植树造林面积", "森林覆盖率提升"], ["指标值", "≥800亩", "有效改善"]]);
    const scanned = gridOf("扫描件", [["项目支出绩效目标表"], ["项目名称 基本公共卫生服务补助"], ["预算数 365.00 万元  其中：财政资金 365.00"], ["一级指标  二级指标  三级指标  指标值"], ["产出指标  数量指标  家庭医生签约人数  ≥1200人"], ["满意度指标  服务对象满意度指标  签约居民满意度  ≥90%"]]);
    expect(parseGrids(sideways, scanned).sheets.map((s) => [s.sheet, s.status, s.cell])).toEqual([
      ["横向", "unread", "A4"],
      ["扫描件", "unread", "A4"],
    ]);
    expect([...diagnosticsOf(sideways), ...diagnosticsOf(scanned)]).toEqual([
      ["横向", "A4", "sheet-unread", "warning"],
      ["扫描件", "A4", "sheet-unread", "warning"],
    ]);
  });

  it("a sheet titled 绩效目标表 in a layout no reader knows: unread, with a warning at the title", () => {
    const grid = gridOf("项目表", [["项目支出绩效目标表"], ["项目名称", "培训经费", "资金", 10], ["指标类型", "指标内容", "目标"], ["产出", "培训人数", "≥100人"]]);
    const parsed = parseGrids(grid);
    expect(parsed.tables).toEqual([]);
    expect(parsed.sheets).toEqual([{ sheet: "项目表", status: "unread", tables: 0, missing: ["indicator-header"], reason: "no-indicator-header", cell: "A1" }]);
    expect(diagnosticsOf(grid)).toEqual([["项目表", "A1", "sheet-unread", "warning"]]);
  });
});

describe("sheet statuses", () => {
  it("read, not-target (empty, cover, no header words) in workbook order", () => {
    const read = gridOf("目标表", [["项目名称", "培训经费"], ["预算数", 1, "其中：财政资金", 1], HEADER, ...ROWS]);
    const empty = gridOf("空表", []);
    const cover = gridOf("封面", [["2024年部门预算"], [], ["某某局"]]);
    const other = gridOf("人员", [["姓名", "职务"], ["张三", "科员"]]);
    const { sheets } = parseGrids(read, empty, cover, other);
    expect(sheets.map((s) => [s.sheet, s.status, s.tables, s.reason, s.cell])).toEqual([
      ["目标表", "read", 1, null, "B1"],
      ["空表", "not-target", 0, "empty", null],
      ["封面", "not-target", 0, "cover", "A1"],
      ["人员", "not-target", 0, "no-header-words", "A1"],
    ]);
  });

  it("describes each status in Chinese and English", () => {
    const grid = gridOf("表1", [["项目支出绩效目标表"], HEADER, ...ROWS]);
    const [reading] = parseGrids(grid).sheets;
    expect(describeSheetReading(reading!)).toBe("部分读取 1 张表，未能读取项目名称、预算数（A1）");
    expect(describeSheetReading(reading!, "en")).toBe("partly read: 1 table, could not read the project name, budget (A1)");
    const self = parseGrids(gridOf("自评", [["项目支出绩效自评表"], ["一级指标", "二级指标", "三级指标", "实际完成值", "偏差原因"]])).sheets[0]!;
    expect(describeSheetReading(self)).toBe("不是绩效目标表：绩效自评表（A1）");
  });
});

describe("blank template rows", () => {
  const head = [["项目名称", "培训经费"], ["预算数", 10, "其中：财政资金", 10]];

  it("rows with 三级 blank or a placeholder under a filled 二级 are not indicators; those that print placeholder text are reported", () => {
    const grid = gridOf("表1", [
      ...head,
      HEADER,
      ["产出指标", "数量指标", "培训人数", "≥100人"],
      [null, "数量指标", "指标2", null],
      [null, "质量指标", null, null],
      [null, "时效指标", "……", "……"],
      ["效益指标", "社会效益指标", "业务水平", "有效提升"],
      [null, "社会效益指标", "具体指标", null],
      ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"],
    ], ["A4:A7", "A8:A9"]);
    const [p] = projectsOf(parseGrids(grid));
    expect(p!.indicators.map((i) => i.row)).toEqual([3, 7, 9]);
    expect(p!.range.bottom).toBe(9);
    // Row 6 (质量指标 with nothing beside it) prints nothing to fill in; 指标2, …… and 具体指标 do.
    expect(diagnosticsOf(grid)).toEqual([
      ["表1", "C5", "placeholder-indicator", "warning"],
      ["表1", "C7", "placeholder-indicator", "warning"],
      ["表1", "C9", "placeholder-indicator", "warning"],
    ]);
  });

  it("a category whose rows are all unfilled is missing", () => {
    const grid = gridOf("表1", [
      ...head,
      HEADER,
      ["产出指标", "数量指标", "培训人数", "≥100人"],
      ["效益指标", "社会效益指标", "指标1", null],
      [null, "可持续影响指标", "指标2", null],
      ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"],
    ], ["A5:A6"]);
    expect(projectsOf(parseGrids(grid))[0]!.indicators).toHaveLength(2);
    expect(diagnosticsOf(grid)).toEqual([
      ["表1", "A3", "missing-category", "error"],
      ["表1", "C5", "placeholder-indicator", "warning"],
      ["表1", "C6", "placeholder-indicator", "warning"],
    ]);
  });

  it("a table of nothing but template rows: every category missing, the indicators read (no table-unreadable)", () => {
    const grid = gridOf("表1", [...head, HEADER, ["产出指标", "数量指标", "指标1", "≥**%"], ["效益指标", "社会效益指标", "指标1", null], ["满意度指标", "服务对象满意度指标", "指标1", null]]);
    const parsed = parseGrids(grid);
    expect([projectsOf(parsed)[0]!.indicators, projectsOf(parsed)[0]!.missing, parsed.sheets[0]!.status]).toEqual([[], [], "read"]);
    expect(diagnosticsOf(grid)).toEqual([
      ["表1", "A3", "missing-category", "error"],
      ["表1", "A3", "missing-category", "error"],
      ["表1", "A3", "missing-category", "error"],
      ["表1", "C4", "placeholder-indicator", "warning"],
      ["表1", "C5", "placeholder-indicator", "warning"],
      ["表1", "C6", "placeholder-indicator", "warning"],
    ]);
  });
});

describe("placeholders left in values", () => {
  it("are errors at their cells, and no other value rule runs on them", () => {
    const grid = gridOf("表1", [
      ["项目名称", "培训经费"],
      ["预算数", 10, "其中：财政资金", 10],
      HEADER,
      ["产出指标", "数量指标", "培训人数", "**人"],
      [null, "质量指标", "培训合格率", "≥**%"],
      [null, "成本指标", "培训成本", "XX万元"],
      ["效益指标", "社会效益指标", "业务水平", "有效提升"],
      ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"],
    ], ["A4:A6"]);
    expect(diagnosticsOf(grid)).toEqual([
      ["表1", "D4", "placeholder-indicator", "error"],
      ["表1", "D5", "placeholder-indicator", "error"],
      ["表1", "D6", "placeholder-indicator", "error"],
    ]);
  });
});

describe("a page of notes on how to fill the form", () => {
  const notes = [["填表说明"], ["一、本表适用于预算部门申请项目支出预算时填报，作为绩效目标审核的依据。"], ["二、项目名称：按规范的项目名称填报。"], ["三、资金总额＝财政拨款＋其他资金。"], ["四、绩效指标：一级指标包括产出指标、效益指标、满意度指标。"]];
  it.each([
    ["titled 填表说明", "Sheet2", notes],
    ["named 填报说明", "填报说明", notes.slice(1)],
  ])("%s is not a target table, whatever labels it quotes", (_how, name, rows) => {
    const { sheets } = parseGrids(gridOf(name, rows));
    expect(sheets.map((s) => [s.status, s.reason])).toEqual([["not-target", "cover"]]);
  });

  it("one line a row without such a title is still a sheet that sounds like a target table", () => {
    const { sheets } = parseGrids(gridOf("Sheet2", notes.slice(1)));
    expect(sheets.map((s) => s.status)).toEqual(["unread"]);
  });
});

describe("a cover and a page of review boxes", () => {
  it.each([
    ["封面", [["某县林业局2025年部门预算项目绩效目标"], ["编报单位：某县林业局（盖章）"], ["编报日期：2025年1月"], ["单位负责人："], ["财务负责人："]]],
    ["审核意见", [["绩效目标审核意见"], ["主管部门审核意见", "经审核，该项目绩效目标与部门职能相符，同意申报。"], ["财政部门业务科室审核意见", "审核人：  日期："]]],
    ["Sheet3", [["项目绩效目标审批意见表"], ["主管部门意见", "同意"], ["财政部门意见", "同意"]]],
  ])("%s is not a target table", (name, rows) => {
    expect(parseGrids(gridOf(name, rows)).sheets.map((s) => [s.status, s.reason])).toEqual([["not-target", "cover"]]);
  });
});

describe("a sheet named 首页 that holds a table the reader cannot read", () => {
  it("is reported as unread, not passed over as a cover", () => {
    const rows = [["2025年项目支出绩效目标表"], ["项目名称", "甲项目"], ["资金总额", 50], ["指标类别", "指标内容", "完成标准"], ["产出", "服务人次", "≥500人次"], ["效益", "服务能力", "有效提升"]];
    expect(parseGrids(gridOf("首页", rows)).sheets.map((s) => s.status)).toEqual(["unread"]);
  });
});
