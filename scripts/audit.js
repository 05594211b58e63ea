#!/usr/bin/env node
"use strict";
// Fails when a production dependency has a high or critical advisory: runs
// `npm audit --omit=dev --json` (which needs the npm registry's advisory endpoint) and reads it.
//   node scripts/audit.js                      run npm audit now
//   node scripts/audit.js --from report.json   read a saved `npm audit --json` report instead
// Exit status: 0 no high or critical advisory; 1 at least one; 2 the audit could not run or its
// output could not be read (one line on stderr saying why).
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");

const SEVERITIES = ["critical", "high", "moderate", "low", "info"];
const FAILING = new Set(["critical", "high"]);

function fail(message) {
  process.stderr.write(`audit: ${message}\n`);
  process.exit(2);
}

function reportText() {
  const from = process.argv.indexOf("--from");
  if (from >= 0) {
    const file = process.argv[from + 1];
    if (!file) fail("--from needs a file");
    try {
      return fs.readFileSync(file, "utf8");
    } catch (err) {
      fail(`cannot read ${file}: ${err.message}`);
    }
  }
  const windows = process.platform === "win32";
  const run = spawnSync(windows ? "npm.cmd" : "npm", ["audit", "--omit=dev", "--json"], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    shell: windows,
  });
  if (run.error) fail(`cannot run npm: ${run.error.message}`);
  // npm audit exits 1 whenever it finds anything at all, so its status says little; the JSON decides.
  return run.stdout;
}

function parse(text) {
  let report;
  try {
    report = JSON.parse(text);
  } catch {
    fail(`npm audit printed no JSON report${text.trim() ? `: ${text.trim().split("\n")[0].slice(0, 200)}` : ""}`);
  }
  if (!report || typeof report !== "object" || typeof report.vulnerabilities !== "object" || report.vulnerabilities === null) {
    const why = (report && (report.message || (report.error && (report.error.summary || report.error.detail)))) || "no vulnerabilities section";
    fail(`npm audit could not check the dependencies (${why}); it needs the npm registry's advisory endpoint`);
  }
  return report;
}

/** The advisories behind each vulnerable package: `via` holds advisories, or names of packages that carry them. */
function advisories(report) {
  const found = new Map();
  for (const vulnerability of Object.values(report.vulnerabilities)) {
    for (const via of vulnerability.via || []) {
      if (typeof via !== "object" || via === null) continue;
      const key = via.url || `${via.name}:${via.title}`;
      if (!found.has(key)) found.set(key, { name: via.name, severity: via.severity, title: via.title, url: via.url, range: via.range });
    }
  }
  return [...found.values()].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || String(a.name).localeCompare(String(b.name)));
}

const report = parse(reportText());
const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
for (const v of Object.values(report.vulnerabilities)) if (v && v.severity in counts) counts[v.severity]++;
const prod = report.metadata && report.metadata.dependencies ? report.metadata.dependencies.prod : undefined;
const list = advisories(report);
const failing = list.filter((a) => FAILING.has(a.severity));
const packages = Object.values(report.vulnerabilities).filter((v) => v && FAILING.has(v.severity));

console.log(
  `npm audit --omit=dev${prod !== undefined ? ` (${prod} production dependencies)` : ""}: ` +
    `vulnerable packages by severity: ${SEVERITIES.map((s) => `${s} ${counts[s]}`).join(", ")}`,
);
for (const a of list) console.log(`  ${a.severity.padEnd(8)} ${a.name}${a.range ? ` ${a.range}` : ""}: ${a.title}${a.url ? ` (${a.url})` : ""}`);
if (failing.length > 0 || packages.length > 0) {
  console.log(`FAIL: ${packages.length} production package(s) with a high or critical advisory`);
  process.exit(1);
}
console.log("OK: no high or critical advisory in the production dependencies");
