import { copiedIndicators } from "../../../src/core/rules/copied-indicators";
import type { CellValue } from "../../../src/core/grid/grid";
import { ruleTester, runRule } from "./rule-tester";

type Row = readonly CellValue[];

/** One seed-000 style block: the project's own lines, then the lines every project shares. */
function block(name: string, own: readonly Row[], shared: readonly Row[]): Row[] {
  return [["项目名称", name], ["一级指标", "二级指标", "三级指标", "指标值"], ...own, ...shared, []];
}

const boilerplate: Row[] = [
  ["产出指标", "质量指标", "资金使用合规率", "100%"],
  ["产出指标", "时效指标", "资金使用时间", "2024年1月至12月"],
  ["效益指标", "社会效益指标", "保障机关正常运转", "基本保障"],
];

ruleTester(copiedIndicators, {
  valid: [
    { name: "meta example", grid: copiedIndicators.meta.examples.valid },
    {
      name: "two projects are not a pattern",
      grid: { rows: [...block("项目甲", [], boilerplate), ...block("项目乙", [], boilerplate)] },
    },
    {
      name: "two of five projects copy",
      grid: {
        rows: [
          ...block("项目甲", [], boilerplate),
          ...block("项目乙", [], boilerplate),
          ...block("项目丙", [["产出指标", "数量指标", "培训人数", "≥100人"]], []),
          ...block("项目丁", [["产出指标", "数量指标", "维修设备数量", "≥20台"]], []),
          ...block("项目戊", [["产出指标", "数量指标", "印制手册数量", "≥500册"]], []),
        ],
      },
    },
  ],
  invalid: [
    {
      name: "meta example",
      grid: copiedIndicators.meta.examples.invalid,
      errors: [
        { cell: "C3", messageId: "copied", severity: "info" },
        { cell: "C9", messageId: "copied", severity: "info" },
        { cell: "C15", messageId: "copied", severity: "info" },
      ],
    },
    {
      name: "seed 000: four of seven projects carry the same three lines; OCR spacing does not hide a copy",
      grid: {
        rows: [
          ...block("项目一", [["产出指标", "数量指标", "保障人数", "≤91人"]], boilerplate),
          ...block("项目二", [["产出指标", "数量指标", "部门人数", "≤ 91 人"]], [["产出指标", "质量指标", "资金使用合规率", "100 %"], ...boilerplate.slice(1)]),
          ...block("项目三", [["产出指标", "质量指标", "考核合格率", "100%"]], [boilerplate[1]!]),
          ...block("项目四", [["产出指标", "时效指标", "项目完成时间", "2024年1月至12月"]], [boilerplate[0]!, boilerplate[2]!]),
          ...block("项目五", [], boilerplate),
          ...block("项目六", [["产出指标", "时效指标", "资金使用及时率", "100%"]], [boilerplate[0]!, boilerplate[2]!]),
          ...block("项目七", [], boilerplate),
        ],
      },
      errors: [
        { cell: "C4", messageId: "copied", severity: "info" },
        { cell: "C11", messageId: "copied", severity: "info" },
        { cell: "C28", messageId: "copied", severity: "info" },
        { cell: "C40", messageId: "copied", severity: "info" },
      ],
    },
  ],
});

describe("copied-indicators details", () => {
  it("names the copied lines and how many projects share them", () => {
    const [d] = runRule(copiedIndicators, copiedIndicators.meta.examples.invalid);
    expect(d?.severity).toBe("info");
    expect(d?.related).toEqual(["C4", "C5"]);
    expect(d?.data).toEqual({ lines: 3, shared: 3, projects: 3, examples: "资金使用合规率 100%；资金使用时间 2024年1月至12月；保障机关正常运转 基本保障" });
  });
});
