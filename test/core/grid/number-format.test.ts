import type { CellValue } from "../../../src/core/grid/grid";
import { builtInNumberFormat, formattedCellValue } from "../../../src/core/grid/number-format";
import { parseIndicatorValue } from "../../../src/core/value/parse-indicator-value";

describe("formattedCellValue: what a stored number under a format puts in the grid", () => {
  const cases: [string, CellValue, string | null, CellValue][] = [
    ["General leaves a number", 0.98, "General", 0.98],
    ["no format leaves a number", 45657, null, 45657],
    ["an amount format leaves a number", 1234.5, "#,##0.00", 1234.5],
    ["literal units leave a number (amounts stay numbers)", 260, '0"万元"', 260],
    ["currency with a locale tag leaves a number", 12, "[$¥-804]#,##0.00", 12],
    ["scientific leaves a number", 12000, "0.00E+00", 12000],
    ["0% gives the percentage", 0.98, "0%", "98%"],
    ["0.00% shows its decimals", 0.98, "0.00%", "98.00%"],
    ["a stored value finer than the format is not rounded", 0.955, "0%", "95.5%"],
    ["floating noise is not shown", 0.07, "0%", "7%"],
    ["literals of a percent section are kept", 0.95, '"≥"0%', "≥95%"],
    ["a negative percent in a one-section format", -0.05, "0%", "-5%"],
    ["a negative percent in its own section", -0.05, "0%;\\-0%", "-5%"],
    ["a percent format with a colour and thousands", 1.2, "[Blue]#,##0%", "120%"],
    ["text leaves text", "达到95%", "0%", "达到95%"],
    ["booleans stay booleans", true, "0%", true],
    ["a date format gives the calendar date", 45657, "yyyy-mm-dd", "2024-12-31"],
    ["a Chinese date format", 45657, 'yyyy"年"m"月"d"日"', "2024-12-31"],
    ["a locale-tagged date format", 45657, "[$-804]yyyy年m月d日;@", "2024-12-31"],
    ["the system long date", 45657, "[$-x-sysdate]dddd, mmmm dd, yyyy", "2024-12-31"],
    ["a date with a time drops the time", 45657.75, "yyyy/m/d h:mm", "2024-12-31"],
    ["a clock time", 0.5, "h:mm", "12:00"],
    ["minutes and seconds: m after h or before s is a minute", 0.01, "mm:ss", "00:14:24"],
    ["AM/PM", 0.75, "h:mm AM/PM", "18:00"],
    ["elapsed hours stay a number", 1.5, "[h]:mm", 1.5],
    ["a negative serial under a date format stays a number (Excel shows #####)", -1, "yyyy-mm-dd", -1],
    ["conditions pick the section", 0.5, '[>=1]0"件";0%', "50%"],
    ["conditions pick the section (other side)", 3, '[>=1]0"件";0%', 3],
    ["three sections: zero has its own", 0, '0%;-0%;"-"', 0],
    ["m in quotes is text, not a month", 5, '0"mm"', 5],
    ["an escaped d is text", 5, "0\\d", 5],
  ];

  it.each(cases)("%s", (_label, value, format, expected) => {
    expect(formattedCellValue(value, format)).toBe(expected);
  });

  it("the 1904 date system", () => {
    expect(formattedCellValue(0, "yyyy-mm-dd", true)).toBe("1904-01-01");
    expect(formattedCellValue(45657 - 1462, "yyyy-mm-dd", true)).toBe("2024-12-31");
  });

  it("the percentages it writes are read by the value parser as the percent typed", () => {
    for (const [stored, format, typed] of [
      [0.98, "0%", "98%"],
      [0.955, "0.0%", "95.5%"],
      [1, "0%", "100%"],
    ] as const) {
      const fromFormat = parseIndicatorValue(formattedCellValue(stored, format));
      const fromTyped = parseIndicatorValue(typed);
      expect({ ...fromFormat, raw: null }).toEqual({ ...fromTyped, raw: null });
    }
  });

  it("knows the built-in ids, the zh-CN date ids among them", () => {
    expect([9, 10, 14, 31, 49, 0].map(builtInNumberFormat)).toEqual(["0%", "0.00%", "mm-dd-yy", 'yyyy"年"m"月"d"日"', "@", "General"]);
    expect(builtInNumberFormat(164)).toBeUndefined();
  });
});
