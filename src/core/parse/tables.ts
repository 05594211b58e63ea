import { a1, parseA1, type CellRange } from "../grid/address";
import type {
  Amount,
  ColumnRole,
  Indicator,
  MissingField,
  MoneyUnit,
  ProjectTable,
  Sourced,
  BudgetColumn,
  BudgetTableKind,
  BudgetRow,
  BudgetRowKind,
  BudgetSide,
  BudgetTable,
  Table,
} from "../model/model";
import { decodeIndicatorCell, looksEncoded } from "./encoded";
import { readIndicatorText } from "./list-text";
import { headLabelOf, indicatorColumnOf, isTableTitle, isTotalLabel, labelByMeaning, splitInlineLabel, unitStatement, withoutBracketedUnit, withoutPartOpening } from "../vocabulary/labels";
import {
  classificationOf,
  codesAgencies,
  FISCAL_GROUP_WORD,
  INCOME_EXPENSE_AMOUNT_WORDS,
  isAgencyName,
  isAmountHeader,
  isCodeHeader,
  isCodePart,
  isNameHeader,
  isProjectNameHeader,
  isSummaryTitle,
  ITEM_COLUMN_WORD,
  listAmountWordOf,
  listTextRoleOf,
  mayBeTableHeaderKey,
  opensOtherTable,
  SPECIAL_ACCOUNT_WORD,
  spendingColumnOf,
} from "../vocabulary/list-headers";
import type { Sheet } from "./sheet";
import { projectTable } from "../model/project-table";
import { combinedAmount } from "../money/amounts";
import { moneyColumns } from "./column-units";
import { indicatorHeaderAt, isNoteRow } from "./indicators";
import type { ReadContext, ReadResult } from "../layouts/types";

/** What a header column holds in a list or code table. */
type TextRole = "code" | "codePart" | "name" | "projectName" | "projectType" | "agency" | "goal" | "indicators" | "incomeLabel" | "expenseLabel";

interface HeaderColumn {
  readonly col: number;
  readonly path: string[];
  readonly text?: TextRole;
  readonly role?: ColumnRole;
}

function textRoleOf(key: string): TextRole | undefined {
  if (isProjectNameHeader(key)) return "projectName";
  const listed = listTextRoleOf(key);
  if (listed) return listed;
  if (isCodeHeader(key)) return "code";
  if (isNameHeader(key)) return "name";
  return undefined;
}

function amountRoleOf(path: readonly string[]): ColumnRole | undefined {
  const leaf = path[path.length - 1] ?? "";
  const all = path.join("/");
  const named = listAmountWordOf(leaf);
  if (named === "total") return "total";
  const spending = spendingColumnOf(leaf);
  if (spending) return spending;
  if (leaf.includes(SPECIAL_ACCOUNT_WORD)) return "special-account";
  if (named === "other") return "other";
  if (named === "fiscal" || all.includes(FISCAL_GROUP_WORD) || namesFiscalSource(leaf)) return "fiscal";
  // 上年结转, 社会投入: money, though no amount word says so; a list's project counts it as other money.
  if (isAmountHeader(leaf) || namesOtherSource(leaf)) return "amount";
  return undefined;
}

/**
 * A government's money the list words do not name, by the one vocabulary of sources: 本级财力, 债券资金, 上级补助
 * (a higher level's fiscal money). 上级补助收入 names a unit's income from its superior unit and is not one. Only
 * the vocabulary's own words, never a guess by meaning: a project's name (学生资助补助经费) may read like a source.
 */
function namesFiscalSource(leaf: string): boolean {
  const label = headLabelOf(withoutBracketedUnit(withoutPartOpening(leaf)));
  return label === "fiscal" || label === "upperLevel";
}

/** A unit's own source the list words do not name (事业收入, 上年结转, 社会投入), by the same vocabulary. */
function namesOtherSource(leaf: string): boolean {
  return headLabelOf(withoutBracketedUnit(withoutPartOpening(leaf))) === "other";
}

/** Rows above `row` that belong to the same header: group cells over several columns, no numbers. */
function headerTop(sheet: Sheet, row: number): number {
  let top = row;
  for (let r = row - 1; r >= Math.max(0, row - 3); r--) {
    const filled = sheet.filledColumns(r);
    if (filled.length < 2) break;
    if (filled.some((c) => typeof sheet.value(r, c) === "number")) break;
    if (filled.some((c) => unitStatement(sheet.key(r, c)) || splitInlineLabel(sheet.text(r, c)) || isTableTitle(sheet.key(r, c)))) break;
    top = r;
  }
  return top;
}

/** Sub-header rows below `row`: cells under a group that spans several columns. */
function headerBottom(sheet: Sheet, row: number): number {
  let bottom = row;
  for (let r = row + 1; r <= Math.min(sheet.height - 1, row + 3); r++) {
    const filled = sheet.filledColumns(r);
    if (filled.length === 0) break;
    if (filled.some((c) => typeof sheet.value(r, c) === "number" || isTotalLabel(sheet.key(r, c)) || /^\d{3,}$/u.test(sheet.key(r, c)))) break;
    // Only a sub-header if every filled cell sits under a group cell merged across columns above it.
    const underGroup = filled.every((c) => {
      for (let rr = bottom; rr >= row; rr--) {
        const m = sheet.mergeAt(rr, c);
        if (m && m.right > m.left && m.bottom < r) return true;
      }
      return false;
    });
    if (!underGroup) break;
    bottom = r;
  }
  return bottom;
}

function columnPaths(sheet: Sheet, top: number, bottom: number): HeaderColumn[] {
  const out: HeaderColumn[] = [];
  for (let c = 0; c < sheet.width; c++) {
    const path: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const anchor = sheet.anchor(r, c);
      const t = sheet.key(anchor.row, anchor.col);
      if (t !== "" && path[path.length - 1] !== t) path.push(t);
    }
    if (path.length === 0) continue;
    const leaf = path[path.length - 1]!;
    // 科目编码 split into 类 | 款 | 项 (or 类 | 款 for economic codes): one code in parts.
    const text = isCodePart(leaf) && path.slice(0, -1).some((p) => isCodeHeader(p)) ? "codePart" : textRoleOf(leaf);
    const role = text ? undefined : amountRoleOf(path);
    out.push({ col: c, path, ...(text ? { text } : {}), ...(role ? { role } : {}) });
  }
  return out;
}

export interface TableHeader {
  readonly top: number;
  readonly bottom: number;
  readonly columns: HeaderColumn[];
  readonly kind: BudgetTableKind;
}

/** Recognises the header of a list or code table whose key row is `row`. */
export function detectTableHeader(sheet: Sheet, row: number): TableHeader | null {
  const filled = sheet.filledColumns(row);
  if (filled.length < 3) return null;
  // Header rows hold words only; checked first because every data row naming a 项目 comes here.
  if (filled.some((c) => typeof sheet.value(row, c) === "number")) return null;
  const keys = filled.map((c) => sheet.key(row, c));
  const hasProject = keys.some((k) => isProjectNameHeader(k));
  const hasCode = keys.some((k) => isCodeHeader(k)) && keys.some((k) => isNameHeader(k) && !isCodeHeader(k));
  const itemCols = keys.filter((k) => k === ITEM_COLUMN_WORD).length;
  const amountCols = keys.filter((k) => INCOME_EXPENSE_AMOUNT_WORDS.includes(k)).length;
  const incomeExpense = itemCols >= 2 && amountCols >= 2;
  if (!hasProject && !hasCode && !incomeExpense) return null;
  if (keys.some((k) => indicatorColumnOf(k) === "level1")) return null;
  // A header row is made of header words; "项目名称 | 某某经费" in a block's head is a label and its value.
  const recognised = filled.filter((c, i) => {
    const k = keys[i]!;
    const role = amountRoleOf([k]);
    if (textRoleOf(k) || (role && role !== "amount") || k === ITEM_COLUMN_WORD) return true;
    const m = sheet.mergeAt(row, c);
    return m !== undefined && m.right > m.left && m.top === row && k.length <= 12;
  }).length;
  const strongHeader = (k: string): boolean => {
    const role = amountRoleOf([k]);
    return textRoleOf(k) !== undefined || (role !== undefined && role !== "amount") || k === ITEM_COLUMN_WORD;
  };
  // In a block's head 项目名称 / 项目编码 is followed by its value; in a list header by another header word.
  for (let i = 0; i + 1 < keys.length; i++) {
    const role = textRoleOf(keys[i]!);
    if ((role === "projectName" || role === "code") && !strongHeader(keys[i + 1]!)) return null;
  }
  if (filled.length < 3 || recognised < Math.max(3, Math.ceil(filled.length * 0.6))) return null;
  const top = headerTop(sheet, row);
  const bottom = headerBottom(sheet, row);
  const columns = columnPaths(sheet, top, bottom);
  if (incomeExpense) return { top, bottom, columns: sideColumns(sheet, row, columns), kind: "income-expense" };
  const amounts = columns.filter((c) => c.role !== undefined);
  if (amounts.length === 0) return null;
  let kind: BudgetTableKind;
  if (hasProject && headsTargetTable(sheet, bottom)) return null;
  if (hasProject) kind = "project-list";
  else {
    const all = columns.map((c) => c.path.join("/")).join("|");
    const classified = classificationOf(all);
    if (classified) kind = classified;
    else if (codesAgencies(columns.find((c) => c.text === "code")?.path.join("/") ?? "")) kind = "agency";
    else kind = codeKindFromData(sheet, bottom + 1, columns.find((c) => c.text === "code" || c.text === "codePart")?.col);
  }
  return { top, bottom, columns, kind };
}

/**
 * 项目名称 | 主管部门 | 实施单位 | 项目资金 over one row of values, then only the rest of a head (年度资金总额,
 * 年度绩效目标 … opening their rows, or amounts under such labels) down to an indicator header: the labels and
 * values of that target table's head, not a list of projects. A list's next row names another project or its
 * 合计; a target table of its own brings its own 项目名称 or title.
 */
function headsTargetTable(sheet: Sheet, headerBottom: number): boolean {
  const values = headerBottom + 1;
  if (values >= sheet.height || sheet.rowBlank(values)) return false;
  for (let r = values + 1; r < sheet.height; r++) {
    const filled = sheet.filledColumns(r);
    if (filled.length === 0) continue;
    if (indicatorHeaderAt(sheet, r) !== null) return true;
    const key = sheet.key(r, filled[0]!);
    const label = headLabelOf(key) ?? labelByMeaning(key);
    if (label === "projectName" || isTableTitle(key)) return false;
    if (label !== null || filled.every((c) => typeof sheet.value(r, c) === "number")) continue;
    return false;
  }
  return false;
}

function tableHeaderIn(sheet: Sheet, row: number): TableHeader | null {
  // An indicator header is never a list's, whatever words it shares with one.
  if (!sheet.rowHasKey(row, mayBeTableHeaderKey) || indicatorHeaderAt(sheet, row) !== null) return null;
  return detectTableHeader(sheet, row);
}

/** The list or code table header whose key row is `row` (once per sheet and row), or null. */
export function tableHeaderAt(sheet: Sheet, row: number): TableHeader | null {
  return sheet.memo(tableHeaderIn, row);
}

/** A summary table's title: the nearest single-cell row above its header that reads like a title. */
function summaryTitle(sheet: Sheet, top: number): { name: string; cell: string | null } {
  for (let r = top - 1; r >= Math.max(0, top - 6); r--) {
    for (const c of sheet.filledColumns(r)) {
      if (isSummaryTitle(sheet.key(r, c))) return { name: sheet.text(r, c), cell: a1(r, c) };
    }
  }
  return { name: sheet.name, cell: null };
}

/** The table under `header`, in the unit and agency stated above it: the summary, and its projects. */
export function readTableAt(sheet: Sheet, header: TableHeader, context: ReadContext): ReadResult {
  const block = readTable(sheet, header, context.unitAbove(header.top), summaryTitle(sheet, header.top), context.departmentAbove(header.top));
  const tables: Table[] = [block.summary];
  // A list may hold more projects than a spread's argument limit.
  for (const p of block.projects) tables.push(p);
  return { tables, lastRow: block.lastRow };
}

function codeKindFromData(sheet: Sheet, from: number, codeCol: number | undefined): BudgetTableKind {
  if (codeCol === undefined) return "function-class";
  for (let r = from; r < Math.min(sheet.height, from + 20); r++) {
    const k = sheet.key(r, codeCol);
    if (/^3\d{2}/u.test(k)) return "economic-class";
    if (/^2\d{2}/u.test(k)) return "function-class";
  }
  return "function-class";
}

function sideColumns(sheet: Sheet, row: number, columns: HeaderColumn[]): HeaderColumn[] {
  let side = 0;
  return columns.map((c) => {
    const k = sheet.key(row, c.col);
    if (k === ITEM_COLUMN_WORD) {
      side++;
      return { ...c, text: side === 1 ? "incomeLabel" : "expenseLabel" };
    }
    return c;
  });
}

export interface ParsedTableBlock {
  readonly summary: BudgetTable;
  readonly projects: ProjectTable[];
  readonly lastRow: number;
}

/** Where a table's columns sit, by role. */
interface TableColumns {
  readonly all: readonly HeaderColumn[];
  readonly amounts: readonly HeaderColumn[];
  readonly code?: number;
  readonly codeParts: readonly number[];
  readonly name?: number;
  readonly goal?: number;
  readonly indicators?: number;
  readonly projectType?: number;
  readonly agency?: number;
  readonly min: number;
  readonly max: number;
}

function tableColumns(header: TableHeader): TableColumns {
  const cols = header.columns;
  const textCol = (role: TextRole): number | undefined => cols.find((c) => c.text === role)?.col;
  return {
    all: cols,
    amounts: cols.filter((c) => c.role !== undefined),
    code: textCol("code"),
    codeParts: cols.filter((c) => c.text === "codePart").map((c) => c.col),
    name: textCol("projectName") ?? textCol("name") ?? textCol("incomeLabel"),
    goal: textCol("goal"),
    indicators: textCol("indicators"),
    projectType: textCol("projectType"),
    agency: textCol("agency"),
    min: Math.min(...cols.map((c) => c.col)),
    max: Math.max(...cols.map((c) => c.col)),
  };
}

const sourcedIn = (sheet: Sheet, row: number, col: number | undefined): Sourced<string> | null => (col === undefined ? null : sheet.sourced(row, col));

/** A row's code and label; a 合计 is often written in the code column (merged across the name), or alone in the table. */
function rowCodeAndLabel(sheet: Sheet, r: number, cols: TableColumns, lastParts: string[]): { code: Sourced<string> | null; label: Sourced<string> | null } {
  const code = cols.code !== undefined ? sheet.sourced(r, cols.code) : cols.codeParts.length > 0 ? joinCodeParts(sheet, r, cols.codeParts, lastParts) : null;
  let label = sourcedIn(sheet, r, cols.name);
  if (!label && code && cols.code !== undefined && isTotalLabel(sheet.key(r, cols.code))) label = code;
  if (!label && !code) {
    const any = sheet.filledColumns(r).find((c) => c >= cols.min && c <= cols.max && typeof sheet.value(r, c) === "string");
    if (any !== undefined && isTotalLabel(sheet.key(r, any))) label = sheet.sourced(r, any);
  }
  return { code, label };
}

/** The text cells of a row by their header (收入 / 支出 for an income-expense table's labels). */
function rowTexts(sheet: Sheet, r: number, cols: TableColumns): Record<string, Sourced<string>> {
  const texts: Record<string, Sourced<string>> = {};
  for (const c of cols.all) {
    if (!c.text || c.text === "goal" || c.text === "indicators" || c.text === "codePart") continue;
    const s = sheet.sourced(r, c.col);
    if (!s) continue;
    texts[c.text === "incomeLabel" ? "收入" : c.text === "expenseLabel" ? "支出" : c.path[c.path.length - 1]!] = s;
  }
  return texts;
}

/** A project list's row that names an agency and heads its projects (a subtotal), not a project. */
function isGroupRow(sheet: Sheet, r: number, cols: TableColumns, labelKey: string, seenTotal: boolean): boolean {
  if (cols.goal !== undefined || cols.indicators !== undefined) return !sourcedIn(sheet, r, cols.goal) && !sourcedIn(sheet, r, cols.indicators) && isAgencyName(labelKey);
  return !sourcedIn(sheet, r, cols.projectType) && !sourcedIn(sheet, r, cols.agency) && isAgencyName(labelKey) && seenTotal;
}

/** A project of a list: one row, its amounts by source, its goal, and its indicators decoded from one cell. */
function listProject(sheet: Sheet, r: number, cols: TableColumns, header: TableHeader, line: { label: Sourced<string>; amounts: Map<number, Amount | null>; agency: Sourced<string> | null; unit: MoneyUnit; unitAssumed: boolean }): ProjectTable {
  const encoded = sourcedIn(sheet, r, cols.indicators);
  const { indicators, missing } = listIndicators(encoded, cols.indicators === undefined ? null : a1(r, cols.indicators), r);
  const columnOf = (role: ColumnRole): HeaderColumn | undefined => cols.amounts.find((x) => x.role === role);
  const byRole = (role: ColumnRole): Amount | null => {
    const c = columnOf(role);
    return c ? line.amounts.get(c.col) ?? null : null;
  };
  // 一般公共预算 | 政府性基金 side by side are the fiscal money together; a 财政拨款 column beside them is their total.
  const fiscalCols = cols.amounts.filter((x) => x.role === "fiscal");
  const fiscalTotal = fiscalCols.find((x) => x.path[x.path.length - 1]!.startsWith(FISCAL_GROUP_WORD));
  const fiscalAmounts = (fiscalTotal ? [fiscalTotal] : fiscalCols).map((x) => line.amounts.get(x.col) ?? null).filter((a): a is Amount => a !== null);
  const fiscal = fiscalAmounts.length > 0 ? combinedAmount(fiscalAmounts as [Amount, ...Amount[]]) : null;
  // 其他资金 and the unit's own sources the vocabulary names (事业收入, 上年结转) are the other money together.
  const otherCols = cols.amounts.filter((x) => x.role === "other" || (x.role === "amount" && namesOtherSource(x.path[x.path.length - 1]!)));
  const otherAmounts = otherCols.map((x) => line.amounts.get(x.col) ?? null).filter((a): a is Amount => a !== null);
  const other = otherAmounts.length > 0 ? combinedAmount(otherAmounts as [Amount, ...Amount[]]) : null;
  // Money in a column that names no source the vocabulary knows is left out of any sum: said at its header.
  const unread = cols.amounts.find((x) => x.role === "amount" && !otherCols.includes(x) && line.amounts.get(x.col));
  const unreadSource: MissingField[] = unread ? [{ field: "fund-source", cell: a1(header.bottom, unread.col) }] : [];
  const labelCells: Record<string, string> = {};
  for (const [field, role] of [["total", "total"], ["fiscal", "fiscal"], ["other", "other"], ["specialAccount", "special-account"]] as const) {
    const c = columnOf(role);
    if (c) labelCells[field] = a1(header.bottom, c.col);
  }
  const range: CellRange = { top: r, left: cols.min, bottom: r, right: cols.max };
  return projectTable({
    layout: "list",
    sheet: sheet.name,
    name: line.label,
    agency: sourcedIn(sheet, r, cols.agency) ?? line.agency,
    projectType: sourcedIn(sheet, r, cols.projectType),
    unit: line.unit,
    ...(line.unitAssumed ? { unitAssumed: true } : {}),
    budget: { total: byRole("total"), fiscal, specialAccount: byRole("special-account"), other, labelCells },
    goal: sourcedIn(sheet, r, cols.goal),
    indicators,
    range,
    missing: [...unreadSource, ...missing],
    // A cell none of whose items could be read is reported, not treated as a list that lacks categories.
    ...(encoded && (indicators.length > 0 || looksEncoded(encoded.value)) ? { encodedCell: encoded.cell } : {}),
  });
}

/**
 * A list project's indicators from its one cell: the budget systems' code grammar (seed 003), else items
 * written as text (产出指标-数量指标-培训人数：≥100人；…). An empty cell, items that cannot be split and
 * items without a target are reported at the cell; the row's funds are read and checked all the same.
 */
function listIndicators(cell: Sourced<string> | null, blankCell: string | null, row: number): { indicators: Indicator[]; missing: MissingField[] } {
  if (!cell) return { indicators: [], missing: blankCell ? [{ field: "indicators", cell: blankCell }] : [] };
  if (looksEncoded(cell.value)) return { indicators: decodeIndicatorCell(cell.value, cell.cell, row), missing: [] };
  const read = readIndicatorText(cell.value, cell.cell, row);
  const missing: MissingField[] = [];
  if (read.indicators.length === 0 || read.unreadItems > 0) missing.push({ field: "indicators", cell: cell.cell });
  if (read.itemsWithoutValue > 0) missing.push({ field: "indicator-values", cell: cell.cell });
  return { indicators: read.indicators, missing };
}

/** Where a data row ends the table: two blank rows (one is tolerated), a note, or the next table's title. */
function endsTable(sheet: Sheet, r: number): boolean | "skip" {
  if (sheet.rowBlank(r)) return r + 1 < sheet.height && !sheet.rowBlank(r + 1) && !startsSomethingElse(sheet, r + 1) ? "skip" : true;
  return isNoteRow(sheet, r) || startsSomethingElse(sheet, r);
}

/** Reads the data rows under a table header into a summary table (and projects, for lists with indicators). */
export function readTable(sheet: Sheet, header: TableHeader, unitAbove: MoneyUnit | null, title: { name: string; cell: string | null }, department: Sourced<string> | null): ParsedTableBlock {
  const cols = tableColumns(header);
  const money = moneyColumns(cols.amounts, unitAbove);
  const unit = money.unit;
  const hasPerformance = cols.goal !== undefined || cols.indicators !== undefined;
  const lastParts: string[] = [];
  const rows: BudgetRow[] = [];
  const projects: ProjectTable[] = [];
  let lastRow = header.bottom;
  let group: Sourced<string> | null = null;
  let seenTotal = false;
  for (let r = header.bottom + 1; r < sheet.height; r++) {
    const ends = endsTable(sheet, r);
    if (ends === "skip") continue;
    if (ends) break;
    const { code, label } = rowCodeAndLabel(sheet, r, cols, lastParts);
    const amounts = new Map<number, Amount | null>(cols.amounts.map((c) => [c.col, money.amount(sheet, r, c.col)]));
    const anyAmount = [...amounts.values()].some((a) => a !== null);
    if (!label && !code && !anyAmount && !sheet.filledColumns(r).some((c) => c >= cols.min && c <= cols.max)) continue;
    const labelKey = label ? sheet.key(r, parseA1(label.cell)!.col) : "";
    const codeIsLabel = code !== null && label !== null && code.cell === label.cell;
    let kind: BudgetRowKind = isTotalLabel(labelKey) && (!code || codeIsLabel) ? "total" : "item";
    if (kind === "item" && header.kind === "project-list" && label && isGroupRow(sheet, r, cols, labelKey, seenTotal)) {
      kind = "subtotal";
      group = label;
    }
    let projectId: string | undefined;
    if (kind === "item" && header.kind === "project-list" && label && hasPerformance) {
      projects.push(listProject(sheet, r, cols, header, { label, amounts, agency: group ?? department, unit, unitAssumed: money.assumed }));
      projectId = label.value;
    }
    if (kind === "total") seenTotal = true;
    rows.push({ row: r, kind, code: codeIsLabel ? null : code, label, texts: rowTexts(sheet, r, cols), amounts, ...(projectId ? { projectId } : {}) });
    lastRow = r;
  }
  const summary: BudgetTable = {
    kind: "budget-summary",
    summaryKind: header.kind,
    sheet: sheet.name,
    id: title.name,
    name: title.name,
    titleCell: title.cell,
    unit,
    headerRows: range(header.top, header.bottom),
    columns: cols.amounts.map((c): BudgetColumn => ({ col: c.col, path: c.path, role: c.role! })),
    rows,
    ...(header.kind === "income-expense" ? { sides: incomeExpenseSides(cols) } : {}),
    range: { top: header.top, left: cols.min, bottom: lastRow, right: cols.max },
  };
  return { summary, projects, lastRow };
}

/** An income-expense table's two sides: each label column with the amount column right of it. */
function incomeExpenseSides(cols: TableColumns): BudgetSide[] {
  return cols.all
    .filter((c) => c.text === "incomeLabel" || c.text === "expenseLabel")
    .map((c) => ({
      side: c.text === "incomeLabel" ? ("income" as const) : ("expense" as const),
      labelCol: c.col,
      amountCol: cols.amounts.find((a) => a.col > c.col)?.col ?? c.col + 1,
    }));
}

/**
 * A code written as 类 | 款 | 项 parts ("201" | "03" | "01" → "2010301"). A part left blank before a
 * filled one repeats the row above (the 类 is often written once); the cell is the most specific part's.
 */
function joinCodeParts(sheet: Sheet, row: number, cols: readonly number[], last: string[]): Sourced<string> | null {
  const parts = cols.map((c) => sheet.key(row, c));
  let deepest = -1;
  parts.forEach((p, i) => {
    if (p !== "") deepest = i;
  });
  if (deepest < 0 || !/^\d+$/u.test(parts[deepest]!)) return null;
  let code = "";
  for (let i = 0; i <= deepest; i++) {
    const part = parts[i] !== "" ? parts[i]! : last[i] ?? "";
    last[i] = part;
    code += part;
  }
  last.length = deepest + 1;
  return { value: code, cell: a1(row, cols[deepest]!) };
}

function startsSomethingElse(sheet: Sheet, row: number): boolean {
  const filled = sheet.filledColumns(row);
  if (filled.length === 0) return false;
  const k = sheet.key(row, filled[0]!);
  return isTableTitle(k) || opensOtherTable(k);
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}
