/** What the pane says about the settings a workbook stored and core/config refused, and which field of 设置 each is about. */
import type { ConfigProblem } from "../core/config";
import { ruleDescription } from "../core/messages/render";
import type { ProfileSetting } from "../core/model/framework";
import { DEFAULT_CONFIG } from "../core/types";
import type { UiStrings } from "./i18n";

/** The fields of 设置 a problem can be about; the others (rule levels, unknown names) the panel does not show. */
export type SettingField = "profile" | "satisfactionFloor" | "weightTotals";

export function problemField(p: ConfigProblem): SettingField | null {
  return p.kind === "profile" || p.kind === "satisfactionFloor" || p.kind === "weightTotals" ? p.kind : null;
}

/** The stored value as a person would write it: a text without its JSON quotes, a list as a list. */
function storedText(value: string, t: UiStrings): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    // Cut short ("…") or not JSON: shown as it came.
    return value;
  }
  if (parsed === "" || (Array.isArray(parsed) && parsed.length === 0)) return t.edited.blank;
  if (typeof parsed === "string") return parsed;
  if (Array.isArray(parsed) && parsed.every((x) => typeof x === "string" || typeof x === "number")) return parsed.join(t.listSeparator);
  return value;
}

export function profileName(profile: ProfileSetting, t: UiStrings): string {
  const s = t.settingsPanel;
  return profile === "2021" ? s.profile2021 : profile === "legacy" ? s.profileLegacy : s.profileAuto;
}

/** One problem in a budget officer's words, with the value used instead (the default). */
export function configProblemLine(p: ConfigProblem, t: UiStrings): string {
  const c = t.configProblems;
  const stored = storedText(p.value, t);
  const rule = p.field.startsWith("rules.") ? p.field.slice("rules.".length) : p.field;
  switch (p.kind) {
    case "not-an-object":
      return c.notAnObject;
    case "unknown-field":
      return c.unknownField(p.field);
    case "profile":
      return c.profile(stored, profileName(DEFAULT_CONFIG.profile, t));
    case "satisfactionFloor":
      return c.satisfactionFloor(stored, DEFAULT_CONFIG.satisfactionFloor);
    case "weightTotals":
      return c.weightTotals(stored, DEFAULT_CONFIG.weightTotals.join(t.listSeparator));
    case "rules":
      return c.rules(stored);
    case "unknown-rule":
      return c.unknownRule(rule);
    case "rule-setting":
      return c.ruleSetting(ruleDescription(rule, t.locale), stored);
  }
}
