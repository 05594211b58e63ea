import { valueSpelling } from "../../../src/core/rules/value-spelling";
import { ruleTester, runRule, type TestGrid } from "./rule-tester";
import { encodedListWithTotals as list } from "./fixtures";

const HEAD = [["项目名称", "部门专项-聘请法律顾问经费"], ["单位：万元"], ["预算数", 1, "其中：财政资金", 1, "其他资金", 0]] as const;

/** 指标值 in D, indicator rows from row 5. */
function block(...values: (string | number)[]): TestGrid {
  return {
    rows: [...HEAD, ["一级指标", "二级指标", "三级指标", "指标值"], ...values.map((v, i) => ["产出指标", "数量指标", `指标${i + 1}`, v])],
  };
}


const annualPeriod: TestGrid = {
  rows: [...HEAD, ["一级指标", "二级指标", "三级指标", "年度指标值", "实施周期指标值"], ["产出指标", "数量指标", "培训人数", "≥100人", "≥ 300 人"]],
};

const split: TestGrid = {
  rows: [...HEAD, ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"], ["产出指标", "数量指标", "培训人数", "≥", "１００", "人"]],
};

/** The [from, to] of each diagnostic's fix, or null where there is none. */
function fixes(grid: TestGrid): ([string, string | number | boolean | null, string | number | boolean | null] | null)[] {
  return runRule(valueSpelling, grid).map((d) => {
    const edits = d.fix?.edits ?? [];
    expect(edits.length).toBeLessThanOrEqual(1);
    return edits[0] ? [edits[0].cell, edits[0].from, edits[0].to] : null;
  });
}

ruleTester(valueSpelling, {
  valid: [
    { name: "meta example", grid: valueSpelling.meta.examples.valid },
    { name: "canonical values", grid: block("≥10次", "≤1万元/人/年", "=100%", "100%", "≥3万件次", 12) },
    { name: "words are a legitimate spelling", grid: block("不低于95%", "90%以上", "24小时内") },
    { name: "OCR LaTeX is ocr-artefact's, not double-reported", grid: block("$\\geq 95\\%$", "$\\geq$ 95 %") },
    { name: "text and periods", grid: block("基本保障", "2024年1月至12月") },
    { name: "seed 003: a prefix sentence without artefacts", grid: block("每年接待群众的人数≥30人") },
  ],
  invalid: [
    { name: "meta example", grid: valueSpelling.meta.examples.invalid, errors: [{ cell: "D3", messageId: "spelling", severity: "info" }] },
    {
      name: "seed 001: spaces (≥ 10 次, ≤ 100 元, ≥ 200 天数)",
      grid: block("≥ 10 次", "≤ 100 元", "≥ 200 天数"),
      errors: [
        { cell: "D5", messageId: "spelling", severity: "info" },
        { cell: "D6", messageId: "spelling", severity: "info" },
        { cell: "D7", messageId: "spelling", severity: "info" },
      ],
    },
    {
      name: "seed 004: >= and <= (>=1人, <=1万元/人/年, >=95%)",
      grid: block(">=1人", "<=1万元/人/年", ">=95%"),
      errors: [
        {
          cell: "D5",
          messageId: "spelling",
          severity: "info",
          data: { indicator: "指标1", value: ">=1人", to: "≥1人" },
          fix: { edits: [{ sheet: "Sheet1", cell: "D5", from: ">=1人", to: "≥1人" }] },
        },
        { cell: "D6", messageId: "spelling", severity: "info" },
        { cell: "D7", messageId: "spelling", severity: "info" },
      ],
    },
    {
      name: "≧ ≦ ＝ ＞＝ and full-width digits",
      grid: block("≧90%", "≦5%", "＝100%", "＞＝1人", "≥９５％"),
      errors: [
        { cell: "D5", messageId: "spelling", severity: "info" },
        { cell: "D6", messageId: "spelling", severity: "info" },
        { cell: "D7", messageId: "spelling", severity: "info" },
        { cell: "D8", messageId: "spelling", severity: "info" },
        { cell: "D9", messageId: "spelling", severity: "info" },
      ],
    },
    { name: "a suffix word and a thousands separator stay", grid: block("９５％以上", "≥ 1,000 人"), errors: [{ cell: "D5", messageId: "spelling", severity: "info" }, { cell: "D6", messageId: "spelling", severity: "info" }] },
    { name: "the 实施周期指标值 cell", grid: annualPeriod, errors: [{ cell: "E5", messageId: "spelling", severity: "info" }] },
    { name: "encoded list", grid: list("1、1-产出指标；11-数量指标；提供法律咨询服务案件数；实施周期指标值:>=15宗；年度指标值:>=15宗。"), errors: [{ cell: "G6", messageId: "spelling", severity: "info" }] },
    { name: "split layout (指标性质 · 指标值 · 度量单位)", grid: split, errors: [{ cell: "E5", messageId: "spelling", severity: "info" }] },
  ],
});

describe("value-spelling fixes", () => {
  it("seed 001 and seed 004: rewrite the whole cell", () => {
    expect(fixes(block("≥ 10 次", "≤ 100 元", "≥ 200 天数", ">=1人", "<=1万元/人/年", ">=95%"))).toEqual([
      ["D5", "≥ 10 次", "≥10次"],
      ["D6", "≤ 100 元", "≤100元"],
      ["D7", "≥ 200 天数", "≥200天数"],
      ["D8", ">=1人", "≥1人"],
      ["D9", "<=1万元/人/年", "≤1万元/人/年"],
      ["D10", ">=95%", "≥95%"],
    ]);
  });

  it("full-width forms and variant operators", () => {
    expect(fixes(block("≧90%", "≦5%", "＝100%", "＞＝1人", "≥９５％"))).toEqual([
      ["D5", "≧90%", "≥90%"],
      ["D6", "≦5%", "≤5%"],
      ["D7", "＝100%", "=100%"],
      ["D8", "＞＝1人", "≥1人"],
      ["D9", "≥９５％", "≥95%"],
    ]);
  });

  it("takes `from` from the untrimmed cell", () => {
    const [d] = runRule(valueSpelling, block(" ≥  10  次 "));
    expect(d?.fix?.edits).toEqual([{ sheet: "Sheet1", cell: "D5", from: " ≥  10  次 ", to: "≥10次" }]);
  });

  it("fixes the 实施周期指标值 cell on its own", () => {
    expect(runRule(valueSpelling, annualPeriod)[0]?.fix?.edits).toEqual([{ sheet: "Sheet1", cell: "E5", from: "≥ 300 人", to: "≥300人" }]);
  });

  it("only suggests when other text stays in the cell", () => {
    const ds = runRule(valueSpelling, block("９５％以上", "≥ 1,000 人"));
    expect(ds.map((d) => d.fix)).toEqual([undefined, undefined]);
    expect(ds.map((d) => d.suggestions)).toEqual([
      [{ messageId: "respell", data: { to: "95%以上" }, edits: [{ sheet: "Sheet1", cell: "D5", from: "９５％以上", to: "95%以上" }] }],
      [{ messageId: "respell", data: { to: "≥1,000人" }, edits: [{ sheet: "Sheet1", cell: "D6", from: "≥ 1,000 人", to: "≥1,000人" }] }],
    ]);
  });

  it("edits no encoded or split cell, but still names the canonical spelling", () => {
    const [encoded] = runRule(valueSpelling, list("1、1-产出指标；11-数量指标；提供法律咨询服务案件数；实施周期指标值:>=15宗；年度指标值:>=15宗。"));
    expect(encoded?.data).toEqual({ indicator: "提供法律咨询服务案件数", value: ">=15宗", to: "≥15宗" });
    expect(encoded?.fix).toBeUndefined();
    expect(encoded?.suggestions).toBeUndefined();
    const joined = runRule(valueSpelling, split);
    expect(joined).toHaveLength(1);
    expect(joined[0]).toMatchObject({ cell: "E5", messageId: "spelling", data: { indicator: "培训人数", value: "≥１００人", to: "≥100人" } });
    expect(joined[0]!.data).toEqual({ indicator: "培训人数", value: "≥１００人", to: "≥100人" });
    expect(joined[0]).not.toHaveProperty("fix");
    expect(joined[0]).not.toHaveProperty("suggestions");
  });
});
