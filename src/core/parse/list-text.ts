import { displayCategory, isKnownLevel2, level1Of, parentOfLevel2, allowedLevel2, level2Key, type Level1 } from "../model/framework";
import type { Indicator } from "../model/model";
import { OUTLINE_NUMERALS } from "../vocabulary/categories";
import { LIST_ITEM_VALUE_WORDS } from "../vocabulary/list-headers";
import { OPERATOR_WORDS } from "../vocabulary/operators";
import { indicatorColumnOf } from "../vocabulary/labels";
import { labelKey } from "../text/normalize";
import { parseIndicatorValue } from "../value/parse-indicator-value";
import { indicatorInCell } from "./encoded";

/**
 * Indicators written as plain text in one cell of a list (one row per project):
 * "1、产出指标-数量指标-培训人数：≥100人；2、质量指标-培训合格率：≥95%" or
 * "产出指标：1.培训人数：≥100人；2.…". The cell is a sequence of items (split on ；; 。, line breaks and
 * item numbering 1、 (1) ①); each item names its categories joined by a separator (- — － / ｜ >) and
 * its target after ： or : (or 为 / 达到, or run into its name: 培训人数≥100人). The categories are known by
 * the vocabulary, so an item may give only the 二级 (the 一级 follows from it) or only the 三级 under a
 * category heading earlier in the cell, and may follow its 二级's colon (数量指标：培训人数≥100人). An item
 * may also be written as labelled fields, "一级指标：产出指标；二级指标：数量指标；三级指标：培训人数；指标值：≥100人".
 * Every indicator points at the cell; what cannot be read is counted, never dropped without a word.
 */
export interface ListCellReading {
  readonly indicators: Indicator[];
  /** Items that name no category (none given and no heading before them) or cannot be split into a name and a target. */
  readonly unreadItems: number;
  /** Items read as indicators whose target is empty. */
  readonly itemsWithoutValue: number;
}

const ITEM_BREAK = /[；;。\r\n]+/u;
/** An item's number where it opens the text or follows a space, a comma or a colon: 1、 2. 3) (4) ⑤ 六、. */
const ITEM_NUMBER = `(?:\\d{1,2}\\s*(?:[、)）]|[.．](?!\\d))|[(（]\\s*(?:\\d{1,2}|[${OUTLINE_NUMERALS}]{1,3})\\s*[)）]|[\\u2460-\\u2473]|[${OUTLINE_NUMERALS}]{1,3}\\s*[、.．])`;
const NUMBERED_SPLIT = new RegExp(`(?<=[\\s,，:：])(?=${ITEM_NUMBER})`, "u");
const LEADING_NUMBER = new RegExp(`^\\s*${ITEM_NUMBER}\\s*`, "u");
const LEVEL_SEPARATOR = /\s*(?:[-－—–/／｜|>＞]+)\s*/gu;
const COLON = /[:：]/u;
const HAS_FIGURE = /[0-9０-９]/u;
const OPERATOR_WORD_SET: ReadonlySet<string> = new Set(OPERATOR_WORDS.map(([w]) => w));

interface Categories {
  readonly level1: string | null;
  readonly level2: string | null;
}

export function readIndicatorText(text: string, cell: string, row: number): ListCellReading {
  const indicators: Indicator[] = [];
  let unreadItems = 0;
  let itemsWithoutValue = 0;
  let heading: Categories = { level1: null, level2: null };
  let fields = null as Fields | null;
  const closeFields = (): void => {
    if (!fields) return;
    const read = fromFields(fields, heading);
    fields = null;
    if (!read) unreadItems++;
    else {
      indicators.push(indicatorInCell(cell, row, read));
      if (read.value === null) itemsWithoutValue++;
    }
  };
  for (const piece of itemsOf(text)) {
    // A field already given opens the next indicator's fields.
    const field = labelledField(piece);
    if (field) {
      if (fields?.[field.column] !== undefined) closeFields();
      fields = { ...fields, [field.column]: field.value };
      continue;
    }
    closeFields();
    let read = readItem(piece, heading);
    // A heading sets the categories of the items after it, and may hold the first of them (产出指标：数量指标-…：…).
    while (read.kind === "heading") {
      heading = read.categories;
      if (read.rest === null) break;
      read = readItem(read.rest, heading);
    }
    if (read.kind === "heading") continue;
    if (read.kind === "unread") {
      unreadItems++;
      continue;
    }
    indicators.push(indicatorInCell(cell, row, read));
    if (read.value === null) itemsWithoutValue++;
  }
  closeFields();
  return { indicators, unreadItems, itemsWithoutValue };
}

type FieldColumn = "level1" | "level2" | "level3" | "value" | "annualValue" | "periodValue";
type Fields = Partial<Record<FieldColumn, string | null>>;
const FIELD_COLUMNS: ReadonlySet<string> = new Set<FieldColumn>(["level1", "level2", "level3", "value", "annualValue", "periodValue"]);

/** "三级指标：培训人数": an indicator's field named by an indicator header word, with what it holds. */
function labelledField(piece: string): { column: FieldColumn; value: string | null } | null {
  const colon = COLON.exec(piece);
  if (!colon) return null;
  const column = indicatorColumnOf(labelKey(piece.slice(0, colon.index)));
  if (column === null || !FIELD_COLUMNS.has(column)) return null;
  const value = piece.slice(colon.index + 1).trim();
  return { column: column as FieldColumn, value: value === "" ? null : value };
}

/** The indicator labelled fields give; a 一级 or 二级 not given comes from the other or the heading, as in an item. */
function fromFields(fields: Fields, heading: Categories): { level1: string; level2: string | null; level3: string | null; value: string | null; periodValue: string | null } | null {
  const level3 = fields.level3 ?? null;
  const annual = fields.annualValue ?? null;
  const value = annual ?? fields.value ?? fields.periodValue ?? null;
  if (level3 === null && value === null) return null;
  const given = [fields.level1, fields.level2].filter((c): c is string => !!c);
  // The labels say which is the 一级: one the vocabulary does not know is kept as written, for the rules to report.
  const categories = fields.level1 ? { level1: fields.level1, level2: fields.level2 ?? null } : given.length > 0 ? categoriesOf(given, heading) : heading;
  if (!categories?.level1) return null;
  return { level1: categories.level1, level2: categories.level2, level3, value, periodValue: annual !== null ? fields.periodValue ?? null : null };
}

/** The cell's items, numbers stripped, blanks left out. */
function itemsOf(text: string): string[] {
  return text
    .split(ITEM_BREAK)
    .flatMap((chunk) => chunk.split(NUMBERED_SPLIT))
    .map((s) => s.replace(LEADING_NUMBER, "").replace(/[\s,，.]+$/u, "").trim())
    .filter((s) => s !== "");
}

type ItemReading =
  | { kind: "heading"; categories: Categories; rest: string | null }
  | { kind: "indicator"; level1: string; level2: string | null; level3: string; value: string | null }
  | { kind: "unread" };

function readItem(piece: string, heading: Categories): ItemReading {
  const { name, value } = nameAndValue(piece);
  const parts = partsOf(name);
  if (parts.length === 0) return { kind: "unread" };
  const categoryAt = (i: number): "level1" | "level2" | null => (level1Of(parts[i]!.text) !== null ? "level1" : isKnownLevel2(parts[i]!.text) ? "level2" : null);
  const allCategories = parts.every((_, i) => categoryAt(i) !== null);
  // 产出指标： / 数量指标： over the items after it, or 产出指标：数量指标-培训人数：≥100人 with the item in the same piece.
  if (allCategories && (value === null || COLON.test(value))) {
    const categories = categoriesOf(parts.map((p) => p.text), heading);
    return categories ? { kind: "heading", categories, rest: value } : { kind: "unread" };
  }
  if (value !== null && COLON.test(value)) return { kind: "unread" };
  // 数量指标：培训人数≥100人: the item follows its 二级's colon, its name run into its target (or the target alone).
  if (allCategories && value !== null) {
    const categories = categoriesOf(parts.map((p) => p.text), heading);
    if (categories?.level1 && categories.level2) {
      const item = nameAndValue(value);
      const named = item.value !== null && item.name !== "";
      return { kind: "indicator", level1: categories.level1, level2: categories.level2, level3: named ? item.name : name, value: item.value ?? value };
    }
  }
  // Leading categories, the 三级 after them (never consumed: 服务对象满意度 may be the name of its own 二级).
  let i = 0;
  const given: string[] = [];
  const last = parts.length - 1;
  if (i < last && categoryAt(i) !== null) given.push(parts[i++]!.text);
  if (given.length === 1 && level1Of(given[0]!) !== null && i < last && isKnownLevel2(parts[i]!.text)) given.push(parts[i++]!.text);
  const level3 = name.slice(parts[i]!.start).trim();
  const categories = given.length > 0 ? categoriesOf(given, heading) : heading;
  if (!categories?.level1) return { kind: "unread" };
  return { kind: "indicator", level1: categories.level1, level2: categories.level2, level3, value };
}

/** The categories a run of category names gives, under the heading before them; null when they contradict each other. */
function categoriesOf(names: readonly string[], heading: Categories): Categories | null {
  const [first, second] = names;
  if (names.length > 2 || first === undefined) return null;
  const l1 = level1Of(first);
  if (l1 !== null && second === undefined && !(heading.level1 && under(heading.level1, first))) return { level1: first, level2: null };
  if (l1 !== null && second !== undefined) return isKnownLevel2(second) ? { level1: first, level2: second } : null;
  if (second !== undefined) return null;
  // A 二级 alone: under the heading's 一级 when it belongs there, else under its own.
  if (heading.level1 && under(heading.level1, first)) return { level1: heading.level1, level2: first };
  const parent = parentOfLevel2("2021", first) ?? parentOfLevel2("legacy", first);
  return parent ? { level1: displayCategory(parent), level2: first } : null;
}

/** True when the 二级 belongs under the 一级 in either framework (成本指标 under 产出指标 in the legacy one). */
function under(level1: string, level2: string): boolean {
  const l1: Level1 | null = level1Of(level1);
  if (!l1) return false;
  const key = level2Key(level2);
  return allowedLevel2("2021", l1).includes(key) || allowedLevel2("legacy", l1).includes(key);
}

/**
 * The name before the first colon and the target after it; without a colon, the target after 达到 / 为
 * when it holds a figure, else a figure with its operator or unit run into the name (培训人数≥100人).
 */
function nameAndValue(piece: string): { name: string; value: string | null } {
  const colon = COLON.exec(piece);
  if (colon) {
    const value = piece.slice(colon.index + 1).trim();
    return { name: piece.slice(0, colon.index).trim(), value: value === "" ? null : value };
  }
  for (const word of LIST_ITEM_VALUE_WORDS) {
    const at = piece.lastIndexOf(word);
    if (at <= 0) continue;
    const rest = piece.slice(at + word.length).trim();
    if (rest === "" || !HAS_FIGURE.test(rest)) continue;
    return { name: piece.slice(0, at).trim(), value: OPERATOR_WORD_SET.has(word) ? `${word}${rest}` : rest };
  }
  const parsed = parseIndicatorValue(piece);
  const name = parsed.kind === "number" ? parsed.prefix : "";
  if (name !== "" && piece.trim().startsWith(name)) return { name, value: piece.trim().slice(name.length).trim() };
  return { name: piece.trim(), value: null };
}

/** The parts of a name between level separators, with where each starts in the name. */
function partsOf(name: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (const m of name.matchAll(LEVEL_SEPARATOR)) {
    const text = name.slice(start, m.index).trim();
    if (text !== "") out.push({ text, start });
    start = m.index + m[0].length;
  }
  const last = name.slice(start).trim();
  if (last !== "") out.push({ text: last, start });
  return out;
}
