import { checkWorkbook } from "../../../src/core/check/check";
import { findTemplate, planMissingRows, type CompletionOptions } from "../../../src/core/fill";
import { applyEdits } from "../../../src/core/edit";
import type { Framework } from "../../../src/core/model/framework";
import type { ProjectTable } from "../../../src/core/model/model";
import { mergesOf, projects, rowsOf, sheet, workbook } from "./helpers";

const S = "绩效目标表";
const general = findTemplate("通用")!;
const options = (framework: Framework, level2 = false): ((t: ProjectTable) => CompletionOptions) => () => ({ framework, template: general, level2, year: 2024 });

/** A legacy block whose 产出 rows share one merged 一级 cell, with a note row under it. */
const legacyBlock = workbook(
  sheet(
    S,
    [
      ["项目名称", "示例项目"],
      ["预算数", 50, "其中：财政资金", 50],
      ["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"],
      ["产出指标", "数量指标", "培训人数", "≥100人", "计划标准"],
      [null, "质量指标", "培训合格率", "≥95%", "计划标准"],
      [null, "时效指标", "完成时间", "2024年1月至12月", "计划标准"],
      ["注：本表为示例。"],
    ],
    ["A4:A6"],
  ),
);

describe("planMissingRows", () => {
  it("inserts the missing 一级 below the last row of the nearest category, with its formats", () => {
    const result = planMissingRows(legacyBlock, projects(legacyBlock), options("legacy"));
    expect(result.plan.insertions).toEqual([{ sheet: S, before: 6, count: 2 }]);
    expect(result.added).toEqual([{ table: "示例项目", sheet: S, layout: "block", template: "general", categories: ["效益指标/社会效益指标", "满意度指标/服务对象满意度指标"], cells: "A7:E8" }]);
    // Column A of the source row lies under the 产出 merge: its format comes from the nearest free cell.
    expect(result.plan.styles).toEqual([
      { sheet: S, source: "B6", target: "A7:A8" },
      { sheet: S, source: "B6:E6", target: "B7:E8" },
    ]);
    const applied = applyEdits(legacyBlock, result.plan);
    expect(applied.ok).toBe(true);
    expect(applied.refused).toEqual([]);
    expect(rowsOf(applied.grids.sheets[0]!).slice(6)).toEqual([
      ["效益指标", "社会效益指标", "保障工作正常开展", "有效保障", "历史标准"],
      ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "历史标准"],
      ["注：本表为示例。"],
    ]);
    expect(mergesOf(applied.grids.sheets[0]!)).toEqual(["A4:A6"]);
    const after = checkWorkbook(applied.grids, { profile: "legacy" }).report;
    expect(after.diagnostics.filter((d) => d.rule === "missing-category")).toEqual([]);
  });

  it("extends the merged 一级 cell over a 二级 added to it (level2 mode)", () => {
    const result = planMissingRows(legacyBlock, projects(legacyBlock), options("legacy", true));
    const applied = applyEdits(legacyBlock, result.plan);
    expect(applied.refused).toEqual([]);
    const rows = rowsOf(applied.grids.sheets[0]!);
    expect(rows.slice(3, 10).map((r) => [r[0] ?? null, r[1], r[2]])).toEqual([
      ["产出指标", "数量指标", "培训人数"],
      [null, "质量指标", "培训合格率"],
      [null, "时效指标", "完成时间"],
      [null, "成本指标", "项目成本"],
      ["效益指标", "社会效益指标", "保障工作正常开展"],
      ["满意度指标", "服务对象满意度指标", "服务对象满意度"],
      ["注：本表为示例。", undefined, undefined],
    ]);
    expect(rows[6]![3]).toBe("≤50万元");
    expect(result.plan.merges).toContainEqual({ sheet: S, range: "A4:A7", replaces: "A4:A6" });
    expect(mergesOf(applied.grids.sheets[0]!)).toEqual(["A4:A7"]);
  });

  it("adds 成本 for the 2021 framework unless the project files its costs under 产出", () => {
    const costs = workbook(
      sheet(S, [["项目名称", "甲"], ["预算数", 9], ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "成本指标", "控制成本", "≤9万元"], ["效益指标", "社会效益指标", "稳定", "有效促进"], ["满意度指标", "服务对象满意度指标", "满意度", "≥95%"]]),
    );
    const result = planMissingRows(costs, projects(costs, "2021"), options("2021"));
    expect(result.plan.insertions).toEqual([]);
    expect(result.skipped).toEqual([{ table: "甲", sheet: S, category: "成本指标", reason: "cost-elsewhere" }]);
  });

  it("leaves a cost target blank and says so when the project has no budget", () => {
    const noBudget = workbook(sheet(S, [["项目名称", "乙"], ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "人数", "≥1人"], ["效益指标", "社会效益指标", "稳定", "有效促进"], ["满意度指标", "服务对象满意度指标", "满意度", "≥95%"]]));
    const result = planMissingRows(noBudget, projects(noBudget, "2021"), options("2021"));
    expect(result.plan.insertions).toEqual([{ sheet: S, before: 3, count: 1 }]);
    expect(result.needsInput).toEqual([{ table: "乙", sheet: S, cell: "D4", what: "budget" }]);
    expect(result.plan.writes.map((w) => [w.cell, w.to])).toEqual([
      ["A4", "成本指标"],
      ["B4", "经济成本指标"],
      ["C4", "项目成本"],
    ]);
  });

  it("adds rows inside a flat project's run, extending the project cells merged over it", () => {
    const flat = workbook(
      sheet(
        S,
        [
          ["项目名称", "预算数", "一级指标", "二级指标", "三级指标", "指标值"],
          ["甲项目", 10, "产出指标", "数量指标", "人数", "≥1人"],
          [null, null, null, "质量指标", "合格率", "100%"],
          [null, null, "效益指标", "社会效益指标", "稳定", "有效促进"],
          ["乙项目", 20, "产出指标", "数量指标", "件数", "≥2件"],
          [null, null, "效益指标", "社会效益指标", "稳定", "有效促进"],
          [null, null, "满意度指标", "服务对象满意度指标", "满意度", "≥90%"],
        ],
        ["A2:A4", "B2:B4", "C2:C3", "A5:A7", "B5:B7"],
      ),
    );
    const result = planMissingRows(flat, projects(flat), options("legacy"));
    expect(result.plan.insertions).toEqual([{ sheet: S, before: 4, count: 1 }]);
    const applied = applyEdits(flat, result.plan);
    expect(applied.refused).toEqual([]);
    expect(mergesOf(applied.grids.sheets[0]!)).toEqual(["A2:A5", "A6:A8", "B2:B5", "B6:B8", "C2:C3"]);
    expect(rowsOf(applied.grids.sheets[0]!)[4]).toEqual([null, null, "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"]);
    const after = projects(applied.grids);
    expect(after.map((p) => [p.name.value, p.indicators.length])).toEqual([
      ["甲项目", 4],
      ["乙项目", 3],
    ]);
  });

  it("appends items to an encoded list cell, numbered on, keeping its text as it is", () => {
    const text = "1、1-产出指标；12-质量指标；受理率；实施周期指标值:100%；年度指标值:100%";
    const list = workbook(sheet(S, [["项目名称（资金使用单位）", "总计", "财政拨款", "绩效目标", "绩效指标"], ["甲经费", 3, 3, "完成任务", text]]));
    const result = planMissingRows(list, projects(list), options("legacy"));
    expect(result.plan.writes).toEqual([
      {
        kind: "append",
        sheet: S,
        cell: "E2",
        from: text,
        to: `${text}。2、2-效益指标；22-社会效益；保障工作正常开展；实施周期指标值:有效保障；年度指标值:有效保障。3、3-满意度指标；31-服务对象满意度；服务对象满意度；实施周期指标值:≥90%；年度指标值:≥90%。`,
        source: "missing-category",
      },
    ]);
    const applied = applyEdits(list, result.plan);
    const after = checkWorkbook(applied.grids, { profile: "legacy" }).report;
    expect(after.diagnostics.map((d) => d.rule)).toEqual([]);
  });
});
