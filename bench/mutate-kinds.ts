/**
 * The mutations of the mutation benchmark (bench/mutate.ts): seven kinds of injected error a reviewer
 * would send back, and three neutral edits that must not raise a new error. Each kind lists the places
 * (sites) of a workbook where it applies; a site applied to a fresh copy of the grids makes one change
 * and says which cells it touched and which tables it is about.
 */
import type { Report } from "../src/core/check/check";
import { a1, parseA1, rangeContains } from "../src/core/grid/address";
import type { CellValue, Grid, WorkbookGrids } from "../src/core/grid/grid";
import type { Framework, Level1 } from "../src/core/model/framework";
import { allowedLevel2, displayCategory, level1Of, level2Key, requiredLevel1 } from "../src/core/model/framework";
import type { Amount, Indicator, MoneyUnit, ParsedWorkbook, ProjectTable, BudgetRow, BudgetTable, Table } from "../src/core/model/model";
import { DEFAULT_CONFIG, type Diagnostic } from "../src/core/types";
import { matchByName, nameSimilarity } from "../src/core/text/name-match";
import { stripSpaces, toHalfWidth } from "../src/core/text/normalize";
import { parseIndicatorValue } from "../src/core/value/parse-indicator-value";
import { convertMoney } from "../src/core/value/parse-amount";
import type { Rng } from "./generate";
import { getCell, insertRows, mergeAt, setCell, sheetOf, type MutableWorkbook, type SheetCell } from "./mutate-grid";

export const INJECTION_KINDS = [
  "wrong-total",
  "cost-above-budget",
  "dropped-category",
  "misfiled-level2",
  "rate-over-100",
  "decreasing-plan",
  "weights-off",
] as const;
export const NEUTRAL_KINDS = ["rename-project", "reorder-indicators", "move-block"] as const;

export type InjectionKind = (typeof INJECTION_KINDS)[number];
export type NeutralKind = (typeof NEUTRAL_KINDS)[number];
export type MutationKind = InjectionKind | NeutralKind;

/** The unmutated workbook, parsed and checked once per example. */
export interface Baseline {
  readonly name: string;
  readonly grids: WorkbookGrids;
  readonly parsed: ParsedWorkbook;
  readonly report: Report;
  /** Table id → the framework the checker judged it by. */
  readonly frameworks: ReadonlyMap<string, Framework>;
}

export interface Mutation {
  readonly kind: MutationKind;
  /** What was done, for the report: "绩效目标表!C4 81 → 93". */
  readonly description: string;
  /** Cells whose content was changed on purpose (in the coordinates before any row insertion). */
  readonly cells: readonly SheetCell[];
  /** Baseline ids of the tables the change is about. */
  readonly tables: readonly string[];
  /** What the change was, as data, for tests: the new value, the dropped category, the new name, … */
  readonly detail: Readonly<Record<string, string | number>>;
  /** Injections: the diagnostic a reviewer would expect (by rule, and by data where it matters). */
  readonly expected: (d: Diagnostic) => boolean;
  /** A new diagnostic that would be a wrong consequence (dropped-category: a category still present reported missing). */
  readonly overreach?: (d: Diagnostic) => boolean;
  /** move-block only: where blank rows were inserted. */
  readonly inserted?: { readonly sheet: string; readonly at: number; readonly count: number };
}

/** One place where a kind applies; `apply` changes a fresh copy of the baseline grids. */
export interface Site {
  readonly kind: MutationKind;
  readonly label: string;
  apply(wb: MutableWorkbook, rng: Rng): Mutation;
}

export interface KindDefinition {
  readonly id: MutationKind;
  readonly neutral: boolean;
  /** One line for the report. */
  readonly summary: string;
  sites(base: Baseline): Site[];
}

// ---------------------------------------------------------------------------------------------
// Helpers

function projects(base: Baseline): ProjectTable[] {
  return base.parsed.tables.filter((t): t is ProjectTable => t.kind === "project");
}

function summaries(base: Baseline): BudgetTable[] {
  return base.parsed.tables.filter((t): t is BudgetTable => t.kind === "budget-summary");
}

function frameworkOf(base: Baseline, table: ProjectTable): Framework {
  return base.frameworks.get(table.id) ?? "legacy";
}

function textOf(value: CellValue): string {
  return value === null ? "" : String(value);
}

function baseText(base: Baseline, at: SheetCell): string {
  const grid = base.grids.sheets.find((g) => g.sheet === at.sheet);
  const ref = parseA1(at.cell);
  return grid && ref ? textOf(grid.cells[ref.row]?.[ref.col] ?? null) : "";
}

/** Baseline ids of the tables whose range holds one of the cells. */
export function tablesAt(base: Baseline, cells: readonly SheetCell[]): string[] {
  const out = new Set<string>();
  for (const t of base.parsed.tables) {
    for (const c of cells) {
      const ref = parseA1(c.cell);
      if (ref && c.sheet === t.sheet && rangeContains(t.range, ref.row, ref.col)) out.add(t.id);
    }
  }
  return [...out];
}

function withTables(base: Baseline, own: readonly string[], cells: readonly SheetCell[]): string[] {
  return [...new Set([...own, ...tablesAt(base, cells)])];
}

export function roundTo(n: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
}

/** A number as a budget officer would type it: at most two decimals, no trailing zeros. */
export function formatNumber(n: number): string {
  return String(roundTo(n, 2));
}

const show = (v: CellValue): string => (v === null ? "(blank)" : typeof v === "string" ? `“${v.length > 24 ? `${v.slice(0, 24)}…` : v}”` : String(v));

// ---------------------------------------------------------------------------------------------
// Encoded indicator cells of list layouts: "1、1-产出指标；12-质量指标；名称；实施周期指标值:100%；年度指标值:100%。2、…"

const ITEM_START = /(^|[。；;\s])(\d{1,3})[、.．]\s*(?=\d{1,2}\s*[-－—])/gu;
const CODED_PART = /^(\d{1,2})\s*[-－—]\s*(.+)$/u;
const VALUE_PART = /^(实施周期指标值|年度指标值|指标值|目标值)(\s*[:：]\s*)(.*)$/su;

/** The items of an encoded cell, without their numbers and final full stop. */
export function splitEncoded(text: string): string[] {
  const starts: { index: number; body: number }[] = [];
  for (const m of text.matchAll(ITEM_START)) starts.push({ index: m.index + m[1]!.length, body: m.index + m[0].length });
  return starts.map((s, i) =>
    text
      .slice(s.body, i + 1 < starts.length ? starts[i + 1]!.index : text.length)
      .trim()
      .replace(/[。]+$/u, ""),
  );
}

export function joinEncoded(items: readonly string[]): string {
  return items.map((body, i) => `${i + 1}、${body}。`).join("");
}

function partsOf(body: string): string[] {
  return body.split(/[；;]/u).map((p) => p.trim());
}

/** Codes of the 二级 in encoded lists (domain.md, seed 003). */
const LEVEL2_CODES: Readonly<Record<string, string>> = {
  数量: "11",
  质量: "12",
  时效: "13",
  经济效益: "21",
  社会效益: "22",
  生态效益: "23",
  可持续影响: "24",
  服务对象满意度: "31",
};

// ---------------------------------------------------------------------------------------------
// Indicators, in block rows or in encoded items

type IndicatorRef =
  | { readonly form: "row"; readonly table: ProjectTable; readonly ind: Indicator }
  | { readonly form: "encoded"; readonly table: ProjectTable; readonly at: SheetCell; readonly item: number; readonly parts: readonly string[] };

function indicatorRefs(base: Baseline, table: ProjectTable): IndicatorRef[] {
  if (table.encodedCell) {
    const at = { sheet: table.sheet, cell: table.encodedCell };
    return splitEncoded(baseText(base, at)).map((body, item) => ({ form: "encoded", table, at, item, parts: partsOf(body) }));
  }
  return table.indicators.map((ind) => ({ form: "row", table, ind }));
}

function codedParts(ref: Extract<IndicatorRef, { form: "encoded" }>): { code: string; name: string }[] {
  const out: { code: string; name: string }[] = [];
  for (const p of ref.parts) {
    const m = CODED_PART.exec(p);
    if (!m || out.length >= 2) break;
    out.push({ code: m[1]!, name: m[2]!.trim() });
  }
  return out;
}

function level1Name(ref: IndicatorRef): string | null {
  return ref.form === "row" ? (ref.ind.level1?.value ?? null) : (codedParts(ref)[0]?.name ?? null);
}

function level2Name(ref: IndicatorRef): string | null {
  return ref.form === "row" ? (ref.ind.level2?.value ?? null) : (codedParts(ref)[1]?.name ?? null);
}

function level3Name(ref: IndicatorRef): string {
  if (ref.form === "row") return ref.ind.level3?.value ?? "";
  return ref.parts.find((p) => p !== "" && !CODED_PART.test(p) && !VALUE_PART.test(p)) ?? "";
}

function valueText(ref: IndicatorRef): string | null {
  if (ref.form === "row") return ref.ind.value?.value ?? null;
  const values = new Map<string, string>();
  for (const p of ref.parts) {
    const m = VALUE_PART.exec(p);
    if (m) values.set(m[1]!, m[3]!.replace(/[。]+$/u, ""));
  }
  return values.get("年度指标值") ?? values.get("指标值") ?? values.get("实施周期指标值") ?? null;
}

function category(ref: IndicatorRef): Level1 | null {
  const name = level1Name(ref);
  return name ? level1Of(name) : null;
}

function isCost(ref: IndicatorRef): boolean {
  const l2 = level2Name(ref);
  return category(ref) === "成本" || (l2 !== null && /成本$/u.test(level2Key(l2)));
}

/** The cell holding the indicator's target (指标值 / 年度指标值), or its encoded cell. */
function valueCell(ref: IndicatorRef): SheetCell | null {
  if (ref.form === "encoded") return valueText(ref) === null ? null : ref.at;
  if (ref.ind.value) return { sheet: ref.table.sheet, cell: ref.ind.value.cell };
  const col = ref.table.columns.value;
  return col === undefined ? null : { sheet: ref.table.sheet, cell: a1(ref.ind.row, col) };
}

/** Writes a target; in encoded items every value (实施周期 and 年度) gets it, as an officer would write it. */
function writeValue(wb: MutableWorkbook, ref: IndicatorRef, text: string): SheetCell {
  if (ref.form === "row") {
    const at = valueCell(ref)!;
    setCell(wb, at, text);
    return at;
  }
  rewriteItem(wb, ref, (parts) => parts.map((p) => p.replace(VALUE_PART, (_m, label: string, sep: string) => `${label}${sep}${text}`)));
  return ref.at;
}

function rewriteItem(wb: MutableWorkbook, ref: Extract<IndicatorRef, { form: "encoded" }>, change: (parts: string[]) => string[]): void {
  const items = splitEncoded(textOf(getCell(wb, ref.at)));
  items[ref.item] = change(partsOf(items[ref.item]!)).join("；");
  setCell(wb, ref.at, joinEncoded(items));
}

/** Rates bounded by 100% (合格率, 覆盖率, 比例, 满意度); growth and change rates are not. */
export function isBoundedRateName(name: string): boolean {
  const key = stripSpaces(toHalfWidth(name))
    .replace(/[(（][^()（）]*[)）]$/u, "")
    .replace(/指标$/u, "");
  if (/增长|增幅|增加|提高|提升|上升|下降|降低|减少|同比|环比|(?:效|频|功|速)率$/u.test(key)) return false;
  return /(?:率|比例|比率|占比|满意度)$/u.test(key);
}

function isPercentTarget(text: string | null): boolean {
  if (text === null) return false;
  const v = parseIndicatorValue(text);
  return v.kind === "number" && v.unit === "%" && v.per.length === 0;
}

// ---------------------------------------------------------------------------------------------
// Injections

/** Rules that compare amounts: a wrong total should raise one of them. */
export const FUNDS_RULES: readonly string[] = ["funds-budget-sum", "summary-rows-add-up", "summary-columns-add-up", "income-expense-balance", "project-amount-mismatch", "spending-plan"];

/** 预算数, 合计 / subtotal / 类 and 款 rows of summaries, and the 总计 of list rows. */
function wrongTotalSites(base: Baseline): Site[] {
  const out: Site[] = [];
  const seen = new Set<string>();
  const add = (table: Table, amount: Amount | null | undefined, what: string): void => {
    if (!amount) return;
    const at = { sheet: table.sheet, cell: amount.cell };
    const key = `${at.sheet}!${at.cell}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({
      kind: "wrong-total",
      label: `${key} (${what})`,
      apply(wb, rng) {
        const step = 10 ** -amount.decimals;
        const share = 0.02 + rng.next() * 0.28;
        const delta = Math.max(roundTo(Math.abs(amount.value) * share, amount.decimals), roundTo(step * rng.int(1, 5), amount.decimals));
        const down = rng.chance(0.5) && amount.value - delta >= 0;
        const next = roundTo(amount.value + (down ? -delta : delta), amount.decimals);
        const before = getCell(wb, at);
        setCell(wb, at, next);
        return {
          kind: "wrong-total",
          description: `${key} ${what} ${show(before)} → ${next}`,
          cells: [at],
          tables: withTables(base, [table.id], [at]),
          detail: { before: amount.value, after: next, decimals: amount.decimals },
          expected: (d) => FUNDS_RULES.includes(d.rule),
        };
      },
    });
  };
  for (const table of base.parsed.tables) {
    if (table.kind === "project") {
      add(table, table.budget?.total, table.layout === "list" ? "总计" : "预算数");
      continue;
    }
    if (table.kind !== "budget-summary") continue;
    const parents = parentRows(table);
    const totalCol = table.columns.find((c) => c.role === "total");
    for (const row of table.rows) {
      const label = row.label?.value ?? row.code?.value ?? "";
      if (row.kind === "total" || row.kind === "subtotal" || parents.has(row)) {
        for (const amount of row.amounts.values()) add(table, amount, `${row.code && parents.has(row) ? row.code.value : row.kind} ${label}`.trim());
      } else if (table.summaryKind === "project-list" && totalCol) {
        add(table, row.amounts.get(totalCol.col), `总计 ${label}`);
      }
    }
  }
  return out;
}

/** Rows with sub-items by code prefix (类 over 款, 款 over 项). */
function parentRows(table: BudgetTable): Set<BudgetRow> {
  const coded = table.rows.filter((r) => r.code && /^\d+$/u.test(r.code.value));
  const codes = new Map(coded.map((r) => [r.code!.value, r] as const));
  const out = new Set<BudgetRow>();
  for (const row of coded) {
    const code = row.code!.value;
    for (let len = code.length - 1; len >= 1; len--) {
      const parent = codes.get(code.slice(0, len));
      if (parent) {
        out.add(parent);
        break;
      }
    }
  }
  return out;
}

function costAboveBudgetSites(base: Baseline): Site[] {
  const out: Site[] = [];
  for (const table of projects(base)) {
    const total = table.budget?.total;
    if (!total || total.value <= 0) continue;
    for (const ref of indicatorRefs(base, table)) {
      const at = valueCell(ref);
      if (!at || !isCost(ref)) continue;
      out.push({
        kind: "cost-above-budget",
        label: `${at.sheet}!${at.cell} ${level3Name(ref)}`,
        apply(wb) {
          const text = `≤${formatNumber(total.value * 1.5)}${table.unit}`;
          const before = valueText(ref);
          const cell = writeValue(wb, ref, text);
          return {
            kind: "cost-above-budget",
            description: `${at.sheet}!${at.cell} “${level3Name(ref)}” ${before ?? "(blank)"} → ${text} (预算数 ${total.value}${table.unit})`,
            cells: [cell],
            tables: withTables(base, [table.id], [cell]),
            detail: { budget: total.value, value: text },
            expected: (d) => d.rule === "cost-above-budget",
          };
        },
      });
    }
  }
  return out;
}

/** A required 一级 present in the table loses all its indicators (only where others remain). */
function droppedCategorySites(base: Baseline): Site[] {
  const out: Site[] = [];
  for (const table of projects(base)) {
    const refs = indicatorRefs(base, table);
    const present = new Set(refs.map(category).filter((c): c is Level1 => c !== null));
    for (const dropped of requiredLevel1(frameworkOf(base, table))) {
      if (!present.has(dropped) || present.size < 2) continue;
      const victims = refs.filter((r) => category(r) === dropped);
      out.push({
        kind: "dropped-category",
        label: `${table.sheet} ${table.id} ${dropped}`,
        apply(wb) {
          const cells: SheetCell[] = [];
          if (table.encodedCell) {
            const at = { sheet: table.sheet, cell: table.encodedCell };
            const kept = splitEncoded(textOf(getCell(wb, at))).filter((body) => {
              const first = CODED_PART.exec(partsOf(body)[0] ?? "");
              return !(first && level1Of(first[2]!) === dropped);
            });
            setCell(wb, at, joinEncoded(kept));
            cells.push(at);
          } else {
            const grid = sheetOf(wb, table.sheet);
            const rows = [...new Set(victims.map((r) => (r.form === "row" ? r.ind.row : -1)))].filter((r) => r >= 0);
            for (const row of rows) {
              for (let col = table.range.left; col <= table.range.right; col++) {
                const at = { sheet: table.sheet, cell: a1(row, col) };
                if (textOf(grid.cells[row]?.[col] ?? null).trim() === "") continue;
                setCell(wb, at, null);
                cells.push(at);
              }
            }
          }
          return {
            kind: "dropped-category",
            description: `${table.sheet} “${table.id}”: ${displayCategory(dropped)} (${victims.length} indicators) removed`,
            cells,
            tables: withTables(base, [table.id], cells),
            detail: { category: dropped },
            expected: (d) => d.rule === "missing-category" && d.table === table.id && d.data["category"] === displayCategory(dropped),
            overreach: (d) => d.rule === "missing-category" && d.table === table.id && d.data["category"] !== displayCategory(dropped),
          };
        },
      });
    }
  }
  return out;
}

const LEVEL1_ORDER: readonly Level1[] = ["成本", "产出", "效益", "满意度"];

/** 二级 names that belong under another 一级 of the table's framework, and under this one in neither framework. */
export function misfiledLevel2Names(framework: Framework, level1: Level1): string[] {
  const own = new Set([...allowedLevel2("2021", level1), ...allowedLevel2("legacy", level1)]);
  const out: string[] = [];
  for (const other of LEVEL1_ORDER) {
    if (other === level1) continue;
    for (const key of allowedLevel2(framework, other)) {
      if (own.has(key) || out.includes(key)) continue;
      // A satisfaction name under 满意度, or under a legacy 效益 (社会公众或服务对象满意度 is filed there), is a near miss, not a misfiling.
      if (key.includes("满意度") && (level1 === "满意度" || (framework === "legacy" && level1 === "效益"))) continue;
      out.push(key);
    }
  }
  return out;
}

function misfiledLevel2Sites(base: Baseline): Site[] {
  const out: Site[] = [];
  for (const table of projects(base)) {
    const framework = frameworkOf(base, table);
    const seen = new Set<string>();
    for (const ref of indicatorRefs(base, table)) {
      const l1 = category(ref);
      const l2 = level2Name(ref);
      // Start from a correctly filed 二级: an error injected where the baseline has one cannot be told apart.
      if (!l1 || l2 === null || !allowedLevel2(framework, l1).includes(level2Key(l2))) continue;
      const names = misfiledLevel2Names(framework, l1).filter((k) => ref.form === "row" || LEVEL2_CODES[k] !== undefined);
      if (names.length === 0) continue;
      const at = ref.form === "row" ? { sheet: table.sheet, cell: ref.ind.level2!.cell } : ref.at;
      const key = ref.form === "row" ? at.cell : `${at.cell}#${ref.item}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        kind: "misfiled-level2",
        label: `${at.sheet}!${key} ${l2} under ${level1Name(ref)}`,
        apply(wb, rng) {
          const key2 = rng.pick(names);
          const name = displayCategory(key2);
          if (ref.form === "row") setCell(wb, at, name);
          else rewriteItem(wb, ref, (parts) => parts.map((p, i) => (i === 1 ? `${LEVEL2_CODES[key2]}-${name}` : p)));
          return {
            kind: "misfiled-level2",
            description: `${at.sheet}!${at.cell}${ref.form === "encoded" ? ` item ${ref.item + 1}` : ""}: ${l2} → ${name} under ${level1Name(ref)} (${framework})`,
            cells: [at],
            tables: withTables(base, [table.id], [at]),
            detail: { level1: l1, level2: name, framework },
            expected: (d) => d.rule === "level2-mismatch" && d.sheet === at.sheet && d.cell === at.cell && d.data["level2"] === name,
          };
        },
      });
    }
  }
  return out;
}

function rateOver100Sites(base: Baseline): Site[] {
  const out: Site[] = [];
  for (const table of projects(base)) {
    for (const ref of indicatorRefs(base, table)) {
      const at = valueCell(ref);
      if (!at || !isBoundedRateName(level3Name(ref)) || !isPercentTarget(valueText(ref))) continue;
      out.push({
        kind: "rate-over-100",
        label: `${at.sheet}!${at.cell} ${level3Name(ref)}`,
        apply(wb, rng) {
          const text = `≥${100 + rng.int(1, 50)}%`;
          const before = valueText(ref);
          const cell = writeValue(wb, ref, text);
          return {
            kind: "rate-over-100",
            description: `${at.sheet}!${at.cell} “${level3Name(ref)}” ${before} → ${text}`,
            cells: [cell],
            tables: withTables(base, [table.id], [cell]),
            detail: { value: text },
            expected: (d) => d.rule === "rate-above-100" && d.cell === cell.cell,
          };
        },
      });
    }
  }
  return out;
}

/** A later point of 资金支出计划 (blank or not) set below an earlier amount. */
function decreasingPlanSites(base: Baseline): Site[] {
  const out: Site[] = [];
  for (const table of projects(base)) {
    const points = table.plan?.points ?? [];
    points.forEach((earlier, i) => {
      const amount = earlier.amount;
      if (!amount || amount.value <= 0) return;
      for (const later of points.slice(i + 1)) {
        const at = { sheet: table.sheet, cell: later.cell };
        out.push({
          kind: "decreasing-plan",
          label: `${at.sheet}!${at.cell} below ${earlier.cell}`,
          apply(wb, rng) {
            const step = 10 ** -amount.decimals;
            let next = roundTo(amount.value * (0.2 + 0.7 * rng.next()), amount.decimals);
            if (next > amount.value - step) next = roundTo(amount.value - step, amount.decimals);
            next = Math.max(next, 0);
            const before = getCell(wb, at);
            setCell(wb, at, next);
            return {
              kind: "decreasing-plan",
              description: `${at.sheet}!${at.cell} ${later.label} ${show(before)} → ${next} (< ${earlier.label} ${earlier.cell} ${amount.value})`,
              cells: [at],
              tables: withTables(base, [table.id], [at]),
              detail: { earlier: amount.value, after: next },
              expected: (d) => d.rule === "spending-plan" && d.messageId === "decreasing",
            };
          },
        });
      }
    });
  }
  return out;
}

/** One weight changed so that the project's total is no longer an accepted one. */
function weightsOffSites(base: Baseline): Site[] {
  const out: Site[] = [];
  const accepted = DEFAULT_CONFIG.weightTotals;
  for (const table of projects(base)) {
    const weighted = table.indicators.filter((i) => i.weight !== null);
    if (weighted.length === 0) continue;
    const total = weighted.reduce((s, i) => s + i.weight!.value, 0);
    for (const ind of weighted) {
      const weight = ind.weight!;
      const at = { sheet: table.sheet, cell: weight.cell };
      out.push({
        kind: "weights-off",
        label: `${at.sheet}!${at.cell}`,
        apply(wb, rng) {
          let delta = 0;
          for (let tries = 0; tries < 100; tries++) {
            const d = rng.int(1, 15) * (rng.chance(0.5) ? -1 : 1);
            const t = roundTo(total + d, 6);
            if (weight.value + d >= 0 && !accepted.some((a) => Math.abs(a - t) < 1e-6)) {
              delta = d;
              break;
            }
          }
          if (delta === 0) delta = 1;
          const next = weight.value + delta;
          setCell(wb, at, next);
          return {
            kind: "weights-off",
            description: `${at.sheet}!${at.cell} weight ${weight.value} → ${next} (total ${roundTo(total, 6)} → ${roundTo(total + delta, 6)})`,
            cells: [at],
            tables: withTables(base, [table.id], [at]),
            detail: { weight: next, total: roundTo(total + delta, 6) },
            expected: (d) => d.rule === "weights-total" && d.table === table.id,
          };
        },
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Neutral changes

const NAME_PREFIXES = ["", "", "市级", "区级", "2024年"];
const NAME_TOPICS = ["矛盾纠纷排查化解", "人民建议征集", "领导接访下访", "网上信访平台运维", "信访法治宣传", "来访接待大厅保障", "信访干部业务培训", "重点信访事项督办", "信访档案数字化", "视频接访系统"];
const NAME_SUFFIXES = ["经费", "专项经费", "工作经费", "项目", "补助资金"];

/** Project-list rows (项目支出表) paired with project tables by name, as the cross-table rule pairs them. */
function listPairs(base: Baseline): Map<ProjectTable, { readonly at: SheetCell; readonly name: string }> {
  const entries: { at: SheetCell; name: string; amount: Amount | null; unit: MoneyUnit }[] = [];
  for (const list of summaries(base)) {
    if (list.summaryKind !== "project-list") continue;
    const totalCol = list.columns.find((c) => c.role === "total");
    for (const row of list.rows) {
      if (row.kind !== "item" || row.projectId !== undefined) continue;
      const source = row.texts["项目名称"] ?? row.label;
      if (!source) continue;
      entries.push({ at: { sheet: list.sheet, cell: source.cell }, name: source.value, amount: totalCol ? (row.amounts.get(totalCol.col) ?? null) : null, unit: list.unit });
    }
  }
  const listed = new Set(summaries(base).flatMap((s) => s.rows.map((r) => r.projectId).filter((id): id is string => id !== undefined)));
  const candidates = projects(base).filter((p) => !listed.has(p.id));
  const agree = (p: ProjectTable, e: (typeof entries)[number]): boolean => {
    const total = p.budget?.total;
    return !!total && !!e.amount && Math.abs(convertMoney(total.value, p.unit, e.unit) - e.amount.value) < 0.005;
  };
  return matchByName(candidates, entries, (p) => p.name.value, (e) => e.name, agree);
}

const NUMBERED_TITLE = /^(\s*\d+\s*[.、．]\s*)(.+?)(绩效目标表)\s*$/u;

function renameSites(base: Baseline): Site[] {
  const pairs = listPairs(base);
  const existing = [...projects(base).map((p) => p.name.value), ...[...pairs.values()].map((e) => e.name)];
  return projects(base).map((table) => ({
    kind: "rename-project" as const,
    label: `${table.sheet}!${table.name.cell} ${table.id}`,
    apply(wb: MutableWorkbook, rng: Rng): Mutation {
      let name = "";
      for (let tries = 0; tries < 200 && name === ""; tries++) {
        const candidate = `${rng.pick(NAME_PREFIXES)}${rng.pick(NAME_TOPICS)}${rng.pick(NAME_SUFFIXES)}`;
        if (existing.every((e) => nameSimilarity(candidate, e) < 0.5)) name = candidate;
      }
      if (name === "") name = `测试项目${rng.int(100, 999)}`;
      const old = table.name.value;
      const cells: SheetCell[] = [];
      const replaceIn = (at: SheetCell, whole: boolean): void => {
        const raw = textOf(getCell(wb, at));
        const next = raw.includes(old) ? raw.split(old).join(name) : whole ? name : raw;
        if (next === raw) return;
        setCell(wb, at, next);
        cells.push(at);
      };
      replaceIn({ sheet: table.sheet, cell: table.name.cell }, true);
      if (table.title && table.title.cell !== table.name.cell) {
        const at = { sheet: table.sheet, cell: table.title.cell };
        const raw = textOf(getCell(wb, at));
        if (raw.includes(old)) replaceIn(at, false);
        else {
          // A numbered title naming the project in other words ("3.东丽区接待中心运行费用绩效目标表"); generic titles stay.
          const m = NUMBERED_TITLE.exec(raw);
          if (m) {
            setCell(wb, at, `${m[1]}${name}${m[3]}`);
            cells.push(at);
          }
        }
      }
      const entry = pairs.get(table);
      if (entry) replaceIn(entry.at, true);
      const where = cells.map((c) => (c.sheet === table.sheet ? c.cell : `${c.sheet}!${c.cell}`)).join(", ");
      return { kind: "rename-project", description: `${table.sheet}: “${old}” → “${name}” (${where})`, cells, tables: [table.id], detail: { from: old, to: name }, expected: () => false };
    },
  }));
}

/** Values of a row and of another row can be swapped column by column unless a merge says otherwise. */
function swappableColumns(grid: Grid, r1: number, r2: number, left: number, right: number): number[] | null {
  const cols: number[] = [];
  for (let c = left; c <= right; c++) {
    const m1 = mergeAt(grid, r1, c);
    const m2 = mergeAt(grid, r2, c);
    if (m1 && m1 === m2) continue; // a merged 一级 / 二级 shared by both rows
    if (!m1 && !m2) {
      cols.push(c);
      continue;
    }
    if (!m1 || !m2) return null;
    const flat1 = m1.top === r1 && m1.bottom === r1;
    const flat2 = m2.top === r2 && m2.bottom === r2;
    if (!flat1 || !flat2 || m1.left !== m2.left || m1.right !== m2.right) return null;
    if (c === m1.left) cols.push(c);
  }
  return cols;
}

function reorderSites(base: Baseline): Site[] {
  const out: Site[] = [];
  for (const table of projects(base)) {
    const refs = indicatorRefs(base, table);
    const groups = new Map<string, IndicatorRef[]>();
    for (const ref of refs) {
      const l2 = level2Name(ref);
      if (l2 === null) continue;
      const key = ref.form === "row" ? `${ref.ind.level1?.cell ?? ""}|${stripSpaces(l2)}` : `${ref.parts[0]}|${ref.parts[1]}`;
      groups.set(key, [...(groups.get(key) ?? []), ref]);
    }
    for (const group of groups.values()) {
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const a = group[i]!;
          const b = group[j]!;
          if (a.form === "encoded" && b.form === "encoded") {
            if (a.parts.join("；") === b.parts.join("；")) continue;
            out.push({
              kind: "reorder-indicators",
              label: `${a.at.sheet}!${a.at.cell} items ${a.item + 1}↔${b.item + 1}`,
              apply(wb) {
                const items = splitEncoded(textOf(getCell(wb, a.at)));
                [items[a.item], items[b.item]] = [items[b.item]!, items[a.item]!];
                setCell(wb, a.at, joinEncoded(items));
                return {
                  kind: "reorder-indicators",
                  description: `${a.at.sheet}!${a.at.cell}: items ${a.item + 1} and ${b.item + 1} swapped`,
                  cells: [a.at],
                  tables: [table.id],
                  detail: { first: a.item, second: b.item },
                  expected: () => false,
                };
              },
            });
            continue;
          }
          if (a.form !== "row" || b.form !== "row" || a.ind.row === b.ind.row) continue;
          const grid = base.grids.sheets.find((g) => g.sheet === table.sheet)!;
          const cols = swappableColumns(grid, a.ind.row, b.ind.row, table.range.left, table.range.right);
          const r1 = a.ind.row;
          const r2 = b.ind.row;
          if (!cols || cols.every((c) => (grid.cells[r1]?.[c] ?? null) === (grid.cells[r2]?.[c] ?? null))) continue;
          out.push({
            kind: "reorder-indicators",
            label: `${table.sheet} rows ${r1 + 1}↔${r2 + 1}`,
            apply(wb) {
              const g = sheetOf(wb, table.sheet);
              const cells: SheetCell[] = [];
              for (const c of cols) {
                const x = g.cells[r1]?.[c] ?? null;
                const y = g.cells[r2]?.[c] ?? null;
                if (x === y) continue;
                setCell(wb, { sheet: table.sheet, cell: a1(r1, c) }, y);
                setCell(wb, { sheet: table.sheet, cell: a1(r2, c) }, x);
                cells.push({ sheet: table.sheet, cell: a1(r1, c) }, { sheet: table.sheet, cell: a1(r2, c) });
              }
              return {
                kind: "reorder-indicators",
                description: `${table.sheet} “${table.id}”: rows ${r1 + 1} and ${r2 + 1} swapped (${level2Name(a)})`,
                cells,
                tables: [table.id],
                detail: { first: r1, second: r2 },
                expected: () => false,
              };
            },
          });
        }
      }
    }
  }
  return out;
}

/**
 * Where a block starts: a project block at its title row; a summary table at its title, or at the top
 * of the sheet when it is the sheet's first table (its title and unit lines belong to it).
 */
function blockStart(base: Baseline, table: Table): number {
  if (table.kind !== "budget-summary") return table.range.top;
  const title = table.titleCell ? parseA1(table.titleCell) : null;
  if (title) return Math.min(title.row, table.range.top);
  const earlier = base.parsed.tables.some((t) => t !== table && t.sheet === table.sheet && t.range.top < table.range.top);
  return earlier ? table.range.top : 0;
}

/** 1–3 blank rows inserted above a block (a project block or a summary table; list rows are not blocks). */
function moveBlockSites(base: Baseline): Site[] {
  const out: Site[] = [];
  const tops = new Map<string, { sheet: string; top: number; ids: string[] }>();
  for (const t of base.parsed.tables) {
    if (t.kind === "project" && t.layout === "list") continue;
    const top = blockStart(base, t);
    const key = `${t.sheet}|${top}`;
    const entry = tops.get(key) ?? { sheet: t.sheet, top, ids: [] };
    entry.ids.push(t.id);
    tops.set(key, entry);
  }
  for (const { sheet, top, ids } of tops.values()) {
    out.push({
      kind: "move-block",
      label: `${sheet} row ${top + 1}`,
      apply(wb, rng) {
        const count = rng.int(1, 3);
        insertRows(sheetOf(wb, sheet), top, count);
        return {
          kind: "move-block",
          description: `${sheet}: ${count} blank row(s) inserted before row ${top + 1} (${ids.join(", ")})`,
          cells: [],
          tables: ids,
          inserted: { sheet, at: top, count },
          detail: { at: top, count },
          expected: () => false,
        };
      },
    });
  }
  return out;
}

export const KINDS: readonly KindDefinition[] = [
  { id: "wrong-total", neutral: false, summary: "预算数, a 合计 / subtotal / 类 / 款 row amount or a list row's 总计 off by 2–30% (at least 1–5 units of the last decimal)", sites: wrongTotalSites },
  { id: "cost-above-budget", neutral: false, summary: "a 成本 indicator set to ≤ 1.5 × 预算数 in the table's unit", sites: costAboveBudgetSites },
  { id: "dropped-category", neutral: false, summary: "every indicator of one required 一级 removed, where another 一级 remains (block rows blanked; encoded items deleted)", sites: droppedCategorySites },
  { id: "misfiled-level2", neutral: false, summary: "a correctly filed 二级 replaced by one that belongs under another 一级 of the table's framework (satisfaction names under 满意度 are near misses and not used)", sites: misfiledLevel2Sites },
  { id: "rate-over-100", neutral: false, summary: "a percentage target of a rate (…率, 比例, 满意度) set to ≥101–150%", sites: rateOver100Sites },
  { id: "decreasing-plan", neutral: false, summary: "a later 资金支出计划 point set to 20–90% of an earlier one", sites: decreasingPlanSites },
  { id: "weights-off", neutral: false, summary: "one 指标分值权重 changed by ±1–15 so the total leaves {90, 100}", sites: weightsOffSites },
  { id: "rename-project", neutral: true, summary: "项目名称 renamed, with its title and its 项目支出表 row", sites: renameSites },
  { id: "reorder-indicators", neutral: true, summary: "two indicators of the same 二级 group swapped (merged 一级 / 二级 cells kept)", sites: reorderSites },
  { id: "move-block", neutral: true, summary: "1–3 blank rows inserted above a block; the rest of the sheet and its merges shift down", sites: moveBlockSites },
];

export function kindById(id: MutationKind): KindDefinition {
  return KINDS.find((k) => k.id === id)!;
}
