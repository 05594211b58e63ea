import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { copyFile, mkdtemp, mkdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { isDeepStrictEqual, promisify } from "node:util";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { chromiumPath } from "../programs";
import { planAnnotations, type PlannedReport } from "../../src/core/annotations";
import { checkWorkbook } from "../../src/core/check/check";
import { planFill, planFixes, workbookYear, type FillPlan } from "../../src/core/fill";
import type { WorkbookGrids } from "../../src/core/grid/grid";
import { renderMessage, ruleDescription, severityLabel } from "../../src/core/messages/render";
import type { Diagnostic } from "../../src/core/types";
import { buildSummary, type ConsolidatedSummary } from "../../src/core/summary";
import { readWorkbookFile } from "../../src/host/xlsx";
import { ignoreKey } from "../../src/taskpane/ignored";
import { uiStrings } from "../../src/taskpane/i18n";
import { countBySeverity, groupDiagnostics } from "../../src/taskpane/results";
import { UPDATE_SCREENSHOTS, screenshotPath } from "./screenshots";
import { serveDirectory, type StaticServer } from "./static-server";

const ROOT = resolve(__dirname, "../..");
const WORKBOOK = join(ROOT, "examples/seed003-liwan-list.xlsx");
const SHEET = "项目支出绩效目标表";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_STUB = join(__dirname, "office-stub.js");
// docs/*.png as they were before the run: a test run must not change them.
const DOCS_BEFORE = docsPictures();
// A fill the workbook does not have, put on a marked cell so clearing must restore a colour, not just remove one.
const PRESET_FILL = { key: `${SHEET}!G11`, fill: "solid:FFDDEBF7" };

interface FakeCall {
  readonly name: string;
  readonly args: readonly unknown[];
}

/** What office-stub.js puts on window for the test to drive and inspect. */
interface FakeControl {
  calls(name?: string): FakeCall[];
  formats(): Record<string, string>;
  holdReads(): void;
  releaseReads(): void;
  failNext(name: string, code: string): void;
  associated(): string[];
  pressRibbon(id: string): void;
  closeDialog(): void;
  grids(): WorkbookGrids;
  cell(sheet: string, address: string): unknown;
  select(sheet: string, cell: string): void;
  editBeforeNextApply(sheet: string, cell: string, value: unknown): void;
  setCell(sheet: string, cell: string, value: unknown): void;
  formulaAt(sheet: string, cell: string, formula: string): void;
}

type FakeWindow = Window & { readonly __JIXIAO_FAKE__: FakeControl; __JIXIAO_TEST_WORKBOOK__?: unknown };

function docsPictures(): Record<string, string> {
  const docs = join(ROOT, "docs");
  return Object.fromEntries(
    readdirSync(docs)
      .filter((f) => f.endsWith(".png"))
      .sort()
      .map((f) => [f, createHash("sha256").update(readFileSync(join(docs, f))).digest("hex")]),
  );
}

let buildDir = "";
let server: StaticServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
let page: Page;
let grids: WorkbookGrids;
let originalFormats: Record<string, string>;
let expected: readonly Diagnostic[];
const requested: string[] = [];
const blocked: string[] = [];
const pageErrors: string[] = [];
let officeJsFromStub = 0;

/** Every cell's fill in the example workbook, keyed "sheet!A1", in the stub's notation. */
function fillsOf(workbook: import("exceljs").Workbook): Record<string, string> {
  const fills: Record<string, string> = {};
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const fill = cell.fill;
        if (fill?.type === "pattern" && fill.pattern === "solid" && fill.fgColor?.argb) fills[`${sheet.name}!${cell.address}`] = `solid:${fill.fgColor.argb}`;
      });
    });
  });
  return fills;
}

// Plain functions: Playwright sends their source to the page (eval inside the page would break its CSP).
const fake = {
  calls: (): Promise<FakeCall[]> => page.evaluate(() => (window as unknown as FakeWindow).__JIXIAO_FAKE__.calls()),
  formats: (): Promise<Record<string, string>> => page.evaluate(() => (window as unknown as FakeWindow).__JIXIAO_FAKE__.formats()),
  holdReads: (): Promise<void> => page.evaluate(() => (window as unknown as FakeWindow).__JIXIAO_FAKE__.holdReads()),
  releaseReads: (): Promise<void> => page.evaluate(() => (window as unknown as FakeWindow).__JIXIAO_FAKE__.releaseReads()),
  failNext: (name: string, code: string): Promise<void> =>
    page.evaluate(([n, c]) => (window as unknown as FakeWindow).__JIXIAO_FAKE__.failNext(n, c), [name, code] as const),
  associated: (): Promise<string[]> => page.evaluate(() => (window as unknown as FakeWindow).__JIXIAO_FAKE__.associated()),
  pressRibbon: (id: string): Promise<void> => page.evaluate((i) => (window as unknown as FakeWindow).__JIXIAO_FAKE__.pressRibbon(i), id),
  closeDialog: (): Promise<void> => page.evaluate(() => (window as unknown as FakeWindow).__JIXIAO_FAKE__.closeDialog()),
  grids: (): Promise<WorkbookGrids> => page.evaluate(() => (window as unknown as FakeWindow).__JIXIAO_FAKE__.grids()),
  cell: (sheet: string, address: string): Promise<unknown> =>
    page.evaluate(([s, a]) => (window as unknown as FakeWindow).__JIXIAO_FAKE__.cell(s, a), [sheet, address] as const),
  select: (sheet: string, cell: string): Promise<void> =>
    page.evaluate(([s, c]) => (window as unknown as FakeWindow).__JIXIAO_FAKE__.select(s, c), [sheet, cell] as const),
  setCell: (sheet: string, cell: string, value: string): Promise<void> =>
    page.evaluate(([s, c, v]) => (window as unknown as FakeWindow).__JIXIAO_FAKE__.setCell(s, c, v), [sheet, cell, value] as const),
  editBeforeNextApply: (sheet: string, cell: string, value: string): Promise<void> =>
    page.evaluate(([s, c, v]) => (window as unknown as FakeWindow).__JIXIAO_FAKE__.editBeforeNextApply(s, c, v), [sheet, cell, value] as const),
  formulaAt: (sheet: string, cell: string, formula: string): Promise<void> =>
    page.evaluate(([s, c, f]) => (window as unknown as FakeWindow).__JIXIAO_FAKE__.formulaAt(s, c, f), [sheet, cell, formula] as const),
};

/** Reads until the value equals `want` or a few seconds pass, and returns the last reading for expect() to judge. */
async function settled<T>(read: () => Promise<T>, want: T, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (!isDeepStrictEqual(last, want) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    last = await read();
  }
  return last;
}

const callsNamed = (name: string): Promise<FakeCall[]> => page.evaluate((n) => (window as unknown as FakeWindow).__JIXIAO_FAKE__.calls(n), name);

/** The plan of the latest applyPlan call the fake received. */
async function lastPlan(): Promise<FillPlan> {
  const applied = await callsNamed("applyPlan");
  expect(applied.length).toBeGreaterThan(0);
  return applied.at(-1)!.args[0] as FillPlan;
}

/** A new browser context whose office.js is the stub, seeded with `seed`, and a page in it. */
async function openFakePage(seed: { grids: WorkbookGrids; formats: Record<string, string>; settings?: unknown }, width = 360): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: "zh-CN", deviceScaleFactor: 1 });
  contexts.push(context);
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) {
      officeJsFromStub++;
      await route.fulfill({ path: OFFICE_STUB, contentType: "text/javascript; charset=utf-8" });
    } else if (new URL(url).origin === server.origin) {
      await route.continue();
    } else {
      blocked.push(url);
      await route.abort("blockedbyclient");
    }
  });
  const opened = await context.newPage();
  opened.on("request", (request) => requested.push(request.url()));
  opened.on("pageerror", (error) => pageErrors.push(error.message));
  opened.on("console", (message) => {
    if (message.type() === "error") pageErrors.push(message.text());
  });
  await opened.addInitScript((workbook) => {
    (window as unknown as FakeWindow).__JIXIAO_TEST_WORKBOOK__ = workbook;
  }, seed);
  await opened.addInitScript(recordAnnouncements);
  return opened;
}

/**
 * Runs in the page before its scripts: keeps what Fluent's AriaLiveAnnouncer says, whichever way it
 * says it: document.ariaNotify where the browser has it, else the text it puts in its assertive live
 * region (a visually hidden <div aria-live="assertive"> appended to <body>).
 */
function recordAnnouncements(): void {
  const said: string[] = [];
  (window as unknown as { __JIXIAO_SAID__: string[] }).__JIXIAO_SAID__ = said;
  const proto = Document.prototype as unknown as { ariaNotify?: (this: Document, message: string, options?: unknown) => void };
  const original = proto.ariaNotify;
  if (typeof original === "function")
    proto.ariaNotify = function (message: string, options?: unknown): void {
      said.push(String(message));
      original.call(this, message, options);
    };
  new MutationObserver((records) => {
    for (const r of records)
      for (const node of Array.from(r.addedNodes)) {
        const region = node.parentElement;
        if (region?.getAttribute("aria-live") === "assertive" && region.parentElement === document.body && node.textContent) said.push(node.textContent);
      }
  }).observe(document, { childList: true, subtree: true });
}

/** What the pane's announcer said since the last call (and forgets it). */
function announced(): Promise<string> {
  return page.evaluate(() => {
    const said = (window as unknown as { __JIXIAO_SAID__: string[] }).__JIXIAO_SAID__;
    return said.splice(0, said.length).join(" ");
  });
}

/** Waits for the pane to be idle again (no progress shown) after an action. */
async function idle(): Promise<void> {
  await page.locator("[data-progress]").waitFor({ state: "detached" });
}

beforeAll(async () => {
  const read = await readWorkbookFile(WORKBOOK);
  if (!read.ok) throw new Error(`cannot read ${WORKBOOK}: ${read.error.code}`);
  grids = read.grids;
  originalFormats = { ...fillsOf(read.workbook), [PRESET_FILL.key]: PRESET_FILL.fill };
  expected = checkWorkbook(grids).report.diagnostics;

  // The production build, as deployed, into a directory of its own so dist/ is left alone.
  buildDir = await mkdtemp(join(tmpdir(), "jixiao-pane-"));
  await promisify(execFile)(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", buildDir], {
    cwd: ROOT,
    maxBuffer: 16 * 1024 * 1024,
  });
  await copyFile(AXE, join(buildDir, "axe.min.js"));
  server = await serveDirectory(buildDir);

  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
  });
  page = await openFakePage({ grids, formats: originalFormats });
}, 180_000);

afterAll(async () => {
  for (const opened of contexts) await opened.close();
  await browser?.close();
  await server?.close();
  if (buildDir !== "") await rm(buildDir, { recursive: true, force: true });
});

describe("the built task pane in Chromium with a fake Excel backed by seed003", () => {
  it("loads in Chinese with nothing checked yet", async () => {
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("heading", { name: "绩效表助手" }).waitFor();
    expect(await page.getByRole("button", { name: "校验", exact: true }).isEnabled()).toBe(true);
    expect(await page.locator("[data-diagnostic]").count()).toBe(0);
    expect(await callsNamed("loadSettings")).toHaveLength(1);
  });

  it("校验 shows reading progress, then exactly the workbook's diagnostics grouped by sheet and table", async () => {
    await fake.holdReads();
    await page.getByRole("button", { name: "校验", exact: true }).click();
    await page.getByText("正在读取工作表 1/1").waitFor();
    expect(await page.getByRole("button", { name: "校验", exact: true }).isDisabled()).toBe(true);
    await fake.releaseReads();

    const items = page.locator("[data-diagnostic]");
    await items.first().waitFor();
    await page.locator("[data-progress]").waitFor({ state: "detached" });
    const shown = await items.evaluateAll((buttons) =>
      buttons.map((b) => [b.getAttribute("data-diagnostic"), b.querySelector("[data-message]")?.textContent ?? ""]),
    );
    expect(shown).toEqual(expected.map((d) => [`${d.sheet}!${d.cell}`, renderMessage(d, "zh-CN")]));

    // The four missing categories this example is known for, whatever other rules add as they land.
    const errors = await page
      .locator('[data-diagnostic][data-severity="error"][data-rule="missing-category"]')
      .evaluateAll((buttons) => buttons.map((b) => [b.getAttribute("data-diagnostic"), b.querySelector("[data-message]")?.textContent ?? ""]));
    expect(errors).toEqual([
      [`${SHEET}!G8`, "缺少效益指标（原通用框架要求：产出指标、效益指标、满意度指标），可用“补全”按模板添加"],
      [`${SHEET}!G11`, "缺少满意度指标（原通用框架要求：产出指标、效益指标、满意度指标），可用“补全”按模板添加"],
      [`${SHEET}!G12`, "缺少效益指标（原通用框架要求：产出指标、效益指标、满意度指标），可用“补全”按模板添加"],
      [`${SHEET}!G15`, "缺少满意度指标（原通用框架要求：产出指标、效益指标、满意度指标），可用“补全”按模板添加"],
    ]);

    // seed003 has seven diagnostics, all errors.
    expect(expected).toHaveLength(7);
    await page.getByText("错误 7 个，警告 0 个，提示 0 个").waitFor();
    expect(await page.getByRole("tab").allInnerTexts()).toEqual(["全部 7", "错误 7", "警告 0", "提示 0"]);
    expect(await page.locator("[data-sheet-header]").evaluateAll((h) => h.map((e) => e.getAttribute("data-sheet-header")))).toEqual([SHEET]);
    expect(await page.getByRole("heading", { level: 2 }).filter({ hasText: SHEET }).count()).toBe(1);
    expect(await page.locator("[data-table-header]").evaluateAll((s) => s.map((e) => e.getAttribute("data-table-header")))).toEqual([
      "公务接待费",
      "进京劝返协调工作经费",
      "办公室水电及物业管理费等",
      "编外人员聘用经费",
      "购置经费",
    ]);
    const hospitalityErrors = expected.filter((d) => d.table === "公务接待费" && d.severity === "error").length;
    expect(await page.locator(`[data-table-header="公务接待费"] [data-count="error"]`).textContent()).toBe(`错误 ${hospitalityErrors}`);
  });

  it("marks the cells and writes the report through the host, once per check", async () => {
    const highlight = await callsNamed("highlight");
    expect(highlight).toHaveLength(1);
    // The core's one plan, as the CLI's annotated copy applies it: one mark per cell, its note with every finding there.
    const plan = planAnnotations(checkWorkbook(grids).report, "zh-CN");
    const [marked, notes] = highlight[0]!.args as [{ sheet: string; cell: string; severity: string }[], string[]];
    expect(marked).toEqual(plan.marks.map((m) => ({ sheet: m.sheet, cell: m.cell, severity: m.severity })));
    expect(marked.map((m) => m.cell)).toEqual(["G8", "G11", "G12", "G14", "G15"]);
    expect(notes).toEqual(plan.marks.map((m) => m.note));
    expect(notes[0]).toBe(`【绩效表助手】${severityLabel("error")}：${renderMessage(expected[0]!, "zh-CN")}（${ruleDescription(expected[0]!.rule, "zh-CN")}）`);

    const report = await callsNamed("writeReport");
    expect(report).toHaveLength(1);
    const [sheet] = report[0]!.args as [PlannedReport];
    expect(sheet.name).toBe("校验报告");
    expect(sheet).toEqual(plan.report);
    expect(sheet.rows.filter((r) => r.style === "problem").map((r) => [r.link?.sheet, r.cells[0], r.cells[2], r.cells[4]])).toEqual(
      expected.map((d) => [d.sheet, d.cell, severityLabel(d.severity), renderMessage(d, "zh-CN")]),
    );

    const formats = await fake.formats();
    expect(formats[`${SHEET}!G8`]).toBe("solid:FFFFC7CE");
    expect(formats[PRESET_FILL.key]).toBe("solid:FFFFC7CE");
  });

  it("keeps a screenshot of the pane with results (docs/ only through npm run screenshots)", async () => {
    const path = screenshotPath("taskpane.png");
    await mkdir(dirname(path), { recursive: true });
    await page.screenshot({ path, fullPage: true });
  });

  it("a click or Enter on a diagnostic selects its cell", async () => {
    await page.locator(`[data-diagnostic="${SHEET}!G8"]`).click();
    const selections = async (): Promise<unknown[]> => (await callsNamed("selectCell")).map((c) => c.args);
    expect(await settled(selections, [[SHEET, "G8"]])).toEqual([[SHEET, "G8"]]);
    await page.locator(`[data-diagnostic="${SHEET}!G11"]`).focus();
    await page.keyboard.press("Enter");
    const both = [
      [SHEET, "G8"],
      [SHEET, "G11"],
    ];
    expect(await settled(selections, both)).toEqual(both);
  });

  it("filters by severity", async () => {
    const warnings = expected.filter((d) => d.severity === "warning").length;
    await page.getByRole("tab", { name: `警告 ${warnings}` }).click();
    expect(await page.locator("[data-diagnostic]").count()).toBe(warnings);
    if (warnings === 0) await page.getByText("没有警告。").waitFor();
    await page.getByRole("tab", { name: `错误 ${expected.filter((d) => d.severity === "error").length}` }).click();
    expect(await page.locator("[data-diagnostic]").evaluateAll((b) => b.map((e) => e.getAttribute("data-severity")))).toEqual(
      expected.filter((d) => d.severity === "error").map(() => "error"),
    );
    await page.getByRole("tab", { name: `全部 ${expected.length}` }).click();
    expect(await page.locator("[data-diagnostic]").count()).toBe(expected.length);
  });

  it("an Excel error is shown in plain words, without the developer message", async () => {
    await fake.failNext("clearMarks", "ItemNotFound");
    await page.getByRole("button", { name: "清除标记" }).click();
    const bar = page.locator('[data-failure="clear"]');
    await bar.waitFor();
    const text = (await bar.textContent()) ?? "";
    expect(text).toContain("清除标记时出错。找不到要操作的工作表或单元格");
    expect(text).toContain("（代码：ItemNotFound）");
    expect(text).not.toContain("RichApi");
    expect(text).not.toContain("doesn't exist");
    await bar.getByRole("button", { name: "关闭" }).click();
    await bar.waitFor({ state: "detached" });
  });

  it("清除标记 restores every cell's format exactly", async () => {
    expect(await fake.formats()).not.toEqual(originalFormats);
    await page.getByRole("button", { name: "清除标记" }).click();
    await page.locator('[data-notice="cleared"]').waitFor();
    const marked = new Set(expected.filter((d) => d.severity !== "info").map((d) => `${d.sheet}!${d.cell}`)).size;
    expect(await page.locator('[data-notice="cleared"]').textContent()).toContain(`已清除 ${marked} 个单元格的标记`);
    expect(await fake.formats()).toEqual(originalFormats);
  });

  it("switches to English and remembers it through the host", async () => {
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("button", { name: "Check", exact: true }).waitFor();
    const first = expected[0]!;
    expect(await page.locator(`[data-diagnostic="${first.sheet}!${first.cell}"] [data-message]`).first().textContent()).toBe(renderMessage(first, "en"));
    const saved = await callsNamed("saveSettings");
    expect(saved.at(-1)?.args[0]).toMatchObject({ locale: "en" });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
  });

  it("switches back to Chinese", async () => {
    await page.getByRole("button", { name: "中文" }).click();
    await page.getByRole("button", { name: "校验", exact: true }).waitFor();
  });

  it("生成汇总 summarizes the workbook as read and writes the summary sheets through the host", async () => {
    await page.getByRole("button", { name: "生成汇总" }).click();
    const notice = page.locator('[data-notice="summary"]');
    await notice.waitFor();
    expect(await notice.textContent()).toBe("已生成汇总：汇总-项目、汇总-分类");
    const written = await callsNamed("writeSummary");
    expect(written).toHaveLength(1);
    const [summary] = written[0]!.args as [ConsolidatedSummary];
    // domain.md: seed 003's projects add up to 308.00 万元.
    expect(summary.unit).toBe("万元");
    expect(summary.totals.total.toFixed(2)).toBe("308.00");
    const { parsed, report } = checkWorkbook(grids);
    const own = buildSummary([{ file: "", parsed, diagnostics: report.diagnostics }]);
    expect(summary.projects.map((p) => [p.name, p.total])).toEqual(own.projects.map((p) => [p.name, p.total]));
  });

  it("补全 on 公务接待费's item appends a 效益 item to its encoded cell G8, and the re-check drops G8's missing-category error", async () => {
    const lacking = expected.filter((d) => d.rule === "missing-category").map((d) => `${d.sheet}!${d.cell}`);
    expect(await page.locator('[data-item][data-rule="missing-category"]').evaluateAll((items) => items.map((i) => i.getAttribute("data-item")))).toEqual(
      lacking,
    );
    // seed 003 has no safe fix and no suggestion: no 修复 or 采纳 anywhere, and no 全部修复 in the header.
    expect(await page.locator('[data-action="fix"], [data-action="accept"]').count()).toBe(0);
    expect(await page.getByRole("button", { name: /^全部修复/u }).count()).toBe(0);
    await page.getByRole("button", { name: "全部补全（4）" }).waitFor();

    const before = await fake.cell(SHEET, "G8");
    const clearsBefore = (await callsNamed("clearMarks")).length;
    await page.getByRole("button", { name: `补全 ${SHEET}!G8` }).click();
    const notice = page.locator('[data-notice="edited"]');
    await notice.waitFor();
    await idle();
    const text = (await notice.textContent()) ?? "";
    expect(text).toContain("已为“公务接待费”补全：效益指标/社会效益指标。");
    expect(text).toContain("已写入 1 个单元格。");
    expect(text).not.toContain("插入 0 行");

    // The plan the pane sent is the core's for that one project, and the fake's cell now holds it.
    const planned = planFill(grids, { fixes: false, year: workbookYear(grids) ?? 0, tables: (t) => t.id === "公务接待费" }).plan;
    const plan = await lastPlan();
    expect(plan).toEqual(planned);
    expect(plan.writes.map((w) => [w.kind, w.cell])).toEqual([["append", "G8"]]);
    const after = await fake.cell(SHEET, "G8");
    expect(typeof before).toBe("string");
    expect(after).toBe(planned.writes[0]!.to);
    expect((after as string).startsWith(before as string)).toBe(true);
    expect((after as string).slice((before as string).length)).toMatch(/^3、2-效益指标；/u);
    // An append changes no format: the marks stay where they are.
    expect(await callsNamed("clearMarks")).toHaveLength(clearsBefore);

    await page.locator(`[data-diagnostic="${SHEET}!G8"][data-rule="missing-category"]`).waitFor({ state: "detached" });
    expect(await page.locator(`[data-diagnostic="${SHEET}!G12"][data-rule="missing-category"]`).count()).toBe(1);
    expect(await callsNamed("writeReport")).toHaveLength(2);
    // The focus is on the item that took the completed one's place, not on <body>.
    const index = expected.findIndex((d) => d.cell === "G8" && d.rule === "missing-category");
    const now = checkWorkbook(await fake.grids()).report.diagnostics;
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-diagnostic"))).toBe(`${now[index]!.sheet}!${now[index]!.cell}`);
  });
  it("全部补全 in the list header completes the three projects left, and no missing category remains", async () => {
    await page.getByRole("button", { name: "全部补全（3）" }).click();
    const notice = page.locator('[data-list-head] [data-notice="edited"]');
    await notice.waitFor();
    await idle();
    expect(await notice.locator("[data-notice-line]").first().textContent()).toBe("已为 3 个项目补全缺失的指标类别。");
    expect(await inViewport(notice)).toBe(true);
    expect(checkWorkbook(await fake.grids()).report.diagnostics.filter((d) => d.rule === "missing-category")).toEqual([]);
    expect(await page.locator('[data-diagnostic][data-rule="missing-category"]').count()).toBe(0);
    expect(await page.getByRole("button", { name: /^全部补全/u }).count()).toBe(0);
    expect(await focused()).not.toBe("body");
  });
});

describe("the ribbon 校验 in the built commands.html, with the same fake Excel", () => {
  let dialogUrl: URL;

  it("checks, marks and reports without the pane, then tells the counts in a dialog and completes when it closes", async () => {
    await page.goto(`${server.origin}/commands.html`);
    expect(await settled(() => fake.associated(), ["runCheck"])).toEqual(["runCheck"]);
    await fake.pressRibbon("runCheck");
    const opened = await settled(async () => (await callsNamed("displayDialogAsync")).length, 1);
    expect(opened).toBe(1);

    const names = (await fake.calls()).map((c) => c.name);
    expect(names).toEqual(["loadSettings", "readWorkbook", "highlight", "writeReport", "displayDialogAsync"]);
    const [highlighted] = (await callsNamed("highlight"))[0]!.args as [{ cell: string }[]];
    // One mark per cell: G12 and G14 hold two findings each.
    expect(highlighted.map((d) => d.cell)).toEqual(planAnnotations(checkWorkbook(grids).report, "zh-CN").marks.map((m) => m.cell));
    expect(highlighted.map((d) => d.cell)).toEqual(["G8", "G11", "G12", "G14", "G15"]);

    const [url] = (await callsNamed("displayDialogAsync"))[0]!.args as [string];
    dialogUrl = new URL(url);
    expect(dialogUrl.origin + dialogUrl.pathname).toBe(`${server.origin}/commands.html`);
    const count = (s: Diagnostic["severity"]): string => String(expected.filter((d) => d.severity === s).length);
    expect(Object.fromEntries(dialogUrl.searchParams)).toEqual({
      notice: "checked",
      lang: "zh-CN",
      error: count("error"),
      warning: count("warning"),
      info: count("info"),
    });

    // The function file must stay alive while its dialog is open: Office closes both on completed().
    expect(await callsNamed("event.completed")).toHaveLength(0);
    await fake.closeDialog();
    expect(await settled(async () => (await callsNamed("event.completed")).length, 1)).toBe(1);
  });

  it("the dialog page shows the counts and asks its opener to close it", async () => {
    await page.goto(dialogUrl.href);
    await page.getByRole("heading", { name: "校验完成" }).waitFor();
    const count = (s: Diagnostic["severity"]): number => expected.filter((d) => d.severity === s).length;
    await page.getByText(`错误 ${count("error")} 个，警告 ${count("warning")} 个，提示 ${count("info")} 个。`).waitFor();
    await page.getByRole("button", { name: "关闭" }).click();
    expect(await settled(async () => (await callsNamed("messageParent")).map((c) => c.args), [["close"]])).toEqual([["close"]]);
    expect((await fake.calls()).map((c) => c.name)).toEqual(["messageParent"]);
  });
});

const AXE = require.resolve("axe-core/axe.min.js");

/**
 * Findings on Fluent UI internals, each with its upstream issue: tabster (Fluent's focus manager, used
 * by TabList and arrow-key groups) puts focusable aria-hidden <i data-tabster-dummy> guards around
 * them, which only pass the focus on (microsoft/fluentui#25133, microsoft/tabster#288). Only nodes
 * that are such guards are excused; any other node breaking the same rule is a violation.
 */
const KNOWN_FLUENT: Readonly<Record<string, { readonly issue: string; readonly node: RegExp }>> = {
  "aria-hidden-focus": { issue: "https://github.com/microsoft/fluentui/issues/25133", node: /^<i [^>]*data-tabster-dummy/u },
};

interface AxeViolation {
  readonly id: string;
  readonly nodes: readonly { readonly target: readonly string[]; readonly html: string }[];
}

/** Runs axe-core in the page (served from the pane's own origin, as its CSP wants) and returns what it found. */
async function axeViolations(state: string): Promise<string[]> {
  if ((await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe)) === "undefined")
    await page.addScriptTag({ url: `${server.origin}/axe.min.js` });
  // A notice fading in is not the colour it settles at: contrast is judged once the motion has ended.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })) }));
  });
  return violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !(KNOWN_FLUENT[v.id]?.node.test(n.html) ?? false)) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${state}: ${v.id} ${v.nodes.map((n) => n.html.slice(0, 160)).join(" | ")}`);
}

/** The element's box lies inside the viewport (the user sees it without scrolling). */
async function inViewport(locator: ReturnType<Page["locator"]>): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize()!;
  return box !== null && box.y >= 0 && box.x >= 0 && box.y + Math.min(box.height, 80) <= size.height && box.x + box.width <= size.width + 1;
}

/** What has the keyboard focus: an item's cell, a button's name, or "body". */
function focused(): Promise<string> {
  return page.evaluate(() => {
    const a = document.activeElement;
    if (a === null || a === document.body) return "body";
    if (a instanceof HTMLInputElement) return `field:${a.labels?.[0]?.textContent ?? ""}`;
    return a.getAttribute("data-diagnostic") ?? a.getAttribute("aria-label") ?? a.textContent?.trim() ?? a.tagName;
  });
}

/** Waits until the announcer has said each of `parts` (or a few seconds pass) and returns all it said meanwhile. */
async function heard(parts: readonly string[], timeoutMs = 4000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = await announced();
  while (!parts.every((p) => text.includes(p)) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    text = `${text} ${await announced()}`.trim();
  }
  return text;
}

/** Asserts the announcer said each part (the result the user sees, and the counts after a check). */
async function expectHeard(parts: readonly string[]): Promise<void> {
  const text = await heard(parts);
  for (const part of parts) expect(text).toContain(part);
}

const ZH = uiStrings("zh-CN");
/** What the pane says about a check's result: the counts, or 未发现问题. */
const countsSaid = (ds: readonly Diagnostic[]): string => (ds.length === 0 ? ZH.noProblems : ZH.countsLine(countBySeverity(ds)));
/** A notice's lines as the announcer says them. */
const noticeSaid = async (notice: ReturnType<Page["locator"]>): Promise<string> => (await notice.locator("[data-notice-line]").allTextContents()).join(" ");

/** Does `act`, waits for the notice it brings and for the pane to be idle; the notice must be in view and said aloud. Its lines. */
async function expectNotice(notice: ReturnType<Page["locator"]>, act: () => Promise<void>): Promise<string[]> {
  await announced();
  await act();
  await notice.waitFor();
  await idle();
  expect(await inViewport(notice)).toBe(true);
  const lines = await notice.locator("[data-notice-line]").allTextContents();
  await expectHeard([lines.join(" ")]);
  return lines;
}

/** Nothing sticks out sideways: the page is no wider than the pane. */
function overflowX(): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

const serious = (ds: readonly Diagnostic[]): Diagnostic[] => ds.filter((d) => d.severity !== "info");
const at = (d: Diagnostic): string => `${d.sheet}!${d.cell}`;
/** Diagnostics in the order the pane lists them: sheet, then table, then cell. */
const listed = (ds: readonly Diagnostic[]): Diagnostic[] => groupDiagnostics(ds, "all").flatMap((s) => s.tables.flatMap((t) => [...t.diagnostics]));

function usedRows(g: WorkbookGrids, sheet: string): number {
  const cells = g.sheets.find((x) => x.sheet === sheet)!.cells;
  for (let r = cells.length - 1; r >= 0; r--) if ((cells[r] ?? []).some((v) => v !== null && String(v).trim() !== "")) return r + 1;
  return 0;
}

const WALKED = ["seed000-tianjin-blocks", "seed001-dongli-department", "seed002-qingdao-plan", "seed003-liwan-list", "seed004-korla-weighted"];
let walkSteps = 0;
/** DOM nodes and page height with the 2,000-project result on screen, measured by the large-workbook test. */
let largeMeasured: Record<string, number> | null = null;

/** A workbook's cells without the blank rows and cells at the ends, which no reader can tell from absent ones. */
function normalised(g: WorkbookGrids): { sheet: string; cells: unknown[][] }[] {
  return g.sheets.map((s) => {
    const cells = s.cells.map((row) => {
      const line = row.map((v) => (v === "" || v === undefined ? null : v));
      while (line.length > 0 && line.at(-1) === null) line.pop();
      return line;
    });
    while (cells.length > 0 && cells.at(-1)!.length === 0) cells.pop();
    return { sheet: s.sheet, cells };
  });
}

describe.each(WALKED)("walking %s as a budget officer would, at 320 px", (file) => {
  let beforeInsert: WorkbookGrids;
  let start: WorkbookGrids;
  let first: readonly Diagnostic[];
  const violations: string[] = [];
  const list = (): ReturnType<Page["locator"]> => page.locator("[data-list-head]");
  const step = async (state: string): Promise<void> => {
    walkSteps++;
    expect([state, await overflowX()]).toEqual([state, 0]);
    violations.push(...(await axeViolations(state)));
  };

  beforeAll(async () => {
    const read = await readWorkbookFile(join(ROOT, `examples/${file}.xlsx`));
    if (!read.ok) throw new Error(read.error.code);
    start = read.grids;
    first = checkWorkbook(start).report.diagnostics;
    page = await openFakePage({ grids: start, formats: {} }, 320);
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("heading", { name: "绩效表助手" }).waitFor();
  }, 60_000);

  it("校验 lists the check's findings and says how many, inside the viewport and aloud, with the focus on 校验", async () => {
    await announced();
    await page.getByRole("button", { name: "校验", exact: true }).click();
    await idle();
    await page.locator("[data-summary]").waitFor();
    await expectHeard([countsSaid(first)]);
    // The list renders the rows in view: the first ones, in the order the check gives.
    const rendered = await page.locator("[data-diagnostic]").evaluateAll((b) => b.map((e) => e.getAttribute("data-diagnostic")));
    expect(rendered).toEqual(listed(first).slice(0, rendered.length).map(at));
    expect(await page.locator("[data-diagnostic]").count()).toBeGreaterThanOrEqual(Math.min(first.length, 5));
    expect(await inViewport(page.locator("[data-summary]"))).toBe(true);
    expect(await focused()).toBe("校验");
    if (file === "seed001-dongli-department") {
      await page.screenshot({ path: screenshotPath("taskpane-320.png"), fullPage: false });
      await page.setViewportSize({ width: 450, height: 900 });
      // The list measures its rows again at the new width before they are shown where they now belong.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))));
      expect(await overflowX()).toBe(0);
      await page.screenshot({ path: screenshotPath("taskpane-450.png"), fullPage: false });
      await page.setViewportSize({ width: 320, height: 900 });
    }
    await step("checked");
  });

  it("修复 on an item fixes that one cell, says what changed in one line where the user looks, and moves the focus to the next item", async () => {
    const order = listed(first);
    const target = order.find((d) => d.fix !== undefined && d.fix.edits.length > 0);
    if (target === undefined) {
      expect(await page.locator('[data-action="fix"]').count()).toBe(0);
      return;
    }
    const edit = target.fix!.edits[0]!;
    const index = order.indexOf(target);
    await announced();
    await page
      .getByRole("button", { name: `修复 ${at(target)}` })
      .first()
      .click();
    const notice = list().locator('[data-notice="edited"]');
    await notice.waitFor();
    await idle();
    expect(await inViewport(notice)).toBe(true);
    expect(await notice.locator("[data-notice-line]").allTextContents()).toEqual([
      `已修复 ${at(target)}。`,
      `${edit.cell}：${String(edit.from)} → ${String(edit.to)}`,
    ]);
    expect(await fake.cell(edit.sheet, edit.cell)).toBe(edit.to);
    // What the pane wrote checks clean: that finding is gone and nothing new appeared.
    const after = checkWorkbook(await fake.grids()).report.diagnostics;
    // Said aloud: what changed, then the counts of the check after it.
    await expectHeard([`已修复 ${at(target)}。 ${edit.cell}：${String(edit.from)} → ${String(edit.to)}`, countsSaid(after)]);
    expect(after.some((d) => d.rule === target.rule && at(d) === at(target))).toBe(false);
    expect(after.length).toBe(first.length - 1);
    expect(await focused()).toBe(at(listed(after)[index]!));
    await step("fixed one");
  });

  it("撤销 puts exactly that cell back, and says so in one line", async () => {
    const target = listed(first).find((d) => d.fix !== undefined && d.fix.edits.length > 0);
    if (target === undefined) return;
    const edit = target.fix!.edits[0]!;
    await announced();
    await list().locator('[data-notice="edited"]').getByRole("button", { name: "撤销" }).click();
    const notice = list().locator('[data-notice="undone"]');
    await notice.waitFor();
    await idle();
    expect(await inViewport(notice)).toBe(true);
    expect(await notice.locator("[data-notice-line]").allTextContents()).toEqual([
      "已撤销 1 处修改：",
      `${edit.cell}：${String(edit.to)} → ${String(edit.from)}`,
    ]);
    await expectHeard([`已撤销 1 处修改： ${edit.cell}：${String(edit.to)} → ${String(edit.from)}`, countsSaid(first)]);
    expect(await fake.cell(edit.sheet, edit.cell)).toBe(edit.from);
    expect(checkWorkbook(await fake.grids()).report.diagnostics.map(at)).toEqual(first.map(at));
    expect(await focused()).not.toBe("body");
  });

  it("全部修复 in the list header fixes every safe fix in one plan, and none is left", async () => {
    const fixable = first.filter((d) => d.fix !== undefined && d.fix.edits.length > 0);
    if (fixable.length === 0) return;
    const plan = planFixes(first);
    await announced();
    await list()
      .getByRole("button", { name: `全部修复（${fixable.length}）` })
      .click();
    const notice = list().locator('[data-notice="edited"]');
    await notice.waitFor();
    await idle();
    expect(await inViewport(notice)).toBe(true);
    expect(await notice.locator("[data-notice-line]").first().textContent()).toBe(`已修复 ${fixable.length} 处问题。`);
    for (const w of plan.writes) expect(await fake.cell(w.sheet, w.cell)).toBe(w.to);
    const after = checkWorkbook(await fake.grids()).report.diagnostics;
    await expectHeard([await noticeSaid(notice), countsSaid(after)]);
    expect(after.filter((d) => d.fix !== undefined)).toEqual([]);
    expect(await page.locator('[data-action="fix"]').count()).toBe(0);
    expect(await focused()).not.toBe("body");
    await step("fixed all");
  });

  it("撤销 of 全部修复 leaves a cell the user typed into since, and says which", async () => {
    const plan = planFixes(first);
    if (plan.writes.length < 2) return;
    const typed = plan.writes[0]!;
    await fake.setCell(typed.sheet, typed.cell, "用户改过");
    await list().locator('[data-notice="edited"]').getByRole("button", { name: "撤销" }).click();
    const notice = list().locator('[data-notice="undone"]');
    await notice.waitFor();
    await idle();
    const lines = await notice.locator("[data-notice-line]").allTextContents();
    expect(lines[0]).toBe(`已撤销 ${plan.writes.length - 1} 处修改：`);
    expect(lines[2]).toBe(`${typed.cell} 共 1 个单元格在写入后又被改动，为避免覆盖，没有撤销。`);
    expect(await fake.cell(typed.sheet, typed.cell)).toBe("用户改过");
    for (const w of plan.writes.slice(1)) expect(await fake.cell(w.sheet, w.cell)).toBe(w.from);
    // Put the workbook as 全部修复 left it, for the steps after.
    await fake.setCell(typed.sheet, typed.cell, String(typed.to));
    await list()
      .getByRole("button", { name: /^全部修复/u })
      .click();
    await list().locator('[data-notice="edited"]').waitFor();
    await idle();
    expect(checkWorkbook(await fake.grids()).report.diagnostics.filter((d) => d.fix !== undefined)).toEqual([]);
  });

  it("插入新项目 typed in 万元 goes in the selected sheet's unit, shown before anything is written, and the new project checks clean", async () => {
    const now = await fake.grids();
    beforeInsert = now;
    const parsed = checkWorkbook(now).parsed;
    const project = parsed.tables.find((t) => t.kind === "project")!;
    const sheet = project.sheet;
    const yuan = project.kind === "project" && project.unit === "元";
    await fake.select(sheet, `A${usedRows(now, sheet) + 3}`);
    await page.getByRole("button", { name: "插入新项目" }).click();
    const panel = page.locator('[data-panel="insert"]');
    await panel.waitFor();
    // Every problem at once, at its field, before anything is read.
    const reads = (await callsNamed("readWorkbook")).length;
    await panel.getByLabel("预算数").fill("十二");
    await panel.getByRole("button", { name: "在所选位置插入" }).click();
    await panel.getByText("请填写项目名称。").waitFor();
    await panel.getByText("请填写有效的预算数（不小于 0 的数字）。").waitFor();
    expect((await callsNamed("readWorkbook")).length).toBe(reads);
    expect(await focused()).toMatch(/^field:项目名称/u);
    await panel.getByLabel("项目名称").fill("信访信息系统运维");
    await panel.getByLabel("预算数").fill("12.5");
    await panel.getByLabel("所填金额的单位").selectOption("万元");
    await panel.getByRole("button", { name: "在所选位置插入" }).click();
    const applies = (await callsNamed("applyPlan")).length;
    if (yuan) {
      const confirm = panel.locator("[data-confirm]");
      await confirm.waitFor();
      await idle();
      expect(await confirm.locator("[data-conversion]").textContent()).toBe(`“${sheet}”的金额单位是元，预算数将写为：12.5 万元 = 125,000.00 元。`);
      expect(await inViewport(confirm)).toBe(true);
      expect((await callsNamed("applyPlan")).length).toBe(applies);
      if (file === "seed001-dongli-department") await page.screenshot({ path: screenshotPath("taskpane-insert-320.png"), fullPage: false });
      await step("insert: confirm the conversion");
      await confirm.getByRole("button", { name: "确认插入" }).click();
    }
    const notice = panel.locator('[data-notice="edited"]');
    await notice.waitFor();
    await idle();
    expect(await inViewport(notice)).toBe(true);
    const lines = await notice.locator("[data-notice-line]").allTextContents();
    expect(lines[0]).toMatch(new RegExp(`^已在 ${sheet}!A\\d+ 插入新项目“信访信息系统运维”`, "u"));
    if (yuan) expect(lines[1]).toBe("预算数已按工作表的单位写入：12.5 万元 = 125,000.00 元。");
    const back = checkWorkbook(await fake.grids());
    const added = back.parsed.tables.find((t) => t.kind === "project" && t.name.value === "信访信息系统运维");
    expect(added?.kind === "project" ? added.budget?.total?.value : null).toBe(yuan ? 125_000 : 12.5);
    expect(serious(back.report.diagnostics.filter((d) => d.table === added!.id)).map(at)).toEqual([]);
    // The form is reset: a second click cannot insert the same project again.
    expect(await panel.getByLabel("项目名称").inputValue()).toBe("");
    expect(await focused()).toBe("在所选位置插入");
    await step("inserted");
  });

  it("撤销 of 插入新项目 deletes exactly the rows it added; rows typed into since are kept, and the notice says which cells", async () => {
    const panel = page.locator('[data-panel="insert"]');
    await announced();
    await panel.locator('[data-notice="edited"]').getByRole("button", { name: "撤销" }).click();
    const undone = panel.locator('[data-notice="undone"]');
    await undone.waitFor();
    await idle();
    expect(await inViewport(undone)).toBe(true);
    const lines = await undone.locator("[data-notice-line]").allTextContents();
    expect(lines[0]).toMatch(/^已删除“.+”第 \d+(–\d+)? 行（加载项插入的行）。$/u);
    await expectHeard([lines.join(" ")]);
    // Exactly what was written is gone: the workbook reads as it did before the insertion.
    expect(normalised(await fake.grids())).toEqual(normalised(beforeInsert));
    expect(checkWorkbook(await fake.grids()).report.diagnostics.map(at)).toEqual(checkWorkbook(beforeInsert).report.diagnostics.map(at));
    expect((await callsNamed("deleteRows")).length).toBeGreaterThan(0);
    expect(await focused()).toBe("在所选位置插入");

    // Inserted above the first project (whole rows inserted), then typed into: 撤销 deletes nothing.
    const project = checkWorkbook(beforeInsert).parsed.tables.find((t) => t.kind === "project")!;
    await fake.select(project.sheet, `A${project.range.top + 1}`);
    await panel.getByLabel("项目名称").fill("第二个新项目");
    await panel.getByLabel("预算数").fill("3");
    await panel.getByLabel("所填金额的单位").selectOption("万元");
    await panel.getByRole("button", { name: "在所选位置插入" }).click();
    const confirm = panel.locator("[data-confirm]");
    const notice = panel.locator('[data-notice="edited"]');
    await Promise.race([confirm.waitFor(), notice.waitFor()]);
    if (await confirm.isVisible()) await confirm.getByRole("button", { name: "确认插入" }).click();
    await notice.waitFor();
    await idle();
    const inserted = await lastPlan();
    expect(inserted.insertions.length).toBe(1);
    const typedAt = `B${inserted.insertions[0]!.before + 1}`;
    await fake.setCell(inserted.insertions[0]!.sheet, typedAt, "用户补填");
    const typedInto = await fake.grids();
    await notice.getByRole("button", { name: "撤销" }).click();
    await undone.waitFor();
    await idle();
    expect(await undone.locator("[data-notice-line]").allTextContents()).toEqual([
      `插入的行在写入后又被改动（${inserted.insertions[0]!.sheet}!${typedAt}，共 1 个单元格），为避免删掉您填写的内容，没有撤销。如确需删除，请核对后手动删除这些行。`,
    ]);
    expect(normalised(await fake.grids())).toEqual(normalised(typedInto));
    await step("insert undone");
    await page.keyboard.press("Escape");
    await panel.waitFor({ state: "detached" });
    expect(await focused()).toBe("插入新项目");
  });

  it("忽略 hides one finding and remembers it in the workbook's settings; 恢复 brings it back", async () => {
    const shown = checkWorkbook(await fake.grids()).report.diagnostics;
    if (shown.length === 0) return;
    const target = listed(shown)[0]!;
    await announced();
    const sameCell = (): Promise<number> => page.locator(`[data-diagnostic="${at(target)}"]`).count();
    const before = await sameCell();
    await page
      .getByRole("button", { name: `忽略 ${at(target)}` })
      .first()
      .click();
    const ignoredNotice = list().locator('[data-notice="ignored"]');
    await ignoredNotice.waitFor();
    await list().getByText("已忽略 1 项").waitFor();
    expect(await inViewport(ignoredNotice)).toBe(true);
    await expectHeard(["已忽略这一项，不再标记（本工作簿共忽略 1 项，可在列表上方恢复）。"]);
    expect(await sameCell()).toBe(before - 1);
    // The ignored cell is no longer marked, unless another finding is on it.
    const marked = (await callsNamed("highlight")).at(-1)!.args[0] as { sheet: string; cell: string }[];
    expect(marked.filter((m) => `${m.sheet}!${m.cell}` === at(target))).toHaveLength(before - 1);
    const saved = (await callsNamed("saveSettings")).at(-1)!.args[0] as { ignored?: string[] };
    expect(saved.ignored).toHaveLength(1);
    expect(await focused()).not.toBe("body");
    await list().getByRole("button", { name: "恢复" }).click();
    await list().locator('[data-notice="restored"]').waitFor();
    expect(await list().locator("[data-notice-line]").textContent()).toBe("已恢复 1 项忽略的问题。");
    expect(await sameCell()).toBe(before);
    expect(((await callsNamed("saveSettings")).at(-1)!.args[0] as { ignored?: string[] }).ignored).toBeUndefined();
  });

  it("saving the settings checks again and says so", async () => {
    const reads = (await callsNamed("readWorkbook")).length;
    await page.getByRole("button", { name: "设置", exact: true }).click();
    const settings = page.locator('[data-panel="settings"]');
    await settings.waitFor();
    // Escape closes the panel and gives the focus back to its toggle.
    await settings.getByLabel("满意度下限（%）").focus();
    await page.keyboard.press("Escape");
    await settings.waitFor({ state: "detached" });
    expect(await focused()).toBe("设置");
    await page.getByRole("button", { name: "设置", exact: true }).click();
    await settings.waitFor();
    await step("settings open");
    await settings.getByLabel("满意度下限（%）").fill("x");
    await settings.getByRole("button", { name: "保存" }).click();
    await settings.getByText("请输入 0 到 100 之间的数。").waitFor();
    await settings.getByLabel("满意度下限（%）").fill("85");
    await announced();
    await settings.getByRole("button", { name: "保存" }).click();
    const notice = page.locator('[data-notice="settingsSaved"]');
    await notice.waitFor();
    await idle();
    expect(await notice.textContent()).toBe("设置已保存，已按新设置重新校验。");
    expect(await inViewport(notice)).toBe(true);
    await expectHeard(["设置已保存，已按新设置重新校验。"]);
    expect((await callsNamed("readWorkbook")).length).toBe(reads + 1);
    expect(await focused()).toBe("设置");
  });

  it("清除标记 restores the formats and offers to delete 校验报告, asking first and saying it clears Excel's undo; a second one says there is nothing to clear", async () => {
    const reportSheet = (): Promise<boolean> =>
      page.evaluate(() => (window as unknown as { __JIXIAO_FAKE__: { reportSheet(): boolean } }).__JIXIAO_FAKE__.reportSheet());
    await announced();
    await page.getByRole("button", { name: "清除标记" }).click();
    const notice = page.locator('[data-notice="cleared"]');
    await notice.waitFor();
    expect(await fake.formats()).toEqual({});
    expect(await inViewport(notice)).toBe(true);
    expect(await notice.locator("[data-notice-line]").allTextContents()).toEqual([expect.stringMatching(/^已清除 \d+ 个单元格的标记/u), "提交前可删除加载项生成的“校验报告”工作表。"]);
    await expectHeard([await noticeSaid(notice)]);
    await step("cleared");
    // 删除 asks first, saying what deleting a sheet costs; 不删除 keeps it.
    await notice.getByRole("button", { name: "删除“校验报告”" }).click();
    const ask = notice.locator("[data-confirm-delete]");
    expect(await ask.locator("[data-question]").textContent()).toBe(
      "删除工作表会清空 Excel 的撤销记录：此前的操作将不能再用“撤销”（Ctrl+Z）恢复。确定删除“校验报告”吗？",
    );
    expect(await inViewport(ask)).toBe(true);
    expect(await focused()).toBe("不删除");
    await step("asked to delete the report");
    await ask.getByRole("button", { name: "不删除" }).click();
    expect(await focused()).toBe("删除“校验报告”");
    expect(await reportSheet()).toBe(true);
    expect(await callsNamed("deleteReport")).toEqual([]);
    await announced();
    await page.getByRole("button", { name: "清除标记" }).click();
    await page.locator('[data-notice="cleared"]').getByText("没有需要清除的标记。").waitFor();
    await expectHeard(["没有需要清除的标记。"]);
    await page.getByRole("button", { name: "删除“校验报告”" }).click();
    await page.getByRole("button", { name: "确认删除" }).click();
    await page.locator('[data-notice="reportDeleted"]').getByText("已删除“校验报告”工作表。").waitFor();
    expect(await reportSheet()).toBe(false);
    expect(await focused()).toBe("清除标记");
  });

  it("the English pane fits 320 px too", async () => {
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("button", { name: "Check", exact: true }).waitFor();
    await step("English");
    await page.getByRole("button", { name: "中文" }).click();
    await page.getByRole("button", { name: "校验", exact: true }).waitFor();
  });

  it("axe-core finds no violation in any state visited", () => {
    expect(violations).toEqual([]);
  });
});

// A stored config with a value out of bounds and a rule this version does not have, as an older or newer pane may leave.
const STORED_SETTINGS = { config: { satisfactionFloor: 150, rules: { "typo-rule": "off" } }, liveCheck: false, locale: "zh-CN" };

describe.each([320, 450])("what the host returned and the pane used to leave unsaid, at %i px", (width) => {
  const violations: string[] = [];
  const step = async (state: string): Promise<void> => {
    expect([state, await overflowX()]).toEqual([state, 0]);
    violations.push(...(await axeViolations(`${width} px ${state}`)));
  };

  beforeAll(async () => {
    page = await openFakePage({ grids, formats: {}, settings: STORED_SETTINGS }, width);
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("heading", { name: "绩效表助手" }).waitFor();
  }, 60_000);

  it("stored settings that cannot be used are named at the top and said aloud, stay through a check, and 打开设置 goes to the field", async () => {
    const bar = page.locator('[data-notice="configProblems"]');
    await bar.waitFor();
    const lines = [
      "满意度下限：保存的“150”不是 0 到 100 之间的数，按 80% 校验。",
      "规则级别中的“typo-rule”不是本加载项的规则，未使用。",
      "这些设置未生效，已按默认值校验。请打开“设置”核对并保存，工作簿中将只保留有效的设置。",
    ];
    expect(await bar.locator("[data-notice-line]").allTextContents()).toEqual(lines);
    await expectHeard([`工作簿中保存的设置有 2 项无法使用 ${lines.join(" ")}`]);
    expect(await inViewport(bar)).toBe(true);
    await step("config problems");
    // The check runs with the defaults the bar names, and the bar stays.
    await page.getByRole("button", { name: "校验", exact: true }).click();
    await idle();
    await page.locator("[data-summary]").waitFor();
    expect(await bar.count()).toBe(1);
    await bar.getByRole("button", { name: "打开设置" }).click();
    const settings = page.locator('[data-panel="settings"]');
    await settings.waitFor();
    expect(await focused()).toBe("field:满意度下限（%）");
    expect(await settings.getByLabel("满意度下限（%）").inputValue()).toBe("80");
    await settings.getByText(lines[0]!).waitFor();
    await step("settings at the stored problem");
  });

  it("saving 设置 stores only valid settings, and the bar goes; the saved notice is in view and said aloud", async () => {
    const save = (): Promise<void> => page.locator('[data-panel="settings"]').getByRole("button", { name: "保存" }).click();
    expect(await expectNotice(page.locator('[data-notice="settingsSaved"]'), save)).toEqual(["设置已保存，已按新设置重新校验。"]);
    expect(await page.locator('[data-notice="configProblems"]').count()).toBe(0);
    const saved = (await callsNamed("saveSettings")).at(-1)!.args[0];
    expect(saved).toEqual({ config: { profile: "auto", satisfactionFloor: 80, weightTotals: [90, 100] }, liveCheck: false, locale: "zh-CN" });
  });

  it("忽略 says so in view and aloud", async () => {
    const first = listed(checkWorkbook(await fake.grids()).report.diagnostics)[0]!;
    const ignore = (): Promise<void> => page.getByRole("button", { name: `忽略 ${at(first)}` }).first().click();
    expect(await expectNotice(page.locator('[data-notice="ignored"]'), ignore)).toEqual(["已忽略这一项，不再标记（本工作簿共忽略 1 项，可在列表上方恢复）。"]);
    await page.locator("[data-list-head]").getByRole("button", { name: "恢复" }).click();
    await page.locator('[data-notice="restored"]').waitFor();
    await idle();
  });

  it("after 插入新项目, a total kept as a formula that does not take in the new row is named in view and aloud, and 转到 selects it", async () => {
    // seed003's 合计 B4 as a SUM over the project rows above where the new one goes.
    await fake.formulaAt(SHEET, "B4", "=SUM(B6:B15)");
    const now = await fake.grids();
    await fake.select(SHEET, `A${usedRows(now, SHEET) + 3}`);
    await page.getByRole("button", { name: "插入新项目" }).click();
    const panel = page.locator('[data-panel="insert"]');
    await panel.getByLabel("项目名称").fill("信访信息系统运维");
    await panel.getByLabel("预算数").fill("12.5");
    const notice = panel.locator('[data-notice="edited"]');
    const lines = await expectNotice(notice, () => panel.getByRole("button", { name: "在所选位置插入" }).click());
    const total = (await lastPlan()).writes.find((w) => w.sheet === SHEET && w.cell === "B4")!;
    expect([total.kind, total.from, total.to]).toEqual(["fix", 308, 320.5]);
    expect(lines).toContain(`${SHEET}!B4 的合计公式 =SUM(B6:B15) 没有算入新写入的行：现为 308，应为 320.5。请把公式的范围扩大到新行。`);
    expect(await fake.cell(SHEET, "B4")).toBe(308);
    await step("total not covering");
    const selects = (await callsNamed("selectCell")).length;
    await notice.getByRole("button", { name: `转到 ${SHEET}!B4` }).click();
    const selected = await settled(async () => (await callsNamed("selectCell")).slice(selects).map((c) => c.args), [[SHEET, "B4"]]);
    expect(selected).toEqual([[SHEET, "B4"]]);
    // 撤销 takes back what was written and leaves the formula's cell alone.
    await notice.getByRole("button", { name: "撤销" }).click();
    await panel.locator('[data-notice="undone"]').waitFor();
    await idle();
    expect(await panel.locator('[data-notice="undone"] [data-notice-line]').allTextContents()).not.toContainEqual(expect.stringContaining("B4"));
    expect(await fake.cell(SHEET, "B4")).toBe(308);
  });

  it("axe-core finds no violation in these states", () => {
    expect(violations).toEqual([]);
  });
});

describe("states that say the truth", () => {
  it("a workbook with nothing recognised says 未识别到绩效目标表 and names its sheets, never 未发现问题", async () => {
    const none: WorkbookGrids = {
      sheets: [
        { sheet: "说明", cells: [["本表为填报说明"], ["请按要求填写"]], merges: [] },
        { sheet: "Sheet2", cells: [], merges: [] },
      ],
    };
    page = await openFakePage({ grids: none, formats: {} }, 320);
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("button", { name: "校验", exact: true }).click();
    const state = page.locator('[data-state="none-recognised"]');
    await state.waitFor();
    expect(await state.getByText("未识别到绩效目标表").count()).toBe(1);
    expect(await state.locator("[data-sheet-reading]").evaluateAll((items) => items.map((i) => i.getAttribute("data-sheet-reading")))).toEqual([
      "说明",
      "Sheet2",
    ]);
    expect(await page.getByText("未发现问题").count()).toBe(0);
    expect(await axeViolations("none recognised")).toEqual([]);
  });

  it("a check that fails marks the list on screen as out of date", async () => {
    await page.getByRole("button", { name: "校验", exact: true }).click();
    await idle();
    await fake.failNext("readWorkbook", "GeneralException");
    await page.getByRole("button", { name: "校验", exact: true }).click();
    await page.locator('[data-failure="read"]').waitFor();
    await page.locator('[data-state="stale"]').getByText("校验未完成：下面是上一次校验的结果，可能已过时。").waitFor();
    await page.getByRole("button", { name: "校验", exact: true }).click();
    await page.locator('[data-state="stale"]').waitFor({ state: "detached" });
  });

  it("the walks took their steps", () => {
    // Each walk asserts overflow and axe at every state it visits: 5 examples, 5 or 6 states each.
    expect(walkSteps).toBeGreaterThanOrEqual(25);
  });
});

describe("a large workbook: 2,000 projects in a virtualised list, 上一个 / 下一个, collapsing, one Tab stop with arrow keys", () => {
  let order: Diagnostic[];
  let projects = 0;

  beforeAll(async () => {
    const read = await readWorkbookFile(join(ROOT, "examples/seed001-dongli-department.xlsx"));
    if (!read.ok) throw new Error(read.error.code);
    // Copies of seed 001's target sheets (six projects each) up to 2,000 projects.
    const targets = read.grids.sheets.filter((g) => g.sheet.startsWith("绩效目标"));
    const copies = Math.ceil(2000 / targets.length);
    const big: WorkbookGrids = { sheets: Array.from({ length: copies }, (_, i) => targets.map((g) => ({ ...g, sheet: `${g.sheet}-${i + 1}` }))).flat() };
    const checked = checkWorkbook(big);
    projects = checked.report.stats.projects;
    order = listed(checked.report.diagnostics);
    page = await openFakePage({ grids: big, formats: {} }, 320);
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("button", { name: "校验", exact: true }).click();
    await page.locator("[data-diagnostic]").first().waitFor({ timeout: 120_000 });
    await idle();
  }, 240_000);

  it("keeps only the rows in view in the DOM, and the page one screen tall", async () => {
    expect(projects).toBeGreaterThanOrEqual(2000);
    expect(order.length).toBeGreaterThan(10_000);
    const measured = await page.evaluate(() => ({
      nodes: document.querySelectorAll("*").length,
      page: document.documentElement.scrollHeight,
      viewport: window.innerHeight,
      list: document.querySelector("[data-results]")!.scrollHeight,
      rows: document.querySelectorAll("[data-row]").length,
    }));
    // Reported by the walk's last test: DOM nodes and page height for this result.
    largeMeasured = { ...measured, projects, findings: order.length };
    expect(await page.locator("[data-diagnostic]").count()).toBeLessThan(40);
    expect(measured.rows).toBeLessThan(60);
    expect(measured.nodes).toBeLessThan(2500);
    // The page is at most the list's viewport plus what sits above it; the list's own height is virtual.
    expect(measured.page).toBeLessThan(2 * measured.viewport);
    expect(measured.list).toBeGreaterThan(100 * measured.viewport);
  });

  it("下一个 and 上一个 walk the findings in sheet order, selecting each cell; 上一个 from the start goes to the last", async () => {
    const selections = async (): Promise<unknown[]> => (await callsNamed("selectCell")).map((c) => c.args);
    await page.getByRole("button", { name: "下一个" }).click();
    await page.getByRole("button", { name: "下一个" }).click();
    await page.getByText(`第 2/${order.length} 项`).waitFor();
    expect(await settled(selections, [[order[0]!.sheet, order[0]!.cell], [order[1]!.sheet, order[1]!.cell]])).toEqual([
      [order[0]!.sheet, order[0]!.cell],
      [order[1]!.sheet, order[1]!.cell],
    ]);
    expect(await focused()).toBe("下一个");
    await page.getByRole("button", { name: "上一个" }).click();
    await page.getByRole("button", { name: "上一个" }).click();
    await page.getByText(`第 ${order.length}/${order.length} 项`).waitFor();
    const last = order.at(-1)!;
    // The last item is rendered for it, marked as the current item and scrolled into the list's view.
    const item = page.locator(`[data-index="${order.length - 1}"]`);
    await item.waitFor();
    expect(await item.getAttribute("data-diagnostic")).toBe(at(last));
    expect(await page.locator('[aria-current="true"]').count()).toBe(1);
    expect(await inViewport(item)).toBe(true);
    expect((await selections()).at(-1)).toEqual([last.sheet, last.cell]);
    expect(await page.locator("[data-row]").count()).toBeLessThan(60);
    // 下一个 from the last wraps round to the first, which is rendered again at the top.
    await page.getByRole("button", { name: "下一个" }).click();
    await page.getByText(`第 1/${order.length} 项`).waitFor();
    expect(await inViewport(page.locator('[data-index="0"]'))).toBe(true);
  });

  it("the list is one Tab stop: arrow keys move inside it, past the rows first rendered, and Tab comes back to the same item", async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const firstItem = page.locator('[data-index="0"]');
    await firstItem.focus();
    await page.keyboard.press("ArrowDown");
    const moved = await focused();
    expect(moved).not.toBe(at(order[0]!));
    expect(await page.evaluate(() => document.activeElement?.closest("[data-results]") !== null)).toBe(true);
    // Shift+Tab leaves the list for the controls above it; Tab comes back to the item it left.
    await page.keyboard.press("Shift+Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("[data-results]") === null)).toBe(true);
    expect(await focused()).not.toBe("body");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe(moved);
    // Far past what was rendered at first: rows are rendered as the focus reaches them, and it never drops to <body>.
    for (let i = 0; i < 120; i++) await page.keyboard.press("ArrowDown");
    const far = await page.evaluate(() => Number(document.activeElement?.closest("[data-row]")?.querySelector("[data-index]")?.getAttribute("data-index") ?? -1));
    expect(far).toBeGreaterThan(20);
    expect(await focused()).not.toBe("body");
    expect(await page.locator("[data-row]").count()).toBeLessThan(60);
  });

  it("a sheet and a table fold and unfold from their headers", async () => {
    await page.locator("[data-results]").evaluate((e) => (e.scrollTop = 0));
    const sheet = order[0]!.sheet;
    const header = page.locator(`[data-sheet-header="${sheet}"]`);
    expect(await header.getAttribute("aria-expanded")).toBe("true");
    await header.click();
    expect(await header.getAttribute("aria-expanded")).toBe("false");
    expect(await page.locator(`[data-diagnostic^="${sheet}!"]`).count()).toBe(0);
    // The next sheet's header follows right after the folded one.
    const next = order.find((d) => d.sheet !== sheet)!.sheet;
    expect(await page.locator("[data-sheet-header]").evaluateAll((hs) => hs.slice(0, 2).map((h) => h.getAttribute("data-sheet-header")))).toEqual([sheet, next]);
    await header.click();
    expect(await page.locator(`[data-diagnostic^="${sheet}!"]`).first().getAttribute("data-diagnostic")).toBe(at(order[0]!));
    const table = order[0]!.table;
    const tableHeader = page.locator(`[data-table-header="${table}"]`).first();
    await tableHeader.click();
    expect(await tableHeader.getAttribute("aria-expanded")).toBe("false");
    expect(await page.locator(`[data-diagnostic="${at(order[0]!)}"]`).count()).toBe(0);
    await tableHeader.click();
    expect(await tableHeader.getAttribute("aria-expanded")).toBe("true");
  });
});

describe("the ribbon 校验 respects what the pane ignored", () => {
  it("an ignored finding is neither marked, reported nor counted", async () => {
    const ignored = expected[0]!;
    const settings = { config: {}, liveCheck: false, locale: "zh-CN", ignored: [ignoreKey(ignored)] };
    page = await openFakePage({ grids, formats: {}, settings });
    await page.goto(`${server.origin}/commands.html`);
    expect(await settled(() => fake.associated(), ["runCheck"])).toEqual(["runCheck"]);
    await fake.pressRibbon("runCheck");
    expect(await settled(async () => (await callsNamed("displayDialogAsync")).length, 1)).toBe(1);
    const [marked, notes] = (await callsNamed("highlight"))[0]!.args as [{ sheet: string; cell: string }[], string[]];
    const plan = planAnnotations({ ...checkWorkbook(grids).report, diagnostics: expected.slice(1) }, "zh-CN");
    expect(marked).toEqual(plan.marks.map((m) => ({ sheet: m.sheet, cell: m.cell, severity: m.severity })));
    expect(notes).toEqual(plan.marks.map((m) => m.note));
    const [sheet] = (await callsNamed("writeReport"))[0]!.args as [PlannedReport];
    expect(sheet.problems).toBe(expected.length - 1);
    const [url] = (await callsNamed("displayDialogAsync"))[0]!.args as [string];
    const count = (s: Diagnostic["severity"]): string => String(expected.slice(1).filter((d) => d.severity === s).length);
    expect(Object.fromEntries(new URL(url).searchParams)).toMatchObject({ error: count("error"), warning: count("warning"), info: count("info") });
    await fake.closeDialog();
  });
});

describe("both pages", () => {
  it("reports what the large workbook measured", () => {
    expect(largeMeasured).not.toBeNull();
    process.stdout.write(`large workbook: ${JSON.stringify(largeMeasured)}\n`);
  });

  it("requested nothing outside their own origin, and office.js came from the local stub", () => {
    const foreign = requested.filter((url) => new URL(url).origin !== server.origin);
    // Thirteen page loads: the task pane, the function file, the function file as the notice dialog, the five walks, the pane with stored
    // settings it cannot use at 320 and at 450 px, the unrecognised and the large workbook, and the function file with a finding ignored.
    expect(foreign).toEqual(Array.from({ length: 13 }, () => OFFICE_JS));
    expect(officeJsFromStub).toBe(13);
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe("the checkout", () => {
  it(`leaves docs/ as it was (only ${UPDATE_SCREENSHOTS}=1, npm run screenshots, writes the pictures there)`, () => {
    if (process.env[UPDATE_SCREENSHOTS] === "1") return;
    expect(docsPictures()).toEqual(DOCS_BEFORE);
  });
});
