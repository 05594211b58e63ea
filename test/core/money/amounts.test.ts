import { combinedAmount, moneyIn, roundMoney } from "../../../src/core/money/amounts";
import type { Amount } from "../../../src/core/model/model";

const amount = (value: number, cell: string, decimals: number): Amount => ({ value, unit: "万元", cell, decimals });

describe("the six decimals money keeps", () => {
  it.each([
    [0.1 + 0.2, 0.3],
    [1.0000004, 1],
    [1.0000006, 1.000001],
    [-2.4999996, -2.5],
  ])("roundMoney(%s) is %s", (n, rounded) => {
    expect(roundMoney(n)).toBe(rounded);
  });

  it.each([
    [12.5, "万元", "元", 125000],
    [1, "元", "万元", 0.0001],
    [0.01, "元", "万元", 0.000001],
    [0.004, "元", "万元", 0],
    [1.23, "亿元", "万元", 12300],
  ] as const)("moneyIn(%s %s → %s) is %s", (value, from, to, converted) => {
    expect(moneyIn(value, from, to)).toBe(converted);
  });

  it("combinedAmount: the first line's cell, the sum without float noise, the coarsest decimals", () => {
    expect(combinedAmount([amount(0.1, "C5", 2), amount(0.2, "C6", 1), amount(1.005, "C7", 3)])).toEqual({ value: 1.305, unit: "万元", cell: "C5", decimals: 1 });
    expect(combinedAmount([amount(3, "D4", 0)])).toEqual({ value: 3, unit: "万元", cell: "D4", decimals: 0 });
  });
});
