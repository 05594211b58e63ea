/**
 * Template numbering in front of a 三级 name (指标1：培训人数, （2）验收合格率, 3.完成时间) is not part of the
 * name: the rules and the messages see the name, the cell keeps what it holds. A name that is only the
 * numbering, or the numbering before the template's prompt (指标1：XXX, 指标1：……（≥**%）), is still a
 * placeholder.
 */
import { checkWorkbook } from "../../../src/core/check/check";
import type { CellValue } from "../../../src/core/grid/grid";
import { indicatorNameWithoutNumbering } from "../../../src/core/vocabulary/placeholders";
import { ordinaryBlock, projectsOf } from "./grids";

function check(indicators: CellValue[][]) {
  const { parsed, report } = checkWorkbook({ sheets: [ordinaryBlock(indicators)] });
  return {
    names: projectsOf(parsed).flatMap((p) => p.indicators.map((i) => [i.level3?.cell, i.level3?.value, i.level3?.raw ?? null])),
    diagnostics: report.diagnostics.map((d) => [d.rule, d.cell, d.messageId, d.severity, d.data.text ?? null]),
  };
}

describe("numbering before a 三级 name", () => {
  it.each([
    ["指标1：培训人数", "培训人数"],
    ["指标2:验收合格率", "验收合格率"],
    ["指标 3 ： 完成时间", "完成时间"],
    ["指标一：培训人数", "培训人数"],
    ["三级指标2、培训人数", "培训人数"],
    ["（1）培训人数", "培训人数"],
    ["(2)验收合格率", "验收合格率"],
    ["1.培训人数", "培训人数"],
    ["2、验收合格率", "验收合格率"],
    ["１．培训人数", "培训人数"],
  ])("%s is named %s", (text, name) => {
    expect(indicatorNameWithoutNumbering(text)).toBe(name);
  });

  it.each(["培训人数", "1.5米以上道路长度", "12.5%以上覆盖率", "2024年培训人数", "指标1", "指标1：", "指标1：XXX", "指标1：……（≥**%）", "（1）"])("%s is left as written", (text) => {
    expect(indicatorNameWithoutNumbering(text)).toBe(text);
  });

  it("reads the names without their numbering, keeps the cells as they are, and raises nothing", () => {
    const { names, diagnostics } = check([
      ["产出指标", "数量指标", "指标1：培训人数", "≥100人"],
      ["产出指标", "质量指标", "指标2:验收合格率", "≥95%"],
      ["产出指标", "时效指标", "指标3：完成时间", "2025年1月至12月"],
      ["效益指标", "社会效益指标", "（1）业务水平提升率", "≥10%"],
      ["满意度指标", "服务对象满意度指标", "1.学员满意度", "≥90%"],
    ]);
    expect(names).toEqual([
      ["C7", "培训人数", "指标1：培训人数"],
      ["C8", "验收合格率", "指标2:验收合格率"],
      ["C9", "完成时间", "指标3：完成时间"],
      ["C10", "业务水平提升率", "（1）业务水平提升率"],
      ["C11", "学员满意度", "1.学员满意度"],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it("a name that is only the numbering or the template's prompt is still a placeholder, at its cell", () => {
    const { diagnostics } = check([
      ["产出指标", "数量指标", "指标1：培训人数", "≥100人"],
      ["产出指标", "质量指标", "指标2", "≥95%"],
      ["产出指标", "时效指标", "指标3：", "2025年1月至12月"],
      ["效益指标", "社会效益指标", "指标1：XXX", "≥10%"],
      ["满意度指标", "服务对象满意度指标", "指标1：……（≥**%）", "≥90%"],
    ]);
    expect(diagnostics).toEqual([
      ["placeholder-indicator", "C8", "placeholderLevel3", "error", "指标2"],
      ["placeholder-indicator", "C9", "placeholderLevel3", "error", "指标3："],
      ["placeholder-indicator", "C10", "placeholderLevel3", "error", "指标1：XXX"],
      ["placeholder-indicator", "C11", "placeholderLevel3", "error", "指标1：……（≥**%）"],
    ]);
  });

  it("two numbered rows with the same name are the same indicator twice", () => {
    const { diagnostics } = check([
      ["产出指标", "数量指标", "指标1：培训人数", "≥100人"],
      ["产出指标", "数量指标", "指标2：培训人数", "≥120人"],
      ["效益指标", "社会效益指标", "业务水平提升率", "≥10%"],
      ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"],
    ]);
    expect(diagnostics.map((d) => d.slice(0, 4))).toEqual([["duplicate-level3", "C8", "duplicate", "warning"]]);
  });
});
