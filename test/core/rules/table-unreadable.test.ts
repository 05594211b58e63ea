import { tableUnreadable } from "../../../src/core/rules/table-unreadable";
import { ruleTester, runRule } from "./rule-tester";
import { block, LEGACY_ROWS } from "./fixtures";

const HEADER = ["一级指标", "二级指标", "三级指标", "指标值"];

ruleTester(tableUnreadable, {
  valid: [
    { name: "name, budget and indicators read", grid: block({ indicators: LEGACY_ROWS }) },
    { name: "a name taken from the title", grid: { rows: [["1.培训经费绩效目标表"], ["预算数", 10, "其中：财政资金", 10], HEADER, ...LEGACY_ROWS] } },
  ],
  invalid: [
    { name: "a title that is only a year and a form name: the name is missing, at the title", grid: { rows: [["2023年项目支出绩效目标申报表"], ["预算数", 10, "其中：财政资金", 10], HEADER, ...LEGACY_ROWS] }, errors: [{ cell: "A1", messageId: "missing", severity: "warning" }] },
    { name: "a 项目名称 whose value is a bare year", grid: { rows: [["项目名称", "2023年"], ["预算数", 10, "其中：财政资金", 10], HEADER, ...LEGACY_ROWS] }, errors: [{ cell: "A1", messageId: "missing", severity: "warning" }] },
    { name: "a 项目资金 label with no amount the reader understands: the budget is missing, at its label", grid: { rows: [["项目名称", "培训经费"], ["项目资金", "详见附件"], HEADER, ...LEGACY_ROWS] }, errors: [{ cell: "A2", messageId: "missing", severity: "warning" }] },
    { name: "no budget label at all: looked for at the name", grid: { rows: [["项目名称", "培训经费"], HEADER, ...LEGACY_ROWS] }, errors: [{ cell: "B1", messageId: "missing", severity: "warning" }] },
    { name: "a header with no indicator row under it", grid: { rows: [["项目名称", "培训经费"], ["预算数", 10, "其中：财政资金", 10], HEADER, [], ["填表人：张三"]] }, errors: [{ cell: "A4", messageId: "missing", severity: "warning" }] },
  ],
});

describe("table-unreadable data", () => {
  it("lists every missing field, the first one's cell first and the others related", () => {
    const [d, ...rest] = runRule(tableUnreadable, { rows: [["项目支出绩效目标表"], HEADER, ...LEGACY_ROWS] });
    expect(rest).toEqual([]);
    expect([d!.cell, d!.severity, d!.data, d!.related]).toEqual(["A1", "warning", { missing: ["name", "budget"] }, []]);
  });
});
