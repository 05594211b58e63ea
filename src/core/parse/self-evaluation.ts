import { a1 } from "../grid/address";
import type { Amount, MoneyUnit, SelfEvaluationFunds, SelfEvaluationIndicator, SelfEvaluationTable, Sourced } from "../model/model";
import { labelKey } from "../text/normalize";
import { readBlockHead } from "./head";
import { headLabelOf, indicatorColumnOf, isTotalLabel, labelByMeaning, withoutPartOpening } from "../vocabulary/labels";
import { POINTS_UNIT } from "../vocabulary/categories";
import type { Sheet } from "./sheet";
import { fundsRoleByWords, TOTAL_SCORE_OPENING, withoutYearOpening, selfEvaluationFundsWordOf, selfEvaluationIndicatorWordOf, type SelfEvaluationFundsColumn, type SelfEvaluationIndicatorColumn } from "../vocabulary/self-evaluation";

/**
 * 项目支出绩效自评表: a funds part (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分) and an
 * indicator part (一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因), found by their words.
 */
type FundsColumn = SelfEvaluationFundsColumn;
type IndicatorColumn = "level1" | "level2" | "level3" | SelfEvaluationIndicatorColumn;

const bare = (key: string): string => key.replace(/\([^()]*\)$/u, "");

function mapRow<K extends string>(sheet: Sheet, row: number, wordOf: (key: string) => K | null): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  for (const c of sheet.filledColumns(row)) {
    const col = wordOf(bare(sheet.key(row, c)));
    if (col !== null && out[col] === undefined) out[col] = c;
  }
  return out;
}

/** A score written as text: 5, 5分. */
const POINTS = new RegExp(`^\\s*-?\\d+(?:\\.\\d+)?\\s*${POINTS_UNIT}?\\s*$`, "u");

function numberAt(sheet: Sheet, row: number, col: number | undefined): Sourced<number> | null {
  if (col === undefined) return null;
  const v = sheet.value(row, col);
  const n = typeof v === "number" ? v : typeof v === "string" && POINTS.test(v) ? parseFloat(v) : null;
  return n === null ? null : { value: n, cell: a1(row, col) };
}

/** 95% → 0.95; a number as Excel stores a percent (0.95) stays itself. */
function rateAt(sheet: Sheet, row: number, col: number | undefined): Sourced<number> | null {
  if (col === undefined) return null;
  const v = sheet.value(row, col);
  if (typeof v === "number") return { value: v > 1.5 ? v / 100 : v, cell: a1(row, col) };
  const m = typeof v === "string" ? /^\s*(\d+(?:\.\d+)?)\s*[%％]\s*$/u.exec(v) : null;
  return m ? { value: parseFloat(m[1]!) / 100, cell: a1(row, col) } : null;
}

function readFunds(sheet: Sheet, headerRow: number, cols: Partial<Record<FundsColumn, number>>, unit: MoneyUnit, stopRow: number): SelfEvaluationFunds[] {
  const first = Math.min(...Object.values(cols).filter((c): c is number => c !== undefined));
  const out: SelfEvaluationFunds[] = [];
  for (let r = headerRow + 1; r < stopRow; r++) {
    let label: Sourced<string> | null = null;
    for (let c = first - 1; c >= 0 && !label; c--) {
      const at = sheet.anchor(r, c);
      if (at.row === r || at.row > headerRow) label = sheet.sourced(at.row, at.col);
    }
    if (!label) break;
    const amount = (c: number | undefined): Amount | null => (c === undefined ? null : sheet.amount(r, c, unit));
    const annual = amount(cols.annual);
    if (!annual && !amount(cols.initial) && !amount(cols.executed)) break;
    out.push({
      row: r,
      label,
      initial: amount(cols.initial),
      annual,
      executed: amount(cols.executed),
      points: numberAt(sheet, r, cols.points),
      rate: rateAt(sheet, r, cols.rate),
      score: numberAt(sheet, r, cols.score),
    });
  }
  return out;
}

/** Whether a funds line is the total, fiscal money, or another source, by its label. */
export function fundsRole(label: string): "total" | "fiscal" | "other" {
  const key = withoutYearOpening(withoutPartOpening(labelKey(label)));
  const l = headLabelOf(key) ?? labelByMeaning(key);
  const byWords = fundsRoleByWords(key);
  if (l === "total" || byWords === "total") return "total";
  if (l === "fiscal" || l === "upperLevel" || byWords === "fiscal") return "fiscal";
  return "other";
}

export function readSelfEvaluation(sheet: Sheet): SelfEvaluationTable | null {
  let fundsHeader = -1;
  let fundsCols: Partial<Record<FundsColumn, number>> = {};
  let indicatorHeader = -1;
  const indicatorCols: Partial<Record<IndicatorColumn, number>> = {};
  for (let r = 0; r < sheet.height && indicatorHeader < 0; r++) {
    const keys = sheet.filledColumns(r).map((c) => [c, bare(sheet.key(r, c))] as const);
    if (fundsHeader < 0) {
      const cols = mapRow(sheet, r, selfEvaluationFundsWordOf);
      if (cols.annual !== undefined && (cols.executed !== undefined || cols.initial !== undefined)) {
        fundsHeader = r;
        fundsCols = cols;
        continue;
      }
    }
    const levels = keys.filter(([, k]) => indicatorColumnOf(k) === "level1" || indicatorColumnOf(k) === "level2");
    if (levels.length >= 1 && keys.some(([, k]) => selfEvaluationIndicatorWordOf(k) === "actual")) {
      indicatorHeader = r;
      for (const [c, k] of keys) {
        const col = indicatorColumnOf(k);
        if ((col === "level1" || col === "level2" || col === "level3") && indicatorCols[col] === undefined) indicatorCols[col] = c;
      }
      Object.assign(indicatorCols, { ...mapRow(sheet, r, selfEvaluationIndicatorWordOf), ...indicatorCols });
    }
  }
  if (indicatorHeader < 0) return null;
  const head = readBlockHead(sheet, 0, (fundsHeader >= 0 ? fundsHeader : indicatorHeader) - 1, null);
  const unit: MoneyUnit = head.unit ?? "万元";
  const funds = fundsHeader >= 0 ? readFunds(sheet, fundsHeader, fundsCols, unit, indicatorHeader) : [];
  const indicators: SelfEvaluationIndicator[] = [];
  let totals: SelfEvaluationTable["totals"] = null;
  let lastRow = indicatorHeader;
  const carried = (r: number, c: number | undefined): Sourced<string> | null => {
    if (c === undefined) return null;
    const at = sheet.anchor(r, c);
    return sheet.sourced(at.row, at.col);
  };
  let level1: Sourced<string> | null = null;
  for (let r = indicatorHeader + 1; r < sheet.height; r++) {
    if (sheet.rowBlank(r)) break;
    const firstCell = sheet.filledColumns(r)[0]!;
    if (isTotalLabel(sheet.key(r, firstCell)) || sheet.key(r, firstCell).startsWith(TOTAL_SCORE_OPENING)) {
      totals = { row: r, points: numberAt(sheet, r, indicatorCols.points), score: numberAt(sheet, r, indicatorCols.score) };
      lastRow = r;
      break;
    }
    level1 = carried(r, indicatorCols.level1) ?? level1;
    const level3 = carried(r, indicatorCols.level3);
    const get = (c: number | undefined): Sourced<string> | null => (c === undefined ? null : sheet.sourced(r, c));
    if (!level3 && !get(indicatorCols.target)) break;
    indicators.push({
      row: r,
      level1,
      level2: carried(r, indicatorCols.level2),
      level3,
      target: get(indicatorCols.target),
      actual: get(indicatorCols.actual),
      points: numberAt(sheet, r, indicatorCols.points),
      score: numberAt(sheet, r, indicatorCols.score),
      deviation: get(indicatorCols.deviation),
    });
    lastRow = r;
  }
  const name = head.name ?? { value: sheet.name, cell: a1(0, 0) };
  return {
    kind: "self-evaluation",
    sheet: sheet.name,
    id: name.value,
    name,
    title: head.title,
    unit,
    funds,
    indicators,
    totals,
    range: { top: head.firstRow, left: 0, bottom: lastRow, right: Math.max(0, sheet.width - 1) },
  };
}
