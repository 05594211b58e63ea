/**
 * One reading of a check configuration, wherever it comes from: the CLI's --config file, the
 * settings a workbook carries, the task pane's saved settings. Each field is kept when it is valid
 * and named in `problems` when it is not; an unknown rule id is a problem like any other, never
 * silently kept or dropped. Hosts decide what a problem means for them (the CLI refuses the file,
 * the add-in falls back to the default of that field and can say why).
 */
import type { ProfileSetting } from "../model/framework";
import { ruleById } from "../rules";
import type { CheckConfig, Severity } from "../types";

/** The bounds every host applies. */
export const CONFIG_BOUNDS = {
  /** Percent: a satisfaction target below the floor is reported. */
  satisfactionFloor: { min: 0, max: 100 },
  /** Accepted weight totals: finite numbers above 0, at least one. */
  weightTotal: { above: 0 },
} as const;

export const PROFILES: readonly ProfileSetting[] = ["auto", "2021", "legacy"];
export const RULE_SETTINGS: readonly (Severity | "off")[] = ["error", "warning", "info", "off"];
const FIELDS = ["profile", "satisfactionFloor", "weightTotals", "rules"] as const;

export type ConfigProblemKind =
  /** The configuration is not an object ({ … }). */
  | "not-an-object"
  /** A field this configuration does not have. */
  | "unknown-field"
  | "profile"
  | "satisfactionFloor"
  | "weightTotals"
  /** `rules` is not an object. */
  | "rules"
  /** `rules` names a rule id that does not exist. */
  | "unknown-rule"
  /** A rule's setting is not error, warning, info or off. */
  | "rule-setting";

export interface ConfigProblem {
  readonly kind: ConfigProblemKind;
  /** The field ("satisfactionFloor", "rules.spending-plan"); "" for the whole configuration. */
  readonly field: string;
  /** The offending value as short JSON, for the message. */
  readonly value: string;
}

export interface ParsedConfig {
  /** The valid fields only; a host fills the others from DEFAULT_CONFIG. */
  readonly config: Partial<CheckConfig>;
  readonly problems: readonly ConfigProblem[];
}

type MutableConfig = { -readonly [K in keyof CheckConfig]?: CheckConfig[K] };

export function parseCheckConfig(raw: unknown): ParsedConfig {
  if (!isRecord(raw)) return { config: {}, problems: [problem("not-an-object", "", raw)] };
  const config: MutableConfig = {};
  const problems: ConfigProblem[] = [];
  for (const key of Object.keys(raw)) {
    if (!(FIELDS as readonly string[]).includes(key)) problems.push(problem("unknown-field", key, raw[key]));
  }
  if (raw.profile !== undefined) {
    if (isProfile(raw.profile)) config.profile = raw.profile;
    else problems.push(problem("profile", "profile", raw.profile));
  }
  if (raw.satisfactionFloor !== undefined) {
    if (isSatisfactionFloor(raw.satisfactionFloor)) config.satisfactionFloor = raw.satisfactionFloor;
    else problems.push(problem("satisfactionFloor", "satisfactionFloor", raw.satisfactionFloor));
  }
  if (raw.weightTotals !== undefined) {
    const totals = raw.weightTotals;
    if (Array.isArray(totals) && totals.length > 0 && totals.every(isWeightTotal)) config.weightTotals = [...totals];
    else problems.push(problem("weightTotals", "weightTotals", totals));
  }
  if (raw.rules !== undefined) {
    const rules = parseRules(raw.rules, problems);
    if (rules) config.rules = rules;
  }
  return { config, problems };
}

function parseRules(raw: unknown, problems: ConfigProblem[]): Record<string, Severity | "off"> | null {
  if (!isRecord(raw)) {
    problems.push(problem("rules", "rules", raw));
    return null;
  }
  const rules: Record<string, Severity | "off"> = {};
  for (const [id, setting] of Object.entries(raw)) {
    if (!ruleById(id)) problems.push(problem("unknown-rule", `rules.${id}`, setting));
    else if (!isRuleSetting(setting)) problems.push(problem("rule-setting", `rules.${id}`, setting));
    else rules[id] = setting;
  }
  // A rules object whose every entry was refused leaves nothing to keep.
  return Object.keys(rules).length > 0 || Object.keys(raw).length === 0 ? rules : null;
}

/**
 * The config to store where `stored` was read: the stored object, with only the fields this version
 * owns taken from `config`, so a save by an older version never erases what a newer one wrote. An
 * unknown field, a rule id this version does not have and a rule setting it cannot read are carried
 * unchanged (and reported again by parseCheckConfig when read); a known rule at a known level is this
 * version's, so it goes when `config` leaves it out. `stored` is not changed.
 */
export function configToStore(stored: unknown, config: Partial<CheckConfig>): Record<string, unknown> {
  const next: Record<string, unknown> = isRecord(stored) ? { ...stored } : {};
  for (const field of FIELDS) {
    if (field === "rules") continue;
    if (config[field] === undefined) delete next[field];
    else next[field] = config[field];
  }
  const carried = isRecord(next.rules) ? Object.entries(next.rules).filter(([id, setting]) => !ruleById(id) || !isRuleSetting(setting)) : [];
  if (config.rules === undefined && carried.length === 0) delete next.rules;
  else next.rules = { ...Object.fromEntries(carried), ...config.rules };
  return next;
}

export function isProfile(value: unknown): value is ProfileSetting {
  return typeof value === "string" && (PROFILES as readonly string[]).includes(value);
}

export function isSatisfactionFloor(value: unknown): value is number {
  const { min, max } = CONFIG_BOUNDS.satisfactionFloor;
  return typeof value === "number" && Number.isFinite(value) && value >= min && value <= max;
}

export function isWeightTotal(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value > CONFIG_BOUNDS.weightTotal.above;
}

function isRuleSetting(value: unknown): value is Severity | "off" {
  return typeof value === "string" && (RULE_SETTINGS as readonly string[]).includes(value);
}

function problem(kind: ConfigProblemKind, field: string, value: unknown): ConfigProblem {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return { kind, field, value: text.length > 60 ? `${text.slice(0, 57)}…` : text };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const TEXTS: Readonly<Record<ConfigProblemKind, { readonly zh: (p: ConfigProblem) => string; readonly en: (p: ConfigProblem) => string }>> = {
  "not-an-object": { zh: () => "配置应为 JSON 对象", en: () => "the configuration must be a JSON object" },
  "unknown-field": { zh: (p) => `没有名为 ${p.field} 的设置`, en: (p) => `there is no setting named ${p.field}` },
  profile: { zh: (p) => `profile 应为 auto、2021 或 legacy（现为 ${p.value}）`, en: (p) => `profile must be auto, 2021 or legacy (it is ${p.value})` },
  satisfactionFloor: {
    zh: (p) => `satisfactionFloor 应为 0–100 的数字（现为 ${p.value}）`,
    en: (p) => `satisfactionFloor must be a number from 0 to 100 (it is ${p.value})`,
  },
  weightTotals: {
    zh: (p) => `weightTotals 应为大于 0 的数字组成的数组，至少一个（现为 ${p.value}）`,
    en: (p) => `weightTotals must be an array of one or more numbers above 0 (it is ${p.value})`,
  },
  rules: { zh: (p) => `rules 应为对象（现为 ${p.value}）`, en: (p) => `rules must be an object (it is ${p.value})` },
  "unknown-rule": { zh: (p) => `未知规则 ${p.field.slice("rules.".length)}`, en: (p) => `unknown rule ${p.field.slice("rules.".length)}` },
  "rule-setting": {
    zh: (p) => `规则 ${p.field.slice("rules.".length)} 的级别应为 error、warning、info 或 off（现为 ${p.value}）`,
    en: (p) => `the setting of rule ${p.field.slice("rules.".length)} must be error, warning, info or off (it is ${p.value})`,
  },
};

/** One line for a problem, in the user's language. */
export function configProblemText(p: ConfigProblem, locale: "zh-CN" | "en"): string {
  const text = TEXTS[p.kind];
  return locale === "en" ? text.en(p) : text.zh(p);
}
