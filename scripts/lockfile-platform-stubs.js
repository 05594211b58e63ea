#!/usr/bin/env node
"use strict";
// The npm registry reachable from this workplace serves only the Linux builds of some native
// packages (e.g. @unrs/resolver-binding-*, which jest 30 pulls in). `npm install` then writes a lock
// without the other platforms' optional packages, and `npm ci` refuses that lock as out of sync.
// This adds a never-installed stub entry for each missing optional platform package.
// Run it after any `npm install` that rewrites package-lock.json: node scripts/lockfile-platform-stubs.js
const fs = require("node:fs");
const path = require("node:path");

const file = path.join(__dirname, "..", "package-lock.json");
const lock = JSON.parse(fs.readFileSync(file, "utf8"));
const added = [];
for (const entry of Object.values(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies || {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key]) continue;
    lock.packages[key] = { version, ...(entry.dev ? { dev: true } : {}), optional: true, os: ["unsupported"] };
    added.push(`${name}@${version}`);
  }
}
fs.writeFileSync(file, JSON.stringify(lock, null, 2) + "\n");
console.log(added.length ? `added ${added.length} stub entries: ${added.join(", ")}` : "lock file already complete");
