/**
 * The ribbon's 校验 and the task pane in separate runtimes: two FakeExcel sessions over one workbook,
 * sharing only what the workbook holds (cells, the marks snapshot part, settings as saved).
 */
import { COMMAND_LIFETIME_MS, checkAndMark, commandDeadline, noticeOpenMs } from "../../../src/commands/check-and-mark";
import type { FocusEvents } from "../../../src/host/excel/check-watch";
import { createExcelHost } from "../../../src/host/excel/excel-host";
import type { HostActions } from "../../../src/host/excel/host-actions";
import { readWorkbookFile } from "../../../src/host/xlsx";
import { runCheck, type CheckRun } from "../../../src/taskpane/check-run";
import { FakeExcel, FakeWorkbook } from "./fake-excel";

class Focus implements FocusEvents {
  private handlers: { leave: () => void; back: () => void }[] = [];
  subscribe(onLeave: () => void, onReturn: () => void): () => void {
    const handler = { leave: onLeave, back: onReturn };
    this.handlers.push(handler);
    return () => {
      this.handlers = this.handlers.filter((h) => h !== handler);
    };
  }
  leave(): void {
    for (const h of this.handlers) h.leave();
  }
  back(): void {
    for (const h of this.handlers) h.back();
  }
}

const settle = async (): Promise<void> => {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

async function workbook(): Promise<FakeWorkbook> {
  const read = await readWorkbookFile("examples/seed000-tianjin-blocks.xlsx");
  if (!read.ok) throw new Error(read.error.code);
  return FakeWorkbook.fromGrids(read.grids.sheets);
}

/** What the pane's 校验 does (use-checking.ts): read, check, mark, report. */
async function paneCheck(host: HostActions): Promise<CheckRun> {
  const run = runCheck(await host.readWorkbook(), {}, "zh-CN");
  await host.highlight(run.annotations.marks);
  await host.writeReport(run.annotations.report);
  return run;
}

const FAR = Date.now() + COMMAND_LIFETIME_MS;

describe("the ribbon and the pane agree (separate runtimes)", () => {
  test("after the ribbon checks, the pane hears of it when it gets the focus back and its new list is the ribbon's", async () => {
    const wb = await workbook();
    const focus = new Focus();
    const paneRuntime = new FakeExcel(wb);
    const errors: unknown[] = [];
    const pane = createExcelHost({ runtime: paneRuntime.runtime, focusEvents: focus, onLiveCheckError: (err) => errors.push(err) });
    let heard = 0;
    pane.watchChecks!(() => heard++);
    const first = await paneCheck(pane);
    expect(first.diagnostics.length).toBeGreaterThan(0);
    // The pane's own checks are not news.
    focus.leave();
    await settle();
    focus.back();
    await settle();
    expect(heard).toBe(0);

    // The user clicks into the grid and types (the pane's look waits for the edit to end), lowers a
    // satisfaction target below the floor, and clicks 校验 on the ribbon.
    const paneExcel = paneRuntime;
    paneExcel.startCellEdit();
    focus.leave();
    await settle();
    const sheet = wb.sheets[0]!;
    const ribbonExcel = new FakeExcel(wb);
    ribbonExcel.userEdit(sheet.name, "F13", "≥50%");
    paneExcel.endCellEdit();
    await settle();
    const notice = await checkAndMark(createExcelHost({ runtime: ribbonExcel.runtime }), FAR);
    focus.back();
    await settle();
    expect(heard).toBe(1);
    expect(errors).toEqual([]);

    const again = await paneCheck(pane);
    expect(again.diagnostics).not.toEqual(first.diagnostics);
    const count = (s: string): number => again.diagnostics.filter((d) => d.severity === s).length;
    expect(notice).toEqual({ kind: "checked", locale: "zh-CN", counts: { error: count("error"), warning: count("warning"), info: count("info") } });
    const report = wb.sheet("校验报告");
    // The last problem row sits right below the header and the problems before it.
    const { headerRow, problems } = again.annotations.report;
    expect(report.peek(headerRow + problems, 0)?.value).toBe(again.diagnostics.at(-1)!.cell);
  });

  test("marks made by one runtime are cleared by the other, every format back", async () => {
    for (const order of ["pane first", "ribbon first"] as const) {
      const wb = await workbook();
      const before = JSON.stringify(wb.sheets.map((s) => [...s.cells.entries()]));
      const pane = createExcelHost({ runtime: new FakeExcel(wb).runtime });
      const ribbon = createExcelHost({ runtime: new FakeExcel(wb).runtime });
      if (order === "pane first") await paneCheck(pane);
      else await checkAndMark(ribbon, FAR);
      const userSheets = (): string => JSON.stringify(wb.sheets.filter((s) => s.name !== "校验报告").map((s) => [...s.cells.entries()]));
      expect(userSheets()).not.toBe(before);
      const { restored } = await (order === "pane first" ? ribbon : pane).clearMarks();
      expect(restored).toBeGreaterThan(0);
      expect(userSheets()).toBe(JSON.stringify(JSON.parse(before).filter((_: unknown, i: number) => wb.sheets[i]?.name !== "校验报告")));
    }
  });

  test("events are per runtime: the ribbon's events off do not silence the pane's handler", async () => {
    const wb = await workbook();
    const paneExcel = new FakeExcel(wb);
    const ribbonExcel = new FakeExcel(wb);
    const heard: string[] = [];
    const paneHost = createExcelHost({ runtime: paneExcel.runtime, liveCheckDebounceMs: 0 });
    await paneHost.setLiveCheck(true, (sheet) => heard.push(sheet));
    const sources: string[] = [];
    paneExcel.handlers.set(999, (args) => Promise.resolve(void sources.push(args.triggerSource)));
    await checkAndMark(createExcelHost({ runtime: ribbonExcel.runtime }), FAR);
    await settle();
    expect(ribbonExcel.enableEvents).toBe(true);
    // The pane heard the ribbon's report writes, as this add-in's own, and its live check ignored them.
    expect(sources.length).toBeGreaterThan(0);
    expect(new Set(sources)).toEqual(new Set(["ThisLocalAddin"]));
    expect(heard).toEqual([]);
  });
});

describe("the ribbon command's five minutes", () => {
  test("count from the click: the check and the notice fit in them, with a margin for event.completed()", () => {
    expect(commandDeadline(1_000)).toBe(1_000 + 5 * 60 * 1000 - 30 * 1000);
    expect(noticeOpenMs(commandDeadline(0), 60_000)).toBe(210_000);
    expect(noticeOpenMs(commandDeadline(0), 300_000)).toBe(0);
  });

  test("a check still running at the deadline gives the too-long notice at once, so event.completed() comes in time", async () => {
    const wb = await workbook();
    const host = createExcelHost({ runtime: new FakeExcel(wb).runtime });
    const stuck: HostActions = { ...host, readWorkbook: () => new Promise(() => undefined) };
    const started = Date.now();
    const notice = await checkAndMark(stuck, Date.now() + 30);
    expect(notice).toEqual({ kind: "too-long", locale: "zh-CN" });
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
