/**
 * A header cell naming an indicator column (一级 · 二级 · 三级 · 指标值) the table does not read is
 * reported at that cell, never passed over; a header read whole says nothing.
 */
import { checkWorkbook } from "../../../src/core/check/check";
import { gridOf, parseGrids, projectsOf, type Row } from "./grids";

const HEAD: Row[] = [["城区环卫保洁服务绩效目标表"], ["项目名称", "城区环卫保洁服务"], ["预算数", 320, "其中：财政资金", 320, "其他资金", 0]];

describe("indicator columns of the header that the table does not read", () => {
  it("三级 | 指标值 repeated without a 二级 of their own: reported at their header cells", () => {
    const rows: Row[] = [
      ...HEAD,
      ["一级指标", "二级指标", "三级指标", "指标值", "三级指标", "指标值"],
      ["产出指标", "数量指标", "道路清扫保洁面积", "≥260万平方米", "道路保洁达标率", "≥95%"],
      ["效益指标", "社会效益指标", "市容环境卫生考核排名", "全市前3名", "垃圾无害化处理率", "100%"],
      ["满意度指标", "服务对象满意度指标", "市民满意度", "≥85%"],
    ];
    const grid = gridOf("表", rows);
    const parsed = parseGrids(grid);
    const [p] = projectsOf(parsed);
    expect([p!.indicators.map((i) => i.level3?.cell), p!.missing]).toEqual([
      ["C5", "C6", "C7"],
      [
        { field: "indicator-columns", cell: "E4" },
        { field: "indicator-columns", cell: "F4" },
      ],
    ]);
    expect(parsed.sheets.map((s) => [s.status, s.missing])).toEqual([["partial", ["indicator-columns"]]]);
    const unread = checkWorkbook({ sheets: [grid] }).report.diagnostics.filter((d) => d.rule === "table-unreadable");
    expect(unread.map((d) => [d.cell, d.related, d.severity, d.data])).toEqual([["E4", ["F4"], "warning", { missing: ["indicator-columns"] }]]);
  });

  it("a 二级 named again with no 三级 or 指标值 after it is no column group: reported at its header cell", () => {
    const rows: Row[] = [...HEAD, ["一级指标", "二级指标", "三级指标", "指标值", "二级指标", "备注"], ["产出指标", "数量指标", "道路清扫保洁面积", "≥260万平方米", "质量指标", "无"]];
    const [p] = projectsOf(parseGrids(gridOf("表", rows)));
    expect([p!.indicators.map((i) => i.level2?.cell), p!.missing]).toEqual([["B5"], [{ field: "indicator-columns", cell: "E4" }]]);
  });

  it("a second 指标值 column beside the one read is reported", () => {
    const rows: Row[] = [...HEAD, ["一级指标", "二级指标", "三级指标", "指标值", "指标值"], ["产出指标", "数量指标", "道路清扫保洁面积", "≥260万平方米", "≥270万平方米"]];
    const [p] = projectsOf(parseGrids(gridOf("表", rows)));
    expect(p!.missing).toEqual([{ field: "indicator-columns", cell: "E4" }]);
  });

  it("says nothing of a header it reads whole: 年度 · 实施周期 under 指标值, 上年完成值, 设置依据, 分值, 指标解释, 评分标准", () => {
    const rows: Row[] = [
      ...HEAD,
      ["一级指标", "二级指标", "三级指标", "指标解释", "指标值", null, "上年完成值", "指标值设置依据", "分值", "评分标准"],
      [null, null, null, null, "年度指标值", "实施周期指标值"],
      ["产出指标", "数量指标", "道路清扫保洁面积", "年度清扫面积", "≥260万平方米", "≥780万平方米", "250万平方米", "计划标准", 50, "完成得满分"],
      ["满意度指标", "服务对象满意度指标", "市民满意度", "抽样调查", "≥85%", "≥85%", "84%", "历史标准", 50, "完成得满分"],
    ];
    const merges = ["A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:F4", "G4:G5", "H4:H5", "I4:I5", "J4:J5"];
    const [p] = projectsOf(parseGrids(gridOf("表", rows, merges)));
    expect([p!.indicators.map((i) => [i.value?.cell, i.periodValue?.cell]), p!.missing]).toEqual([
      [
        ["E6", "F6"],
        ["E7", "F7"],
      ],
      [],
    ]);
  });
});
