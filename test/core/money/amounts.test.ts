import { amountIn, combinedAmount, moneyIn, roundMoney } from "../../../src/core/money/amounts";
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

  it("combinedAmount: the first line's cell, the sum without float noise, the coarsest decimals, and the lines it sums", () => {
    const lines = [amount(0.1, "C5", 2), amount(0.2, "C6", 1), amount(1.005, "C7", 3)];
    expect(combinedAmount(lines as [Amount, ...Amount[]])).toEqual({ value: 1.305, unit: "万元", cell: "C5", decimals: 1, parts: lines });
    expect(combinedAmount([amount(3, "D4", 0)])).toEqual({ value: 3, unit: "万元", cell: "D4", decimals: 0 });
  });

  it("combinedAmount: a sum was typed nowhere, so it keeps no text; a sum of sums lists the lines", () => {
    const typed: Amount = { ...amount(60, "D4", 2), text: "60.00" };
    const inner = combinedAmount([typed, amount(20, "F4", 0)]);
    expect(combinedAmount([inner, amount(5, "H4", 0)])).toEqual({ value: 85, unit: "万元", cell: "D4", decimals: 0, parts: [typed, amount(20, "F4", 0), amount(5, "H4", 0)] });
  });

  it.each([
    [20000, "元", 0, "万元", 2, 4],
    [42, "万元", 2, "元", 420000, 0],
    [1.5, "千元", 1, "万元", 0.15, 2],
  ] as const)("amountIn: %s %s (%s decimals) is %s %s, %s decimals, with no text to fix", (value, from, decimals, to, converted, shown) => {
    expect(amountIn({ value, unit: from, cell: "C2", decimals, text: String(value) }, to)).toEqual({ value: converted, unit: to, cell: "C2", decimals: shown });
  });
});
