import { localized } from "../../../src/core/messages/render";
import { readErrorMessage } from "../../../src/cli/read-errors";
import { sheetStatusLabel } from "../../../src/core/messages/reading";
import { renderSummaryNote } from "../../../src/core/summary/notes";

describe("localized: one choice of language for every {zh, en} table", () => {
  test("Chinese unless English is asked for", () => {
    expect(localized({ zh: "已读取", en: "read" }, "zh-CN")).toBe("已读取");
    expect(localized({ zh: "已读取", en: "read" }, "en")).toBe("read");
  });

  test("the tables that use it: reading statuses, the CLI's read errors, summary notes", () => {
    expect([sheetStatusLabel("partial", "zh-CN"), sheetStatusLabel("partial", "en")]).toEqual(["部分读取", "partly read"]);
    expect([readErrorMessage({ code: "legacy-xls" } as Parameters<typeof readErrorMessage>[0], "zh-CN"), readErrorMessage({ code: "legacy-xls" } as Parameters<typeof readErrorMessage>[0], "en")]).toEqual([
      "这是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再试",
      "this is a legacy .xls file; save it as .xlsx in Excel first",
    ]);
    expect(renderSummaryNote({ id: "no-projects", data: {}, file: "" }, "en")).toBe("No projects were recognised");
    expect(renderSummaryNote({ id: "no-projects", data: {}, file: "" }, "zh-CN")).toBe("未识别到项目");
  });
});
