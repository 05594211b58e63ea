/**
 * Where a table's indicator rows end: a row shaped like an indicator row (its 一级, 二级, 三级 and 指标值
 * cells filled, no header word, title or head label) goes on with the table whatever its 一级 says.
 */
import { checkWorkbook } from "../../../src/core/check/check";
import type { Grid } from "../../../src/core/grid/grid";
import { gridOf, ordinaryBlock, parseGrids, projectsOf } from "./grids";

const diagnosticsOf = (grid: Grid): [string, string, string][] => checkWorkbook({ sheets: [grid] }).report.diagnostics.map((d) => [d.cell, d.rule, d.severity]);

describe("an indicator row with an unknown 一级", () => {
  const grid = ordinaryBlock([
    ["产出指标", "数量指标", "培训人数", "≥100人"],
    ["效益指标", "社会效益指标", "业务水平", "有效提升"],
    ["管理指标", "制度建设", "管理制度健全性", "健全"],
    ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"],
  ]);

  it("is an indicator of the table, not the header of a second one", () => {
    const projects = projectsOf(parseGrids(grid));
    expect(projects.map((p) => p.id)).toEqual(["示范项目"]);
    expect(projects[0]!.indicators.map((i) => [i.level1?.cell, i.level1?.value, i.level3?.value])).toEqual([
      ["A7", "产出指标", "培训人数"],
      ["A8", "效益指标", "业务水平"],
      ["A9", "管理指标", "管理制度健全性"],
      ["A10", "满意度指标", "学员满意度"],
    ]);
    expect(projects[0]!.range.bottom).toBe(9);
  });

  it("is reported as an unknown 一级, and no category is missing", () => {
    expect(diagnosticsOf(grid)).toEqual([["A9", "unknown-level1", "error"]]);
  });
});

describe("after a row left blank", () => {
  it("an indicator row with an unknown 一级 still goes on with the table", () => {
    const grid = ordinaryBlock([
      ["产出指标", "数量指标", "培训人数", "≥100人"],
      ["效益指标", "社会效益指标", "业务水平", "有效提升"],
      [],
      ["管理指标", "制度建设", "管理制度健全性", "健全"],
      ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"],
    ]);
    expect(projectsOf(parseGrids(grid)).map((p) => [p.id, p.indicators.map((i) => i.row)])).toEqual([["示范项目", [6, 7, 9, 10]]]);
    expect(diagnosticsOf(grid)).toEqual([["A10", "unknown-level1", "error"]]);
  });
});

describe("the boundaries that stay", () => {
  it("a header of words right under the rows (类别 | 子类 | 考核点 | 指标值) starts a table of its own", () => {
    const grid = gridOf("绩效目标表", [
      ["项目名称", "示范项目"],
      ["预算数", 100, "财政资金", 100],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "培训人数", "≥100人"],
      ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"],
      ["类别", "子类", "考核点", "指标值"],
      ["效益指标", "社会效益指标", "业务水平", "有效提升"],
    ]);
    expect(projectsOf(parseGrids(grid)).map((p) => p.indicators.map((i) => i.row))).toEqual([[3, 4], [6]]);
  });

  it("a row with a head label (项目名称) under the rows starts the next block", () => {
    const grid = gridOf("绩效目标表", [
      ["项目名称", "甲项目"],
      ["预算数", 100, "财政资金", 100],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "培训人数", "≥100人"],
      ["项目名称", "乙项目", "预算数", 50],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "维修次数", "≥10次"],
    ]);
    expect(projectsOf(parseGrids(grid)).map((p) => [p.id, p.indicators.map((i) => i.row)])).toEqual([["甲项目", [3]], ["乙项目", [6]]]);
  });
});
