import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { SCREENSHOTS, UPDATE_SCREENSHOTS, screenshotPath } from "../browser/screenshots";

const ROOT = resolve(__dirname, "../..");

describe("the pane's screenshots", () => {
  it("go to test-results/screenshots/ on a test run, and to docs/ only when asked for", () => {
    expect(screenshotPath("taskpane-320.png", {})).toBe(join(ROOT, "test-results/screenshots/taskpane-320.png"));
    expect(screenshotPath("taskpane-320.png", { [UPDATE_SCREENSHOTS]: "0" })).toBe(join(ROOT, "test-results/screenshots/taskpane-320.png"));
    expect(screenshotPath("taskpane-insert-320.png", { [UPDATE_SCREENSHOTS]: "1" })).toBe(join(ROOT, "docs/taskpane-insert-320.png"));
  });

  it("test-results/ is ignored by git", () => {
    const ignored = spawnSync("git", ["check-ignore", "-q", "test-results/screenshots/taskpane.png"], { cwd: ROOT });
    expect(ignored.status).toBe(0);
  });

  it("every picture the README links is in docs/, and those of the pane are the ones `npm run screenshots` refreshes", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const linked = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/gu)].map((m) => m[1]!);
    expect([...new Set(linked)]).toEqual(["docs/taskpane-320.png", "docs/taskpane-insert-320.png", "docs/taskpane-450.png"]);
    for (const link of linked) expect(existsSync(join(ROOT, link))).toBe(true);
    for (const link of linked) expect(SCREENSHOTS).toContain(link.slice("docs/".length));
    for (const name of SCREENSHOTS) expect(existsSync(join(ROOT, "docs", name))).toBe(true);
  });

  it("`npm run screenshots` runs the browser test with docs/ as the target", () => {
    const scripts = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
    expect(scripts.screenshots).toBe("node scripts/screenshots.js");
    const script = readFileSync(join(ROOT, "scripts/screenshots.js"), "utf8");
    expect(script).toContain(`${UPDATE_SCREENSHOTS}: "1"`);
    expect(script).toContain("test/browser/taskpane.test.ts");
  });
});
