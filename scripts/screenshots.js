#!/usr/bin/env node
"use strict";
// `npm run screenshots`: run the browser test (through `npm test`'s entry point, which finds or
// installs Chromium) with JIXIAO_UPDATE_SCREENSHOTS: "1", so that its pictures of the pane are
// written over docs/*.png, the ones the README shows. An ordinary `npm test` writes them under
// test-results/screenshots/ and leaves docs/ alone.
const { spawnSync } = require("node:child_process");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const env = { ...process.env, JIXIAO_UPDATE_SCREENSHOTS: "1" };
const result = spawnSync(process.execPath, [path.join(__dirname, "test-all"), "test/browser/taskpane.test.ts", ...process.argv.slice(2)], {
  cwd: ROOT,
  env,
  stdio: "inherit",
});
process.exitCode = result.status ?? 1;
