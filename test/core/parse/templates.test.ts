/**
 * Templates of issue 11 as small grids: what the parser reads from each, exactly. The whole
 * workbooks are in the corpus (test/corpus); these pin the general rule each one is an instance of.
 */
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
