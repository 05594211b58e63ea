/**
 * scripts/audit.js (npm run audit:prod) read against saved `npm audit --json` reports, so that its
 * verdicts are tested without the network: high and critical advisories fail, lesser ones pass, and
 * an audit that could not run is said so (exit 2), never taken for a clean result.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "jixiao-audit-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function audit(report: unknown): { code: number | null; stdout: string; stderr: string } {
  const file = join(dir, `report-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, typeof report === "string" ? report : JSON.stringify(report));
  const run = spawnSync(process.execPath, ["scripts/audit.js", "--from", file], { encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

type Severity = "info" | "low" | "moderate" | "high" | "critical";

/** An `npm audit --json` report (format 2) with one advisory in `pkg`, reached through `parent`. */
function reportWith(severity: Severity | null): unknown {
  const counts = { info: 0, low: 0, moderate: 0, high: 0, critical: 0 };
  const vulnerabilities: Record<string, unknown> = {};
  if (severity) {
    counts[severity] = 2;
    vulnerabilities["some-lib"] = {
      name: "some-lib",
      severity,
      isDirect: false,
      via: [{ source: 1001, name: "some-lib", dependency: "some-lib", title: "Prototype pollution in some-lib", url: "https://github.com/advisories/GHSA-xxxx-yyyy-zzzz", severity, range: "<1.2.3" }],
      effects: ["exceljs"],
      range: "<1.2.3",
      nodes: ["node_modules/some-lib"],
      fixAvailable: true,
    };
    vulnerabilities["exceljs"] = { name: "exceljs", severity, isDirect: true, via: ["some-lib"], effects: [], range: "*", nodes: ["node_modules/exceljs"], fixAvailable: false };
  }
  return {
    auditReportVersion: 2,
    vulnerabilities,
    metadata: { vulnerabilities: { ...counts, total: Object.values(counts).reduce((a, b) => a + b, 0) }, dependencies: { prod: 120, dev: 700, optional: 3, peer: 0, peerOptional: 0, total: 820 } },
  };
}

describe("scripts/audit.js", () => {
  it("passes a clean report", () => {
    const r = audit(reportWith(null));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("120 production dependencies");
    expect(r.stdout).toContain("OK: no high or critical advisory");
  });

  it.each<Severity>(["info", "low", "moderate"])("passes a %s advisory, listing it", (severity) => {
    const r = audit(reportWith(severity));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${severity} 2`);
    expect(r.stdout).toContain("some-lib <1.2.3: Prototype pollution in some-lib (https://github.com/advisories/GHSA-xxxx-yyyy-zzzz)");
  });

  it.each<Severity>(["high", "critical"])("fails a %s advisory in a production dependency, naming it", (severity) => {
    const r = audit(reportWith(severity));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${severity.padEnd(8)} some-lib <1.2.3: Prototype pollution in some-lib`);
    expect(r.stdout).toContain("FAIL: 2 production package(s) with a high or critical advisory");
  });

  it("says so when npm could not reach the advisory endpoint (a proxy answering 405, no network)", () => {
    const r = audit({ message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk", statusCode: 405, error: { summary: "", detail: "" } });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([expect.stringContaining("could not check the dependencies (405 Method Not Allowed")]);
    expect(r.stdout).toBe("");
  });

  it("says so when there is no JSON at all", () => {
    const r = audit("npm error code ENOTFOUND\n");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no JSON report: npm error code ENOTFOUND");
  });
});
