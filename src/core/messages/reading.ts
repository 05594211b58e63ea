import type { SheetReading } from "../model/model";
import { fillTemplate, localized, type Locale } from "./render";
import type { Localized } from "../types";

const STATUS: Readonly<Record<SheetReading["status"], Localized>> = {
  read: { zh: "已读取", en: "read" },
  partial: { zh: "部分读取", en: "partly read" },
  unread: { zh: "未能读取", en: "not read" },
  "not-target": { zh: "不是绩效目标表", en: "not a target table" },
};

const REASON: Readonly<Record<string, Localized>> = {
  empty: { zh: "空白工作表", en: "empty sheet" },
  "no-header-words": { zh: "未找到表头文字", en: "no header words found" },
  "no-indicator-header": { zh: "像绩效目标表，但未识别出指标表头", en: "looks like a target table, but no indicator header was recognised" },
  "self-evaluation": { zh: "绩效自评表", en: "a self-evaluation table" },
  department: { zh: "部门整体支出绩效目标表", en: "a department-wide table" },
  cover: { zh: "封面或说明页", en: "a cover or notes page" },
  "blank-form": { zh: "未填写的空白模板（无项目名称、预算数和指标）", en: "a blank copy of the form (no project name, budget or indicator)" },
  "own-sheet": { zh: "本工具生成的工作表", en: "a sheet this tool wrote" },
};

export function sheetStatusLabel(status: SheetReading["status"], locale: Locale = "zh-CN"): string {
  return localized(STATUS[status], locale);
}

/** One line on how a sheet was read: "已读取 2 张表", "部分读取：未能读取预算数（B4）", "不是绩效目标表：绩效自评表（A1）". */
export function describeSheetReading(reading: SheetReading, locale: Locale = "zh-CN"): string {
  const en = locale === "en";
  const status = sheetStatusLabel(reading.status, locale);
  const at = reading.cell ? (en ? ` (${reading.cell})` : `（${reading.cell}）`) : "";
  if (reading.status === "read") return en ? `${status}: ${reading.tables} table${reading.tables === 1 ? "" : "s"}` : `${status} ${reading.tables} 张表`;
  if (reading.status === "partial") {
    const missing = fillTemplate("{missing}", { missing: reading.missing }, locale);
    return en ? `${status}: ${reading.tables} table${reading.tables === 1 ? "" : "s"}, could not read the ${missing}${at}` : `${status} ${reading.tables} 张表，未能读取${missing}${at}`;
  }
  const reason = reading.reason ? (REASON[reading.reason] ? localized(REASON[reading.reason]!, locale) : reading.reason) : "";
  return reason ? `${status}${en ? ": " : "："}${reason}${at}` : `${status}${at}`;
}
