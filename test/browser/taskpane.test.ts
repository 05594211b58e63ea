import { execFile } from "node:child_process";
import { mkdtemp, mkdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { isDeepStrictEqual, promisify } from "node:util";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { checkWorkbook } from "../../src/core/check/check";
import type { WorkbookGrids } from "../../src/core/grid/grid";
import { renderMessage, ruleDescription, severityLabel } from "../../src/core/messages/render";
import type { Diagnostic } from "../../src/core/rules/types";
import { readWorkbookFile } from "../../src/host/xlsx";
import { serveDirectory, type StaticServer } from "./static-server";

const ROOT = resolve(__dirname, "../..");
const WORKBOOK = join(ROOT, "examples/seed003-liwan-list.xlsx");
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
}

type FakeWindow = Window & { readonly __JIXIAO_FAKE__: FakeControl; __JIXIAO_TEST_WORKBOOK__?: unknown };

let buildDir = "";
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
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
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
  });
  context = await browser.newContext({ viewport: { width: 360, height: 900 }, locale: "zh-CN", deviceScaleFactor: 1 });
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
  page = await context.newPage();
  page.on("request", (request) => requested.push(request.url()));
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") pageErrors.push(message.text());
  });
  await page.addInitScript((seed) => {
    (window as unknown as FakeWindow).__JIXIAO_TEST_WORKBOOK__ = seed;
  }, { grids, formats: originalFormats });
}, 180_000);

afterAll(async () => {
  await context?.close();
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

    const count = (s: Diagnostic["severity"]): number => expected.filter((d) => d.severity === s).length;
    await page.getByText(`错误 ${count("error")} 个，警告 ${count("warning")} 个，提示 ${count("info")} 个`).waitFor();
    expect(await page.getByRole("tab").allInnerTexts()).toEqual([
      `全部 ${expected.length}`,
      `错误 ${count("error")}`,
      `警告 ${count("warning")}`,
      `提示 ${count("info")}`,
    ]);
    const sheetSection = page.locator(`section[data-sheet="${SHEET}"]`);
    expect(await sheetSection.getByRole("heading", { level: 2 }).textContent()).toBe(SHEET);
    expect(await sheetSection.locator("section[data-table]").evaluateAll((s) => s.map((e) => e.getAttribute("data-table")))).toEqual([
      ...new Set(expected.map((d) => d.table)),
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

describe("both pages", () => {
  it("requested nothing outside their own origin, and office.js came from the local stub", () => {
    const foreign = requested.filter((url) => new URL(url).origin !== server.origin);
    // Three page loads: the task pane, the function file, and the function file as the notice dialog.
    expect(foreign).toEqual([OFFICE_JS, OFFICE_JS, OFFICE_JS]);
    expect(officeJsFromStub).toBe(3);
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
