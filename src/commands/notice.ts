import type { Severity } from "../core/types";
import { describeHostError } from "../taskpane/host-errors";
import { isLocale, uiStrings, type Locale, type SeverityCounts } from "../taskpane/i18n";

/**
 * What the ribbon 校验 tells the user when it is done. Excel has no notification API for function
 * commands (notificationMessages is Outlook's), so the function file opens a small dialog on its own
 * page — commands.html with these fields in the query — which the docs name as the way for a
 * function command to show a result or an error.
 */
export type Notice =
  /** `settingsUnused`: how many settings the workbook stored could not be used (the check used the defaults); absent when none. */
  | { readonly kind: "checked"; readonly locale: Locale; readonly counts: SeverityCounts; readonly settingsUnused?: number }
  | { readonly kind: "failed"; readonly locale: Locale; readonly code: string | null }
  /** The check did not finish within the five minutes Office gives a ribbon command. */
  | { readonly kind: "too-long"; readonly locale: Locale };

const COUNT_FIELDS: readonly Severity[] = ["error", "warning", "info"];

export function noticeSearch(notice: Notice): string {
  const params = new URLSearchParams({ notice: notice.kind, lang: notice.locale });
  if (notice.kind === "checked") {
    for (const s of COUNT_FIELDS) params.set(s, String(notice.counts[s]));
    if (notice.settingsUnused !== undefined) params.set("unused", String(notice.settingsUnused));
  }
  else if (notice.kind === "failed" && notice.code !== null) params.set("code", notice.code);
  return `?${params.toString()}`;
}

/** The notice a dialog page was opened for, or null on the function file itself. */
export function parseNotice(search: string): Notice | null {
  const params = new URLSearchParams(search);
  const kind = params.get("notice");
  const lang = params.get("lang");
  const locale: Locale = isLocale(lang) ? lang : "zh-CN";
  if (kind === "failed") {
    const code = params.get("code");
    return { kind, locale, code: code !== null && /^[A-Za-z0-9]{1,64}$/u.test(code) ? code : null };
  }
  if (kind === "too-long") return { kind, locale };
  if (kind !== "checked") return null;
  const count = (name: Severity | "unused"): number => {
    const n = Number(params.get(name));
    return Number.isSafeInteger(n) && n >= 0 ? n : 0;
  };
  const unused = count("unused");
  return { kind, locale, counts: { error: count("error"), warning: count("warning"), info: count("info") }, ...(unused > 0 ? { settingsUnused: unused } : {}) };
}

export interface NoticeText {
  readonly title: string;
  readonly lines: readonly string[];
  readonly close: string;
}

/** Said when the ribbon's check ran out of time; the pane's check has no such limit. */
const TOO_LONG = {
  "zh-CN": {
    title: "校验未完成",
    lines: ["工作簿较大，功能区的“校验”在 Excel 允许的 5 分钟内没有完成，已停止；单元格可能只标记了一部分。", "请打开“绩效表助手”任务窗格，在那里校验（没有时间限制）。"],
  },
  en: {
    title: "Check not finished",
    lines: ["The workbook is large: the ribbon's Check did not finish within the 5 minutes Excel allows it and was stopped; cells may be only partly marked.", "Open the Performance Table Assistant task pane and check there (no time limit)."],
  },
} as const;

export function noticeText(notice: Notice): NoticeText {
  const t = uiStrings(notice.locale);
  if (notice.kind === "too-long") return { title: TOO_LONG[notice.locale].title, lines: [...TOO_LONG[notice.locale].lines], close: t.notice.close };
  if (notice.kind === "checked") {
    const unused = notice.settingsUnused !== undefined ? [t.notice.settingsUnused(notice.settingsUnused)] : [];
    return { title: t.notice.title, lines: [t.notice.checked(notice.counts), t.notice.seeReport, ...unused], close: t.notice.close };
  }
  const view = describeHostError(notice.code === null ? null : { code: notice.code }, notice.locale);
  return { title: t.notice.failed, lines: [view.code === null ? view.sentence : `${view.sentence}${t.errorCode(view.code)}`], close: t.notice.close };
}
