/** Why a target that reads as qualitative text is not real text (an Excel error, a placeholder, a number without its figure). */
import { stripSpaces } from "../text/normalize";
import { numeralsToHalfWidth } from "./number-text";
import { canonicalUnit } from "./units";
import { alternation } from "../vocabulary/match";
import { TARGET_PLACEHOLDER_WORDS } from "../vocabulary/target-words";

export type UnreadableKind = "formulaError" | "placeholder" | "noNumber" | "malformed";

/** Excel error values, which arrive as their text. */
const FORMULA_ERROR = /^#(?:REF|VALUE|N\/A|DIV\/0|NAME|NUM|NULL|SPILL|CALC|GETTING_DATA)[!?]?$/iu;
/** A placeholder word, or a row of x, × or * marks. */
const PLACEHOLDER_WORDS = new RegExp(`^(?:${alternation(TARGET_PLACEHOLDER_WORDS)}|x+|×+|\\*+|＊+)$`, "iu");
const OPERATOR_SYMBOLS = /^[≥≤<>=≧≦⩾⩽]+/u;
const DATE = /^\d{4}[./-]\d{1,2}(?:[./-]\d{1,2})?$/u;
/** 7×24 (round the clock) reads as a figure, not as broken input. */
const PRODUCT = /^\d+[×*xX]\d+/u;

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
