/**
 * A header row that repeats its indicator columns (一级 | 二级 | 三级 | 指标值 | 二级 | 三级 | 指标值: two
 * indicators a row, as a landscape page prints them) reads every group, each indicator with its own
 * group's columns; a group with no 一级 column of its own is under the 一级 of its row.
 */
import { checkWorkbook } from "../../../src/core/check/check";
import { rangeA1 } from "../../../src/core/grid/address";
import type { Indicator } from "../../../src/core/model/model";
import { gridOf, parseGrids, projectsOf, type Row } from "./grids";

const HEAD: Row[] = [["城区环卫保洁服务绩效目标表"], ["项目名称", "城区环卫保洁服务"], ["预算数", 320, "其中：财政资金", 320, "其他资金", 0]];
const levels = (p: { indicators: readonly Indicator[] }) => p.indicators.map((i) => [i.level1?.value, i.level1?.cell, i.level2?.value, i.level3?.value, i.value?.cell]);

describe("two indicators a row: 一级 | 二级 | 三级 | 指标值 | 二级 | 三级 | 指标值", () => {
  const rows: Row[] = [
    ...HEAD,
    ["一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "道路清扫保洁面积", "≥260万平方米", "质量指标", "道路保洁达标率", "≥95%"],
    [null, "时效指标", "生活垃圾清运时限", "每日17时前", "成本指标", "每平方米年保洁成本", "≤1.3元/平方米"],
    ["效益指标", "社会效益指标", "市容环境卫生考核排名", "全市前3名", "生态效益指标", "垃圾无害化处理率", "100%"],
    ["满意度指标", "服务对象满意度指标", "市民满意度", "≥85%"],
  ];

  it("reads both halves row by row, the right-hand indicator under the 一级 of its row", () => {
    const [p, ...more] = projectsOf(parseGrids(gridOf("指标（双栏）", rows)));
    expect(more).toEqual([]);
    expect([levels(p!), rangeA1(p!.range), p!.missing]).toEqual([
      [
        ["产出指标", "A5", "数量指标", "道路清扫保洁面积", "D5"],
        ["产出指标", "A5", "质量指标", "道路保洁达标率", "G5"],
        ["产出指标", "A5", "时效指标", "生活垃圾清运时限", "D6"],
        ["产出指标", "A5", "成本指标", "每平方米年保洁成本", "G6"],
        ["效益指标", "A7", "社会效益指标", "市容环境卫生考核排名", "D7"],
        ["效益指标", "A7", "生态效益指标", "垃圾无害化处理率", "G7"],
        ["满意度指标", "A8", "服务对象满意度指标", "市民满意度", "D8"],
      ],
      "A1:G8",
      [],
    ]);
  });

  it("keeps each right-hand indicator's own columns, and raises nothing on a correct table", () => {
    const grid = gridOf("指标（双栏）", rows);
    const [p] = projectsOf(parseGrids(grid));
    expect(p!.indicators.map((i) => i.columns ?? null)).toEqual([null, { level2: 4, level3: 5, value: 6 }, null, { level2: 4, level3: 5, value: 6 }, null, { level2: 4, level3: 5, value: 6 }, null]);
    expect(checkWorkbook({ sheets: [grid] }).report.diagnostics).toEqual([]);
  });

  it("takes the 一级 merged down the left of the rows for the right-hand indicators too", () => {
    const merged = rows.map((r, i) => (i === 5 ? [null, ...r.slice(1)] : r));
    const [p] = projectsOf(parseGrids(gridOf("指标（双栏）", merged, ["A5:A6"])));
    expect(levels(p!).map(([l1, cell]) => [l1, cell])).toEqual([
      ["产出指标", "A5"],
      ["产出指标", "A5"],
      ["产出指标", "A5"],
      ["产出指标", "A5"],
      ["效益指标", "A7"],
      ["效益指标", "A7"],
      ["满意度指标", "A8"],
    ]);
  });
});

describe("three indicators a row", () => {
  it("reads every group left to right within each row, each under the 一级 of its row", () => {
    const rows: Row[] = [
      ...HEAD,
      ["一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "道路清扫保洁面积", "≥260万平方米", "质量指标", "道路保洁达标率", "≥95%", "时效指标", "生活垃圾清运时限", "每日17时前"],
      ["满意度指标", "服务对象满意度指标", "市民满意度", "≥85%"],
    ];
    const [p] = projectsOf(parseGrids(gridOf("指标（三栏）", rows)));
    expect([levels(p!), rangeA1(p!.range), p!.missing]).toEqual([
      [
        ["产出指标", "A5", "数量指标", "道路清扫保洁面积", "D5"],
        ["产出指标", "A5", "质量指标", "道路保洁达标率", "G5"],
        ["产出指标", "A5", "时效指标", "生活垃圾清运时限", "J5"],
        ["满意度指标", "A6", "服务对象满意度指标", "市民满意度", "D6"],
      ],
      "A1:J6",
      [],
    ]);
  });
});
