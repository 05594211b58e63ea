import { execFile } from "node:child_process";
import { mkdtemp, mkdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { isDeepStrictEqual, promisify } from "node:util";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { chromiumPath } from "../programs";
import { checkWorkbook } from "../../src/core/check/check";
import { planFill, planFixes, suggestionOffers, workbookYear, type FillPlan } from "../../src/core/fill";
import type { WorkbookGrids } from "../../src/core/grid/grid";
import { renderMessage, ruleDescription, severityLabel } from "../../src/core/messages/render";
import type { Diagnostic } from "../../src/core/rules/types";
import { buildSummary, type BudgetSummary } from "../../src/core/summary";
import { readWorkbookFile } from "../../src/host/xlsx";
import { serveDirectory, type StaticServer } from "./static-server";

const ROOT = resolve(__dirname, "../..");
const WORKBOOK = join(ROOT, "examples/seed003-liwan-list.xlsx");
/** Block tables with OCR artefacts and spellings to fix, and suggestions: the fill panel's second workbook. */
const WORKBOOK_FIXES = join(ROOT, "examples/seed001-dongli-department.xlsx");
const SHEET = "项目支出绩效目标表";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_STUB = join(__dirname, "office-stub.js");
const SCREENSHOT = join(ROOT, "docs/taskpane.png");
// A fill the workbook does not have, put on a marked cell so clearing must restore a colour, not just remove one.
const PRESET_FILL = { key: `${SHEET}!G11`, fill: "solid:FFDDEBF7" };

interface FakeCall {
  readonly name: string;
  readonly args: readonly unknown[];
}

/** What office-stub.js puts on window for the test to drive and inspect. */
interface FakeControl {
  calls(): FakeCall[];
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
}

type FakeWindow = Window & { readonly __JIXIAO_FAKE__: FakeControl; __JIXIAO_TEST_WORKBOOK__?: unknown };

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
  editBeforeNextApply: (sheet: string, cell: string, value: string): Promise<void> =>
    page.evaluate(([s, c, v]) => (window as unknown as FakeWindow).__JIXIAO_FAKE__.editBeforeNextApply(s, c, v), [sheet, cell, value] as const),
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

const callsNamed = async (name: string): Promise<FakeCall[]> => (await fake.calls()).filter((c) => c.name === name);

/** The plan of the latest applyPlan call the fake received. */
async function lastPlan(): Promise<FillPlan> {
  const applied = await callsNamed("applyPlan");
  expect(applied.length).toBeGreaterThan(0);
  return applied.at(-1)!.args[0] as FillPlan;
}

/** A new browser context whose office.js is the stub, seeded with `seed`, and a page in it. */
async function openFakePage(seed: { grids: WorkbookGrids; formats: Record<string, string> }): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 900 }, locale: "zh-CN", deviceScaleFactor: 1 });
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
  return opened;
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
    const errors = await page.locator('[data-diagnostic][data-severity="error"][data-rule="missing-category"]').evaluateAll((buttons) =>
      buttons.map((b) => [b.getAttribute("data-diagnostic"), b.querySelector("[data-message]")?.textContent ?? ""]),
    );
    expect(errors).toEqual([
      [`${SHEET}!G8`, "缺少效益指标（原通用框架要求：产出指标、效益指标、满意度指标）"],
      [`${SHEET}!G11`, "缺少满意度指标（原通用框架要求：产出指标、效益指标、满意度指标）"],
      [`${SHEET}!G12`, "缺少效益指标（原通用框架要求：产出指标、效益指标、满意度指标）"],
      [`${SHEET}!G15`, "缺少满意度指标（原通用框架要求：产出指标、效益指标、满意度指标）"],
    ]);

    // seed003 has seven diagnostics, all errors.
    expect(expected).toHaveLength(7);
    await page.getByText("错误 7 个，警告 0 个，提示 0 个").waitFor();
    expect(await page.getByRole("tab").allInnerTexts()).toEqual(["全部 7", "错误 7", "警告 0", "提示 0"]);
    const sheetSection = page.locator(`section[data-sheet="${SHEET}"]`);
    expect(await sheetSection.getByRole("heading", { level: 2 }).textContent()).toBe(SHEET);
    expect(await sheetSection.locator("section[data-table]").evaluateAll((s) => s.map((e) => e.getAttribute("data-table")))).toEqual([
      "公务接待费",
      "进京劝返协调工作经费",
      "办公室水电及物业管理费等",
      "编外人员聘用经费",
      "购置经费",
    ]);
    const hospitalityErrors = expected.filter((d) => d.table === "公务接待费" && d.severity === "error").length;
    expect(await page.locator(`section[data-table="公务接待费"] [data-count="error"]`).textContent()).toBe(`错误 ${hospitalityErrors}`);
  });

  it("marks the cells and writes the report through the host, once per check", async () => {
    const highlight = await callsNamed("highlight");
    expect(highlight).toHaveLength(1);
    const [marked, notes] = highlight[0]!.args as [{ sheet: string; cell: string; severity: string }[], string[]];
    expect(marked).toEqual(expected.map((d) => ({ sheet: d.sheet, cell: d.cell, severity: d.severity })));
    expect(notes).toHaveLength(expected.length);
    expect(notes).toEqual(expected.map((d) => `${severityLabel(d.severity)}：${renderMessage(d, "zh-CN")}（${ruleDescription(d.rule, "zh-CN")}）`));

    const report = await callsNamed("writeReport");
    expect(report).toHaveLength(1);
    const [rows, labels] = report[0]!.args as [{ sheet: string; cell: string; severity: string; message: string }[], { sheetName: string }];
    expect(labels.sheetName).toBe("校验报告");
    expect(rows.map((r) => [r.sheet, r.cell, r.severity, r.message])).toEqual(expected.map((d) => [d.sheet, d.cell, severityLabel(d.severity), renderMessage(d, "zh-CN")]));

    const formats = await fake.formats();
    expect(formats[`${SHEET}!G8`]).toBe("solid:FFFFC7CE");
    expect(formats[PRESET_FILL.key]).toBe("solid:FFFFC7CE");
  });

  it("keeps a screenshot of the pane with results in docs/", async () => {
    await mkdir(join(ROOT, "docs"), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
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
    const [summary] = written[0]!.args as [BudgetSummary];
    // domain.md: seed 003's projects add up to 308.00 万元.
    expect(summary.unit).toBe("万元");
    expect(summary.totals.total.toFixed(2)).toBe("308.00");
    const { parsed, report } = checkWorkbook(grids);
    const own = buildSummary([{ file: "", parsed, diagnostics: report.diagnostics }]);
    expect(summary.projects.map((p) => [p.name, p.total])).toEqual(own.projects.map((p) => [p.name, p.total]));
  });

  it("补全缺失指标 on 公务接待费 appends a 效益 item to its encoded cell G8, and the re-check drops G8's missing-category error", async () => {
    await page.getByRole("button", { name: "填充模板" }).click();
    const panel = page.locator('[data-panel="fill"]');
    await panel.waitFor();
    const lacking = [...new Set(expected.filter((d) => d.rule === "missing-category").map((d) => d.table))];
    expect(await panel.locator("[data-missing]").evaluateAll((items) => items.map((i) => i.getAttribute("data-missing")))).toEqual(lacking);
    // seed 003 has no safe fix and no suggestion.
    await panel.getByText("没有可自动修复的问题。").waitFor();
    await panel.getByText("没有待确认的修改建议。").waitFor();

    const before = await fake.cell(SHEET, "G8");
    const clearsBefore = (await callsNamed("clearMarks")).length;
    await panel.locator('[data-missing="公务接待费"]').getByRole("button", { name: "补全缺失指标" }).click();
    const notice = page.locator('[data-notice="edited"]');
    await notice.waitFor();
    await idle();
    const text = (await notice.textContent()) ?? "";
    expect(text).toContain("已为“公务接待费”补全：效益指标/社会效益指标。");
    expect(text).toContain("已写入 1 个单元格，插入 0 行。");
    expect(text).toContain("已重新校验。");

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
    expect(await panel.locator('[data-missing="公务接待费"]').count()).toBe(0);
    expect(await callsNamed("writeReport")).toHaveLength(2);
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
    expect(highlighted.map((d) => d.cell)).toEqual(expected.map((d) => d.cell));

    const [url] = (await callsNamed("displayDialogAsync"))[0]!.args as [string];
    dialogUrl = new URL(url);
    expect(dialogUrl.origin + dialogUrl.pathname).toBe(`${server.origin}/commands.html`);
    const count = (s: Diagnostic["severity"]): string => String(expected.filter((d) => d.severity === s).length);
    expect(Object.fromEntries(dialogUrl.searchParams)).toEqual({ notice: "checked", lang: "zh-CN", error: count("error"), warning: count("warning"), info: count("info") });

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

describe("the fill panel in the built task pane with a fake Excel backed by seed001", () => {
  const S1 = "绩效目标1";
  let grids001: WorkbookGrids;
  let expected001: readonly Diagnostic[];
  const panel = (): ReturnType<Page["locator"]> => page.locator('[data-panel="fill"]');
  const notice = (): ReturnType<Page["locator"]> => page.locator('[data-notice="edited"]');

  beforeAll(async () => {
    const read = await readWorkbookFile(WORKBOOK_FIXES);
    if (!read.ok) throw new Error(`cannot read ${WORKBOOK_FIXES}: ${read.error.code}`);
    grids001 = read.grids;
    expected001 = checkWorkbook(grids001).report.diagnostics;
    page = await openFakePage({ grids: grids001, formats: {} });
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("button", { name: "校验", exact: true }).click();
    await page.locator("[data-diagnostic]").first().waitFor();
    await idle();
    await page.getByRole("button", { name: "填充模板" }).click();
    await panel().waitFor();
  }, 60_000);

  it("lists every safe fix with a 修复 button", async () => {
    const fixable = expected001.filter((d) => d.fix !== undefined);
    expect(fixable).toHaveLength(39);
    // The first eight are listed; the rest are folded away.
    expect(await panel().locator("[data-fixable]").count()).toBe(8);
    await panel().getByRole("button", { name: "显示其余 31 项" }).click();
    expect(await panel().locator("[data-fixable]").evaluateAll((items) => items.map((i) => i.getAttribute("data-fixable")))).toEqual(
      fixable.map((d) => `${d.sheet}!${d.cell}`),
    );
    await panel().getByRole("button", { name: "全部修复（39）" }).waitFor();
  });

  it("修复 on one OCR artefact writes ≥95% into the fake's cell, and the re-check drops that diagnostic", async () => {
    expect(await fake.cell(S1, "F9")).toBe("$\\geq 95\\%$");
    const item = panel().locator(`[data-fixable="${S1}!F9"]`);
    expect(await item.getAttribute("data-rule")).toBe("ocr-artefact");
    await item.getByRole("button", { name: "修复" }).click();
    await notice().waitFor();
    await idle();
    const text = (await notice().textContent()) ?? "";
    expect(text).toContain(`已修复 ${S1}!F9。`);
    expect(text).toContain("已写入 1 个单元格，插入 0 行。");
    expect((await lastPlan()).writes).toEqual([{ kind: "fix", sheet: S1, cell: "F9", from: "$\\geq 95\\%$", to: "≥95%", source: "ocr-artefact" }]);
    expect(await fake.cell(S1, "F9")).toBe("≥95%");

    await page.locator(`[data-diagnostic="${S1}!F9"][data-rule="ocr-artefact"]`).waitFor({ state: "detached" });
    expect(await panel().locator(`[data-fixable="${S1}!F9"]`).count()).toBe(0);
    expect(await page.locator(`[data-diagnostic="${S1}!F10"][data-rule="ocr-artefact"]`).count()).toBe(1);
  });

  it("a cell typed into while a fix was prepared is not overwritten, and the pane says so in Chinese", async () => {
    await fake.editBeforeNextApply(S1, "F10", "≥96%");
    await panel().locator(`[data-fixable="${S1}!F10"]`).getByRole("button", { name: "修复" }).click();
    const bar = page.locator('[data-failure="fill"]');
    await bar.waitFor();
    await idle();
    const text = (await bar.textContent()) ?? "";
    expect(text).toContain("修改工作簿时出错。");
    expect(text).toContain(`准备修改期间，单元格 ${S1}!F10 已被改动。为避免覆盖，本次没有写入任何内容。`);
    expect(text).not.toMatch(/PlanStale|changed since/u);
    expect(await fake.cell(S1, "F10")).toBe("≥96%");
    // The re-check after the refusal sees the user's value, which needs no fix.
    await panel().locator(`[data-fixable="${S1}!F10"]`).waitFor({ state: "detached" });
    await bar.getByRole("button", { name: "关闭" }).click();
  });

  it("suggestions are offered one at a time: 跳过 shows the next, 采纳 applies the one on offer", async () => {
    const offers = suggestionOffers(checkWorkbook(await fake.grids()).report.diagnostics);
    expect(offers).toHaveLength(5);
    const offered = panel().locator("[data-suggestion]");
    expect(await offered.count()).toBe(1);
    expect(await offered.getAttribute("data-suggestion")).toBe("绩效目标3!F8");
    await offered.getByText("建议 1/5").waitFor();
    await offered.getByRole("button", { name: "跳过" }).click();
    const second = offers[1]!;
    const place = `${second.diagnostic.sheet}!${second.diagnostic.cell}`;
    expect(place).toBe("绩效目标4!F9");
    await panel().locator(`[data-suggestion="${place}"]`).getByText("建议 2/5").waitFor();

    const edit = second.suggestion.edits[0]!;
    await panel().locator(`[data-suggestion="${place}"]`).getByRole("button", { name: "采纳" }).click();
    await notice().waitFor();
    await idle();
    expect(await notice().textContent()).toContain("已将 绩效目标4!F9 改为“≥200天”。");
    expect(second.plan.writes).toEqual([{ kind: "fix", sheet: "绩效目标4", cell: "F9", from: "≥ 200 天数", to: "≥200天", source: "unit-mismatch" }]);
    expect((await lastPlan()).writes).toEqual(second.plan.writes);
    expect(await fake.cell(edit.sheet, edit.cell)).toBe(edit.to);
    // The skipped one stays skipped; the accepted one is gone from the list.
    await panel().getByText("建议 2/4").waitFor();
  });

  it("全部修复 applies every remaining safe fix in one plan, and none is left after the re-check", async () => {
    const now = checkWorkbook(await fake.grids()).report.diagnostics;
    const remaining = planFixes(now);
    // 39 fixable at first, less F9 (fixed), F10 (typed over) and 绩效目标4!F9 (suggestion accepted).
    expect(remaining.writes).toHaveLength(36);
    expect(now.filter((d) => d.fix !== undefined)).toHaveLength(36);
    await panel().getByRole("button", { name: "全部修复（36）" }).click();
    await notice().waitFor();
    await idle();
    expect(await notice().textContent()).toContain("已修复 36 处问题。已写入 36 个单元格，插入 0 行。");
    expect((await lastPlan()).writes).toEqual(remaining.writes);
    for (const w of remaining.writes) expect(await fake.cell(w.sheet, w.cell)).toBe(w.to);
    await panel().getByText("没有可自动修复的问题。").waitFor();
    expect(await page.locator('[data-diagnostic][data-rule="ocr-artefact"]').count()).toBe(0);
  });

  it("插入新项目 puts a templated block at the selection, after clearing the marks its copied formats would carry", async () => {
    const projectsBefore = checkWorkbook(await fake.grids()).report.stats.projects;
    await fake.select("绩效目标6", "A20");
    await panel().getByLabel("模板").selectOption({ label: "信息系统运维" });
    await panel().getByLabel("版式").selectOption({ label: "分块" });
    await panel().getByLabel("项目名称").fill("信访信息系统运维");
    await panel().getByLabel("预算数").fill("12.5");
    await panel().getByLabel("预算单位（可选）").fill("天津市东丽区信访办公室");
    await panel().getByRole("button", { name: "在所选位置插入" }).click();
    await notice().waitFor();
    await idle();
    const text = (await notice().textContent()) ?? "";
    expect(text).toContain("已在 绩效目标6!A20 插入新项目“信访信息系统运维”（信息系统运维模板，分块版式）。");

    const names = (await fake.calls()).map((c) => c.name);
    const applied = names.lastIndexOf("applyPlan");
    expect(names.lastIndexOf("getSelection")).toBeLessThan(applied);
    expect(names.lastIndexOf("clearMarks")).toBeLessThan(applied);
    expect(names.lastIndexOf("clearMarks")).toBeGreaterThan(names.lastIndexOf("getSelection"));
    const plan = await lastPlan();
    expect(plan.styles).toEqual([
      { sheet: "绩效目标6", source: "A1:G7", target: "A20:G26" },
      { sheet: "绩效目标6", source: "A12", target: "A27:A32" },
      { sheet: "绩效目标6", source: "B8:G8", target: "B27:G32" },
    ]);
    expect(plan.writes).toHaveLength(46);
    expect(text).toContain("已写入 46 个单元格，插入 0 行。");

    const after = checkWorkbook(await fake.grids());
    expect(after.report.stats.projects).toBe(projectsBefore + 1);
    const added = after.parsed.tables.find((t) => t.kind === "project" && t.name.value === "信访信息系统运维");
    expect(added?.sheet).toBe("绩效目标6");
    expect(added?.kind === "project" ? added.budget?.total?.value : null).toBe(12.5);
    await page.getByText(`识别项目 ${projectsBefore + 1} 个`, { exact: false }).waitFor();
  });

  it("a bad budget is refused in words before the workbook is read or written", async () => {
    const calls = (await fake.calls()).length;
    await panel().getByLabel("预算数").fill("十二");
    await panel().getByRole("button", { name: "在所选位置插入" }).click();
    const problem = page.locator('[data-notice="problem"]');
    await problem.waitFor();
    expect(await problem.textContent()).toBe("请填写有效的预算数（不小于 0 的数字）。");
    expect((await fake.calls()).slice(calls)).toEqual([]);
  });
});

describe("both pages", () => {
  it("requested nothing outside their own origin, and office.js came from the local stub", () => {
    const foreign = requested.filter((url) => new URL(url).origin !== server.origin);
    // Four page loads: the task pane, the function file, the function file as the notice dialog, and the pane on seed001.
    expect(foreign).toEqual([OFFICE_JS, OFFICE_JS, OFFICE_JS, OFFICE_JS]);
    expect(officeJsFromStub).toBe(4);
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
