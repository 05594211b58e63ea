#!/usr/bin/env node
"use strict";
// Thin launcher: the CLI is compiled to build/ by `npm run build:cli` (run by `npm ci` through "prepare").
const path = require("node:path");
const fs = require("node:fs");

const entry = path.join(__dirname, "..", "build", "src", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("jixiao: 尚未编译，请先运行 npm run build:cli / not built yet: run npm run build:cli\n");
  process.exit(2);
}
const { main } = require(entry);
const out = { stdout: (s) => process.stdout.write(s + "\n"), stderr: (s) => process.stderr.write(s + "\n") };
main(process.argv.slice(2), out, Boolean(process.stdout.isTTY)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    // Anything reaching here is a bug, not bad input: one line, no stack, unless asked for.
    process.stderr.write(`jixiao: 内部错误 / internal error: ${err && err.message ? err.message : String(err)}\n`);
    if (process.env.JIXIAO_DEBUG) process.stderr.write(String(err && err.stack) + "\n");
    process.exitCode = 2;
  },
);
