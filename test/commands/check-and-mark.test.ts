import type { WorkbookGrids } from "../../src/core/grid/grid";
import type { HostActions, StoredSettings } from "../../src/host/excel/host-actions";
import { parseStoredSettings } from "../../src/host/excel/settings";
import { checkAndMark } from "../../src/commands/check-and-mark";

const EMPTY: WorkbookGrids = { sheets: [{ sheet: "Sheet1", cells: [], merges: [] }] };

/** Just what the ribbon's 校验 asks of the workbook: its settings, its grids, the marks and the report. */
function hostWith(settings: StoredSettings | null): HostActions {
  return {
    loadSettings: () => Promise.resolve(settings),
    readWorkbook: () => Promise.resolve(EMPTY),
    highlight: () => Promise.resolve({ marked: 0, notes: true }),
    writeReport: () => Promise.resolve(),
  } as Partial<HostActions> as HostActions;
}

describe("the ribbon's 校验 and the settings the workbook stored", () => {
  it("counts the stored settings it could not use, so its notice can say the defaults were used", async () => {
    const stored = parseStoredSettings({ config: { satisfactionFloor: 150, rules: { "typo-rule": "off" } }, locale: "en" });
    const notice = await checkAndMark(hostWith(stored), Date.now() + 60_000);
    expect(notice).toEqual({ kind: "checked", locale: "en", counts: { error: 0, warning: 0, info: 0 }, settingsUnused: 2 });
  });

  it("says nothing of settings when every stored one was used", async () => {
    const notice = await checkAndMark(hostWith(parseStoredSettings({ config: { satisfactionFloor: 90 } })), Date.now() + 60_000);
    expect(notice).toEqual({ kind: "checked", locale: "zh-CN", counts: { error: 0, warning: 0, info: 0 } });
  });
});
