/**
 * What the ribbon's 校验 does, apart from the Office globals: read, check, mark, write 校验报告,
 * all against the five-minute life of a function command's runtime, counted from the click.
 */
import type { HostActions } from "../host/excel/host-actions";
import { runCheck as checkGrids } from "../taskpane/check-run";
import { hostErrorCode } from "../taskpane/host-errors";
import type { Locale } from "../taskpane/i18n";
import { DEFAULT_SETTINGS, normaliseSettings } from "../taskpane/settings";
import type { Notice } from "./notice";

/**
 * A function command's runtime shuts down when the command calls event.completed() or when "five
 * minutes have elapsed since the triggering event", whichever comes first (learn.microsoft.com/office/
 * dev/add-ins/testing/runtimes, Browser runtime). Everything the command does, the check and the
 * notice dialog, must fit in that time from the click.
 */
export const COMMAND_LIFETIME_MS = 5 * 60 * 1000;
/** Kept free before the five minutes end: to open the notice and call event.completed() in time. */
export const COMMAND_MARGIN_MS = 30 * 1000;

/** The time (ms since the epoch) by which the command must have called event.completed(). */
export function commandDeadline(clickedAt: number): number {
  return clickedAt + COMMAND_LIFETIME_MS - COMMAND_MARGIN_MS;
}

/** How long the notice may stay open: up to the deadline, never negative. */
export function noticeOpenMs(deadline: number, now: number): number {
  return Math.max(0, deadline - now);
}

/**
 * Reads, checks, marks and writes the report; the notice to show. A check that has not finished when
 * only the margin is left gives the "too long" notice instead, so event.completed() is never late
 * (the runtime is then closed; marks may be partly written, the pane has no such limit).
 */
export async function checkAndMark(host: HostActions, deadline: number, now: () => number = Date.now): Promise<Notice> {
  let locale: Locale = DEFAULT_SETTINGS.locale;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tooLong = new Promise<Notice>((resolve) => {
    timer = setTimeout(() => resolve({ kind: "too-long", locale }), Math.max(0, deadline - now()));
  });
  const checked = (async (): Promise<Notice> => {
    try {
      // Settings that cannot be read must not stop the check; the defaults apply (and the notice says so).
      const settings = normaliseSettings(await host.loadSettings().catch(() => null));
      locale = settings.locale;
      const grids = await host.readWorkbook();
      // Findings ignored in the pane stay ignored here: not marked, not reported, not counted.
      const run = checkGrids(grids, settings.config, locale, settings.ignored);
      await host.highlight(run.annotations.marks);
      await host.writeReport(run.annotations.report);
      const count = (severity: string): number => run.diagnostics.filter((d) => d.severity === severity).length;
      const counts = { error: count("error"), warning: count("warning"), info: count("info") };
      const unused = settings.configProblems?.length ?? 0;
      return { kind: "checked", locale, counts, ...(unused > 0 ? { settingsUnused: unused } : {}) };
    } catch (error) {
      return { kind: "failed", locale, code: hostErrorCode(error) };
    }
  })();
  try {
    return await Promise.race([checked, tooLong]);
  } finally {
    clearTimeout(timer);
  }
}
