/**
 * The ribbon's 校验 and the task pane run in separate runtimes (learn.microsoft.com/office/dev/add-ins/
 * testing/runtimes: "By default, task panes, function commands, and Excel custom functions each run
 * in their own runtime process"; such parts "don't share global data"). So what both must agree on
 * lives only in the workbook: the marks snapshot, a custom XML part (Workbook.customXmlParts, ExcelApi
 * 1.5) that every check rewrites and every runtime reads fresh through Excel.run. The pane looks at
 * it when it loses the focus and when it gets it back (the ribbon is clicked outside the pane); a
 * snapshot changed meanwhile by another runtime means the ribbon checked, and the pane checks again,
 * so its list is the one the marks and 校验报告 show.
 */
import { MARKS_NAMESPACE } from "./apply-marks";
import type { ExcelRuntime } from "./excel-runtime";
import { WHILE_TYPING } from "./excel-runtime";

/** The pane's page losing and regaining the user's attention. */
export interface FocusEvents {
  subscribe(onLeave: () => void, onReturn: () => void): () => void;
}

/** Window blur/focus and page visibility of the task pane; nothing where there is no DOM (tests, the CLI). */
export const DOM_FOCUS_EVENTS: FocusEvents = {
  subscribe(onLeave, onReturn) {
    if (typeof window === "undefined" || typeof document === "undefined") return () => undefined;
    const onVisibility = (): void => (document.visibilityState === "visible" ? onReturn() : onLeave());
    window.addEventListener("blur", onLeave);
    window.addEventListener("focus", onReturn);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("blur", onLeave);
      window.removeEventListener("focus", onReturn);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  },
};

/**
 * The snapshot part's XML, or null when there is none: one request of one run. The pane loses the
 * focus when the user starts typing in a cell, so the run waits for the edit to end (delayForCellEdit).
 */
export function readMarksState(runtime: ExcelRuntime): Promise<string | null> {
  return runtime.run(async (context) => {
    const part = context.workbook.customXmlParts.getByNamespace(MARKS_NAMESPACE).getOnlyItemOrNullObject();
    const xml = part.getXml();
    await context.sync();
    // A ClientResult is filled by the sync; it has nothing to load.
    // eslint-disable-next-line office-addins/load-object-before-read
    return part.isNullObject ? null : xml.value;
  }, WHILE_TYPING);
}

export class CheckWatch {
  private seen: string | null | undefined = undefined;
  /** This runtime marked (or cleared) since it last looked: a change is its own, not the ribbon's. */
  private ownChange = false;
  private looking: Promise<void> = Promise.resolve();

  constructor(private readonly runtime: ExcelRuntime) {}

  /** After this runtime changed the marks (a check, a live re-check, 清除标记). */
  changedHere(): void {
    this.ownChange = true;
  }

  watch(events: FocusEvents, onOtherCheck: () => void, onError: (err: unknown) => void): () => void {
    const look = (mayNotify: boolean): void => {
      this.looking = this.looking
        .then(() => readMarksState(this.runtime))
        .then((state) => {
          const changed = this.seen !== undefined && state !== this.seen;
          const notify = mayNotify && changed && !this.ownChange;
          this.seen = state;
          this.ownChange = false;
          if (notify) onOtherCheck();
        })
        .catch(onError);
    };
    look(false);
    return events.subscribe(
      () => look(false),
      () => look(true),
    );
  }

  /** Resolves when the looks asked for so far are done (tests). */
  settled(): Promise<void> {
    return this.looking;
  }
}
