/**
 * Outlines whose categories stand in the first column of the indicator table (the 序号 column): a
 * 一级 merged down over its indicators, or section rows written there (一、产出指标 / （一）数量指标).
 * Category words in that column are the categories of the rows beside and below them.
 */
import { checkWorkbook } from "../../../src/core/check/check";
import type { CellValue } from "../../../src/core/grid/grid";
import { gridOf, projectsOf, type Row } from "./grids";

const HEAD: Row[] = [
  ["项目支出绩效目标表"],
  ["单位：万元"],
  ["项目名称", "示范项目"],
  ["预算数", 100, "财政资金", 90, "其他资金", 10],
  ["绩效目标", "完成任务"],
  ["序号", "绩效指标", "指标值"],
];

function check(rows: Row[], merges: string[] = []) {
  const cells = [...HEAD, ...rows] as CellValue[][];
  const { parsed, report } = checkWorkbook({ sheets: [gridOf("绩效目标表", cells, merges)] });
  return {
    sheets: parsed.sheets.map((s) => [s.status, s.tables]),
    indicators: projectsOf(parsed).flatMap((p) => p.indicators.map((i) => [i.level1?.value ?? null, i.level1?.cell ?? null, i.level2?.value ?? null, i.level3?.value, i.value?.cell])),
    diagnostics: report.diagnostics.map((d) => [d.rule, d.cell, d.messageId, d.severity]),
  };
}

describe("categories in the 序号 column of an outline", () => {
  it("a 一级 merged down the first column names the indicators beside it", () => {
    const { sheets, indicators, diagnostics } = check(
      [
        ["产出指标", "培训人数", "≥100人"],
        [null, "培训合格率", "≥95%"],
        ["效益指标", "业务水平提升率", "≥10%"],
        ["满意度指标", "学员满意度", "≥90%"],
      ],
      ["A7:A8"],
    );
    expect(sheets).toEqual([["read", 1]]);
    expect(indicators).toEqual([
      ["产出指标", "A7", null, "培训人数", "C7"],
      ["产出指标", "A7", null, "培训合格率", "C8"],
      ["效益指标", "A9", null, "业务水平提升率", "C9"],
      ["满意度指标", "A10", null, "学员满意度", "C10"],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it("section rows written in the 序号 column give the 一级 and 二级 of the rows below", () => {
    const { sheets, indicators, diagnostics } = check([
      ["一、产出指标", null, null],
      ["（一）数量指标", null, null],
      [1, "培训人数", "≥100人"],
      ["（二）质量指标", null, null],
      [2, "培训合格率", "≥95%"],
      ["二、效益指标", null, null],
      ["（一）社会效益指标", null, null],
      [3, "业务水平提升率", "≥10%"],
      ["三、满意度指标", null, null],
      ["（一）服务对象满意度指标", null, null],
      [4, "学员满意度", "≥90%"],
    ]);
    expect(sheets).toEqual([["read", 1]]);
    expect(indicators).toEqual([
      ["产出指标", "A7", "数量指标", "培训人数", "C9"],
      ["产出指标", "A7", "质量指标", "培训合格率", "C11"],
      ["效益指标", "A12", "社会效益指标", "业务水平提升率", "C14"],
      ["满意度指标", "A15", "服务对象满意度指标", "学员满意度", "C17"],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it("a merged 一级 over 二级 section rows in the name column: the structure rules see both", () => {
    const { indicators, diagnostics } = check(
      [
        ["产出指标", "（一）数量指标", null],
        [null, "培训人数", "≥100人"],
        ["效益指标", "（一）质量指标", null],
        [null, "培训合格率", "≥95%"],
        [null, "（二）社会效益指标", null],
        [null, "业务水平提升率", "≥10%"],
      ],
      ["A7:A8", "A9:A12"],
    );
    expect(indicators).toEqual([
      ["产出指标", "A7", "数量指标", "培训人数", "C8"],
      ["效益指标", "A9", "质量指标", "培训合格率", "C10"],
      ["效益指标", "A9", "社会效益指标", "业务水平提升率", "C12"],
    ]);
    expect(diagnostics).toEqual([
      ["missing-category", "B3", "missing", "error"],
      ["level2-mismatch", "B9", "notUnder", "error"],
    ]);
  });
});

describe("an indicator header with a 一级 column and no 二级 column", () => {
  const BODY: Row[] = [
    ["产出指标", "培训人数", "≥100人"],
    [null, "培训合格率", "≥95%"],
    ["效益指标", "业务水平提升率", "≥10%"],
    ["满意度指标", "学员满意度", "≥90%"],
  ];
  const read = (header: Row) => {
    const cells = [...HEAD.slice(0, -1), header, ...BODY] as CellValue[][];
    const { parsed, report } = checkWorkbook({ sheets: [gridOf("绩效目标表", cells, ["A7:A8"])] });
    return {
      sheets: parsed.sheets.map((s) => [s.status, s.tables]),
      indicators: projectsOf(parsed).flatMap((p) => p.indicators.map((i) => [i.level1?.value ?? null, i.level1?.cell ?? null, i.level2?.value ?? null, i.level3?.value, i.value?.cell])),
      diagnostics: report.diagnostics.map((d) => [d.rule, d.cell, d.messageId, d.severity]),
    };
  };

  it.each([
    [["一级指标", "三级指标", "指标值"]],
    [["一级指标", "指标内容", "指标值"]],
    [["序号", "三级指标", "指标值"]],
  ])("%j is read: the 一级 from its column, no 二级, and nothing raised", (header) => {
    expect(read(header)).toEqual({
      sheets: [["read", 1]],
      indicators: [
        ["产出指标", "A7", null, "培训人数", "C7"],
        ["产出指标", "A7", null, "培训合格率", "C8"],
        ["效益指标", "A9", null, "业务水平提升率", "C9"],
        ["满意度指标", "A10", null, "学员满意度", "C10"],
      ],
      diagnostics: [],
    });
  });
});
