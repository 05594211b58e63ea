import type { TemplateId } from "../core/fill/templates/types";
import type { Locale } from "../core/messages/render";
import type { MoneyUnit, ProjectLayout } from "../core/model/model";
import type { Severity } from "../core/types";

export type { Locale };

export interface SeverityCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

/** Every string the task pane and the ribbon command show; messages about cells come from the core's rule tables. */
export interface UiStrings {
  readonly locale: Locale;
  readonly appTitle: string;
  readonly switchLanguage: string;
  readonly check: string;
  readonly clearMarks: string;
  readonly insertProject: string;
  readonly makeSummary: string;
  readonly settings: string;
  /** What the pane is doing, by Busy kind; while reading, the sheets read so far once their number is known. */
  readonly progress: {
    readonly reading: (done: number, total: number) => string;
    readonly readingStarted: string;
    readonly checking: string;
    readonly marking: string;
    readonly clearing: string;
    readonly planning: string;
    readonly applying: string;
    readonly summarizing: string;
  };
  readonly marksCleared: (restored: number) => string;
  readonly noMarks: string;
  readonly deleteReportOffer: string;
  /** Asked before the 校验报告 sheet is deleted: deleting a sheet clears Excel's undo history. */
  readonly deleteReportConfirm: string;
  readonly deleteReportYes: string;
  readonly deleteReportNo: string;
  readonly deleteReport: string;
  readonly reportDeleted: string;
  readonly noReport: string;
  readonly undo: string;
  readonly staleList: string;
  readonly noneRecognised: string;
  readonly noneRecognisedHint: string;
  /** Why a sheet was not read: by the reading report's reason code, else by its status (see sheetReason). */
  readonly sheetReasons: {
    readonly byCode: Readonly<Record<string, string>>;
    readonly unread: string;
    readonly partial: string;
    readonly notTarget: string;
  };
  readonly list: {
    readonly label: string;
    readonly fix: string;
    readonly fixAll: (count: number) => string;
    readonly complete: string;
    readonly completeAll: (count: number) => string;
    readonly suggestion: (text: string) => string;
    readonly accept: string;
    readonly skip: string;
    readonly ignore: string;
    readonly ignoredCount: (count: number) => string;
    readonly restore: string;
    readonly ignoredNotice: (total: number) => string;
    readonly restoredNotice: (count: number) => string;
    readonly previous: string;
    readonly next: string;
    readonly position: (index: number, total: number) => string;
    readonly expand: (name: string, count: number) => string;
    readonly collapse: (name: string) => string;
    readonly actionOn: (action: string, cell: string) => string;
    readonly more: (count: number) => string;
  };
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
    readonly fill: string;
    readonly summary: string;
    readonly selection: string;
  };
  readonly fillPanel: {
    readonly title: string;
    readonly close: string;
    readonly template: string;
    readonly templateAuto: string;
    /** Template names by id; the Chinese ones are the library's own. */
    readonly templateNames: Readonly<Record<TemplateId, string>>;
    readonly layout: string;
    readonly layouts: Readonly<Record<ProjectLayout, string>>;
    readonly name: string;
    readonly budget: string;
    readonly unit: string;
    readonly units: Readonly<Record<MoneyUnit, string>>;
    readonly agency: string;
    readonly updateTotals: string;
    readonly insertHint: string;
    readonly insert: string;
    readonly confirmLine: (sheet: string, unit: string, conversion: string) => string;
    readonly confirm: string;
    readonly cancel: string;
  };
  readonly edited: {
    readonly blank: string;
    readonly more: (count: number) => string;
    readonly completeAll: (projects: number) => string;
    readonly converted: (conversion: string) => string;
    readonly removeRows: (sheet: string, first: number, last: number) => string;
    readonly written: (cells: number, rows: number) => string;
    readonly refused: (count: number) => string;
    /** A total kept as a formula that, once Excel recalculated, does not take in the rows written (apply-plan's totalsNotCovering). */
    readonly totalNotCovering: (place: string, formula: string, found: string, expected: string) => string;
    readonly nothingWritten: (count: number) => string;
    readonly fix: (place: string) => string;
    readonly fixAll: (count: number) => string;
    readonly complete: (table: string, categories: string) => string;
    readonly needsInput: (count: number) => string;
    readonly skipped: (categories: string) => string;
    readonly suggestion: (place: string, to: string) => string;
    readonly insert: (name: string, place: string, template: string, layout: string) => string;
    readonly rechecked: string;
  };
  readonly undone: {
    readonly done: (count: number) => string;
    readonly nothing: string;
    readonly changed: (cells: string, count: number) => string;
    /** The rows a new project (or 补全) added were deleted. */
    readonly rowsDeleted: (sheet: string, first: number, last: number) => string;
    /** Cells of those rows were changed since: nothing was undone. */
    readonly rowsChanged: (cells: string, count: number) => string;
  };
  readonly problem: {
    readonly gone: string;
    readonly nothingMissing: string;
    readonly noFixes: string;
    readonly noName: string;
    readonly badBudget: string;
    readonly badPosition: string;
    readonly ownSheet: (sheet: string) => string;
    readonly layoutMismatch: (layout: string) => string;
    readonly unitMismatch: (unit: string) => string;
  };
  readonly summaryWritten: (sheets: readonly string[]) => string;
  /** Between the items of a list in a sentence. */
  readonly listSeparator: string;
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
    readonly savedRechecked: string;
    readonly savedCheckNow: string;
  };
  /** Settings the workbook stored that core/config refused: the setting by its name here, what was stored, what is used. */
  readonly configProblems: {
    readonly title: (count: number) => string;
    readonly hint: string;
    readonly openSettings: string;
    readonly notAnObject: string;
    readonly unknownField: (name: string) => string;
    readonly profile: (stored: string, used: string) => string;
    readonly satisfactionFloor: (stored: string, used: number) => string;
    readonly weightTotals: (stored: string, used: string) => string;
    readonly rules: (stored: string) => string;
    readonly unknownRule: (id: string) => string;
    readonly ruleSetting: (rule: string, stored: string) => string;
  };
  readonly notice: {
    readonly title: string;
    readonly checked: (counts: SeverityCounts) => string;
    readonly seeReport: string;
    /** The ribbon's check used the defaults for settings the workbook stored that could not be used. */
    readonly settingsUnused: (count: number) => string;
    readonly failed: string;
    readonly close: string;
  };
}

const zhCN: UiStrings = {
  locale: "zh-CN",
  appTitle: "绩效表助手",
  switchLanguage: "English",
  check: "校验",
  clearMarks: "清除标记",
  insertProject: "插入新项目",
  makeSummary: "生成汇总",
  settings: "设置",
  progress: {
    reading: (done, total) => `正在读取工作表 ${done}/${total}`,
    readingStarted: "正在读取工作簿…",
    checking: "正在校验…",
    marking: "正在标记单元格…",
    clearing: "正在清除标记…",
    planning: "正在准备修改…",
    applying: "正在写入工作簿…",
    summarizing: "正在生成汇总…",
  },
  marksCleared: (restored) => `已清除 ${restored} 个单元格的标记，格式已恢复。`,
  noMarks: "没有需要清除的标记。",
  deleteReportOffer: "提交前可删除加载项生成的“校验报告”工作表。",
  deleteReportConfirm: "删除工作表会清空 Excel 的撤销记录：此前的操作将不能再用“撤销”（Ctrl+Z）恢复。确定删除“校验报告”吗？",
  deleteReportYes: "确认删除",
  deleteReportNo: "不删除",
  deleteReport: "删除“校验报告”",
  reportDeleted: "已删除“校验报告”工作表。",
  noReport: "工作簿中没有加载项生成的“校验报告”工作表。",
  undo: "撤销",
  staleList: "校验未完成：下面是上一次校验的结果，可能已过时。",
  noneRecognised: "未识别到绩效目标表",
  noneRecognisedHint: "以下工作表中都没有读出项目支出绩效目标表，因此没有检查任何内容。请确认表头含“一级指标”“二级指标”“三级指标”“指标值”等字样。",
  sheetReasons: {
    byCode: {
      empty: "空白工作表",
      "no-header-words": "没有找到指标表头（一级指标、三级指标、指标值等）",
      "self-evaluation": "是绩效自评表，不是目标表",
      department: "是部门整体支出绩效目标表",
      cover: "是封面或说明",
      "own-sheet": "是加载项生成的工作表",
      "no-indicator-header": "像是绩效目标表，但没有找到指标表头（一级指标、三级指标、指标值等）",
    },
    unread: "看起来是绩效目标表，但没能读出项目",
    partial: "只读出了部分内容",
    notTarget: "不是绩效目标表",
  },
  list: {
    label: "校验结果",
    fix: "修复",
    fixAll: (count) => `全部修复（${count}）`,
    complete: "补全",
    completeAll: (count) => `全部补全（${count}）`,
    suggestion: (text) => `建议：${text}`,
    accept: "采纳",
    skip: "跳过",
    ignore: "忽略",
    ignoredCount: (count) => `已忽略 ${count} 项`,
    restore: "恢复",
    ignoredNotice: (total) => `已忽略这一项，不再标记（本工作簿共忽略 ${total} 项，可在列表上方恢复）。`,
    restoredNotice: (count) => `已恢复 ${count} 项忽略的问题。`,
    previous: "上一个",
    next: "下一个",
    position: (index, total) => `第 ${index}/${total} 项`,
    expand: (name, count) => `展开“${name}”（${count} 项）`,
    collapse: (name) => `收起“${name}”`,
    actionOn: (action, cell) => `${action} ${cell}`,
    more: (count) => `显示其余 ${count} 项`,
  },
  idleHint: "点击“校验”检查本工作簿中的项目支出绩效目标表。有问题的单元格会被标色，并列在下方。",
  workbookSummary: (sheets, projects, summaries) =>
    summaries > 0 ? `共 ${sheets} 个工作表，读出项目 ${projects} 个，另有项目支出表等列表 ${summaries} 张` : `共 ${sheets} 个工作表，读出项目 ${projects} 个`,
  unrecognisedSheets: (names) => `未读出的工作表：${names}`,
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
    fill: "修改工作簿时出错。",
    summary: "生成汇总时出错。",
    selection: "读取所选单元格时出错。",
  },
  fillPanel: {
    title: "插入新项目",
    close: "关闭",
    template: "模板",
    templateAuto: "按项目名称自动选择",
    templateNames: {
      "it-maintenance": "信息系统运维",
      "property-rent": "物业及房租",
      personnel: "人员经费",
      "legal-counsel": "法律顾问",
      "special-business": "专项业务",
      equipment: "设备购置",
      general: "通用",
    },
    layout: "版式（所选工作表还没有项目时）",
    layouts: { block: "分块", list: "列表", flat: "逐行" },
    name: "项目名称",
    budget: "预算数",
    unit: "所填金额的单位",
    units: { 万元: "万元", 元: "元" },
    agency: "预算单位（可选）",
    updateTotals: "同时更新合计行",
    insertHint: "先在工作表中选中位置：已有内容下方的任一空行（接在最后一个项目之后），或某个项目所在的行（插在它上方）。版式和金额单位按所选工作表。",
    insert: "在所选位置插入",
    confirmLine: (sheet, unit, conversion) => `“${sheet}”的金额单位是${unit}，预算数将写为：${conversion}。`,
    confirm: "确认插入",
    cancel: "取消",
  },
  edited: {
    blank: "（空）",
    more: (count) => `，另有 ${count} 处`,
    completeAll: (projects) => `已为 ${projects} 个项目补全缺失的指标类别。`,
    converted: (conversion) => `预算数已按工作表的单位写入：${conversion}。`,
    removeRows: (sheet, first, last) => `插入的行不能在此撤销；如需删除，请删除“${sheet}”第 ${first}–${last} 行。`,
    written: (cells, rows) => (rows > 0 ? `已写入 ${cells} 个单元格，插入 ${rows} 行。` : `已写入 ${cells} 个单元格。`),
    refused: (count) => `另有 ${count} 处修改未写入（单元格已变化，或与其他修改重叠）。`,
    totalNotCovering: (place, formula, found, expected) => `${place} 的合计公式 ${formula} 没有算入新写入的行：现为 ${found}，应为 ${expected}。请把公式的范围扩大到新行。`,
    nothingWritten: (count) => `没有写入任何内容：${count} 处修改与工作簿现状冲突。`,
    fix: (place) => `已修复 ${place}。`,
    fixAll: (count) => `已修复 ${count} 处问题。`,
    complete: (table, categories) => `已为“${table}”补全：${categories}。`,
    needsInput: (count) => `${count} 个指标值需要填写预算数后补充。`,
    skipped: (categories) => `未添加${categories}：成本已按另一框架填报，请调整其一级、二级指标。`,
    suggestion: (place, to) => `已将 ${place} 改为“${to}”。`,
    insert: (name, place, template, layout) => `已在 ${place} 插入新项目“${name}”（${template}模板，${layout}版式）。`,
    rechecked: "已重新校验。",
  },
  undone: {
    done: (count) => `已撤销 ${count} 处修改：`,
    nothing: "没有撤销任何内容：写入的单元格在此后都已被改动。",
    changed: (cells, count) => `${cells}${count > 5 ? " 等" : ""} 共 ${count} 个单元格在写入后又被改动，为避免覆盖，没有撤销。`,
    rowsDeleted: (sheet, first, last) => (first === last ? `已删除“${sheet}”第 ${first} 行（加载项插入的行）。` : `已删除“${sheet}”第 ${first}–${last} 行（加载项插入的行）。`),
    rowsChanged: (cells, count) =>
      `插入的行在写入后又被改动（${cells}${count > 5 ? " 等" : ""}，共 ${count} 个单元格），为避免删掉您填写的内容，没有撤销。如确需删除，请核对后手动删除这些行。`,
  },
  problem: {
    gone: "这一项已不在校验结果中（可能已被修改），已重新校验。",
    nothingMissing: "该项目没有可自动补全的指标类别。",
    noFixes: "没有可自动修复的问题。",
    noName: "请填写项目名称。",
    badBudget: "请填写有效的预算数（不小于 0 的数字）。",
    badPosition: "所选位置在已有表格内部。请选择表格下方的空行，或列表中某个项目所在的行。",
    ownSheet: (sheet) => `“${sheet}”是加载项生成的工作表，不能在其中插入项目。请选择其他工作表中的单元格。`,
    layoutMismatch: (layout) => `所选工作表中的项目是“${layout}”版式，请改选该版式。`,
    unitMismatch: (unit) => `所选工作表的金额单位是${unit}，请改选${unit}。`,
  },
  summaryWritten: (sheets) => `已生成汇总：${sheets.join("、")}`,
  listSeparator: "、",
  settingsPanel: {
    title: "设置",
    profile: "指标框架",
    profileAuto: "自动判断（逐表）",
    profile2021: "2021版（财预〔2021〕101号）",
    profileLegacy: "原通用框架",
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
    savedRechecked: "设置已保存，已按新设置重新校验。",
    savedCheckNow: "设置已保存。点击“校验”按新设置检查。",
  },
  configProblems: {
    title: (count) => `工作簿中保存的设置有 ${count} 项无法使用`,
    hint: "这些设置未生效，已按默认值校验。请打开“设置”核对并保存，工作簿中将只保留有效的设置。",
    openSettings: "打开设置",
    notAnObject: "保存的校验设置无法读取，全部按默认设置校验。",
    unknownField: (name) => `保存了本版本不认识的设置“${name}”，未使用。`,
    profile: (stored, used) => `指标框架：保存的“${stored}”无法识别，按“${used}”校验。`,
    satisfactionFloor: (stored, used) => `满意度下限：保存的“${stored}”不是 0 到 100 之间的数，按 ${used}% 校验。`,
    weightTotals: (stored, used) => `可接受的权重合计：保存的“${stored}”不是一个或多个正数，按 ${used} 校验。`,
    rules: (stored) => `规则级别：保存的“${stored}”无法读取，各规则按默认级别校验。`,
    unknownRule: (id) => `规则级别中的“${id}”不是本加载项的规则，未使用。`,
    ruleSetting: (rule, stored) => `规则“${rule}”的级别“${stored}”无法识别（可设为错误、警告、提示或关闭），按默认级别校验。`,
  },
  notice: {
    title: "校验完成",
    checked: (c) => `错误 ${c.error} 个，警告 ${c.warning} 个，提示 ${c.info} 个。`,
    seeReport: "有问题的单元格已标色，明细见“校验报告”工作表。",
    settingsUnused: (count) => `工作簿中保存的设置有 ${count} 项无法使用，已按默认值校验；请在任务窗格的“设置”中查看。`,
    failed: "校验未完成",
    close: "关闭",
  },
};

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

const en: UiStrings = {
  locale: "en",
  appTitle: "Performance Table Assistant",
  switchLanguage: "中文",
  check: "Check",
  clearMarks: "Clear marks",
  insertProject: "Insert project",
  makeSummary: "Make summary",
  settings: "Settings",
  progress: {
    reading: (done, total) => `Reading worksheet ${done}/${total}`,
    readingStarted: "Reading the workbook…",
    checking: "Checking…",
    marking: "Marking cells…",
    clearing: "Clearing marks…",
    planning: "Preparing the changes…",
    applying: "Writing to the workbook…",
    summarizing: "Making the summary…",
  },
  marksCleared: (restored) => `Cleared the marks of ${count(restored, "cell")}; their formats are restored.`,
  noMarks: "There are no marks to clear.",
  deleteReportOffer: "Before you submit, you can delete the check report sheet the add-in made.",
  deleteReportConfirm: "Deleting a sheet clears Excel's undo history: what you did before can no longer be undone (Ctrl+Z). Delete the check report?",
  deleteReportYes: "Delete it",
  deleteReportNo: "Keep it",
  deleteReport: "Delete the check report",
  reportDeleted: "The check report sheet was deleted.",
  noReport: "The workbook has no check report sheet made by the add-in.",
  undo: "Undo",
  staleList: "The check did not finish: the list below is from the previous check and may be out of date.",
  noneRecognised: "No performance target table recognised",
  noneRecognisedHint:
    "No project performance target table could be read on these sheets, so nothing was checked. The header should contain words such as 一级指标, 三级指标 and 指标值.",
  sheetReasons: {
    byCode: {
      empty: "empty sheet",
      "no-header-words": "no indicator header (一级指标, 三级指标, 指标值…) found",
      "self-evaluation": "a self-evaluation table, not a target table",
      department: "a department-wide target table",
      cover: "a cover or notes",
      "own-sheet": "made by the add-in",
      "no-indicator-header": "looks like a target table, but no indicator header (一级指标, 三级指标, 指标值…) was found",
    },
    unread: "looks like a target table, but no project could be read",
    partial: "only partly read",
    notTarget: "not a target table",
  },
  list: {
    label: "Check results",
    fix: "Fix",
    fixAll: (n) => `Fix all (${n})`,
    complete: "Complete",
    completeAll: (n) => `Complete all (${n})`,
    suggestion: (text) => `Suggestion: ${text}`,
    accept: "Accept",
    skip: "Skip",
    ignore: "Ignore",
    ignoredCount: (n) => `${count(n, "item")} ignored`,
    restore: "Restore",
    ignoredNotice: (total) => `Ignored; it is no longer marked (${count(total, "item")} ignored in this workbook; restore them above the list).`,
    restoredNotice: (n) => `Restored ${count(n, "ignored item")}.`,
    previous: "Previous",
    next: "Next",
    position: (index, total) => `Item ${index} of ${total}`,
    expand: (name, n) => `Expand “${name}” (${count(n, "item")})`,
    collapse: (name) => `Collapse “${name}”`,
    actionOn: (action, cell) => `${action} ${cell}`,
    more: (n) => `Show ${count(n, "more item")}`,
  },
  idleHint: "Click “Check” to check the performance target tables in this workbook. Cells with problems are coloured and listed below.",
  workbookSummary: (sheets, projects, summaries) =>
    summaries > 0
      ? `${count(sheets, "worksheet")}; ${count(projects, "project")} read, and ${count(summaries, "list table")} such as 项目支出表`
      : `${count(sheets, "worksheet")}; ${count(projects, "project")} read`,
  unrecognisedSheets: (names) => `Worksheets not read: ${names}`,
  noProblems: "No problems found.",
  nothingInFilter: (severity) => `No ${severity.toLowerCase()} items.`,
  filterLabel: "Filter by severity",
  filterAll: "All",
  severity: { error: "Error", warning: "Warning", info: "Info" },
  countsLine: (c) => `${count(c.error, "error")}, ${count(c.warning, "warning")}, ${count(c.info, "notice")}`,
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
    fill: "Changing the workbook failed.",
    summary: "Making the summary failed.",
    selection: "Reading the selected cell failed.",
  },
  fillPanel: {
    title: "Insert a new project",
    close: "Close",
    template: "Template",
    templateAuto: "Choose from the project name",
    templateNames: {
      "it-maintenance": "IT system maintenance",
      "property-rent": "Property and rent",
      personnel: "Personnel",
      "legal-counsel": "Legal counsel",
      "special-business": "Special programme",
      equipment: "Equipment purchase",
      general: "General",
    },
    layout: "Layout (when the sheet has no project yet)",
    layouts: { block: "Block", list: "List", flat: "Flat" },
    name: "Project name",
    budget: "Budget",
    unit: "Unit of the amount typed",
    units: { 万元: "万元 (10,000 yuan)", 元: "元 (yuan)" },
    agency: "Budget unit (optional)",
    updateTotals: "Also update the total rows",
    insertHint:
      "First select where it goes in the sheet: any empty row below the content (after the last project), or a project's row (above it). Layout and unit follow the selected sheet.",
    insert: "Insert at the selection",
    confirmLine: (sheet, unit, conversion) => `“${sheet}” keeps its amounts in ${unit}; the budget will be written as ${conversion}.`,
    confirm: "Insert",
    cancel: "Cancel",
  },
  edited: {
    blank: "(blank)",
    more: (n) => `; ${n} more`,
    completeAll: (projects) => `Added the missing indicator categories to ${count(projects, "project")}.`,
    converted: (conversion) => `The budget was written in the sheet's unit: ${conversion}.`,
    removeRows: (sheet, first, last) => `Inserted rows cannot be undone here; to remove the project, delete rows ${first}–${last} of “${sheet}”.`,
    written: (cells, rows) => (rows > 0 ? `Wrote ${count(cells, "cell")} and inserted ${count(rows, "row")}.` : `Wrote ${count(cells, "cell")}.`),
    refused: (n) => `${count(n, "change")} not written (the cell changed, or another change overlaps it).`,
    totalNotCovering: (place, formula, found, expected) =>
      `The total in ${place}, ${formula}, does not count the new rows: it shows ${found} where ${expected} is expected. Widen the formula's range to take them in.`,
    nothingWritten: (n) => `Nothing was written: ${count(n, "change")} conflict with the workbook as it is.`,
    fix: (place) => `Fixed ${place}.`,
    fixAll: (n) => `Fixed ${count(n, "problem")}.`,
    complete: (table, categories) => `Completed “${table}” with ${categories}.`,
    needsInput: (n) => `${count(n, "target")} need the budget before they can be filled in.`,
    skipped: (categories) => `${categories} not added: costs are filed the other framework's way; adjust their categories.`,
    suggestion: (place, to) => `Changed ${place} to “${to}”.`,
    insert: (name, place, template, layout) => `Inserted the new project “${name}” at ${place} (${template} template, ${layout.toLowerCase()} layout).`,
    rechecked: "The workbook was checked again.",
  },
  undone: {
    done: (n) => `Undid ${count(n, "change")}:`,
    nothing: "Nothing was undone: every cell written has been changed since.",
    changed: (cells, n) => `${cells}${n > 5 ? " …" : ""}: ${count(n, "cell")} changed after the add-in wrote them, so they were left as they are.`,
    rowsDeleted: (sheet, first, last) => (first === last ? `Deleted row ${first} of “${sheet}” (inserted by the add-in).` : `Deleted rows ${first}–${last} of “${sheet}” (inserted by the add-in).`),
    rowsChanged: (cells, n) =>
      `The inserted rows were changed after the add-in wrote them (${cells}${n > 5 ? " …" : ""}, ${count(n, "cell")}), so nothing was undone, to keep what you typed. Check them and delete the rows by hand if you need to.`,
  },
  problem: {
    gone: "This item is no longer among the check results (it may have been changed); the workbook was checked again.",
    nothingMissing: "Nothing can be added to this project automatically.",
    noFixes: "No problem has a safe fix.",
    noName: "Enter the project name.",
    badBudget: "Enter a valid budget (a number, 0 or more).",
    badPosition: "The selected cell is inside a table. Select an empty row below the tables, or the row of a project in a list.",
    ownSheet: (sheet) => `“${sheet}” is a sheet the add-in made; projects cannot go there. Select a cell on another sheet.`,
    layoutMismatch: (layout) => `The projects on the selected sheet use the ${layout.toLowerCase()} layout; choose that layout.`,
    unitMismatch: (unit) => `The selected sheet's amounts are in ${unit}; choose ${unit}.`,
  },
  summaryWritten: (sheets) => `Summary written: ${sheets.join(", ")}`,
  listSeparator: ", ",
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
    savedRechecked: "Settings saved; the workbook was checked again with them.",
    savedCheckNow: "Settings saved. Click “Check” to check with them.",
  },
  configProblems: {
    title: (n) => `${count(n, "setting")} stored in the workbook cannot be used`,
    hint: "They were not applied; the check uses the defaults instead. Open Settings, review and save: the workbook then keeps only valid settings.",
    openSettings: "Open settings",
    notAnObject: "The stored check settings cannot be read; the defaults are used for all of them.",
    unknownField: (name) => `“${name}” is not a setting this version knows; it is not used.`,
    profile: (stored, used) => `Indicator framework: “${stored}” is not one of the choices; “${used}” is used.`,
    satisfactionFloor: (stored, used) => `Satisfaction floor: “${stored}” is not a number from 0 to 100; ${used}% is used.`,
    weightTotals: (stored, used) => `Accepted weight totals: “${stored}” is not one or more positive numbers; ${used} are used.`,
    rules: (stored) => `Rule levels: “${stored}” cannot be read; every rule keeps its default level.`,
    unknownRule: (id) => `Rule levels: “${id}” is not a rule of this add-in; it is not used.`,
    ruleSetting: (rule, stored) => `The level “${stored}” of the rule “${rule}” is not error, warning, info or off; the rule keeps its default level.`,
  },
  notice: {
    title: "Check finished",
    checked: (c) => `${count(c.error, "error")}, ${count(c.warning, "warning")}, ${count(c.info, "notice")}.`,
    seeReport: "Cells with problems are coloured; the details are in the check report sheet.",
    settingsUnused: (n) => `${count(n, "setting")} stored in the workbook cannot be used, so the defaults were used; see Settings in the task pane.`,
    failed: "Check not completed",
    close: "Close",
  },
};

const STRINGS: Readonly<Record<Locale, UiStrings>> = { "zh-CN": zhCN, en };

export function uiStrings(locale: Locale): UiStrings {
  return STRINGS[locale];
}

/** A known reason code in words; otherwise what the status says, or the code as is. */
export function sheetReason(t: UiStrings, reason: string | null, status: string): string {
  const words = t.sheetReasons;
  if (reason !== null && Object.prototype.hasOwnProperty.call(words.byCode, reason)) return words.byCode[reason]!;
  if (status === "unread") return words.unread;
  if (status === "partial") return words.partial;
  return reason ?? words.notTarget;
}

export function isLocale(value: unknown): value is Locale {
  return value === "zh-CN" || value === "en";
}
