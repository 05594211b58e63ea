// Served in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the real-browser test:
// a fake Office global whose onReady resolves, and an in-memory workbook the task pane uses instead of Excel.
// The test puts the workbook in window.__JIXIAO_TEST_WORKBOOK__ before any page script runs.
(function () {
  "use strict";

  const seed = window.__JIXIAO_TEST_WORKBOOK__;
  if (seed === undefined) throw new Error("office-stub: window.__JIXIAO_TEST_WORKBOOK__ is not set");

  const FILL = { error: "solid:FFFFC7CE", warning: "solid:FFFFEB9C" };
  /** The workbook's cells as the pane last wrote them; plans change it, reads return a copy. */
  const book = JSON.parse(JSON.stringify(seed.grids));
  /** Where the user's selection is; the test moves it. */
  let selection = { sheet: book.sheets[0] ? book.sheets[0].sheet : "Sheet1", cell: "A1" };
  /** A user's edit the test wants to land after the pane read the workbook but before its plan is applied. */
  let editBeforeApply = null;
  /** "sheet!A1" → the cell's fill; a cell without a fill has no entry. */
  const formats = new Map(Object.entries(seed.formats));
  /** Fills as they were before the first highlight; null for a cell that had none. */
  const snapshot = new Map();
  const calls = [];
  let settings = seed.settings === undefined ? null : JSON.parse(JSON.stringify(seed.settings));
  /** Whether the add-in's 校验报告 sheet exists (the fake keeps it out of reads, as the host does). */
  let reportSheet = false;
  let readGate = null;
  const failures = new Map();
  /** "sheet!B4" → the formula the test says that total cell holds (its value is the cached one in `book`). */
  const formulas = new Map();

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

  function sheetOf(name) {
    const sheet = book.sheets.find((s) => s.sheet === name);
    if (sheet === undefined) throw Object.assign(new Error(`no sheet ${name}`), { name: "RichApi.Error", code: "ItemNotFound" });
    return sheet;
  }

  /** "AB12" → { row: 11, col: 27 }. */
  function parseA1(address) {
    const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
    if (m === null) throw new Error(`office-stub: bad address ${address}`);
    let col = 0;
    for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
    return { row: Number(m[2]) - 1, col: col - 1 };
  }

  function parseRange(address) {
    const [a, b] = address.split(":");
    const from = parseA1(a);
    const to = parseA1(b ?? a);
    return { top: from.row, left: from.col, bottom: to.row, right: to.col };
  }

  function columnName(col) {
    let name = "";
    for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    return name;
  }

  function valueAt(sheet, row, col) {
    const line = sheetOf(sheet).cells[row];
    const value = line === undefined ? undefined : line[col];
    return value === undefined || value === "" ? null : value;
  }

  function setValue(sheet, row, col, value) {
    const cells = sheetOf(sheet).cells;
    while (cells.length <= row) cells.push([]);
    const line = cells[row];
    while (line.length <= col) line.push(null);
    line[col] = value === "" ? null : value;
  }

  /** The row of the sheet as it was that ends up at `finalRow` after the plan's insertions; null for an inserted row. */
  function rowBefore(insertions, sheet, finalRow) {
    const own = insertions.filter((i) => i.sheet === sheet).sort((a, b) => a.before - b.before);
    let shift = 0;
    for (const ins of own) {
      const top = ins.before + shift;
      if (finalRow < top) break;
      if (finalRow < top + ins.count) return null;
      shift += ins.count;
    }
    return finalRow - shift;
  }

  /**
   * What Excel does with a plan the host accepted: first every written cell is compared with what the
   * plan expects (a stale plan writes nothing), then new sheets, whole-row insertions (moving and
   * growing merged areas as Excel does), unmerges, values and merges. Formats are not modelled.
   */
  function applyPlanToBook(plan) {
    const fresh = new Set(plan.newSheets.map((s) => s.name));
    const stale = [];
    for (const write of plan.writes) {
      if (fresh.has(write.sheet)) continue;
      const ref = parseA1(write.cell);
      const original = rowBefore(plan.insertions, write.sheet, ref.row);
      if (original === null) continue;
      const found = valueAt(write.sheet, original, ref.col);
      const expected = write.kind === "fill" ? null : write.from;
      if (found !== expected) stale.push({ sheet: write.sheet, cell: write.cell, expected, found });
    }
    if (stale.length > 0) {
      const error = new Error(`${stale.length} cell(s) changed since the plan was made`);
      error.name = "PlanStaleError";
      error.cells = stale;
      throw error;
    }
    for (const s of plan.newSheets) book.sheets.push({ sheet: s.name, cells: [], merges: [] });
    for (const ins of [...plan.insertions].sort((a, b) => b.before - a.before)) {
      const sheet = sheetOf(ins.sheet);
      while (sheet.cells.length < ins.before) sheet.cells.push([]);
      sheet.cells.splice(ins.before, 0, ...Array.from({ length: ins.count }, () => []));
      sheet.merges = sheet.merges.map((m) =>
        m.top >= ins.before ? { ...m, top: m.top + ins.count, bottom: m.bottom + ins.count } : m.bottom >= ins.before ? { ...m, bottom: m.bottom + ins.count } : m,
      );
    }
    for (const m of plan.merges) {
      if (m.replaces === undefined) continue;
      const old = parseRange(m.replaces);
      const sheet = sheetOf(m.sheet);
      sheet.merges = sheet.merges.filter((x) => !(x.top === old.top && x.left === old.left && x.bottom === old.bottom && x.right === old.right));
    }
    for (const write of plan.writes) {
      const ref = parseA1(write.cell);
      setValue(write.sheet, ref.row, ref.col, write.to);
    }
    for (const m of plan.merges) sheetOf(m.sheet).merges.push(parseRange(m.range));
    return { applied: plan.writes.length, insertedRows: plan.insertions.reduce((n, i) => n + i.count, 0), refused: 0 };
  }

  /**
   * As the Excel host's applyPlan: a total the plan works out for a new project (a "new-project" fix)
   * is not written over a formula; once Excel recalculates, the host reads it back and reports one that
   * does not show the plan's figure. The stand-in computes no formula: the cell keeps its cached value,
   * as a SUM does when the row is appended right below its range (the case the walk takes).
   */
  function applyWithFormulaTotals(plan) {
    const key = (w) => `${w.sheet}!${w.cell}`;
    const kept = plan.writes.filter((w) => w.kind === "fix" && w.source === "new-project" && formulas.has(key(w)));
    const result = applyPlanToBook({ ...plan, writes: plan.writes.filter((w) => !kept.includes(w)) });
    if (kept.length === 0) return result;
    const totalsNotCovering = kept
      .map((w) => {
        const ref = parseA1(w.cell);
        return { cell: key(w), formula: formulas.get(key(w)), expected: w.to, found: valueAt(w.sheet, ref.row, ref.col) };
      })
      .filter((x) => x.found !== x.expected);
    return { ...result, formulasKept: kept.map(key), ...(totalsNotCovering.length > 0 ? { totalsNotCovering } : {}) };
  }

  const host = {
    async readWorkbook(onProgress) {
      record("readWorkbook", []);
      maybeFail("readWorkbook");
      const sheets = book.sheets;
      for (let i = 0; i < sheets.length; i++) {
        if (onProgress) onProgress(i + 1, sheets.length);
        if (readGate !== null) await readGate.promise;
      }
      return clone(book);
    },
    async highlight(marks) {
      // The annotation plan's marks, one per cell: recorded as where, how severe and the note.
      record("highlight", [marks.map((m) => ({ sheet: m.sheet, cell: m.cell, severity: m.severity })), marks.map((m) => m.note)]);
      maybeFail("highlight");
      // As the Excel host's applyMarks: the new marks go over the old ones, and a cell no longer listed gets its format back.
      const listed = new Set(marks.filter((m) => FILL[m.severity] !== undefined).map((m) => `${m.sheet}!${m.cell}`));
      for (const [key, fill] of [...snapshot]) {
        if (listed.has(key)) continue;
        if (fill === null) formats.delete(key);
        else formats.set(key, fill);
        snapshot.delete(key);
      }
      let marked = 0;
      for (const m of marks) {
        const fill = FILL[m.severity];
        if (fill === undefined) continue;
        const key = `${m.sheet}!${m.cell}`;
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
    async writeReport(report) {
      record("writeReport", [report]);
      maybeFail("writeReport");
      reportSheet = true;
    },
    async deleteReport() {
      record("deleteReport", []);
      maybeFail("deleteReport");
      const had = reportSheet;
      reportSheet = false;
      return had;
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
    async applyPlan(plan) {
      record("applyPlan", [plan]);
      maybeFail("applyPlan");
      if (editBeforeApply !== null) {
        const edit = editBeforeApply;
        editBeforeApply = null;
        const ref = parseA1(edit.cell);
        setValue(edit.sheet, ref.row, ref.col, edit.value);
      }
      return applyWithFormulaTotals(plan);
    },
    async writeSummary(summary) {
      record("writeSummary", [summary]);
      maybeFail("writeSummary");
      return { sheets: ["汇总-项目", "汇总-分类"] };
    },
    /** As the Excel host's deleteRows: nothing is deleted when a block's cells no longer hold what the pane wrote. */
    async deleteRows(blocks) {
      record("deleteRows", [blocks]);
      maybeFail("deleteRows");
      const changed = [];
      for (const b of blocks) {
        const cells = sheetOf(b.sheet).cells;
        for (let r = 0; r < b.count; r++) {
          const line = cells[b.first + r] || [];
          const want = b.expected[r] || [];
          for (let c = 0; c < Math.max(line.length, want.length); c++) {
            const found = valueAt(b.sheet, b.first + r, c);
            const expected = want[c] === undefined || want[c] === "" ? null : want[c];
            if (found !== expected) changed.push(`${b.sheet}!${columnName(c)}${b.first + r + 1}`);
          }
        }
      }
      if (changed.length > 0) return { deleted: 0, changed };
      for (const b of [...blocks].sort((x, y) => y.first - x.first)) {
        const sheet = sheetOf(b.sheet);
        sheet.cells.splice(b.first, b.count);
        const last = b.first + b.count - 1;
        // As Excel: a merged area inside the rows goes, one across them shrinks, one below moves up.
        sheet.merges = sheet.merges
          .filter((m) => !(m.top >= b.first && m.bottom <= last))
          .map((m) => {
            if (m.top > last) return { ...m, top: m.top - b.count, bottom: m.bottom - b.count };
            if (m.bottom < b.first) return m;
            const removed = Math.min(m.bottom, last) - Math.max(m.top, b.first) + 1;
            return { ...m, top: Math.min(m.top, b.first), bottom: m.bottom - removed };
          });
      }
      return { deleted: blocks.reduce((n, b) => n + b.count, 0), changed: [] };
    },
    async getSelection() {
      record("getSelection", []);
      maybeFail("getSelection");
      return { ...selection };
    },
  };

  window.__JIXIAO_TEST_HOST__ = host;
  /** Ribbon functions given to Office.actions.associate, and the dialog the command opened. */
  const actions = new Map();
  let dialog = null;

  window.__JIXIAO_FAKE__ = {
    /** The calls the host received, or only those named `name` (cloned after filtering: a check's highlight call is large). */
    calls: (name) => clone(name === undefined ? calls : calls.filter((c) => c.name === name)),
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
    /** The workbook as it is now (what the next read returns), without recording a read. */
    grids: () => clone(book),
    /** A cell's value now, null when blank. */
    cell(sheet, address) {
      const ref = parseA1(address);
      return valueAt(sheet, ref.row, ref.col);
    },
    select(sheet, cell) {
      selection = { sheet, cell };
    },
    /** The user types `value` into the cell. */
    setCell(sheet, address, value) {
      const ref = parseA1(address);
      setValue(sheet, ref.row, ref.col, value);
    },
    /** The cell holds `formula` (a total); its value stays what the workbook has there. */
    formulaAt(sheet, address, formula) {
      formulas.set(`${sheet}!${address}`, formula);
    },
    /** The user types `value` into the cell after the pane's next read, before its plan is applied. */
    editBeforeNextApply(sheet, cell, value) {
      editBeforeApply = { sheet, cell, value };
    },
    associated: () => [...actions.keys()],
    reportSheet: () => reportSheet,
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
