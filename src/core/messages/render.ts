import { ruleById } from "../rules";
import type { Diagnostic, DiagnosticData, Localized, Suggestion } from "../types";

export type Locale = "zh-CN" | "en";

const BLANK: Localized = { zh: "空白", en: "blank" };

/** Formats a number the way the tables print it: integers plain, fractions with at least two decimals. */
export function formatNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  const fixed = n.toFixed(6).replace(/0+$/u, "");
  const decimals = fixed.length - fixed.indexOf(".") - 1;
  return n.toFixed(Math.max(2, Math.min(decimals, 6)));
}

const MONEY_KEYS = new Set(["total", "fiscal", "other", "sum", "diff", "amount", "previousAmount", "converted", "value", "income", "expense", "listAmount", "tableAmount"]);

function decimalsOf(n: number): number {
  const fixed = n.toFixed(6).replace(/0+$/u, "");
  return fixed.length - fixed.indexOf(".") - 1;
}

/** Enumerated data values that read differently per language. */
const ENUM_NAMES: Readonly<Record<string, Readonly<Record<string, Localized>>>> = {
  framework: {
    "2021": { zh: "2021版（财预〔2021〕101号）", en: "2021 (财预〔2021〕101号)" },
    legacy: { zh: "原通用", en: "legacy" },
  },
  missing: {
    name: { zh: "项目名称", en: "project name" },
    budget: { zh: "预算数", en: "budget" },
    "fund-source": { zh: "资金来源", en: "source of funds" },
    "indicator-header": { zh: "指标表头", en: "indicator header" },
    indicators: { zh: "指标行", en: "indicator rows" },
    "indicator-values": { zh: "指标值", en: "target values" },
    "indicator-names": { zh: "三级指标", en: "indicator names" },
    "indicator-columns": { zh: "部分指标列", en: "indicator columns" },
  },
};

/** Lists read as alternatives ("90 分或 100 分") rather than as an enumeration, by data key. */
const LIST_JOINS: Readonly<Record<string, Localized>> = {
  acceptedTotals: { zh: " 分或 ", en: " or " },
};

export function fillTemplate(template: string, data: DiagnosticData, locale: Locale): string {
  return template.replace(/\{(\w+)\}/gu, (_, key: string) => {
    const v = data[key];
    if (v === undefined) return `{${key}}`;
    if (v === null) return localized(BLANK, locale);
    if (isList(v)) return v.map((item) => pickNamed(key, item, locale)).join(LIST_JOINS[key] ? localized(LIST_JOINS[key], locale) : locale === "en" ? ", " : "、");
    const named = typeof v === "string" ? ENUM_NAMES[key]?.[v] : undefined;
    if (named) return localized(named, locale);
    if (typeof v !== "number") return v;
    // Money in a 万元 table prints with the two decimals the tables show (9 → 9.00).
    return data.unit === "万元" && MONEY_KEYS.has(key) ? v.toFixed(Math.max(2, decimalsOf(v))) : formatNumber(v);
  });
}

function isList(v: DiagnosticData[string]): v is readonly string[] {
  return Array.isArray(v);
}

function pickNamed(key: string, item: string, locale: Locale): string {
  const named = ENUM_NAMES[key]?.[item];
  return named ? localized(named, locale) : item;
}

/** The text of a { zh, en } pair in `locale`: every table of words for people chooses through this. */
export function localized(l: Localized, locale: Locale): string {
  return locale === "en" ? l.en : l.zh;
}

/** Renders a diagnostic's message from its rule's message table; the core never stores sentences. */
export function renderMessage(d: Pick<Diagnostic, "rule" | "messageId" | "data">, locale: Locale = "zh-CN"): string {
  const template = ruleById(d.rule)?.meta.messages[d.messageId];
  if (!template) return `${d.rule}/${d.messageId}`;
  return fillTemplate(localized(template, locale), d.data, locale);
}

export function renderSuggestion(rule: string, s: Suggestion, locale: Locale = "zh-CN"): string {
  return renderMessage({ rule, messageId: s.messageId, data: s.data }, locale);
}

export function ruleDescription(rule: string, locale: Locale = "zh-CN"): string {
  const r = ruleById(rule);
  return r ? localized(r.meta.description, locale) : rule;
}

const SEVERITY: Record<Diagnostic["severity"], Localized> = {
  error: { zh: "错误", en: "error" },
  warning: { zh: "警告", en: "warning" },
  info: { zh: "提示", en: "info" },
};

export function severityLabel(s: Diagnostic["severity"], locale: Locale = "zh-CN"): string {
  return localized(SEVERITY[s], locale);
}
