import type { MoneyUnitName, ParsedAmount } from "../../../src/core/value/indicator-value";
import { convertMoney, parseAmount } from "../../../src/core/value/parse-amount";
import type { CurrencyUnit } from "../../../src/core/value/units";

type Raw = string | number | boolean | null;

function amount(value: number, decimals: number, fromText: boolean, converted = false): ParsedAmount {
  return { value, decimals, fromText, converted };
}

describe("parseAmount", () => {
  it.each<[Raw, MoneyUnitName, ParsedAmount | null]>([
    // cell numbers: decimals of the shortest representation
    [81, "万元", amount(81, 0, false)],
    [72.9, "万元", amount(72.9, 1, false)],
    [571.2, "万元", amount(571.2, 1, false)],
    [24.34, "万元", amount(24.34, 2, false)],
    [53184, "元", amount(53184, 0, false)],
    [0, "万元", amount(0, 0, false)],
    [-3.5, "万元", amount(-3.5, 1, false)],
    [Number.NaN, "万元", null],
    // text as published in the seeds
    ["81.00", "万元", amount(81, 2, true)],
    ["571.20", "万元", amount(571.2, 2, true)],
    ["53184.00", "元", amount(53184, 2, true)],
    ["0.10", "万元", amount(0.1, 2, true)],
    ["15", "万元", amount(15, 0, true)],
    [" 81.00 ", "万元", amount(81, 2, true)],
    // separators, full width, currency signs, negatives
    ["1,234.50", "元", amount(1234.5, 2, true)],
    ["1，234.50", "元", amount(1234.5, 2, true)],
    ["１２.００", "万元", amount(12, 2, true)],
    ["１２．００", "万元", amount(12, 2, true)],
    ["￥1,234.50", "元", amount(1234.5, 2, true)],
    ["¥100", "元", amount(100, 0, true)],
    ["-12.5", "万元", amount(-12.5, 1, true)],
    ["(1,234.50)", "元", amount(-1234.5, 2, true)],
    ["（3.00）", "万元", amount(-3, 2, true)],
    // magnitudes and units, converted into the table unit; precision moves with the unit
    ["250万", "万元", amount(250, 0, true, true)],
    ["250万元", "万元", amount(250, 0, true, true)],
    ["250万", "元", amount(2500000, -4, true, true)],
    ["72.9万元", "元", amount(729000, -3, true, true)],
    ["1.1万元", "元", amount(11000, -3, true, true)],
    ["2500000元", "万元", amount(250, 4, true, true)],
    ["53184.00元", "万元", amount(5.3184, 6, true, true)],
    ["100元", "元", amount(100, 0, true, true)],
    ["1.5亿元", "万元", amount(15000, -3, true, true)],
    ["1.5亿", "元", amount(150000000, -7, true, true)],
    ["5千元", "元", amount(5000, -3, true, true)],
    // zero and dash-like cells mean none: 0
    ["0", "万元", amount(0, 0, true)],
    ["0.00", "万元", amount(0, 2, true)],
    ["-", "万元", amount(0, 0, true)],
    ["－", "万元", amount(0, 0, true)],
    ["—", "万元", amount(0, 0, true)],
    ["——", "万元", amount(0, 0, true)],
    ["/", "万元", amount(0, 0, true)],
    ["／", "万元", amount(0, 0, true)],
    ["无", "万元", amount(0, 0, true)],
    // blank or unreadable: null
    [null, "万元", null],
    ["", "万元", null],
    ["   ", "万元", null],
    ["（空）", "万元", null],
    ["空", "万元", null],
    [true, "万元", null],
    ["abc", "万元", null],
    ["50%", "万元", null],
    ["1.2.3", "万元", null],
    ["250美元", "万元", null],
  ])("%j in a %s table", (raw, tableUnit, expected) => {
    expect(parseAmount(raw, tableUnit)).toEqual(expected);
  });
});

describe("convertMoney", () => {
  it.each<[number, CurrencyUnit, MoneyUnitName, number]>([
    [72.9, "万元", "元", 729000],
    [1.1, "万元", "元", 11000],
    [0.07, "万元", "元", 700],
    [53184, "元", "万元", 5.3184],
    [243384, "元", "万元", 24.3384],
    [1.5, "亿元", "万元", 15000],
    [1.5, "亿元", "元", 150000000],
    [24.34, "万元", "万元", 24.34],
    [100, "元", "元", 100],
  ])("%d %s → %s", (value, from, to, expected) => {
    expect(convertMoney(value, from, to)).toBe(expected);
  });
});

describe("amounts across units", () => {
  it("ties seed 001: 项目支出表 24.34万元 matches its six target tables in 元", () => {
    const tablesInYuan = [100, 53184, 40000, 110000, 15000, 25100].reduce((sum, v) => sum + v, 0);
    const listed = parseAmount("24.34", "万元");
    expect(listed).not.toBeNull();
    const difference = Math.abs(convertMoney(tablesInYuan, "元", "万元") - (listed?.value ?? Number.NaN));
    expect(listed?.decimals).toBe(2);
    // Half a unit of the last decimal the list shows.
    expect(difference).toBeLessThanOrEqual(0.005);
  });
});
