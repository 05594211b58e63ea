import { noticeSearch, noticeText, parseNotice, type Notice } from "../../src/commands/notice";

describe("the ribbon check's notice dialog", () => {
  it("round-trips through the dialog page's query", () => {
    const notices: Notice[] = [
      { kind: "checked", locale: "zh-CN", counts: { error: 4, warning: 0, info: 2 } },
      { kind: "checked", locale: "en", counts: { error: 0, warning: 0, info: 0 }, settingsUnused: 2 },
      { kind: "failed", locale: "en", code: "ItemNotFound" },
      { kind: "failed", locale: "zh-CN", code: null },
      { kind: "too-long", locale: "en" },
    ];
    for (const n of notices) expect(parseNotice(noticeSearch(n))).toEqual(n);
  });

  it("is null on the function file itself and distrusts odd values", () => {
    expect(parseNotice("")).toBeNull();
    expect(parseNotice("?notice=other")).toBeNull();
    expect(parseNotice("?notice=checked&lang=fr&error=-1&warning=x&info=3&unused=1.5")).toEqual({
      kind: "checked",
      locale: "zh-CN",
      counts: { error: 0, warning: 0, info: 3 },
    });
    expect(parseNotice("?notice=failed&code=%3Cscript%3E")).toEqual({ kind: "failed", locale: "zh-CN", code: null });
  });

  it("says the counts, or the failure in plain words", () => {
    expect(noticeText({ kind: "checked", locale: "zh-CN", counts: { error: 4, warning: 1, info: 0 } })).toEqual({
      title: "校验完成",
      lines: ["错误 4 个，警告 1 个，提示 0 个。", "有问题的单元格已标色，明细见“校验报告”工作表。"],
      close: "关闭",
    });
    expect(noticeText({ kind: "checked", locale: "en", counts: { error: 1, warning: 2, info: 0 } }).lines[0]).toBe("1 error, 2 warnings, 0 notices.");
    const failed = noticeText({ kind: "failed", locale: "zh-CN", code: "GeneralException" });
    expect(failed.title).toBe("校验未完成");
    expect(failed.lines[0]).toContain("（代码：GeneralException）");
  });

  it("says when the check used the defaults for settings the workbook stored that could not be used", () => {
    expect(noticeText({ kind: "checked", locale: "zh-CN", counts: { error: 0, warning: 0, info: 0 }, settingsUnused: 2 }).lines).toEqual([
      "错误 0 个，警告 0 个，提示 0 个。",
      "有问题的单元格已标色，明细见“校验报告”工作表。",
      "工作簿中保存的设置有 2 项无法使用，已按默认值校验；请在任务窗格的“设置”中查看。",
    ]);
    expect(noticeText({ kind: "checked", locale: "en", counts: { error: 0, warning: 0, info: 0 }, settingsUnused: 1 }).lines[2]).toBe(
      "1 setting stored in the workbook cannot be used, so the defaults were used; see Settings in the task pane.",
    );
  });

  it("says a check cut short by the five minutes, and where to check instead", () => {
    expect(noticeText({ kind: "too-long", locale: "zh-CN" })).toEqual({
      title: "校验未完成",
      lines: ["工作簿较大，功能区的“校验”在 Excel 允许的 5 分钟内没有完成，已停止；单元格可能只标记了一部分。", "请打开“绩效表助手”任务窗格，在那里校验（没有时间限制）。"],
      close: "关闭",
    });
  });
});
