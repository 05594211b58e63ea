import { labelKey } from "../text/normalize";

/** Which indicator framework a table follows (domain.md "The indicator framework"). */
export type Framework = "2021" | "legacy";
export type ProfileSetting = "auto" | Framework;

export type Level1 = "产出" | "效益" | "满意度" | "成本";

/**
 * Canonical category name: drops spaces, score suffixes like (50分), template numbering,
 * and the trailing 指标 / 类 that provinces add or omit.
 */
export function categoryKey(text: string): string {
  let key = CATEGORY_KEYS.get(text);
  if (key === undefined) {
    key = computeCategoryKey(text);
    if (CATEGORY_KEYS.size >= 10_000) CATEGORY_KEYS.clear();
    CATEGORY_KEYS.set(text, key);
  }
  return key;
}

const CATEGORY_KEYS = new Map<string, string>();

function computeCategoryKey(text: string): string {
  return labelKey(text)
    .replace(/[(（][^)）]*分[)）]$/u, "")
    .replace(/^\d+[-.、]/u, "")
    .replace(/(指标|类指标|类)$/u, "");
}

const LEVEL1: Record<string, Level1> = { 产出: "产出", 效益: "效益", 满意度: "满意度", 成本: "成本" };

export function level1Of(text: string): Level1 | null {
  return LEVEL1[categoryKey(text)] ?? null;
}

/** 二级 names accepted under each 一级, per framework; aliases map to the canonical name. */
const LEVEL2_2021: Record<Level1, readonly string[]> = {
  成本: ["经济成本", "社会成本", "生态环境成本"],
  产出: ["数量", "质量", "时效"],
  效益: ["经济效益", "社会效益", "生态效益", "可持续影响"],
  满意度: ["服务对象满意度"],
};

const LEVEL2_LEGACY: Record<Level1, readonly string[]> = {
  成本: [],
  产出: ["数量", "质量", "时效", "成本"],
  效益: ["经济效益", "社会效益", "生态效益", "可持续影响", "社会公众或服务对象满意度"],
  满意度: ["服务对象满意度"],
};

const LEVEL2_ALIASES: Record<string, string> = {
  生态环境效益: "生态效益",
  可持续影响效益: "可持续影响",
  服务对象满意: "服务对象满意度",
  社会公众满意度: "社会公众或服务对象满意度",
  经济成本: "经济成本",
};

export function level2Key(text: string): string {
  const key = categoryKey(text);
  return LEVEL2_ALIASES[key] ?? key;
}

export function allowedLevel2(framework: Framework, level1: Level1): readonly string[] {
  return (framework === "2021" ? LEVEL2_2021 : LEVEL2_LEGACY)[level1];
}

export function requiredLevel1(framework: Framework): readonly Level1[] {
  return framework === "2021" ? ["成本", "产出", "效益", "满意度"] : ["产出", "效益", "满意度"];
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
