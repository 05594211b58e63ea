import { isSatisfactionFloor, isWeightTotal, parseCheckConfig } from "../core/config";
import type { ProfileSetting } from "../core/model/framework";
import { DEFAULT_CONFIG } from "../core/types";
import type { StoredSettings } from "../host/excel/host-actions";
import { isLocale, type Locale } from "./i18n";

export const DEFAULT_SETTINGS: StoredSettings = {
  config: {
    profile: DEFAULT_CONFIG.profile,
    satisfactionFloor: DEFAULT_CONFIG.satisfactionFloor,
    weightTotals: DEFAULT_CONFIG.weightTotals,
  },
  liveCheck: false,
  locale: "zh-CN",
};

/** The settings form as typed: numbers stay text until saved, so a half-typed value is not lost. */
export interface SettingsDraft {
  readonly profile: ProfileSetting;
  readonly satisfactionFloor: string;
  readonly weightTotals: string;
  readonly liveCheck: boolean;
  readonly locale: Locale;
}

export type DraftField = "satisfactionFloor" | "weightTotals";

export type DraftResult = { readonly ok: true; readonly settings: StoredSettings } | { readonly ok: false; readonly invalid: readonly DraftField[] };

/** Settings stored by an older or newer version may lack fields or hold odd ones; keep what is valid (core/config's bounds). */
export function normaliseSettings(stored: StoredSettings | null): StoredSettings {
  if (stored === null) return DEFAULT_SETTINGS;
  // The Excel host parsed the stored config already (a clean one parses without problems); another host's is parsed here.
  const { config, problems } = parseCheckConfig(stored.config ?? {});
  const configProblems = [...(stored.configProblems ?? []), ...problems];
  return {
    config: {
      ...config,
      profile: config.profile ?? DEFAULT_CONFIG.profile,
      satisfactionFloor: config.satisfactionFloor ?? DEFAULT_CONFIG.satisfactionFloor,
      weightTotals: config.weightTotals ?? DEFAULT_CONFIG.weightTotals,
    },
    liveCheck: stored.liveCheck === true,
    locale: isLocale(stored.locale) ? stored.locale : DEFAULT_SETTINGS.locale,
    ...(Array.isArray(stored.ignored) ? { ignored: stored.ignored.filter((k): k is string => typeof k === "string") } : {}),
    ...(configProblems.length > 0 ? { configProblems } : {}),
  };
}

export function draftOf(settings: StoredSettings): SettingsDraft {
  return {
    profile: settings.config.profile ?? DEFAULT_CONFIG.profile,
    satisfactionFloor: String(settings.config.satisfactionFloor ?? DEFAULT_CONFIG.satisfactionFloor),
    weightTotals: (settings.config.weightTotals ?? DEFAULT_CONFIG.weightTotals).join(", "),
    liveCheck: settings.liveCheck,
    locale: settings.locale,
  };
}

/** Reads "90, 100", "90，100" or "90、100" alike; null when any part is not a positive number. */
export function parseWeightTotals(text: string): number[] | null {
  const parts = text.split(/[,，、;；\s]+/u).filter((p) => p !== "");
  if (parts.length === 0) return null;
  const numbers = parts.map(parseDecimal);
  return numbers.every((n): n is number => n !== null && validTotal(n)) ? [...new Set(numbers)] : null;
}

export function parseSatisfactionFloor(text: string): number | null {
  const n = parseDecimal(text.replace(/[%％]\s*$/u, ""));
  return n !== null && validFloor(n) ? n : null;
}

/**
 * Applies a draft on top of the current settings, keeping config fields the form does not show (rule
 * overrides). Only valid settings are stored, so once these are saved the problems found on loading are gone.
 */
export function applyDraft(current: StoredSettings, draft: SettingsDraft): DraftResult {
  const floor = parseSatisfactionFloor(draft.satisfactionFloor);
  const totals = parseWeightTotals(draft.weightTotals);
  const invalid: DraftField[] = [];
  if (floor === null) invalid.push("satisfactionFloor");
  if (totals === null) invalid.push("weightTotals");
  if (floor === null || totals === null) return { ok: false, invalid };
  const { configProblems: _resolved, ...kept } = current;
  return {
    ok: true,
    settings: {
      ...kept,
      config: { ...current.config, profile: draft.profile, satisfactionFloor: floor, weightTotals: totals },
      liveCheck: draft.liveCheck,
      locale: draft.locale,
    },
  };
}

function parseDecimal(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+(\.\d+)?$/u.test(trimmed)) return null;
  return Number(trimmed);
}

function validFloor(n: number): boolean {
  return isSatisfactionFloor(n);
}

function validTotal(n: unknown): n is number {
  return isWeightTotal(n);
}
