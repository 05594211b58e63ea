/**
 * Budget amount cells (预算数, 财政资金, 资金支出计划 …) read into the table's money unit, with the
 * decimals that set the comparison tolerance (published figures are rounded).
 */
import { cellText, stripSpaces } from "../text/normalize";
import type { MoneyUnitName, ParsedAmount } from "./indicator-value";
import { NUMBER_SOURCE, cleanFloat, decimalsOfNumber, numeralsToHalfWidth, readNumberText } from "./number-text";
import { type CurrencyUnit, moneyUnitFactor } from "./units";
import { alternation } from "../vocabulary/match";
import { AMOUNT_SUFFIX_FACTORS } from "../vocabulary/units";

/** Written where an amount was deliberately left out; it reads as nothing rather than 0. */
const BLANK_WORDS = /^[(（]?空[)）]?$/u;
/** Dashes, slashes and 无 in an amount cell mean "none", which is 0. */
const NIL_WORDS = /^(?:[-—–‐―─~/\\]+|无|零)$/u;
const AMOUNT = new RegExp(`^([-+]?)[¥￥]?(${NUMBER_SOURCE})(${alternation(Object.keys(AMOUNT_SUFFIX_FACTORS))})?$`, "u");
/** Accounting style for a negative amount: (1,234.50). */
const PARENTHESISED = /^[(（](.*)[)）]$/u;


/**
 * An amount cell in the table's unit; null when blank or unreadable (the rule that needs the amount
 * reports that). `converted` is true whenever the text carried a magnitude or unit, even the table's own.
 */
export function parseAmount(raw: string | number | boolean | null, tableUnit: MoneyUnitName): ParsedAmount | null {
  if (typeof raw === "number") {
    return Number.isFinite(raw) ? { value: raw, decimals: decimalsOfNumber(raw), fromText: false, converted: false } : null;
  }
  if (typeof raw === "boolean") return null;
  const text = stripSpaces(numeralsToHalfWidth(cellText(raw)).text);
  if (text === "" || BLANK_WORDS.test(text)) return null;
  if (NIL_WORDS.test(text)) return { value: 0, decimals: 0, fromText: true, converted: false };

  const parenthesised = PARENTHESISED.exec(text);
  const match = AMOUNT.exec(parenthesised === null ? text : parenthesised[1]);
  if (match === null) return null;
  const [, sign, numberText, suffix] = match;
  const negative = sign === "-" || parenthesised !== null;
  const number = readNumberText(numberText);
  const signed = negative ? -number.value : number.value;
  if (suffix === undefined) return { value: signed, decimals: number.decimals, fromText: true, converted: false };

  const ratio = AMOUNT_SUFFIX_FACTORS[suffix]! / moneyUnitFactor(tableUnit);
  return {
    value: cleanFloat(signed * ratio),
    // Precision moves with the unit: "1.5亿元" is known to 0.1亿 = 1000万元, so decimals −3 in a 万元 table.
    decimals: number.decimals - Math.round(Math.log10(ratio)),
    fromText: true,
    converted: true,
  };
}

/** Converts between money units; the result is free of floating-point noise (1.1万元 → 11000元). */
export function convertMoney(value: number, from: CurrencyUnit, to: MoneyUnitName): number {
  return cleanFloat((value * moneyUnitFactor(from)) / moneyUnitFactor(to));
}
