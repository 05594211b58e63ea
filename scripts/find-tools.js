"use strict";
// Where the programs the tests drive live: one lookup shared by scripts/test-all and the tests.
// Plain JavaScript so that the entry point runs before anything is built.
const { accessSync, constants, readdirSync, statSync } = require("node:fs");
const path = require("node:path");

// Fixed install paths are looked up under JIXIAO_TOOL_ROOT ("/" unless a test hides them).
function fixed(env, absolute) {
  const root = env.JIXIAO_TOOL_ROOT;
  return root ? path.join(root, absolute) : absolute;
}

function executable(file) {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(env, name) {
  for (const dir of (env.PATH ?? "").split(path.delimiter)) {
    if (dir === "") continue;
    const file = path.join(dir, name);
    if (executable(file)) return file;
  }
  return null;
}

/** Chromium or Chrome: CHROMIUM_PATH, PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH, /usr/bin/chromium, then PATH, then macOS apps. */
function findChromium(env = process.env) {
  for (const variable of ["CHROMIUM_PATH", "PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH"]) {
    const file = env[variable];
    if (file && executable(file)) return file;
  }
  if (executable(fixed(env, "/usr/bin/chromium"))) return fixed(env, "/usr/bin/chromium");
  for (const name of ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]) {
    const file = onPath(env, name);
    if (file) return file;
  }
  for (const app of ["/Applications/Chromium.app/Contents/MacOS/Chromium", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"]) {
    if (executable(fixed(env, app))) return fixed(env, app);
  }
  return null;
}

/** LibreOffice's soffice: SOFFICE_PATH, PATH (soffice, libreoffice), then the usual install paths on Linux and macOS. */
function findSoffice(env = process.env) {
  if (env.SOFFICE_PATH && executable(env.SOFFICE_PATH)) return env.SOFFICE_PATH;
  for (const name of ["soffice", "libreoffice"]) {
    const file = onPath(env, name);
    if (file) return file;
  }
  const candidates = ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/usr/local/bin/soffice", "/snap/bin/libreoffice"];
  try {
    for (const dir of readdirSync(fixed(env, "/opt")).sort().reverse()) {
      if (dir.startsWith("libreoffice")) candidates.push(path.join("/opt", dir, "program", "soffice"));
    }
  } catch {
    // no /opt
  }
  candidates.push("/Applications/LibreOffice.app/Contents/MacOS/soffice");
  for (const candidate of candidates) {
    if (executable(fixed(env, candidate))) return fixed(env, candidate);
  }
  return null;
}

/** Whether a font covering Chinese is installed; Windows and macOS ship one. fontconfig answers elsewhere. */
function hasCjkFont(env = process.env, platform = process.platform) {
  if (platform === "win32" || platform === "darwin") return true;
  const fcList = onPath(env, "fc-list");
  if (!fcList) return false;
  const { spawnSync } = require("node:child_process");
  const run = spawnSync(fcList, [":lang=zh", "family"], { encoding: "utf8", env, timeout: 30_000 });
  return run.status === 0 && run.stdout.trim() !== "";
}

module.exports = { findChromium, findSoffice, hasCjkFont, onPath };
