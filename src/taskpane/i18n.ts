import type { Locale } from "../core/messages/render";
import type { Severity } from "../core/rules/types";

export type { Locale };

export interface SeverityCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

/** Every string the task pane and the ribbon command show; messages about cells come from the core's rule tables. */
export interface UiStrings {
  readonly appTitle: string;
  readonly switchLanguage: string;
  readonly check: string;
  readonly clearMarks: string;
  readonly fillTemplate: string;
  readonly makeSummary: string;
  readonly settings: string;
  readonly readingSheets: (done: number, total: number) => string;
  readonly readingStarted: string;
  readonly checking: string;
  readonly marking: string;
  readonly clearing: string;
  readonly marksCleared: (restored: number) => string;
  readonly idleHint: string;
  readonly workbookSummary: (sheets: number, projects: number, summaries: number) => string;
  readonly unrecognisedSheets: (names: string) => string;
  readonly noProblems: string;
  readonly nothingInFilter: (severity: string) => string;
  readonly filterLabel: string;
  readonly filterAll: string;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly countsLine: (counts: SeverityCounts) => string;
  readonly goToCell: (sheet: string, cell: string) => string;
  readonly dismiss: string;
  readonly errorCode: (code: string) => string;
  readonly errorTitle: string;
  readonly during: {
    readonly read: string;
    readonly check: string;
    readonly highlight: string;
    readonly report: string;
    readonly clear: string;
    readonly select: string;
    readonly loadSettings: string;
    readonly saveSettings: string;
    readonly liveCheck: string;
  };
  readonly settingsPanel: {
    readonly title: string;
    readonly profile: string;
    readonly profileAuto: string;
    readonly profile2021: string;
    readonly profileLegacy: string;
    readonly satisfactionFloor: string;
    readonly satisfactionFloorHint: string;
    readonly satisfactionFloorInvalid: string;
    readonly weightTotals: string;
    readonly weightTotalsHint: string;
    readonly weightTotalsInvalid: string;
    readonly liveCheck: string;
    readonly liveCheckHint: string;
    readonly language: string;
    readonly save: string;
    readonly cancel: string;
    readonly restoreDefaults: string;
    readonly saved: string;
  };
  readonly notice: {
    readonly title: string;
    readonly checked: (counts: SeverityCounts) => string;
    readonly seeReport: string;
    readonly failed: string;
    readonly close: string;
  };
}

const zhCN: UiStrings = {
  appTitle: "绩效表助手",
  switchLanguage: "English",
  check: "校验",
  clearMarks: "清除标记",
  fillTemplate: "填充模板",
  makeSummary: "生成汇总",
  settings: "设置",
  readingSheets: (done, total) => `正在读取工作表 ${done}/${total}`,
  readingStarted: "正在读取工作簿…",
  checking: "正在校验…",
  marking: "正在标记单元格…",
  clearing: "正在清除标记…",
  marksCleared: (restored) => `已清除 ${restored} 个单元格的标记，格式已恢复。`,
  idleHint: "点击“校验”检查本工作簿中的项目支出绩效目标表。有问题的单元格会被标色，并列在下方。",
  workbookSummary: (sheets, projects, summaries) => `共 ${sheets} 个工作表，识别项目 ${projects} 个、汇总表 ${summaries} 张`,
  unrecognisedSheets: (names) => `未识别的工作表：${names}`,
  noProblems: "未发现问题。",
  nothingInFilter: (severity) => `没有${severity}。`,
  filterLabel: "按级别筛选",
  filterAll: "全部",
  severity: { error: "错误", warning: "警告", info: "提示" },
  countsLine: (c) => `错误 ${c.error} 个，警告 ${c.warning} 个，提示 ${c.info} 个`,
  goToCell: (sheet, cell) => `转到 ${sheet}!${cell}`,
  dismiss: "关闭",
  errorCode: (code) => `（代码：${code}）`,
  errorTitle: "操作未完成",
  during: {
    read: "读取工作簿时出错。",
    check: "校验过程中出现意外问题。",
    highlight: "标记单元格时出错。",
    report: "写入“校验报告”工作表时出错。",
    clear: "清除标记时出错。",
    select: "转到单元格时出错。",
    loadSettings: "读取设置时出错，已使用默认设置。",
    saveSettings: "保存设置时出错。",
    liveCheck: "编辑时自动校验出错。",
  },
  settingsPanel: {
    title: "设置",
    profile: "指标框架",
    profileAuto: "自动判断（逐表）",
    profile2021: "2021版",
    profileLegacy: "原通用",
    satisfactionFloor: "满意度下限（%）",
    satisfactionFloorHint: "满意度目标低于此值时报错。",
    satisfactionFloorInvalid: "请输入 0 到 100 之间的数。",
    weightTotals: "可接受的权重合计",
    weightTotalsHint: "用逗号分隔，例如 90, 100。",
    weightTotalsInvalid: "请输入一个或多个正数，用逗号分隔。",
    liveCheck: "编辑时自动重新校验",
    liveCheckHint: "修改单元格后自动重新校验。",
    language: "界面语言",
    save: "保存",
    cancel: "取消",
    restoreDefaults: "恢复默认",
    saved: "设置已保存。",
  },
  notice: {
    title: "校验完成",
    checked: (c) => `错误 ${c.error} 个，警告 ${c.warning} 个，提示 ${c.info} 个。`,
    seeReport: "有问题的单元格已标色，明细见“校验报告”工作表。",
    failed: "校验未完成",
    close: "关闭",
  },
};

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

const en: UiStrings = {
  appTitle: "Performance Table Assistant",
  switchLanguage: "中文",
  check: "Check",
  clearMarks: "Clear marks",
  fillTemplate: "Fill template",
  makeSummary: "Make summary",
  settings: "Settings",
  readingSheets: (done, total) => `Reading worksheet ${done}/${total}`,
  readingStarted: "Reading the workbook…",
  checking: "Checking…",
  marking: "Marking cells…",
  clearing: "Clearing marks…",
  marksCleared: (restored) => `Cleared the marks of ${count(restored, "cell")}; their formats are restored.`,
  idleHint: "Click “Check” to check the performance target tables in this workbook. Cells with problems are coloured and listed below.",
  workbookSummary: (sheets, projects, summaries) =>
    `${count(sheets, "worksheet")}; ${count(projects, "project")} and ${count(summaries, "summary table")} recognised`,
  unrecognisedSheets: (names) => `Worksheets not recognised: ${names}`,
  noProblems: "No problems found.",
  nothingInFilter: (severity) => `No ${severity.toLowerCase()}s.`,
  filterLabel: "Filter by severity",
  filterAll: "All",
  severity: { error: "Error", warning: "Warning", info: "Info" },
  countsLine: (c) => `${count(c.error, "error")}, ${count(c.warning, "warning")}, ${count(c.info, "info")}`,
  goToCell: (sheet, cell) => `Go to ${sheet}!${cell}`,
  dismiss: "Dismiss",
  errorCode: (code) => ` (code: ${code})`,
  errorTitle: "Not completed",
  during: {
    read: "Reading the workbook failed.",
    check: "The check itself ran into an unexpected problem.",
    highlight: "Marking the cells failed.",
    report: "Writing the check report sheet failed.",
    clear: "Clearing the marks failed.",
    select: "Going to the cell failed.",
    loadSettings: "Reading the settings failed; the defaults are used.",
    saveSettings: "Saving the settings failed.",
    liveCheck: "The live check failed.",
  },
  settingsPanel: {
    title: "Settings",
    profile: "Indicator framework",
    profileAuto: "Detect per table",
    profile2021: "2021",
    profileLegacy: "Legacy",
    satisfactionFloor: "Satisfaction floor (%)",
    satisfactionFloorHint: "Satisfaction targets below this are errors.",
    satisfactionFloorInvalid: "Enter a number from 0 to 100.",
    weightTotals: "Accepted weight totals",
    weightTotalsHint: "Separated by commas, e.g. 90, 100.",
    weightTotalsInvalid: "Enter one or more positive numbers separated by commas.",
    liveCheck: "Re-check while editing",
    liveCheckHint: "Checks again after a cell is changed.",
    language: "Language",
    save: "Save",
    cancel: "Cancel",
    restoreDefaults: "Restore defaults",
    saved: "Settings saved.",
  },
  notice: {
    title: "Check finished",
    checked: (c) => `${count(c.error, "error")}, ${count(c.warning, "warning")}, ${count(c.info, "info")}.`,
    seeReport: "Cells with problems are coloured; the details are in the check report sheet.",
    failed: "Check not completed",
    close: "Close",
  },
};

const STRINGS: Readonly<Record<Locale, UiStrings>> = { "zh-CN": zhCN, en };

export function uiStrings(locale: Locale): UiStrings {
  return STRINGS[locale];
}

export function isLocale(value: unknown): value is Locale {
  return value === "zh-CN" || value === "en";
}
