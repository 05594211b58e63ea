import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");

/** The pictures of the pane the browser test takes; the README shows them from docs/. */
export const SCREENSHOTS = ["taskpane.png", "taskpane-320.png", "taskpane-450.png", "taskpane-insert-320.png"] as const;
export type ScreenshotName = (typeof SCREENSHOTS)[number];

/** Set to 1 (as `npm run screenshots` does) to write the screenshots over docs/*.png. */
export const UPDATE_SCREENSHOTS = "JIXIAO_UPDATE_SCREENSHOTS";

/**
 * Where a screenshot goes: test-results/screenshots/ (ignored by git) on an ordinary run, so
 * `npm test` leaves the checkout as it was; docs/ only when asked for.
 */
export function screenshotPath(name: ScreenshotName, env: NodeJS.ProcessEnv = process.env): string {
  return join(ROOT, ...(env[UPDATE_SCREENSHOTS] === "1" ? ["docs"] : ["test-results", "screenshots"]), name);
}
