/**
 * The template library and its rendering into rows of one framework: the 一级 / 二级 skeleton in the
 * framework's order, with the project's budget, unit and year in the value patterns.
 */
import { displayCategory, level2Key, type Framework, type Level1 } from "../../model/framework";
import type { MoneyUnit } from "../../model/model";
import { labelKey } from "../../text/normalize";
import equipment from "./equipment.json";
import general from "./general.json";
import itMaintenance from "./it-maintenance.json";
import legalCounsel from "./legal-counsel.json";
import personnel from "./personnel.json";
import propertyRent from "./property-rent.json";
import specialBusiness from "./special-business.json";
import { readTemplate, type ProjectTemplate, type StandardBasis, type TemplateId, type TemplateIndicator } from "./types";
import { LEVEL2_2021, LEVEL2_LEGACY, REQUIRED_LEVEL1 } from "../../vocabulary/categories";

export type { ProjectTemplate, StandardBasis, TemplateId, TemplateIndicator } from "./types";

/** Every template, each from its data file; `guessTemplate` tries them in this order and falls back to 通用. */
export const TEMPLATES: readonly ProjectTemplate[] = (
  [
    ["legal-counsel", legalCounsel],
    ["it-maintenance", itMaintenance],
    ["property-rent", propertyRent],
    ["personnel", personnel],
    ["equipment", equipment],
    ["special-business", specialBusiness],
    ["general", general],
  ] as const
).map(([id, data]) => readTemplate(id, data));

export function templateById(id: TemplateId): ProjectTemplate {
  return TEMPLATES.find((t) => t.id === id)!;
}

/** A template named by its id, its Chinese name or an alias ("信息系统运维", "it-maintenance", "编外人员"). */
export function findTemplate(name: string): ProjectTemplate | null {
  const key = labelKey(name).toLowerCase();
  return TEMPLATES.find((t) => t.id === key || labelKey(t.name) === key || t.aliases.some((a) => labelKey(a) === key)) ?? null;
}

/** The template whose keywords a project name contains first, else 通用. */
export function guessTemplate(projectName: string): ProjectTemplate {
  const name = labelKey(projectName);
  return TEMPLATES.find((t) => t.keywords.some((k) => name.includes(k))) ?? templateById("general");
}

/** 二级 keys in the order a framework lists them, under their 一级. */
const ORDER_2021: readonly (readonly [Level1, readonly string[]])[] = REQUIRED_LEVEL1["2021"].map((l1) => [l1, LEVEL2_2021[l1]] as const);
// Templates file 满意度 as its own 一级, never as 社会公众或服务对象满意度 under 效益.
const ORDER_LEGACY: readonly (readonly [Level1, readonly string[]])[] = [
  ["产出", LEVEL2_LEGACY.产出],
  ["效益", LEVEL2_2021.效益],
  ["满意度", LEVEL2_LEGACY.满意度],
];

/** The (一级, 二级) slots of a framework in table order. */
export function frameworkSlots(framework: Framework): readonly { readonly level1: Level1; readonly level2: string }[] {
  return (framework === "2021" ? ORDER_2021 : ORDER_LEGACY).flatMap(([level1, list]) => list.map((level2) => ({ level1, level2 })));
}

export interface RenderContext {
  readonly framework: Framework;
  readonly name: string;
  /** The project's 预算数 in `unit`; null when unknown (cost targets are then left blank). */
  readonly budget: number | null;
  readonly unit: MoneyUnit;
  readonly year: number;
}

/** One indicator row of a rendered template, in the words a table writes. */
export interface RenderedIndicator {
  readonly level1: Level1;
  /** Canonical 二级 key in the rendered framework (成本 under 产出 for legacy). */
  readonly level2: string;
  readonly level1Text: string;
  readonly level2Text: string;
  readonly level3: string;
  readonly description: string;
  /** Null when the pattern needs a figure the project lacks (the budget). */
  readonly value: string | null;
  readonly basis: StandardBasis;
}

/** The template's indicators in the framework's order and words. */
export function renderTemplate(template: ProjectTemplate, context: RenderContext): RenderedIndicator[] {
  const rows = template.indicators.map((ind) => renderIndicator(ind, context));
  const slots = frameworkSlots(context.framework);
  const rank = (r: RenderedIndicator): number => {
    const i = slots.findIndex((s) => s.level1 === r.level1 && s.level2 === r.level2);
    return i < 0 ? slots.length : i;
  };
  return rows.map((r, i) => ({ r, i })).sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i).map((x) => x.r);
}

function renderIndicator(ind: TemplateIndicator, context: RenderContext): RenderedIndicator {
  // The legacy framework files every cost as the 二级 成本 under 产出.
  const legacyCost = context.framework === "legacy" && ind.level1 === "成本";
  const level1: Level1 = legacyCost ? "产出" : ind.level1;
  const level2 = legacyCost ? "成本" : level2Key(ind.level2);
  return {
    level1,
    level2,
    level1Text: displayCategory(level1),
    level2Text: displayCategory(level2),
    level3: ind.level3,
    description: fillPattern(ind.description, context) ?? ind.description,
    value: fillPattern(ind.value, context),
    basis: ind.basis,
  };
}

/** Replaces {预算数} {单位} {年度} {项目名称}; null when the budget is needed but unknown. */
export function fillPattern(pattern: string, context: RenderContext): string | null {
  if (pattern.includes("{预算数}") && context.budget === null) return null;
  const slots = new Map<string, string>([
    ["预算数", context.budget === null ? "" : formatAmount(context.budget)],
    ["单位", context.unit],
    ["年度", String(context.year)],
    ["项目名称", context.name],
  ]);
  return pattern.replace(/\{([^{}]+)\}/gu, (slot, name: string) => slots.get(name) ?? slot);
}

/** An amount as a target writes it: no thousands separators, no trailing zeros (72.9, 53184). */
export function formatAmount(value: number): string {
  return String(Math.round(value * 100) / 100);
}
