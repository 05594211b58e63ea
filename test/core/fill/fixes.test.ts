import { checkWorkbook } from "../../../src/core/check/check";
import { planFill, planFixes, planPeriodValues, planSuggestion, suggestionOffers } from "../../../src/core/fill";
import { applyEdits } from "../../../src/core/edit";
import type { ProjectTable } from "../../../src/core/model/model";
import { rowsOf, sheet, workbook } from "./helpers";

const S = "表";
const withArtefacts = workbook(
  sheet(S, [
    ["项目名称", "示例项目"],
    ["预算数", 100, "其中：财政资金", 100],
    ["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"],
    ["产出指标", "数量指标", "培训人数", "≥ 100 人", "计划标准"],
    [null, "质量指标", "培训合格率", "$\\geq 95\\%$", "计划标准"],
    [null, "时效指标", "完成时间", "2024年1月至12月", "行业或国家标准"],
    ["效益指标", "社会效益指标", "业务水平", "有效提升", "其他标准"],
    ["满意度指标", "服务对象满意度指标", "学员满意度", ">=90%以上", "历史标准"],
  ]),
);

describe("fixes and suggestions as plans", () => {
  const { report } = checkWorkbook(withArtefacts);

  it("applies every safe fix at once, or one", () => {
    const all = planFixes(report.diagnostics);
    expect(all.writes.map((w) => [w.cell, w.from, w.to, w.kind, w.source])).toEqual([
      ["D4", "≥ 100 人", "≥100人", "fix", "value-spelling"],
      ["D5", "$\\geq 95\\%$", "≥95%", "fix", "ocr-artefact"],
    ]);
    const after = checkWorkbook(applyEdits(withArtefacts, all).grids).report;
    expect(after.diagnostics.filter((d) => d.fix)).toEqual([]);
    const one = planFixes(report.diagnostics, (d) => d.cell === "D5");
    expect(one.writes.map((w) => w.cell)).toEqual(["D5"]);
  });

  it("offers suggestions one at a time, each with its own plan, never as fixes", () => {
    const offers = suggestionOffers(report.diagnostics);
    expect(offers.map((o) => [o.diagnostic.rule, o.diagnostic.cell, o.suggestion.edits.map((e) => e.to)])).toEqual([
      ["basis-not-standard", "E6", ["行业标准"]],
      ["value-spelling", "D8", ["≥90%以上"]],
    ]);
    const accepted = applyEdits(withArtefacts, offers[0]!.plan);
    expect(rowsOf(accepted.grids.sheets[0]!)[5]![4]).toBe("行业标准");
    expect(planSuggestion(offers[1]!.diagnostic, 0).writes).toHaveLength(1);
    expect(planSuggestion(offers[1]!.diagnostic, 5).writes).toEqual([]);
  });

  it("refuses a fix whose cell changed since the check", () => {
    const edited = workbook(sheet(S, withArtefacts.sheets[0]!.cells.map((r, i) => (i === 4 ? [null, "质量指标", "培训合格率", "≥96%"] : r))));
    const result = applyEdits(edited, planFixes(report.diagnostics));
    expect(result.refused.map((r) => [r.cell, r.reason, r.current])).toEqual([["D5", "stale", "≥96%"]]);
  });
});

describe("planPeriodValues", () => {
  const grids = workbook(
    sheet(S, [
      ["项目名称", "示例项目"],
      ["一级指标", "二级指标", "三级指标", "指标值", null],
      [null, null, null, "年度指标值", "实施周期指标值"],
      ["产出指标", "数量指标", "培训人数", null, "≥100人"],
      [null, "质量指标", "培训合格率", "≥95%", null],
      [null, "时效指标", "完成时间", "2024年1月至12月", "2024年1月至12月"],
      ["效益指标", "社会效益指标", "业务水平", null, null],
    ], ["D2:E2"]),
  );

  it("fills a blank annual target from the period target, and the reverse", () => {
    const projects = checkWorkbook(grids).parsed.tables.filter((t): t is ProjectTable => t.kind === "project");
    expect(projects[0]!.columns).toMatchObject({ value: 3, periodValue: 4 });
    const plan = planPeriodValues(grids, projects);
    expect(plan.writes.map((w) => [w.cell, w.to, w.kind])).toEqual([
      ["D4", "≥100人", "fill"],
      ["E5", "≥95%", "fill"],
    ]);
    expect(applyEdits(grids, plan).refused).toEqual([]);
  });

  it("is part of planFill on request, with fixes below inserted rows moved with them", () => {
    const two = workbook(sheet(S, [...grids.sheets[0]!.cells, [], ...withArtefacts.sheets[0]!.cells], ["D2:E2"]));
    const fill = planFill(two, { year: 2024, periodValues: true, config: { profile: "legacy" } });
    expect(fill.plan.insertions).toEqual([{ sheet: S, before: 7, count: 1 }]);
    expect(fill.plan.writes.filter((w) => w.source !== "missing-category").map((w) => [w.cell, w.source])).toEqual([
      ["D13", "value-spelling"],
      ["D14", "ocr-artefact"],
      ["D4", "period-value"],
      ["E5", "period-value"],
    ]);
    const applied = applyEdits(two, fill.plan);
    expect(applied.refused).toEqual([]);
    const rows = rowsOf(applied.grids.sheets[0]!);
    expect(rows[7]).toEqual(["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "≥90%"]);
    expect([rows[12]![3], rows[13]![3]]).toEqual(["≥100人", "≥95%"]);
  });
});
