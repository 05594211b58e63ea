import { isOwnReportSheet, noteLine, planAnnotations, userPartOfNote } from "../../../src/core/annotations";
import type { Report } from "../../../src/core/check/check";
import type { SheetReading } from "../../../src/core/model/model";
import type { Diagnostic, Severity } from "../../../src/core/types";

function d(cell: string, severity: Severity, messageId = "missing", data: Diagnostic["data"] = { category: "效益指标", required: ["产出指标", "效益指标", "满意度指标"], framework: "legacy" }): Diagnostic {
  return { rule: "missing-category", messageId, severity, sheet: "表", cell, related: [], table: "甲", data };
}

function reading(sheet: string, status: SheetReading["status"], extra: Partial<SheetReading> = {}): SheetReading {
  return { sheet, status, tables: status === "read" ? 1 : 0, missing: [], reason: null, cell: null, ...extra };
}

function report(diagnostics: Diagnostic[], sheets: SheetReading[], projects = 1): Pick<Report, "diagnostics" | "stats" | "tables"> {
  const stats = { sheets, projects, summaries: 0, errors: 0, warnings: 0, infos: 0 } as unknown as Report["stats"];
  return { diagnostics, stats, tables: [] };
}

describe("planAnnotations", () => {
  const diagnostics = [d("B2", "info"), d("B2:C4", "error"), d("B2", "warning"), d("C1", "info"), d("bad", "error")];
  const sheets = [reading("表", "read"), reading("封面", "not-target", { reason: "cover", cell: "A1" }), reading("乙", "partial", { tables: 1, missing: ["budget"], cell: "B4" })];

  it("marks one cell per top-left cell with its highest severity and every distinct line once", () => {
    const { marks } = planAnnotations(report(diagnostics, sheets), "zh-CN");
    const line = noteLine(diagnostics[0]!, "zh-CN");
    expect(line).toBe("提示：缺少效益指标（原通用框架要求：产出指标、效益指标、满意度指标），可用“补全”按模板添加（缺少必填的一级指标类别）");
    expect(marks).toEqual([
      { sheet: "表", cell: "B2", severity: "error", fill: "#FFC7CE", note: `【绩效表助手】${line}\n${noteLine(diagnostics[1]!, "zh-CN")}\n${noteLine(diagnostics[2]!, "zh-CN")}` },
      { sheet: "表", cell: "C1", severity: "info", fill: null, note: `【绩效表助手】${line}` },
    ]);
  });

  it("writes English notes with English punctuation", () => {
    const { marks } = planAnnotations(report([d("A1", "warning")], sheets), "en");
    expect(marks[0]!.note).toBe("[jixiao] warning: Missing 效益指标 (the legacy framework requires: 产出指标, 效益指标, 满意度指标); “Complete” adds it from a template (A required level-1 indicator category is missing)");
    expect(marks[0]!.note).not.toMatch(/[：（）]/);
  });

  it("lays out the report: title, counts, the problems with links and tints, then how each sheet was read", () => {
    const { report: sheet } = planAnnotations(report(diagnostics.slice(0, 2), sheets), "zh-CN");
    expect(sheet.rows.map((r) => [r.style, r.cells, r.link, r.fill])).toEqual([
      ["title", ["校验报告（绩效表助手）"], null, null],
      ["summary", ["共 3 个工作表，识别项目 1 个、汇总表 0 张；错误 1 个，警告 0 个，提示 1 个。"], null, null],
      ["blank", [], null, null],
      ["header", ["单元格", "工作表", "级别", "项目或表", "问题", "规则"], null, null],
      ["problem", ["B2", "表", "提示", "甲", "缺少效益指标（原通用框架要求：产出指标、效益指标、满意度指标），可用“补全”按模板添加", "missing-category"], { sheet: "表", cell: "B2" }, null],
      ["problem", ["B2:C4", "表", "错误", "甲", "缺少效益指标（原通用框架要求：产出指标、效益指标、满意度指标），可用“补全”按模板添加", "missing-category"], { sheet: "表", cell: "B2:C4" }, "#FFC7CE"],
      ["blank", [], null, null],
      ["section", ["各工作表读取情况"], null, null],
      ["header", ["查看的单元格", "工作表", "读取情况", "识别的表", "说明"], null, null],
      ["reading", ["", "表", "已读取", "1", "已读取 1 张表"], null, null],
      ["reading", ["A1", "封面", "不是绩效目标表", "0", "不是绩效目标表：封面或说明页（A1）"], { sheet: "封面", cell: "A1" }, null],
      ["reading", ["B4", "乙", "部分读取", "1", "部分读取 1 张表，未能读取预算数（B4）"], { sheet: "乙", cell: "B4" }, "#FFEB9C"],
    ]);
    expect(sheet).toMatchObject({ name: "校验报告", marker: "_jixiao_report", headerRow: 3, problems: 2, width: 6 });
    expect(sheet.widths).toEqual([14, 8, 16, 10, 60, 18]);
  });

  it("never says no problems when nothing was read", () => {
    const { report: sheet } = planAnnotations(report([], [reading("表", "unread", { reason: "no-indicator-header", cell: "A1" })], 0), "zh-CN");
    expect(sheet.rows[1]!.cells).toEqual(["共 1 个工作表，识别项目 0 个、汇总表 0 张。未识别到绩效目标表：本工作簿未作任何校验（各工作表情况见下）。"]);
    expect(planAnnotations(report([], [reading("表", "read")]), "en").report.rows[1]!.cells).toEqual(["1 sheet, 1 project, 0 summary tables. No problems found."]);
  });
});

describe("recognising our own output", () => {
  it("a report sheet: our title in A1 and our header in row 4, in one language", () => {
    const rows = planAnnotations(report([d("A1", "error")], []), "en").report.rows.map((r) => r.cells);
    expect(isOwnReportSheet(rows)).toBe(true);
    expect(isOwnReportSheet([["Check report (jixiao)"], [], [], ["单元格", "工作表", "级别", "项目或表", "问题", "规则"]])).toBe(false);
    expect(isOwnReportSheet([["校验报告"], [], [], ["单元格", "工作表", "级别", "项目或表", "问题", "规则"]])).toBe(false);
    expect(isOwnReportSheet(rows.slice(1))).toBe(false);
  });

  it("a note: our part starts at a line with our prefix; the user's text above it is theirs", () => {
    expect(userPartOfNote("【绩效表助手】错误：x")).toBe("");
    expect(userPartOfNote("用户\n第二行\n[jixiao] error: x\nmore")).toBe("用户\n第二行");
    expect(userPartOfNote("说到【绩效表助手】的一句话")).toBe("说到【绩效表助手】的一句话");
  });
});
