import { BASIS_STANDARDS } from "../../../src/core/vocabulary/basis-standards";
import { containsAny } from "../../../src/core/indicator/kinds";

/** The standards a free-written basis points at, by the words of each. */
const pointsAt = (basis: string): string[] => BASIS_STANDARDS.filter(([, ...words]) => containsAny(words).test(basis)).map(([standard]) => standard);

describe("basis standards", () => {
  it("are the five kinds the guidelines name", () => {
    expect(BASIS_STANDARDS.map(([standard]) => standard)).toEqual(["计划标准", "行业标准", "历史标准", "预算支出标准", "其他标准"]);
  });

  it.each([
    ["行业或国家标准", ["行业标准"]],
    ["国标", ["行业标准"]],
    ["年度工作规划", ["计划标准"]],
    ["上年完成情况", ["历史标准"]],
    ["支出定额", ["预算支出标准"]],
    ["其它", ["其他标准"]],
    ["计划及历史", ["计划标准", "历史标准"]],
    ["经验", []],
  ] as const)("%s points at %j", (basis, standards) => {
    expect(pointsAt(basis)).toEqual(standards);
  });
});
