import { ocrArtefact } from "../../../src/core/rules/ocr-artefact";
import { ruleTester, runRule, type TestGrid } from "./rule-tester";
import { encodedListWithTotals as list } from "./fixtures";

const HEAD = [["项目名称", "信访接待中心运行费用项目"], ["单位：元"], ["预算数", 40000, "其中：财政资金", 40000, "其他资金", null]] as const;

/** Seed 001's block: 指标值 in D, indicator rows from row 5. */
function block(...values: (string | number)[]): TestGrid {
  return {
    rows: [...HEAD, ["一级指标", "二级指标", "三级指标", "指标值"], ...values.map((v, i) => ["产出指标", "质量指标", `指标${i + 1}`, v])],
  };
}


const annualPeriod: TestGrid = {
  rows: [
    ...HEAD,
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实施周期指标值"],
    ["产出指标", "质量指标", "验收合格率", "≥95%", "$\\geq 90\\%$"],
  ],
};

const split: TestGrid = {
  rows: [...HEAD, ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"], ["产出指标", "质量指标", "验收合格率", "≥", "$95$", "%"]],
};

ruleTester(ocrArtefact, {
  valid: [
    { name: "meta example", grid: ocrArtefact.meta.examples.valid },
    { name: "plain values", grid: block("≥95%", "≤100元", "2024年1月至12月", "基本保障", 95) },
    { name: "spaces and >= are value-spelling's", grid: block("≥ 10 次", ">=1人") },
    { name: "a dollar sign alone is not LaTeX", grid: block("$100") },
  ],
  invalid: [
    { name: "meta example", grid: ocrArtefact.meta.examples.invalid, errors: [{ cell: "D3", messageId: "latex", severity: "warning" }] },
    {
      name: "seed 001: $\\geq 95\\%$ and $\\geq 98\\%$",
      grid: block("$\\geq 95\\%$", "$\\geq 98\\%$"),
      errors: [
        { cell: "D5", messageId: "latex", severity: "warning" },
        { cell: "D6", messageId: "latex", severity: "warning" },
      ],
    },
    { name: "\\leq and \\text", grid: block("$\\leq 3\\%$", "$\\geq 10\\text{次}$"), errors: [{ cell: "D5", messageId: "latex", severity: "warning" }, { cell: "D6", messageId: "latex", severity: "warning" }] },
    { name: "a suffix word stays: $95\\%$以上", grid: block("$95\\%$以上"), errors: [{ cell: "D5", messageId: "latex", severity: "warning" }] },
    { name: "the 实施周期指标值 cell", grid: annualPeriod, errors: [{ cell: "E5", messageId: "latex", severity: "warning" }] },
    { name: "LaTeX in text that is not a number", grid: block("$\\geq$ 有效提升"), errors: [{ cell: "D5", messageId: "latexText", severity: "warning" }] },
    {
      name: "encoded list: once per value on the encoded cell",
      grid: list("1、3-满意度指标；31-服务对象满意度；群众满意度；实施周期指标值:$\\geq 80\\%$；年度指标值:$\\geq 80\\%$。"),
      errors: [{ cell: "G6", messageId: "latex", severity: "warning" }],
    },
    { name: "split layout (指标性质 · 指标值 · 度量单位)", grid: split, errors: [{ cell: "E5", messageId: "latex", severity: "warning" }] },
  ],
});

describe("ocr-artefact fixes", () => {
  it("seed 001: rewrites the whole cell to the canonical value", () => {
    const [d] = runRule(ocrArtefact, block("$\\geq 95\\%$"));
    expect(d?.data).toEqual({ indicator: "指标1", value: "$\\geq 95\\%$", to: "≥95%" });
    expect(d?.fix?.edits).toEqual([{ sheet: "Sheet1", cell: "D5", from: "$\\geq 95\\%$", to: "≥95%" }]);
    expect(d?.suggestions).toBeUndefined();
  });

  it("fixes \\leq, \\text{} and the 实施周期指标值 cell", () => {
    const ds = runRule(ocrArtefact, block("$\\leq 3\\%$", "$\\geq 10\\text{次}$"));
    expect(ds.map((d) => d.fix?.edits)).toEqual([
      [{ sheet: "Sheet1", cell: "D5", from: "$\\leq 3\\%$", to: "≤3%" }],
      [{ sheet: "Sheet1", cell: "D6", from: "$\\geq 10\\text{次}$", to: "≥10次" }],
    ]);
    expect(runRule(ocrArtefact, annualPeriod)[0]?.fix?.edits).toEqual([{ sheet: "Sheet1", cell: "E5", from: "$\\geq 90\\%$", to: "≥90%" }]);
  });

  it("keeps the cell's own text as written, so it only suggests: $95\\%$以上 → 95%以上", () => {
    const [d] = runRule(ocrArtefact, block("$95\\%$以上"));
    expect(d?.fix).toBeUndefined();
    expect(d?.suggestions).toEqual([{ messageId: "respell", data: { to: "95%以上" }, edits: [{ sheet: "Sheet1", cell: "D5", from: "$95\\%$以上", to: "95%以上" }] }]);
  });

  it("edits no encoded, split or non-numeric cell", () => {
    const cases: [TestGrid, { cell: string; messageId: string; data: Record<string, string> }][] = [
      [
        list("1、3-满意度指标；31-服务对象满意度；群众满意度；实施周期指标值:≥80%；年度指标值:$\\geq 80\\%$。"),
        { cell: "G6", messageId: "latex", data: { indicator: "群众满意度", value: "$\\geq 80\\%$", to: "≥80%" } },
      ],
      [split, { cell: "E5", messageId: "latex", data: { indicator: "验收合格率", value: "$95$", to: "95" } }],
      [block("$\\geq$ 有效提升"), { cell: "D5", messageId: "latexText", data: { indicator: "指标1", value: "$\\geq$ 有效提升" } }],
    ];
    for (const [grid, want] of cases) {
      const ds = runRule(ocrArtefact, grid);
      expect(ds).toHaveLength(1);
      const d = ds[0]!;
      expect(d).toMatchObject({ cell: want.cell, messageId: want.messageId });
      expect(d.data).toEqual(want.data);
      expect(d.fix).toBeUndefined();
      expect(d.suggestions).toBeUndefined();
    }
  });
});
