import { rememberedByText } from "../text/memo";
import { labelKey } from "../text/normalize";
import { categoryKeyOf, LEVEL1_NAMES, LEVEL2_2021, LEVEL2_LEGACY, LEVEL2_SYNONYMS, REQUIRED_LEVEL1, type Level1 } from "../vocabulary/categories";

export type { Level1 };

/** Which indicator framework a table follows: 2021 (财预〔2021〕101号, 成本 a 一级) or legacy (成本 a 二级 under 产出). */
export type Framework = "2021" | "legacy";
export type ProfileSetting = "auto" | Framework;

/** A cell outside the indicator rows that states the workbook's framework: instructions listing the 一级指标 with or without 成本. */
export interface FrameworkStatement {
  readonly sheet: string;
  readonly cell: string;
  readonly framework: Framework;
}

/**
 * The framework a table is held to and why: set by the profile; shown by the table's own rows; followed from the
 * tables of its sheet; the workbook's (its instructions, or all its tables that show one, agree); or the default.
 */
export interface FrameworkBasis {
  readonly framework: Framework;
  readonly because: "profile" | "table" | "sheet" | "workbook" | "default";
  /** For `workbook`: what the workbook showed, and where (sheet!cell): the statement, or the first table's 成本 cell. */
  readonly evidence?: "notes" | "tables";
  readonly source?: string;
}


/**
 * Canonical category name: drops spaces, score suffixes like (50分), template numbering,
 * and the trailing 指标 / 类 that provinces add or omit.
 */
export const categoryKey = rememberedByText(10_000, (text) => categoryKeyOf(labelKey(text)));

const LEVEL1: ReadonlyMap<string, Level1> = new Map(LEVEL1_NAMES.map((l) => [l, l]));

export function level1Of(text: string): Level1 | null {
  return LEVEL1.get(categoryKey(text)) ?? null;
}

const LEVEL2_ALIASES: ReadonlyMap<string, string> = new Map(LEVEL2_SYNONYMS.flatMap(([canonical, ...synonyms]) => synonyms.map((s) => [s, canonical] as const)));

export function level2Key(text: string): string {
  const key = categoryKey(text);
  return LEVEL2_ALIASES.get(key) ?? key;
}

export function allowedLevel2(framework: Framework, level1: Level1): readonly string[] {
  return (framework === "2021" ? LEVEL2_2021 : LEVEL2_LEGACY)[level1];
}

export function requiredLevel1(framework: Framework): readonly Level1[] {
  return REQUIRED_LEVEL1[framework];
}

/** Every 二级 name known in either framework, canonical. */
export function isKnownLevel2(text: string): boolean {
  const key = level2Key(text);
  for (const table of [LEVEL2_2021, LEVEL2_LEGACY]) {
    for (const list of Object.values(table)) if (list.includes(key)) return true;
  }
  return false;
}

/** The 一级 a 二级 belongs to in a framework, when it belongs to exactly one. */
export function parentOfLevel2(framework: Framework, level2: string): Level1 | null {
  const key = level2Key(level2);
  const table = framework === "2021" ? LEVEL2_2021 : LEVEL2_LEGACY;
  for (const [l1, list] of Object.entries(table) as [Level1, readonly string[]][]) {
    if (list.includes(key)) return l1;
  }
  return null;
}

/** Display name as the templates write it: 数量 → 数量指标. */
export function displayCategory(key: string): string {
  return `${key}指标`;
}
