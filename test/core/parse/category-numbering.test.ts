/**
 * Category names carry their template's outline numbering (一、产出指标 / （一）数量指标 / 1.产出指标), as
 * section rows of an outline or in the 一级 / 二级 columns: the number is never part of the name. The
 * model reads the category as 产出指标 and keeps the cell's text as raw, so the structure rules see the
 * categories the table has.
 */
import { checkWorkbook } from "../../../src/core/check/check";
import type { CellValue } from "../../../src/core/grid/grid";
import { categoryNameWithoutNumbering } from "../../../src/core/vocabulary/categories";
import { projectsOf, type Row } from "./grids";

const HEAD: Row[] = [
  ["项目支出绩效目标表"],
  ["单位：万元"],
  ["项目名称", "示范项目"],
  ["预算数", 100, "财政资金", 90, "其他资金", 10],
  ["绩效目标", "完成任务"],
];

function check(rows: Row[]) {
  const cells = [...HEAD, ...rows] as CellValue[][];
  const { parsed, report } = checkWorkbook({ sheets: [{ sheet: "绩效目标表", cells, merges: [] }] });
  return {
    levels: projectsOf(parsed).flatMap((p) => p.indicators.map((i) => [i.level1?.value, i.level1?.raw ?? null, i.level2?.value, i.level2?.raw ?? null, i.level3?.value])),
    diagnostics: report.diagnostics.map((d) => [d.rule, d.cell, d.messageId, d.severity]),
    report,
  };
}

const OUTLINE_HEADER: Row = ["序号", "绩效指标", "指标值"];

describe("outline numbering before a category name", () => {
  it.each([
    ["一、产出指标", "产出指标"],
    ["（一）数量指标", "数量指标"],
    ["(二) 质量指标", "质量指标"],
    ["1.产出指标", "产出指标"],
    ["1.1数量指标", "数量指标"],
    ["2、效益指标", "效益指标"],
    ["三．满意度指标", "满意度指标"],
    ["产出指标", "产出指标"],
    ["一、", "一、"],
  ])("%s is %s", (text, name) => {
    expect(categoryNameWithoutNumbering(text)).toBe(name);
  });

  it("an outline's section rows give 产出指标 / 数量指标, the cells keeping their numbers, and raise nothing", () => {
    const { levels, diagnostics } = check([
      OUTLINE_HEADER,
      [null, "一、产出指标", null],
      [null, "（一）数量指标", null],
      [1, "培训人数", "≥100人"],
      [null, "（二）质量指标", null],
      [2, "培训合格率", "≥95%"],
      [null, "二、效益指标", null],
      [null, "（一）社会效益指标", null],
      [3, "业务水平提升率", "≥10%"],
      [null, "三、满意度指标", null],
      [null, "（一）服务对象满意度指标", null],
      [4, "学员满意度", "≥90%"],
    ]);
    expect(levels).toEqual([
      ["产出指标", "一、产出指标", "数量指标", "（一）数量指标", "培训人数"],
      ["产出指标", "一、产出指标", "质量指标", "（二）质量指标", "培训合格率"],
      ["效益指标", "二、效益指标", "社会效益指标", "（一）社会效益指标", "业务水平提升率"],
      ["满意度指标", "三、满意度指标", "服务对象满意度指标", "（一）服务对象满意度指标", "学员满意度"],
    ]);
    expect(diagnostics).toEqual([]);
  });

  // Without a 一级 column, a missing category is shown at the project's name.
  it("an outline without 满意度 misses it, and a 二级 under the wrong 一级 is reported with the names as read", () => {
    const { diagnostics, report } = check([
      OUTLINE_HEADER,
      [null, "一、产出指标", null],
      [null, "（一）数量指标", null],
      [1, "培训人数", "≥100人"],
      [null, "二、效益指标", null],
      [null, "（一）质量指标", null],
      [2, "培训合格率", "≥95%"],
      [null, "（二）社会效益指标", null],
      [3, "业务水平提升率", "≥10%"],
    ]);
    expect(diagnostics).toEqual([
      ["missing-category", "B3", "missing", "error"],
      ["level2-mismatch", "B11", "notUnder", "error"],
    ]);
    const mismatch = report.diagnostics.find((d) => d.rule === "level2-mismatch")!;
    expect([mismatch.data.level1, mismatch.data.level2, mismatch.related]).toEqual(["效益指标", "质量指标", ["B10"]]);
  });

  it("numbered categories in the 一级 and 二级 columns read the same", () => {
    const { levels, diagnostics } = check([
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["一、产出指标", "（一）数量指标", "培训人数", "≥100人"],
      ["二、效益指标", "1.社会效益指标", "业务水平提升率", "≥10%"],
      ["三、满意度指标", "（一）服务对象满意度指标", "学员满意度", "≥90%"],
    ]);
    expect(levels.map((l) => [l[0], l[2]])).toEqual([
      ["产出指标", "数量指标"],
      ["效益指标", "社会效益指标"],
      ["满意度指标", "服务对象满意度指标"],
    ]);
    expect(diagnostics).toEqual([]);
  });
});
