import { configToStore, parseCheckConfig } from "../../core/config";
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
  store.set(SETTINGS_KEY, JSON.parse(JSON.stringify(settingsToStore(store.get(SETTINGS_KEY), settings))) as unknown);
  return new Promise((resolve, reject) => {
    store.saveAsync((result) => {
      // Compared as a string: the AsyncResultStatus enum object exists only where office.js is loaded.
      if (String(result.status) === "failed") reject(new ExcelHostError("settings-save-failed", result.error?.message ?? "the settings could not be saved"));
      else resolve();
    });
  });
}

/** The settings this version owns; `configProblems` is among them so that it is never stored (problems found on loading are not settings). */
const OWNED: Readonly<Record<keyof StoredSettings, true>> = { config: true, liveCheck: true, locale: true, ignored: true, configProblems: true };

/**
 * What a save writes where `stored` was read: the stored object with only the keys this version owns
 * replaced (a key it owns and `settings` leaves out, such as an emptied ignore list, goes), so that
 * an older add-in saving a shared workbook never erases what a newer one stored: top-level keys it
 * does not know are carried as they are, and within the config core/config's configToStore carries
 * unknown fields and rule ids.
 */
export function settingsToStore(stored: unknown, settings: StoredSettings): Record<string, unknown> {
  const base = isRecord(stored) ? stored : {};
  const next: Record<string, unknown> = Object.fromEntries(Object.entries(base).filter(([key]) => !Object.hasOwn(OWNED, key)));
  next.config = configToStore(base.config, settings.config);
  next.liveCheck = settings.liveCheck;
  next.locale = settings.locale;
  if (settings.ignored !== undefined) next.ignored = settings.ignored;
  return next;
}

/**
 * Whatever a workbook holds under SETTINGS_KEY, kept only where it has the expected shape. The
 * config goes through the core's parseCheckConfig (the CLI's bounds); what it refuses, an unknown
 * rule id included, is listed in `configProblems` and falls back to the default.
 */
export function parseStoredSettings(value: unknown): StoredSettings | null {
  if (!isRecord(value)) return null;
  const locale = value.locale === "en" ? "en" : "zh-CN";
  const parsed = value.config === undefined ? { config: {}, problems: [] } : parseCheckConfig(value.config);
  return {
    config: parsed.config,
    liveCheck: value.liveCheck === true,
    locale,
    ...(Array.isArray(value.ignored) ? { ignored: value.ignored.filter((k): k is string => typeof k === "string") } : {}),
    ...(parsed.problems.length > 0 ? { configProblems: parsed.problems } : {}),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
