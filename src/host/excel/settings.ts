import type { CheckConfig, Severity } from "../../core/types";
import type { ExcelRuntime } from "./excel-runtime";
import { ExcelHostError } from "./excel-runtime";
import type { StoredSettings } from "./host-actions";

/** Settings travel inside the workbook (Office.context.document.settings), so a shared file keeps its thresholds. */
export const SETTINGS_KEY = "jixiao.settings";

export function loadStoredSettings(runtime: ExcelRuntime): Promise<StoredSettings | null> {
  return Promise.resolve(parseStoredSettings(runtime.settings().get(SETTINGS_KEY)));
}

export async function saveStoredSettings(runtime: ExcelRuntime, settings: StoredSettings): Promise<void> {
  const store = runtime.settings();
  // saveAsync writes every setting this session holds: take in what a co-author saved meanwhile first.
  await new Promise<void>((resolve) => {
    if (typeof store.refreshAsync !== "function") resolve();
    else store.refreshAsync(() => resolve());
  });
  // Office keeps settings as JSON; a plain copy leaves nothing it cannot serialise.
  store.set(SETTINGS_KEY, JSON.parse(JSON.stringify(settings)) as unknown);
  return new Promise((resolve, reject) => {
    store.saveAsync((result) => {
      // Compared as a string: the AsyncResultStatus enum object exists only where office.js is loaded.
      if (String(result.status) === "failed") reject(new ExcelHostError("settings-save-failed", result.error?.message ?? "the settings could not be saved"));
      else resolve();
    });
  });
}

/** Whatever a workbook holds under SETTINGS_KEY, kept only where it has the expected shape. */
export function parseStoredSettings(value: unknown): StoredSettings | null {
  if (!isRecord(value)) return null;
  const locale = value.locale === "en" ? "en" : "zh-CN";
  return {
    config: isRecord(value.config) ? parseConfig(value.config) : {},
    liveCheck: value.liveCheck === true,
    locale,
    ...(Array.isArray(value.ignored) ? { ignored: value.ignored.filter((k): k is string => typeof k === "string") } : {}),
  };
}

function parseConfig(raw: Record<string, unknown>): Partial<CheckConfig> {
  const config: { -readonly [K in keyof CheckConfig]?: CheckConfig[K] } = {};
  if (raw.profile === "auto" || raw.profile === "2021" || raw.profile === "legacy") config.profile = raw.profile;
  if (typeof raw.satisfactionFloor === "number" && Number.isFinite(raw.satisfactionFloor)) config.satisfactionFloor = raw.satisfactionFloor;
  if (Array.isArray(raw.weightTotals) && raw.weightTotals.every((n) => typeof n === "number" && Number.isFinite(n))) {
    config.weightTotals = raw.weightTotals as number[];
  }
  if (isRecord(raw.rules)) {
    const rules: Record<string, Severity | "off"> = {};
    for (const [id, setting] of Object.entries(raw.rules)) {
      if (setting === "error" || setting === "warning" || setting === "info" || setting === "off") rules[id] = setting;
    }
    config.rules = rules;
  }
  return config;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
