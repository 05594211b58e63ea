/**
 * Units of indicator values (%, 人次, 平方米, 万元/人/年 …): the canonical spelling of a unit and its family,
 * looked up in the vocabulary's unit lists.
 */

import { MONEY_UNIT_FACTORS, UNIT_ALIASES, UNIT_FAMILIES, type MoneyUnit, type UnitFamily } from "../vocabulary/units";

export type { UnitFamily };

/** Money units an indicator value or an amount can carry. */
export type CurrencyUnit = MoneyUnit;

const FAMILY_OF = new Map<string, UnitFamily>(
  (Object.keys(UNIT_FAMILIES) as UnitFamily[]).flatMap((family) =>
    UNIT_FAMILIES[family].map((unit): [string, UnitFamily] => [unit, family]),
  ),
);

/** The canonical spelling of a unit, or null when the unit is not in the vocabulary. */
export function canonicalUnit(unit: string): string | null {
  if (FAMILY_OF.has(unit)) return unit;
  return UNIT_ALIASES.get(unit) ?? UNIT_ALIASES.get(unit.toLowerCase()) ?? null;
}

/** True for oddities such as "天数", "人数", "次数": a known unit followed by 数, kept as written. */
export function isCountedUnit(unit: string): boolean {
  return unit.length > 1 && unit.endsWith("数") && canonicalUnit(unit.slice(0, -1)) !== null;
}

export function isMoneyUnit(unit: string | null): unit is CurrencyUnit {
  return unit !== null && Object.hasOwn(MONEY_UNIT_FACTORS, unit);
}

/** How many 元 one unit is worth. */
export function moneyUnitFactor(unit: CurrencyUnit): number {
  return MONEY_UNIT_FACTORS[unit];
}

/** The family of a unit (canonical or as written); "天数" counts as duration because it names days. */
export function unitFamily(unit: string | null): UnitFamily {
  if (unit === null) return "other";
  const canonical = canonicalUnit(unit) ?? (isCountedUnit(unit) ? canonicalUnit(unit.slice(0, -1)) : null);
  return canonical === null ? "other" : (FAMILY_OF.get(canonical) ?? "other");
}
