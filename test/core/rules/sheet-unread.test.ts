import { sheetUnread } from "../../../src/core/rules/sheet-unread";
import { renderMessage } from "../../../src/core/messages/render";
import { ruleTester, runRule } from "./rule-tester";
import { block, LEGACY_ROWS } from "./fixtures";

const UNREAD_ROWS = [
  ["项目支出绩效目标表"],
  ["项目名称", "培训经费"],
  ["指标类别", "指标内容", "目标"],
  ["产出", "培训人数", "≥100人"],
];

ruleTester(sheetUnread, {
  valid: [
    { name: "a target table that is read", grid: block({ indicators: LEGACY_ROWS }) },
    { name: "a sheet of notes with no target-table title", grid: { rows: [["填报说明"], ["1、", "按模板填写"], ["2、", "金额以万元为单位"]] } },
    { name: "a self-evaluation table is not a target table", grid: { rows: [["项目支出绩效自评表"], ["项目名称", "培训经费"], ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"], ["产出指标", "数量指标", "培训人数", "≥100人", "120人", 10, 10]] } },
    { name: "an empty sheet named 绩效目标表", grid: { sheet: "绩效目标表", rows: [] } },
  ],
  invalid: [
    { name: "a title that says 绩效目标表 over a layout no reader knows: at the title", grid: { rows: UNREAD_ROWS }, errors: [{ cell: "A1", messageId: "unread", severity: "warning" }] },
    { name: "a sheet named 绩效目标表 with no title: at its first cell", grid: { sheet: "2024年绩效目标表", rows: [[null, "项目名称", "培训经费"], [null, "指标", "目标"], [null, "培训人数", "≥100人"]] }, errors: [{ cell: "B1", messageId: "unread", severity: "warning" }] },
  ],
});

describe("sheet-unread message", () => {
  it("names the sheet in both languages and is a warning unless --strict", () => {
    const [d] = runRule(sheetUnread, { rows: UNREAD_ROWS });
    expect([d!.sheet, d!.table, d!.severity]).toEqual(["Sheet1", "Sheet1", "warning"]);
    expect(renderMessage(d!)).toBe("工作表「Sheet1」像是绩效目标表，但未能识别出指标表头（一级指标、二级指标、三级指标、指标值），本表未作任何校验");
    expect(renderMessage(d!, "en")).toContain("Sheet “Sheet1” looks like a performance target table");
    expect(runRule(sheetUnread, { rows: UNREAD_ROWS }, { rules: { "sheet-unread": "error" } })[0]!.severity).toBe("error");
  });
});
