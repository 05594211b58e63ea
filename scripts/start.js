#!/usr/bin/env node
"use strict";
// `npm start`: sideload the add-in into desktop Excel where there is one (Windows, macOS).
// office-addin-debugging is not a dependency; npx fetches it when it is needed.
const { spawn } = require("node:child_process");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const DEV_PORT = "3000";
// The dev server serves the pane at https://localhost:3000, where manifest.xml points; it is
// started only if that port is not already in use.
const DEBUGGING_ARGS = [
  "--yes",
  "office-addin-debugging",
  "start",
  "manifest.xml",
  "desktop",
  "--dev-server",
  "npm run dev-server",
  "--dev-server-port",
  DEV_PORT,
];

const NO_EXCEL = [
  "Linux 没有 Excel 桌面版，无法在这里旁加载加载项。",
  "  · 检查 .xlsx 文件：请用 jixiao 命令行，例如 npx jixiao check 报送材料.xlsx",
  "  · 试用加载项：npm run dev-server，然后在 Excel 网页版中上传 manifest.xml（见 README“旁加载”一节）",
  "  · 桌面版 Excel：在 Windows 或 macOS 上运行 npx office-addin-debugging start manifest.xml",
  "",
  "Linux has no desktop Excel, so the add-in cannot be sideloaded here.",
  "  · To check .xlsx files, use the jixiao command line, e.g. npx jixiao check submission.xlsx",
  "  · To try the add-in, run npm run dev-server and upload manifest.xml to Excel on the web (README, Sideloading)",
  "  · For desktop Excel, run npx office-addin-debugging start manifest.xml on Windows or macOS",
].join("\n");

/** What `npm start` does on a platform: run office-addin-debugging through npx, or explain why not. */
function startPlan(platform) {
  if (platform === "win32" || platform === "darwin") return { kind: "run", command: "npx", args: DEBUGGING_ARGS };
  const message = platform === "linux" ? NO_EXCEL : NO_EXCEL.replace(/Linux/g, platform);
  return { kind: "unsupported", message };
}

/** The command as one line: for showing it, and for Windows, where npx is a .cmd that needs a shell. */
function commandLine(plan) {
  return [plan.command, ...plan.args.map((a) => (/\s/.test(a) ? `"${a}"` : a))].join(" ");
}

function main() {
  const plan = startPlan(process.platform);
  if (plan.kind === "unsupported") {
    process.stderr.write(`${plan.message}\n`);
    process.exitCode = 1;
    return;
  }
  const line = commandLine(plan);
  console.log(`> ${line}`);
  const options = { cwd: ROOT, stdio: "inherit" };
  const child = process.platform === "win32" ? spawn(line, { ...options, shell: true }) : spawn(plan.command, plan.args, options);
  child.on("error", (error) => {
    process.stderr.write(`npm start: 无法运行 npx / cannot run npx (${error.message})\n`);
    process.exitCode = 1;
  });
  child.on("exit", (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

if (require.main === module) main();

module.exports = { startPlan, commandLine, DEBUGGING_ARGS };
