import type { StoredSettings } from "../../../src/host/excel/host-actions";
import { createExcelHost } from "../../../src/host/excel/excel-host";
import { SETTINGS_KEY, parseStoredSettings } from "../../../src/host/excel/settings";
import { describeHostError } from "../../../src/taskpane/host-errors";
import { applyDraft, draftOf, normaliseSettings } from "../../../src/taskpane/settings";
import { FakeExcel, FakeWorkbook } from "./fake-excel";
import { diagnostic, marks, reportOf } from "../plan-helpers";

function workbook(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet("项目表", [["项目名称", "预算数"], ["甲", 1]]);
  wb.addSheet("汇总表", [["合计"]]);
  return wb;
}

const SETTINGS: StoredSettings = {
  config: { profile: "2021", satisfactionFloor: 85, weightTotals: [100], rules: { "funds-budget-sum": "warning", "ocr-artefact": "off" } },
  liveCheck: true,
  locale: "en",
};

describe("selectCell", () => {
  test("activates the sheet and selects the cell in one run and one sync", async () => {
    const wb = workbook();
    const fake = new FakeExcel(wb);
    await createExcelHost({ runtime: fake.runtime }).selectCell("汇总表", "C7");
    expect(fake.runs).toBe(1);
    expect(fake.syncs).toBe(1);
    expect(fake.calls.filter((c) => c.call === "Worksheet.activate" || c.call === "Range.select").map((c) => `${c.call} ${c.target}`)).toEqual([
      "Worksheet.activate 汇总表",
      "Range.select 汇总表!C7",
    ]);
    expect(wb.activeSheet?.name).toBe("汇总表");
    expect(wb.selection).toEqual({ sheet: "汇总表", address: "C7" });
  });

  test("a sheet that no longer exists is Excel's ItemNotFound", async () => {
    const fake = new FakeExcel(workbook());
    await expect(createExcelHost({ runtime: fake.runtime }).selectCell("gone", "A1")).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("selection", () => {
  test("several areas selected: InvalidSelection, in its own words", async () => {
    const wb = workbook();
    wb.selection = { sheet: "项目表", address: "A1,B2" };
    const error = await createExcelHost({ runtime: new FakeExcel(wb).runtime }).getSelection().catch((err: unknown) => err);
    expect(error).toMatchObject({ code: "InvalidSelection" });
    expect(describeHostError(error, "zh-CN").sentence).toBe("当前选中的是图表、图形或多个区域。请单击工作表中的一个单元格后再试。");
  });
});

describe("settings", () => {
  test("round trip through the document, across reopening", async () => {
    const wb = workbook();
    const fake = new FakeExcel(wb);
    const host = createExcelHost({ runtime: fake.runtime });
    expect(await host.loadSettings()).toBeNull();
    await host.saveSettings(SETTINGS);
    expect(fake.settings.saves).toBe(1);
    expect(await host.loadSettings()).toEqual(SETTINGS);

    const reopened = createExcelHost({ runtime: new FakeExcel(wb.reopen()).runtime });
    expect(await reopened.loadSettings()).toEqual(SETTINGS);
  });

  test("a failed save is an ExcelHostError", async () => {
    const fake = new FakeExcel(workbook());
    fake.settings.failSaves = true;
    await expect(createExcelHost({ runtime: fake.runtime }).saveSettings(SETTINGS)).rejects.toMatchObject({ code: "settings-save-failed" });
  });

  test("whatever is stored is kept only where it has the expected shape", () => {
    expect(parseStoredSettings("x")).toBeNull();
    expect(parseStoredSettings(null)).toBeNull();
    expect(
      parseStoredSettings({
        config: { profile: "2030", satisfactionFloor: "80", weightTotals: [90, "100"], rules: { a: "error", b: "loud" }, extra: 1 },
        liveCheck: "yes",
        locale: "fr",
      }),
    ).toEqual({
      config: {},
      liveCheck: false,
      locale: "zh-CN",
      // parseCheckConfig: every refused field named, the unknown rule ids too (they were kept silently before).
      configProblems: [
        { kind: "unknown-field", field: "extra", value: "1" },
        { kind: "profile", field: "profile", value: '"2030"' },
        { kind: "satisfactionFloor", field: "satisfactionFloor", value: '"80"' },
        { kind: "weightTotals", field: "weightTotals", value: '[90,"100"]' },
        { kind: "unknown-rule", field: "rules.a", value: '"error"' },
        { kind: "unknown-rule", field: "rules.b", value: '"loud"' },
      ],
    });
  });

  test("a save takes in what a co-author saved since this session opened (refreshAsync before saveAsync)", async () => {
    const wb = workbook();
    const mine = new FakeExcel(wb);
    const theirs = new FakeExcel(wb);
    theirs.settings.set("other.addin", { kept: true });
    await new Promise((resolve) => theirs.settings.saveAsync(resolve));
    await createExcelHost({ runtime: mine.runtime }).saveSettings(SETTINGS);
    expect(mine.settings.refreshes).toBe(1);
    expect(wb.settings).toEqual({ "other.addin": { kept: true }, [SETTINGS_KEY]: SETTINGS });
  });

  describe("a workbook saved by a newer version", () => {
    // What a newer add-in stored: a rule and a config field this version does not have, a level it does
    // not know for a rule it has, and a top-level setting of its own.
    const NEWER = {
      config: {
        profile: "2021",
        satisfactionFloor: 85,
        weightTotals: [100],
        rules: { "funds-budget-sum": "warning", "ocr-artefact": "critical", "future-rule": "error" },
        tolerance: 0.01,
      },
      liveCheck: true,
      locale: "en",
      ignored: ["项目表!B2 amount-as-text"],
      theme: "dark",
    };
    const NEWER_PROBLEMS = [
      { kind: "unknown-field", field: "tolerance", value: "0.01" },
      { kind: "rule-setting", field: "rules.ocr-artefact", value: '"critical"' },
      { kind: "unknown-rule", field: "rules.future-rule", value: '"error"' },
    ];

    function newerWorkbook(): FakeWorkbook {
      const wb = workbook();
      wb.settings = { [SETTINGS_KEY]: structuredClone(NEWER) };
      return wb;
    }

    test("saving 设置 from the pane replaces only what this version owns; the rest is carried and still reported", async () => {
      const wb = newerWorkbook();
      const host = createExcelHost({ runtime: new FakeExcel(wb).runtime });
      const loaded = normaliseSettings(await host.loadSettings());
      expect(loaded.configProblems).toEqual(NEWER_PROBLEMS);
      const draft = applyDraft(loaded, { ...draftOf(loaded), satisfactionFloor: "90", liveCheck: false });
      if (!draft.ok) throw new Error("draft refused");
      await host.saveSettings(draft.settings);
      expect(wb.settings[SETTINGS_KEY]).toEqual({
        config: {
          profile: "2021",
          satisfactionFloor: 90,
          weightTotals: [100],
          rules: { "funds-budget-sum": "warning", "ocr-artefact": "critical", "future-rule": "error" },
          tolerance: 0.01,
        },
        liveCheck: false,
        locale: "en",
        ignored: ["项目表!B2 amount-as-text"],
        theme: "dark",
      });
      const reopened = createExcelHost({ runtime: new FakeExcel(wb.reopen()).runtime });
      expect((await reopened.loadSettings())?.configProblems).toEqual(NEWER_PROBLEMS);
    });

    test("switching the language (the pane saves the settings as they are, locale changed) keeps them too", async () => {
      const wb = newerWorkbook();
      const host = createExcelHost({ runtime: new FakeExcel(wb).runtime });
      const loaded = normaliseSettings(await host.loadSettings());
      await host.saveSettings({ ...loaded, locale: "zh-CN" });
      expect(wb.settings[SETTINGS_KEY]).toEqual({ ...NEWER, locale: "zh-CN" });
    });

    test("what this version owns and left out goes: a known rule override, the ignored list", async () => {
      const wb = newerWorkbook();
      await createExcelHost({ runtime: new FakeExcel(wb).runtime }).saveSettings({ config: { profile: "auto" }, liveCheck: false, locale: "zh-CN" });
      expect(wb.settings[SETTINGS_KEY]).toEqual({
        config: { profile: "auto", rules: { "ocr-artefact": "critical", "future-rule": "error" }, tolerance: 0.01 },
        liveCheck: false,
        locale: "zh-CN",
        theme: "dark",
      });
    });

    test("the stored object the save starts from is the document's, a co-author's save included (refreshAsync)", async () => {
      const wb = workbook();
      const mine = new FakeExcel(wb);
      const theirs = new FakeExcel(wb);
      theirs.settings.set(SETTINGS_KEY, structuredClone(NEWER));
      await new Promise((resolve) => theirs.settings.saveAsync(resolve));
      await createExcelHost({ runtime: mine.runtime }).saveSettings(SETTINGS);
      expect(wb.settings[SETTINGS_KEY]).toEqual({
        ...SETTINGS,
        config: { ...SETTINGS.config, rules: { ...SETTINGS.config.rules, "future-rule": "error" }, tolerance: 0.01 },
        // The ignore list is this version's: SETTINGS has none, so the co-author's goes.
        theme: "dark",
      });
    });
  });

  test("the add-in's hidden names carry no comment (NamedItem comments cannot be undone on the web)", async () => {
    const wb = workbook();
    const fake = new FakeExcel(wb);
    await createExcelHost({ runtime: fake.runtime }).writeReport(reportOf([diagnostic("项目表", "B2")]));
    expect(fake.callsOf("NamedItemCollection.add").map((c) => c.args.length)).toEqual([2]);
  });

  test("settings are stored under one key", async () => {
    const wb = workbook();
    await createExcelHost({ runtime: new FakeExcel(wb).runtime }).saveSettings(SETTINGS);
    expect(Object.keys(wb.settings)).toEqual([SETTINGS_KEY]);
  });
});

describe("live check", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test("is debounced and reports each changed sheet once", async () => {
    const wb = workbook();
    const fake = new FakeExcel(wb);
    const host = createExcelHost({ runtime: fake.runtime, liveCheckDebounceMs: 800 });
    const changed: string[] = [];
    await host.setLiveCheck(true, (sheet) => changed.push(sheet));
    expect(fake.handlers.size).toBe(1);

    fake.userEdit("项目表", "B2", 5);
    await jest.advanceTimersByTimeAsync(500);
    fake.userEdit("项目表", "B3", 6);
    fake.userEdit("汇总表", "A2", 7);
    await jest.advanceTimersByTimeAsync(799);
    expect(changed).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(changed).toEqual(["项目表", "汇总表"]);
  });

  test("a change made while the user is still typing is looked up once the edit ends, not dropped", async () => {
    const wb = workbook();
    const fake = new FakeExcel(wb);
    const errors: unknown[] = [];
    const host = createExcelHost({ runtime: fake.runtime, liveCheckDebounceMs: 100, onLiveCheckError: (err) => errors.push(err) });
    const changed: string[] = [];
    await host.setLiveCheck(true, (sheet) => changed.push(sheet));
    fake.userEdit("项目表", "B2", 5);
    // The user goes on typing into the next cell before the debounce runs out.
    fake.startCellEdit();
    await jest.advanceTimersByTimeAsync(500);
    expect(changed).toEqual([]);
    fake.endCellEdit();
    await jest.advanceTimersByTimeAsync(0);
    expect(changed).toEqual(["项目表"]);
    expect(errors).toEqual([]);
    expect(fake.requests.filter((r) => r.error)).toEqual([]);
  });

  test("ignores the add-in's own writes and sheets", async () => {
    const wb = workbook();
    const fake = new FakeExcel(wb);
    const host = createExcelHost({ runtime: fake.runtime, liveCheckDebounceMs: 100 });
    const changed: string[] = [];
    await host.setLiveCheck(true, (sheet) => changed.push(sheet));

    await host.writeReport(reportOf([diagnostic("项目表", "B2")]));
    await host.highlight(marks([{ rule: "r", messageId: "m", severity: "error", sheet: "项目表", cell: "B2", related: [], table: "甲", data: {} }], ["m"]));
    await jest.advanceTimersByTimeAsync(1000);
    expect(changed).toEqual([]);

    // A write Excel attributes to this add-in, and a user's edit in the report sheet.
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("项目表").getRange("C1").values = [["x"]];
      await context.sync();
    });
    fake.userEdit("校验报告", "A2", "edited");
    await jest.advanceTimersByTimeAsync(1000);
    expect(changed).toEqual([]);

    fake.userEdit("项目表", "A2", "乙");
    await jest.advanceTimersByTimeAsync(100);
    expect(changed).toEqual(["项目表"]);
  });

  test("switching it off removes the handler and drops pending changes", async () => {
    const wb = workbook();
    const fake = new FakeExcel(wb);
    const host = createExcelHost({ runtime: fake.runtime, liveCheckDebounceMs: 100 });
    const changed: string[] = [];
    await host.setLiveCheck(true, (sheet) => changed.push(sheet));
    await host.setLiveCheck(true, (sheet) => changed.push(`again ${sheet}`));
    expect(fake.handlers.size).toBe(1);

    fake.userEdit("项目表", "A2", "乙");
    await host.setLiveCheck(false, () => undefined);
    expect(fake.handlers.size).toBe(0);
    fake.userEdit("项目表", "A3", "丙");
    await jest.advanceTimersByTimeAsync(1000);
    expect(changed).toEqual([]);
  });

  test("a sheet deleted before the pause is skipped", async () => {
    const wb = workbook();
    const fake = new FakeExcel(wb);
    const host = createExcelHost({ runtime: fake.runtime, liveCheckDebounceMs: 100 });
    const changed: string[] = [];
    await host.setLiveCheck(true, (sheet) => changed.push(sheet));
    fake.userEdit("汇总表", "A2", 1);
    fake.userEdit("项目表", "A2", 1);
    wb.sheet("汇总表").deleted = true;
    wb.sheets.splice(1, 1);
    await jest.advanceTimersByTimeAsync(100);
    expect(changed).toEqual(["项目表"]);
  });
});

describe("the default runtime", () => {
  test("uses the Excel and Office globals when an action runs", async () => {
    const wb = workbook();
    const fake = new FakeExcel(wb);
    const host = createExcelHost();
    const uninstall = fake.installGlobals();
    try {
      const grids = await host.readWorkbook();
      expect(grids.sheets.map((g) => g.sheet)).toEqual(["项目表", "汇总表"]);
      await host.selectCell("项目表", "B2");
      await host.saveSettings(SETTINGS);
      expect(await host.loadSettings()).toEqual(SETTINGS);
      await host.setLiveCheck(true, () => undefined);
      await host.setLiveCheck(false, () => undefined);
      expect(fake.handlers.size).toBe(0);
    } finally {
      uninstall();
    }
    expect(wb.selection).toEqual({ sheet: "项目表", address: "B2" });
  });
});

describe("live check switched quickly", () => {
  test("on, on, off in a row leaves no handler behind", async () => {
    const fake = new FakeExcel(workbook());
    const host = createExcelHost({ runtime: fake.runtime });
    await Promise.all([host.setLiveCheck(true, () => undefined), host.setLiveCheck(true, () => undefined), host.setLiveCheck(false, () => undefined)]);
    expect(fake.handlers.size).toBe(0);
    await host.setLiveCheck(true, () => undefined);
    await host.setLiveCheck(true, () => undefined);
    expect(fake.handlers.size).toBe(1);
  });
});
