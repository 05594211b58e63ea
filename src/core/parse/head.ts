import { a1 } from "../grid/address";
import type { Amount, Budget, MoneyUnit, PlanPoint, ProjectTable, SpendingPlan, Sourced } from "../model/model";
import { cellText, labelKey, tidy } from "../text/normalize";
import { parseAmount } from "../value/parse-amount";
import { amountBeforeParts, budgetSideOf, codedAgency, fundSourceWordOf, headLabelOf, isAmountText, isTableTitle, isYearOrTitleRemnant, withoutTitleTail, withoutPartOpening, labelByMeaning, TEXT_VALUED_LABELS, isTotalLabel, splitInlineLabel, trailingUnitStatement, unitInLabel, unitStatement, withoutBracketedUnit, type HeadLabel } from "../vocabulary/labels";
import { readFundSources } from "./fund-sources";
import { combinedAmount } from "../money/amounts";
import type { Sheet } from "./sheet";

/** What the rows above an indicator header say about the project: the table's own head fields, as far as found. */
export interface BlockHead extends Pick<ProjectTable, "title" | "code" | "agency" | "unitCell" | "budget" | "plan" | "goal" | "use"> {
  readonly firstRow: number;
  readonly name: Sourced<string> | null;
  readonly unit: MoneyUnit | null;
  /** 中期 / 实施期 money written beside the year's (national 申报表), or null. */
  readonly periodBudget: Budget | null;
  /** Where the name was looked for (its label or the title), when the name could not be read. */
  readonly nameLooked: string | null;
  /** The budget's label (项目资金, 预算数 …), where the amounts were looked for. */
  readonly budgetLooked: string | null;
}

interface LabelHit {
  readonly label: HeadLabel;
  readonly row: number;
  readonly col: number;
  readonly inlineValue?: string;
}

/**
 * The value a label points at: the first non-blank cell to its right (past its own merge);
 * a label met first means the value is blank. With nothing to the right, the cell below.
 * An amount's value is never a label by meaning either (其中：本级财政资金 | 上级补助资金 …).
 */
export function valueRightOf(sheet: Sheet, row: number, col: number, maxCol = sheet.width - 1, amountLabel = false): { row: number; col: number } | null {
  for (let c = sheet.rightEdge(row, col) + 1; c <= maxCol; c++) {
    if (sheet.blank(row, c)) continue;
    const key = sheet.key(row, c);
    if (headLabelOf(key) || unitStatement(key) || (amountLabel && labelByMeaning(key))) return null;
    return { row, col: c };
  }
  return null;
}

/** The cell is the value of a label on its own row: the nearest filled cell left of it (not a label merged down from above) is a label. */
function valueOfLabelLeft(sheet: Sheet, row: number, col: number): boolean {
  for (let c = col - 1; c >= 0; c--) {
    const at = sheet.anchor(row, c);
    if (at.row !== row) return false;
    if (sheet.blank(at.row, at.col)) continue;
    const key = sheet.key(at.row, at.col);
    return headLabelOf(key) !== null || labelByMeaning(key) !== null || isTotalLabel(key);
  }
  return false;
}

function valueBelow(sheet: Sheet, row: number, col: number): { row: number; col: number } | null {
  const r = sheet.bottomEdge(row, col) + 1;
  if (r >= sheet.height || sheet.blank(r, col)) return null;
  if (headLabelOf(sheet.key(r, col))) return null;
  return { row: r, col };
}

function sourcedAt(sheet: Sheet, at: { row: number; col: number } | null): Sourced<string> | null {
  return at ? sheet.sourced(at.row, at.col) : null;
}

function amountAt(sheet: Sheet, at: { row: number; col: number } | null, unit: MoneyUnit): Amount | null {
  return at ? sheet.amount(at.row, at.col, unit) : null;
}

/** What the head rows hold, as the scan finds it. */
interface HeadScan {
  readonly hits: LabelHit[];
  title: Sourced<string> | null;
  codedAgency: Sourced<string> | null;
  unit: MoneyUnit | null;
  unitCell: string | null;
  firstRow: number;
}

function statedUnit(scan: HeadScan, unit: MoneyUnit, row: number, col: number): void {
  scan.unit = unit;
  scan.unitCell = a1(row, col);
  scan.firstRow = Math.min(scan.firstRow, row);
}

/** A cell that is no label word: a trailing unit statement, an inline "label：value", or an agency with its code. */
function scanHeadText(sheet: Sheet, row: number, col: number, scan: HeadScan): void {
  let text = sheet.text(row, col);
  const trailing = trailingUnitStatement(text);
  if (trailing) {
    statedUnit(scan, trailing.unit, row, col);
    text = trailing.before;
  }
  const inline = splitInlineLabel(text);
  if (inline) {
    const inlineKey = labelKey(inline.label);
    const inlineLabel = headLabelOf(inlineKey) ?? labelByMeaning(inlineKey);
    if (inlineLabel) {
      scan.hits.push({ label: inlineLabel, row, col, inlineValue: tidy(inline.value) });
      scan.firstRow = Math.min(scan.firstRow, row);
      return;
    }
  }
  if (!scan.codedAgency && codedAgency(text)) {
    scan.codedAgency = { value: text, cell: a1(row, col) };
    scan.firstRow = Math.min(scan.firstRow, row);
  }
}

/**
 * One cell of the head: a label (a synonym, or by meaning unless it is the value of a text label
 * left of it), a unit statement, a title, or text. True when it is a label whose value is text.
 */
function scanHeadCell(sheet: Sheet, row: number, col: number, afterTextLabel: boolean, scan: HeadScan): boolean {
  const key = sheet.key(row, col);
  const label: HeadLabel | null =
    headLabelOf(key) ?? (afterTextLabel || typeof sheet.value(row, col) !== "string" ? null : labelByMeaning(key) ?? groupTotalWord(sheet, row, col, key, scan));
  if (label) {
    scan.hits.push({ label, row, col });
    const u = unitInLabel(key);
    if (u && !scan.unit) statedUnit(scan, u, row, col);
    scan.firstRow = Math.min(scan.firstRow, row);
    return TEXT_VALUED_LABELS.has(label);
  }
  const stated = unitStatement(key);
  if (stated) statedUnit(scan, stated, row, col);
  else if (isTableTitle(key)) {
    scan.title = sheet.sourced(row, col);
    scan.firstRow = Math.min(scan.firstRow, row);
  } else scanHeadText(sheet, row, col, scan);
  return false;
}

/**
 * 总额 / 合计 / 总计 beside a budget group's label merged down its lines (项目资金 | 总额 | 1500, then
 * 其中：… under it): inside the group it is the group's total, as in its "总额：1500" pairs.
 */
function groupTotalWord(sheet: Sheet, row: number, col: number, key: string, scan: HeadScan): HeadLabel | null {
  if (col === 0 || fundSourceWordOf(key) !== "total") return null;
  const left = sheet.anchor(row, col - 1);
  if (sheet.bottomEdge(left.row, left.col) === left.row) return null;
  return scan.hits.some((h) => h.label === "budgetGroup" && h.row === left.row && h.col === left.col) ? "total" : null;
}

function scanHead(sheet: Sheet, from: number, to: number): HeadScan {
  const scan: HeadScan = { hits: [], title: null, codedAgency: null, unit: null, unitCell: null, firstRow: to + 1 };
  for (let r = from; r <= to; r++) {
    // The cell right of 项目名称 is its value, however much it sounds like a label ("财政资金绩效评价经费").
    let afterTextLabel = false;
    for (const c of sheet.filledColumns(r)) afterTextLabel = scanHeadCell(sheet, r, c, afterTextLabel, scan);
  }
  return scan;
}

/** A header row of money columns by period over the budget's lines: the year's column, the period's, the first of all. */
type Sides = { readonly row: number; readonly year: number; readonly period?: number; readonly first: number; readonly lastLine: number } | null;

/** A label of the budget's lines under a Sides header, left of its money columns. */
function underSides(sides: Sides, hit: LabelHit): sides is NonNullable<Sides> {
  return sides !== null && hit.row > sides.row && hit.row <= sides.lastLine && hit.col < sides.first;
}

/** The amount a money label points at, on the year's side or the whole period's. */
function amountOfHit(sheet: Sheet, hit: LabelHit | undefined, sides: Sides, unit: MoneyUnit, side: "year" | "period" = "year"): Amount | null {
  if (!hit) return null;
  // 资金来源 | 中期 | 年度 over the labels: each amount sits in its side's column, on the label's row.
  if (underSides(sides, hit)) {
    const col = side === "year" ? sides.year : sides.period;
    return col === undefined ? null : amountAt(sheet, { row: hit.row, col }, unit);
  }
  if (hit.inlineValue !== undefined) {
    const parsed = parseAmount(hit.inlineValue, unit) ?? parseAmount(amountBeforeParts(hit.inlineValue), unit);
    return parsed ? { value: parsed.value, unit, cell: a1(hit.row, hit.col), decimals: parsed.decimals, text: hit.inlineValue } : null;
  }
  const right = valueRightOf(sheet, hit.row, hit.col, sheet.width - 1, true);
  const beside = amountAt(sheet, right, unit);
  if (beside) return beside;
  // "预算数（万元） | 合计 | 财政拨款 …" with the amounts a row below: the total sits under 合计, unless that cell is another label's value (财政拨款 | 40).
  // Only a total's or a group's label points so; a source's (其他资金 | 合计 over 5 | 50) has its amount under it.
  if (right && isTotalLabel(sheet.key(right.row, right.col)) && !SOURCE_LABELS.has(hit.label)) {
    const below = valueBelow(sheet, right.row, right.col);
    return below && !valueOfLabelLeft(sheet, below.row, below.col) ? amountAt(sheet, below, unit) : null;
  }
  // Nothing to the right, or words that are no amount (资金来源 grids: 一般公共预算 | 政府性基金 | 其他 over a row of amounts).
  return amountAt(sheet, verticalAmount(sheet, hit), unit);
}

/**
 * A grid of sources names one kind more than once (一般公共预算 | 政府性基金, both fiscal), each over its
 * own amount: the kind's money is their sum. Only for amounts written under their labels — side by side,
 * a second 其中 line belongs to another total (the period's).
 */
function gridSum(sheet: Sheet, hits: readonly LabelHit[], picked: LabelHit | undefined, unit: MoneyUnit, first: Amount | null): Amount | null {
  if (!picked || !first || first.cell !== a1(sheet.bottomEdge(picked.row, picked.col) + 1, picked.col)) return first;
  const more = hits
    .filter((h) => h !== picked && h.label === picked.label && h.row === picked.row)
    .map((h) => amountAt(sheet, verticalAmount(sheet, h), unit));
  if (more.length === 0 || more.some((m) => m === null)) return first;
  return combinedAmount([first, ...(more as Amount[])]);
}

/**
 * One kind named on several lines: 财政拨款 and 政府性基金拨款, 本级财力 and 债券资金 (all fiscal), 其他资金 and
 * 上年结转 (both other). The kind's money is the sum of its lines: under a header of money columns by
 * period, every line of the label's column under the header, in the year's column; elsewhere the
 * label's column down to the next total, or else the total's row on to the next total, each amount beside its
 * label. Null when a line is a part (其中) of the one before or has no amount, and, outside such a
 * header, when the kind has one line only.
 */
function linesOfKindSum(
  sheet: Sheet,
  sides: Sides,
  hits: readonly LabelHit[],
  picked: LabelHit | undefined,
  amountOf: (hit: LabelHit) => Amount | null,
  totalHit?: LabelHit,
): Amount | null {
  if (!picked) return null;
  const down = sides ? linesUnderSides(sides, hits, picked) : linesDownColumn(hits, picked);
  const lines = down.length > 0 || sides || !totalHit ? down : linesAlongRow(hits, picked, totalHit);
  if (lines.length === 0 || hasParts(sheet, lines)) return null;
  const amounts = lines.map((h) => amountOf(h));
  if (amounts.some((a) => a === null)) return null;
  return combinedAmount(amounts as [Amount, ...Amount[]]);
}

function linesUnderSides(sides: NonNullable<Sides>, hits: readonly LabelHit[], picked: LabelHit): LabelHit[] {
  if (!underSides(sides, picked)) return [];
  return hits.filter((h) => h.label === picked.label && h.col === picked.col && underSides(sides, h));
}

/** The picked line and the later lines of its kind in its column, up to the next total; none when it is alone. */
function linesDownColumn(hits: readonly LabelHit[], picked: LabelHit): LabelHit[] {
  if (picked.inlineValue !== undefined) return [];
  const lines: LabelHit[] = [picked];
  for (const h of hits) {
    if (h.col !== picked.col || h.row <= lines[lines.length - 1]!.row || h.inlineValue !== undefined) continue;
    if (h.label === "total" || h.label === "periodTotal") break;
    if (h.label === picked.label) lines.push(h);
  }
  return lines.length === 1 ? [] : lines;
}

/**
 * The total and its sources along one row (项目资金 | 86.5 | 本级财力 | 60 | 债券资金 | 20): the picked line and the
 * later lines of its kind on the total's row, up to the next total (the period's); none when it is alone. Lines
 * on another row are the rows of lists side by side (the period's and the year's 其中 lines), each its own.
 */
function linesAlongRow(hits: readonly LabelHit[], picked: LabelHit, totalHit: LabelHit): LabelHit[] {
  if (picked.inlineValue !== undefined || picked.row !== totalHit.row || picked.col < totalHit.col) return [];
  const lines: LabelHit[] = [picked];
  for (const h of [...hits].filter((x) => x.row === picked.row && x.col > picked.col).sort((a, b) => a.col - b.col)) {
    if (h.label === "total" || h.label === "periodTotal") break;
    if (h.label === picked.label && h.inlineValue === undefined) lines.push(h);
  }
  return lines.length === 1 ? [] : lines;
}

/** 财政拨款 followed by "其中：一般公共预算 …": the later lines are the first's parts, already in its amount. */
function hasParts(sheet: Sheet, lines: readonly LabelHit[]): boolean {
  const indent = (h: LabelHit): number => /^\s*/u.exec(String(sheet.value(h.row, h.col) ?? ""))![0].length;
  const opensPart = (h: LabelHit): boolean => withoutPartOpening(sheet.key(h.row, h.col)) !== sheet.key(h.row, h.col);
  return lines.some((h, i) => {
    // "其中：上年结转" under a line of its kind is a part of it; so is a line indented under it. A 其中 on
    // the first line ("资金总额 / 其中：一般公共预算 / 政府性基金"), or on the line above too, is the total's part.
    return i > 0 && ((opensPart(h) && !opensPart(lines[i - 1]!)) || indent(h) > indent(lines[0]!));
  });
}

/**
 * Mid-term templates write the period's and the year's money side by side, each with its own 其中
 * lines: the year's line of a label is under the year's total in its column, else on its row, else the first.
 */
function yearLine(hits: readonly LabelHit[], label: HeadLabel, totalHit: LabelHit | undefined): LabelHit | undefined {
  const all = hits.filter((h) => h.label === label);
  if (all.length <= 1 || !totalHit) return all[0];
  return all.find((h) => h.col === totalHit.col && h.row > totalHit.row) ?? all.find((h) => h.row === totalHit.row && h.col > totalHit.col) ?? all[0];
}

const cellOf = (hit: LabelHit): string => a1(hit.row, hit.col);

const SOURCE_LABELS: ReadonlySet<HeadLabel> = new Set(["fiscal", "other", "specialAccount", "upperLevel"]);

function partOfAnotherSource(sheet: Sheet, hits: readonly LabelHit[], hit: LabelHit): boolean {
  const key = sheet.key(hit.row, hit.col);
  if (withoutPartOpening(key) === key) return false;
  const above = hits.find((h) => h.col === hit.col && sheet.bottomEdge(h.row, h.col) + 1 === hit.row);
  return above !== undefined && SOURCE_LABELS.has(above.label) && above.label !== hit.label;
}

/**
 * A bare 合计 that opens or closes the sources of the budget — one under another in their column, or
 * before them on their row with its amount between — is the budget's total. A 合计 anywhere else in
 * the head (a cost table's, a plan's) is not.
 */
function listTotal(sheet: Sheet, hits: readonly LabelHit[], from: number, to: number, unit: MoneyUnit): LabelHit | undefined {
  const sources = hits.filter((h) => SOURCE_LABELS.has(h.label) && h.inlineValue === undefined);
  const isTotalAt = (row: number, col: number): boolean => row >= from && row <= to && col >= 0 && isTotalLabel(sheet.key(row, col));
  for (const col of new Set(sources.map((h) => h.col))) {
    const rows = sources.filter((h) => h.col === col).map((h) => h.row);
    const after = sheet.bottomEdge(Math.max(...rows), col) + 1;
    const before = sheet.anchor(Math.min(...rows) - 1, col).row;
    const row = [after, before].find((r) => isTotalAt(r, col));
    if (row !== undefined) return { label: "total", row, col };
  }
  const amountUnder = (row: number, col: number): boolean => sheet.bottomEdge(row, col) + 1 <= to && sheet.amount(sheet.bottomEdge(row, col) + 1, col, unit) !== null;
  for (const row of new Set(sources.map((h) => h.row))) {
    const onRow = sources.filter((h) => h.row === row).map((h) => h.col);
    const first = Math.min(...onRow);
    const filled = sheet.filledColumns(row);
    const left = filled.filter((c) => c < first).slice(-2);
    if (left.length === 2 && isTotalAt(row, left[0]!) && sheet.amount(row, left[1]!, unit) !== null) return { label: "total", row, col: left[0]! };
    // A row of labels over their amounts (合计 | 其中：财政拨款 | 其他资金, the figures a row below): the 合计 next to them.
    if (!onRow.every((c) => amountUnder(row, c))) continue;
    const right = filled.find((c) => c > Math.max(...onRow));
    const next = [left[left.length - 1], right].find((c) => c !== undefined && isTotalAt(row, c) && amountUnder(row, c));
    if (next !== undefined) return { label: "total", row, col: next };
  }
  return undefined;
}

type MoneyKind = "total" | "fiscal" | "other" | "specialAccount" | "upperLevel";

/** A header cell naming a kind of money: the total (合计, 资金总额（万元）) or a source (其中：财政拨款, 单位自筹). */
function moneyKindOf(key: string): MoneyKind | null {
  const bare = withoutBracketedUnit(withoutPartOpening(key));
  if (isTotalLabel(bare)) return "total";
  const label = headLabelOf(bare) ?? labelByMeaning(bare);
  return label === "total" || (label !== null && SOURCE_LABELS.has(label)) ? (label as MoneyKind) : null;
}

/** A money grid with its kinds as columns and its periods as rows: the kinds' header row and columns, and each period's row. */
interface PeriodRows {
  readonly header: number;
  readonly kinds: readonly { readonly kind: MoneyKind; readonly col: number }[];
  readonly year: number;
  readonly period?: number;
}

/** The period a row of a money grid is named by: its nearest label left of the kinds' columns (a merged group label may sit further left). */
function periodOfRow(sheet: Sheet, row: number, firstKind: number): "period" | "year" | "past" | null {
  for (let c = firstKind - 1; c >= 0; c--) {
    const at = sheet.anchor(row, c);
    if (at.row === row && !sheet.blank(at.row, at.col)) return budgetSideOf(sheet.key(at.row, at.col));
  }
  return null;
}

/**
 * The transposed shape of sideColumns: a header row of kinds, words only (合计 | 其中：财政拨款 | 其他资金),
 * over rows named by their period left of the kinds (年度资金总额 / 年度, 实施期资金总额 / 实施期), each with its
 * amounts under the kinds. A 其中 kind right of a source is that source's part, not a kind of its own.
 */
function periodRows(sheet: Sheet, from: number, to: number, unit: MoneyUnit): PeriodRows | null {
  for (let r = from; r < to; r++) {
    const cols = sheet.filledColumns(r);
    const firstKind = cols.find((c) => moneyKindOf(sheet.key(r, c)) !== null);
    if (firstKind === undefined) continue;
    const headers = cols.filter((c) => c >= firstKind);
    // "年度资金总额 | 50 | 财政拨款 | 40" is a row of label：amount pairs, not a header.
    if (headers.some((c) => typeof sheet.value(r, c) !== "string" || isAmountText(sheet.text(r, c)))) continue;
    const kinds: { kind: MoneyKind; col: number }[] = [];
    for (const c of headers) {
      const key = sheet.key(r, c);
      const kind = moneyKindOf(key);
      const previous = kinds[kinds.length - 1];
      if (!kind || (previous && previous.kind !== "total" && withoutPartOpening(key) !== key)) continue;
      kinds.push({ kind, col: c });
    }
    if (kinds.length < 2) continue;
    const periods = new Map<"period" | "year" | "past", number>();
    for (let row = sheet.bottomEdge(r, firstKind) + 1; row <= to; row++) {
      const period = periodOfRow(sheet, row, firstKind);
      if (!period || !kinds.some((k) => sheet.amount(row, k.col, unit) !== null)) break;
      if (!periods.has(period)) periods.set(period, row);
    }
    const year = periods.get("year");
    const period = periods.get("period");
    if (year !== undefined) return { header: r, kinds, year, ...(period !== undefined ? { period } : {}) };
  }
  return null;
}

/** One period's row of a PeriodRows grid: each kind's amount under its header (a kind headed twice, summed); the labels are the headers. */
function periodRowBudget(sheet: Sheet, grid: PeriodRows, row: number, unit: MoneyUnit): Budget {
  const amountOf = (kind: MoneyKind): Amount | null => {
    const amounts = grid.kinds.filter((k) => k.kind === kind).flatMap((k) => sheet.amount(row, k.col, unit) ?? []);
    return amounts.length === 0 ? null : combinedAmount(amounts as [Amount, ...Amount[]]);
  };
  const labelCells: Partial<Record<MoneyKind, string>> = {};
  for (const k of grid.kinds) labelCells[k.kind] ??= a1(grid.header, k.col);
  const hasUpper = grid.kinds.some((k) => k.kind === "upperLevel");
  return {
    total: amountOf("total"),
    fiscal: amountOf("fiscal"),
    other: amountOf("other"),
    specialAccount: amountOf("specialAccount"),
    ...(hasUpper ? { upperLevel: amountOf("upperLevel") } : {}),
    labelCells,
  };
}

/** The head's money: 预算数 with its 其中 lines (or label：amount pairs), and the whole period's beside it. */
function readHeadBudget(sheet: Sheet, scan: HeadScan, from: number, to: number, unit: MoneyUnit): { budget: Budget | null; periodBudget: Budget | null; looked: LabelHit | undefined } {
  const rows = periodRows(sheet, from, to, unit);
  if (rows) {
    const looked = rows.kinds.find((k) => k.kind === "total") ?? rows.kinds[0]!;
    return {
      budget: periodRowBudget(sheet, rows, rows.year, unit),
      periodBudget: rows.period === undefined ? null : periodRowBudget(sheet, rows, rows.period, unit),
      looked: { label: looked.kind, row: rows.header, col: looked.col },
    };
  }
  const sides = sideColumns(sheet, from, to, unit);
  // The money columns' own headers (年度资金总额 over its column) are not lines of the budget.
  const lines = sides ? scan.hits.filter((h) => h.row !== sides.row || h.col < sides.first) : scan.hits;
  // "其中：上年结转" under 财政拨款 is part of the fiscal money, not a line of its own kind.
  const hits = lines.filter((h) => !partOfAnotherSource(sheet, lines, h));
  const amountOf = (hit: LabelHit | undefined, side: "year" | "period" = "year"): Amount | null => amountOfHit(sheet, hit, sides, unit, side);
  // "项目预算（万元） | 资金总额 | 67.5": the group's label names the total the label right of it holds.
  const totals = hits.filter((h) => h.label === "total");
  // "项目资金（万元） | 154" with no total label: the group's own amount is the total.
  const group = hits.find((h) => h.label === "budgetGroup" && amountOf(h) !== null);
  // A total label with its amount, else the 合计 opening or closing the sources (a 年度资金总额 over that 合计 holds none of its own).
  const totalHit = totals.find((h) => amountOf(h) !== null) ?? listTotal(sheet, hits, from, to, unit) ?? totals[0] ?? (group ? { ...group, label: "total" as const } : undefined);
  const [fiscalHit, otherHit, specialHit, upperHit] = (["fiscal", "other", "specialAccount", "upperLevel"] as const).map((l) => yearLine(hits, l, totalHit));
  const kindSum = (hit: LabelHit | undefined): Amount | null =>
    linesOfKindSum(sheet, sides, hits, hit, amountOf, totalHit) ?? gridSum(sheet, hits, hit, unit, amountOf(hit));
  const labelled: Budget | null =
    totalHit || fiscalHit || otherHit || upperHit
      ? {
          total: amountOf(totalHit),
          fiscal: kindSum(fiscalHit),
          other: kindSum(otherHit),
          specialAccount: amountOf(specialHit),
          ...(upperHit ? { upperLevel: amountOf(upperHit) } : {}),
          labelCells: {
            ...(upperHit ? { upperLevel: cellOf(upperHit) } : {}),
            ...(totalHit ? { total: cellOf(totalHit) } : {}),
            ...(fiscalHit ? { fiscal: cellOf(fiscalHit) } : {}),
            ...(otherHit ? { other: cellOf(otherHit) } : {}),
            ...(specialHit ? { specialAccount: cellOf(specialHit) } : {}),
          },
        }
      : null;
  // Money written as label：amount pairs (one cell, or one pair per cell) when the labels give no total.
  const budget = labelled?.total ? withPairedSources(labelled, () => readFundSources(sheet, from, to, unit, true)) : readFundSources(sheet, from, to, unit) ?? labelled;
  // The period's money sums the lines of one kind as the year's does, in its own column.
  const periodKindSum = (hit: LabelHit | undefined): Amount | null => linesOfKindSum(sheet, sides, hits, hit, (h) => amountOf(h, "period")) ?? amountOf(hit, "period");
  const periodBudget = readPeriodBudget(hits, totalHit, sides?.period !== undefined, amountOf, periodKindSum);
  return { budget, periodBudget, looked: totalHit ?? hits.find((h) => h.label === "budgetGroup") ?? fiscalHit ?? upperHit ?? otherHit };
}

/** A total read by its label whose sources are written as pairs in a cell ("其中：财政资金140万元，其他资金14万元"). */
function withPairedSources(labelled: Budget, pairs: () => Budget | null): Budget {
  if (labelled.fiscal || labelled.other || labelled.specialAccount || labelled.upperLevel) return labelled;
  const paired = pairs();
  if (!paired || !(paired.fiscal || paired.other || paired.specialAccount)) return labelled;
  return { ...paired, total: labelled.total, labelCells: { ...paired.labelCells, ...(labelled.labelCells.total ? { total: labelled.labelCells.total } : {}) } };
}

/** Scans rows [from, to] (inclusive) for head labels, titles, coded agencies and unit statements. */
export function readBlockHead(sheet: Sheet, from: number, to: number, inheritedUnit: MoneyUnit | null): BlockHead {
  const scan = scanHead(sheet, from, to);
  const { hits, title } = scan;
  const effectiveUnit: MoneyUnit = scan.unit ?? inheritedUnit ?? "万元";
  const first = (label: HeadLabel): LabelHit | undefined => hits.find((h) => h.label === label);
  const textOf = (hit: LabelHit | undefined): Sourced<string> | null => {
    if (!hit) return null;
    if (hit.inlineValue !== undefined) return { value: hit.inlineValue, cell: cellOf(hit) };
    return sourcedAt(sheet, valueRightOf(sheet, hit.row, hit.col) ?? valueBelow(sheet, hit.row, hit.col));
  };
  const { budget, periodBudget, looked } = readHeadBudget(sheet, scan, from, to, effectiveUnit);
  const nameHit = first("projectName");
  let name = saneName(textOf(nameHit));
  if (!name && title) name = saneName({ value: nameFromTitle(title.value), cell: title.cell });
  return {
    firstRow: Math.min(scan.firstRow, to + 1),
    title,
    name,
    code: textOf(first("projectCode")),
    agency: textOf(first("agency")) ?? scan.codedAgency,
    unit: scan.unit,
    unitCell: scan.unitCell,
    budget,
    periodBudget,
    plan: readPlan(sheet, first("plan"), effectiveUnit),
    goal: textOf(first("goal")),
    use: readUse(sheet, first("use"), first("budgetGroup"), first("total"), to, effectiveUnit),
    nameLooked: nameHit ? cellOf(nameHit) : title?.cell ?? null,
    budgetLooked: looked ? cellOf(looked) : null,
  };
}

/** A bare year ("2023年") or what is left of a title ("项目支出绩效目标申报表") is not a project's name. */
export function isNameLike(value: string): boolean {
  const key = labelKey(value);
  return key !== "" && !isYearOrTitleRemnant(key) && !isTableTitle(key);
}

function saneName(name: Sourced<string> | null): Sourced<string> | null {
  return name && isNameLike(name.value) ? name : null;
}

/**
 * A header row over the budget lines naming the year's money column and a 中期 or past years' column
 * beside it (中期 | 年度, 上年度预算安排 | 本年度申请金额): where each side's amounts sit.
 */
function sideColumns(sheet: Sheet, from: number, to: number, unit: MoneyUnit): Sides {
  for (let r = from; r <= to; r++) {
    const sides = new Map<"period" | "year" | "past", number>();
    let first = Infinity;
    for (const c of sheet.filledColumns(r)) {
      const side = budgetSideOf(sheet.key(r, c));
      // "中期资金总额： | 1500" is a label with its amount, not a column's header.
      if (!side || sheet.amount(r, sheet.rightEdge(r, c) + 1, unit) !== null) continue;
      if (!sides.has(side)) sides.set(side, c);
      first = Math.min(first, c);
    }
    const year = sides.get("year");
    const period = sides.get("period");
    // Only over the budget's lines: the row under it names money (资金总额, 财政拨款 …) left of the columns.
    const overMoney = sheet.filledColumns(r + 1).some((c) => c < first && moneyKindOf(sheet.key(r + 1, c)) !== null);
    if (year !== undefined && (period !== undefined || sides.has("past")) && overMoney) {
      return { row: r, year, first, lastLine: lastMoneyLine(sheet, r, first, [...sides.values()], to, unit), ...(period !== undefined ? { period } : {}) };
    }
  }
  return null;
}

/**
 * The budget's lines under a header of money columns run down from it as long as each row names money
 * left of the columns (a total or a source, read or not) or holds an amount in them, however many
 * sources the template lists: the first row that does neither (年度绩效目标, a plan's months) ends them.
 */
function lastMoneyLine(sheet: Sheet, header: number, first: number, columns: readonly number[], to: number, unit: MoneyUnit): number {
  let last = header;
  for (let r = header + 1; r <= to; r++) {
    const named = sheet.filledColumns(r).some((c) => c < first && moneyKindOf(sheet.key(r, c)) !== null);
    if (!named && !columns.some((c) => sheet.amount(r, c, unit) !== null)) break;
    last = r;
  }
  return last;
}

/**
 * The whole period's money (national 申报表): the 中期资金总额 label with the 其中 lines under it in its
 * column, or, under a 中期 | 年度 header row, the same labels as the year's read in the 中期 column.
 */
function readPeriodBudget(
  hits: readonly LabelHit[],
  totalHit: LabelHit | undefined,
  sideHeader: boolean,
  amountOf: (hit: LabelHit | undefined, side: "year" | "period") => Amount | null,
  kindSum: (hit: LabelHit | undefined) => Amount | null,
): Budget | null {
  const periodHit = hits.find((h) => h.label === "periodTotal");
  const under = (label: HeadLabel): LabelHit | undefined =>
    sideHeader ? hits.find((h) => h.label === label) : periodHit && hits.find((h) => h.label === label && h.col === periodHit.col && h.row > periodHit.row);
  const totalLabel = sideHeader ? totalHit : periodHit;
  if (!totalLabel) return null;
  const fiscal = under("fiscal");
  const other = under("other");
  const special = under("specialAccount");
  const period: Budget = {
    total: amountOf(totalLabel, "period"),
    fiscal: kindSum(fiscal),
    other: kindSum(other),
    specialAccount: amountOf(special, "period"),
    labelCells: {
      total: a1(totalLabel.row, totalLabel.col),
      ...(fiscal ? { fiscal: a1(fiscal.row, fiscal.col) } : {}),
      ...(other ? { other: a1(other.row, other.col) } : {}),
      ...(special ? { specialAccount: a1(special.row, special.col) } : {}),
    },
  };
  return period.total || period.fiscal || period.other ? period : null;
}

/** Amount written under its label (labels in one row, amounts in the next). */
function verticalAmount(sheet: Sheet, hit: LabelHit): { row: number; col: number } | null {
  const below = valueBelow(sheet, hit.row, hit.col);
  if (!below) return null;
  const v = sheet.value(below.row, below.col);
  return typeof v === "number" || isAmountText(cellText(v)) ? below : null;
}

export function nameFromTitle(title: string): string {
  return withoutTitleTail(tidy(title).replace(/^\s*\d+\s*[.、．]\s*/u, "")).trim() || tidy(title);
}

function readPlan(sheet: Sheet, hit: LabelHit | undefined, unit: MoneyUnit): SpendingPlan | null {
  if (!hit) return null;
  const label = sheet.sourced(hit.row, hit.col)!;
  const points: PlanPoint[] = [];
  const amountRow = sheet.bottomEdge(hit.row, hit.col) === hit.row ? hit.row + 1 : hit.row + 1;
  for (let c = sheet.rightEdge(hit.row, hit.col) + 1; c < sheet.width; c++) {
    if (sheet.blank(hit.row, c)) continue;
    const pointLabel = sheet.text(hit.row, c);
    const right = sheet.rightEdge(hit.row, c);
    // The amount sits under the label, anywhere within the label's merged width.
    let at: { row: number; col: number } = { row: amountRow, col: c };
    for (let cc = c; cc <= right; cc++) if (!sheet.blank(amountRow, cc)) at = { row: amountRow, col: cc };
    points.push({ label: pointLabel, labelCell: a1(hit.row, c), amount: amountAt(sheet, sheet.blank(at.row, at.col) ? null : at, unit), cell: a1(at.row, at.col) });
    c = right;
  }
  return points.length > 0 ? { label, points } : null;
}

/** 资金用途: a labelled cell, or the free text in the row under the budget amounts. */
function readUse(sheet: Sheet, useHit: LabelHit | undefined, groupHit: LabelHit | undefined, totalHit: LabelHit | undefined, lastRow: number, unit: MoneyUnit): Sourced<string> | null {
  if (useHit) {
    const at = valueRightOf(sheet, useHit.row, useHit.col);
    return at ? sheet.sourced(at.row, at.col) : null;
  }
  const anchorRow = totalHit?.row ?? groupHit?.row;
  if (anchorRow === undefined) return null;
  const r = anchorRow + 1;
  if (r > lastRow) return null;
  for (const c of sheet.filledColumns(r)) {
    const key = sheet.key(r, c);
    if (headLabelOf(key) || unitStatement(key)) return null;
    // Amounts written under their labels are not the use of funds.
    if (sheet.amount(r, c, unit)) continue;
    if (sheet.text(r, c).length >= 4) return sheet.sourced(r, c);
  }
  return null;
}
