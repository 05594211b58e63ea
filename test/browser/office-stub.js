// Served in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the real-browser test:
// a fake Office global whose onReady resolves, and an in-memory workbook the task pane uses instead of Excel.
// The test puts the workbook in window.__JIXIAO_TEST_WORKBOOK__ before any page script runs.
(function () {
  "use strict";

  const seed = window.__JIXIAO_TEST_WORKBOOK__;
  if (seed === undefined) throw new Error("office-stub: window.__JIXIAO_TEST_WORKBOOK__ is not set");

  const FILL = { error: "solid:FFFFC7CE", warning: "solid:FFFFEB9C" };
  /** "sheet!A1" → the cell's fill; a cell without a fill has no entry. */
  const formats = new Map(Object.entries(seed.formats));
  /** Fills as they were before the first highlight; null for a cell that had none. */
  const snapshot = new Map();
  const calls = [];
  let settings = null;
  let readGate = null;
  const failures = new Map();

  const clone = (value) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
  const record = (name, args) => calls.push({ name, args: clone(args) });

  /** Throws the way Office.js does (an object with a code), once, when the test asked for it. */
  function maybeFail(name) {
    const code = failures.get(name);
    if (code === undefined) return;
    failures.delete(name);
    const error = new Error("RichApi.Error: The requested resource doesn't exist.");
    error.name = "RichApi.Error";
    error.code = code;
    error.debugInfo = { code, errorLocation: "Range.format" };
    throw error;
  }

  const host = {
    async readWorkbook(onProgress) {
      record("readWorkbook", []);
      maybeFail("readWorkbook");
      const sheets = seed.grids.sheets;
      for (let i = 0; i < sheets.length; i++) {
        if (onProgress) onProgress(i + 1, sheets.length);
        if (readGate !== null) await readGate.promise;
      }
      return clone(seed.grids);
    },
    async highlight(diagnostics, messages) {
      record("highlight", [diagnostics.map((d) => ({ sheet: d.sheet, cell: d.cell, severity: d.severity })), messages]);
      maybeFail("highlight");
      let marked = 0;
      for (const d of diagnostics) {
        const fill = FILL[d.severity];
        if (fill === undefined) continue;
        const key = `${d.sheet}!${d.cell}`;
        // Only the first highlight's snapshot counts: a second check must not save our own red as "original".
        if (!snapshot.has(key)) snapshot.set(key, formats.has(key) ? formats.get(key) : null);
        formats.set(key, fill);
        marked++;
      }
      return { marked, notes: false };
    },
    async clearMarks() {
      record("clearMarks", []);
      maybeFail("clearMarks");
      const restored = snapshot.size;
      for (const [key, fill] of snapshot) {
        if (fill === null) formats.delete(key);
        else formats.set(key, fill);
      }
      snapshot.clear();
      return { restored };
    },
    async selectCell(sheet, cell) {
      record("selectCell", [sheet, cell]);
      maybeFail("selectCell");
    },
    async writeReport(rows, labels) {
      record("writeReport", [rows, labels]);
      maybeFail("writeReport");
    },
    async loadSettings() {
      record("loadSettings", []);
      return clone(settings) ?? null;
    },
    async saveSettings(next) {
      record("saveSettings", [next]);
      maybeFail("saveSettings");
      settings = clone(next);
    },
    async setLiveCheck(enabled) {
      record("setLiveCheck", [enabled]);
    },
  };

  window.__JIXIAO_TEST_HOST__ = host;
  /** Ribbon functions given to Office.actions.associate, and the dialog the command opened. */
  const actions = new Map();
  let dialog = null;

  window.__JIXIAO_FAKE__ = {
    calls: () => clone(calls),
    formats: () => Object.fromEntries(formats),
    holdReads() {
      let release;
      const promise = new Promise((resolve) => (release = resolve));
      readGate = { promise, release };
    },
    releaseReads() {
      if (readGate !== null) readGate.release();
      readGate = null;
    },
    failNext(name, code) {
      failures.set(name, code);
    },
    associated: () => [...actions.keys()],
    /** Presses a ribbon button: runs its function with an event whose completed() is recorded. Does not wait. */
    pressRibbon(id) {
      const event = { source: { id }, completed: () => record("event.completed", []) };
      void actions.get(id)(event);
    },
    /** The user closes the dialog with its X (Office reports 12006). */
    closeDialog() {
      dialog.handlers.get("dialogEventReceived")({ error: 12006 });
    },
  };

  window.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
    actions: {
      associate(id, fn) {
        actions.set(id, fn);
      },
    },
    context: {
      requirements: { isSetSupported: () => true },
      ui: {
        displayDialogAsync(url, options, callback) {
          record("displayDialogAsync", [url, options]);
          dialog = {
            handlers: new Map(),
            addEventHandler(type, handler) {
              this.handlers.set(type, handler);
            },
            close() {
              record("dialog.close", []);
            },
          };
          callback({ status: "succeeded", value: dialog });
        },
        messageParent(message) {
          record("messageParent", [message]);
        },
      },
    },
  };
})();
