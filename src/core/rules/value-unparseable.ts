import type { ProjectRule, RuleReport } from "./types";
import type { NumericValue } from "../value/indicator-value";
import { canonicalUnit, isCountedUnit } from "../value/units";
import { numeralsToHalfWidth } from "../value/number-text";
import { stripSpaces } from "../text/normalize";
import { displayName, displayTarget, targetsOf } from "./indicator-kinds";
import { isPlaceholder } from "./placeholder-indicator";

export type UnreadableKind = "formulaError" | "placeholder" | "noNumber" | "malformed";

/** Excel error values, which arrive as their text. */
const FORMULA_ERROR = /^#(?:REF|VALUE|N\/A|DIV\/0|NAME|NUM|NULL|SPILL|CALC|GETTING_DATA)[!?]?$/iu;
/** Words that stand in for a target not yet set; 无 is left alone (for 事故 it means none). */
const PLACEHOLDER_WORDS = /^(?:待定|待补充|待补|待填|待填写|待完善|待确定|待核定|暂定|暂无|未定|未知|不详|略|同上|tbd|todo|n\/?a|null|none|x+|×+|\*+|＊+)$/iu;
const OPERATOR_SYMBOLS = /^[≥≤<>=≧≦⩾⩽]+/u;
const DATE = /^\d{4}[./-]\d{1,2}(?:[./-]\d{1,2})?$/u;
/** 7×24 (round the clock) reads as a figure, not as broken input. */
const PRODUCT = /^\d+[×*xX]\d+/u;
/** Latin units the vocabulary lacks but a reader knows (bandwidth, storage, power …). */
const KNOWN_LATIN_UNITS = new Set(["gb", "tb", "mb", "kb", "pb", "g", "t", "m", "k", "w", "kw", "kwh", "mw", "bps", "kbps", "mbps", "gbps", "hz", "mhz", "ghz", "l", "ml", "mm", "cm", "dm", "db", "ppm", "pcs", "kv", "v", "a", "mah", "tps", "qps"]);

/**
 * Why a qualitative reading of a target is not real text: an Excel error, a placeholder, an operator or
 * unit without its number, or symbols and digits the grammar cannot read ("≥95%%", "90%-95%").
 * Null for real qualitative text (基本保障, 及时) and for numbers, periods and blanks.
 */
export function unreadableKind(text: string): UnreadableKind | null {
  const compact = numeralsToHalfWidth(stripSpaces(text)).text;
  if (compact === "") return null;
  if (FORMULA_ERROR.test(compact)) return "formulaError";
  const body = compact.replace(OPERATOR_SYMBOLS, "");
  if (body === "") return "noNumber";
  const unit = unitSuffix(body);
  const rest = unit === null ? body : body.slice(0, -unit.length);
  if (PLACEHOLDER_WORDS.test(rest)) return "placeholder";
  if (rest === "") return "noNumber";
  const hasHan = /\p{Script=Han}/u.test(compact);
  const hasLetter = /[A-Za-z]/u.test(compact);
  const hasDigit = /\d/u.test(compact);
  if (!hasHan && !hasLetter && !hasDigit) return "placeholder";
  if (!hasHan && !hasLetter && hasDigit && !DATE.test(body) && !PRODUCT.test(body)) return "malformed";
  return null;
}

const MAX_UNIT_LENGTH = 12;

/** The longest known unit the text ends with ("%", "人次", "万元"). */
function unitSuffix(text: string): string | null {
  // Units are short; trying only the last dozen characters keeps very long cells linear.
  for (let i = Math.max(0, text.length - MAX_UNIT_LENGTH); i < text.length; i++) {
    const tail = text.slice(i);
    if (canonicalUnit(tail) !== null) return tail;
  }
  return null;
}

/** A Latin-letter unit the grammar kept as written but nobody reads as a unit ("≥95xx"). */
function unknownLatinUnit(v: NumericValue): string | null {
  const units = [v.unit, ...v.per].filter((u): u is string => u !== null);
  for (const u of units) {
    if (canonicalUnit(u) !== null || isCountedUnit(u) || !/^[A-Za-z]+$/u.test(u)) continue;
    if (!KNOWN_LATIN_UNITS.has(u.toLowerCase())) return u;
  }
  return null;
}

/**
 * A filled 指标值 that is neither a number, a period nor real qualitative text. Blank values are left
 * to empty-indicator-field, template leftovers (XXX, 请填写) to placeholder-indicator, and qualitative
 * text with words in it (基本保障, 按时完成) to value-unquantified, so this rule stays narrow.
 */
export const valueUnparseable: ProjectRule = {
  scope: "project",
  meta: {
    id: "value-unparseable",
    category: "value",
    severity: "warning",
    description: { zh: "指标值无法识别", en: "An indicator value cannot be read" },
    messages: {
      formulaError: {
        zh: "“{name}”的指标值是公式错误“{text}”",
        en: "The value of “{name}” is the formula error “{text}”",
      },
      placeholder: {
        zh: "“{name}”的指标值“{text}”是占位符，不是目标值",
        en: "The value of “{name}”, “{text}”, is a placeholder, not a target",
      },
      noNumber: {
        zh: "“{name}”的指标值“{text}”缺少数值",
        en: "The value of “{name}”, “{text}”, has no number",
      },
      malformed: {
        zh: "“{name}”的指标值“{text}”无法识别为单一数值、期间或定性描述",
        en: "The value of “{name}”, “{text}”, cannot be read as one number, a period or qualitative text",
      },
      unknownUnit: {
        zh: "“{name}”的指标值“{text}”中的单位“{unit}”无法识别",
        en: "The unit “{unit}” in the value of “{name}”, “{text}”, is not a known unit",
      },
    },
    fixable: false,
    hasSuggestions: false,
    examples: {
      invalid: {
        rows: [
          ["项目名称", "示例项目"],
          ["一级指标", "二级指标", "三级指标", "指标值"],
          ["产出指标", "数量指标", "培训人数", "待定"],
          ["产出指标", "质量指标", "培训合格率", "#REF!"],
        ],
      },
      valid: {
        rows: [
          ["项目名称", "示例项目"],
          ["一级指标", "二级指标", "三级指标", "指标值"],
          ["产出指标", "数量指标", "培训人数", "≥100人"],
          ["产出指标", "质量指标", "培训合格率", "≥95%"],
          ["效益指标", "社会效益指标", "保障机关正常运转", "基本保障"],
        ],
      },
    },
  },
  check(table) {
    const out: RuleReport[] = [];
    for (const ind of table.indicators) {
      for (const t of targetsOf(ind)) {
        const data = { name: displayName(ind), text: displayTarget(t) };
        if (t.parsed.kind === "qualitative") {
          // Template leftovers (XXX, 请填写, ……) are placeholder-indicator's.
          const kind = isPlaceholder(t.text) ? null : unreadableKind(t.text);
          if (kind !== null) out.push({ messageId: kind, cell: t.cell, data });
        } else if (t.parsed.kind === "number") {
          const unit = unknownLatinUnit(t.parsed);
          if (unit !== null) out.push({ messageId: "unknownUnit", cell: t.cell, data: { ...data, unit } });
        }
      }
    }
    return out;
  },
};
