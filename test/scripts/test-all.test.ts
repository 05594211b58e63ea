import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findChromium, findSoffice } from "../../scripts/find-tools";

const SCRIPT = join(__dirname, "..", "..", "scripts", "test-all");
const PACKAGES = "chromium libreoffice-calc-nogui fonts-noto-cjk fontconfig";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "jixiao-test-all-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function script(file: string, body: string): void {
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
}

/** The entry point with nothing on PATH but `bin` and every fixed install path moved under `root`. */
function runEntryPoint(bin: string, root: string, args: string[]): ReturnType<typeof spawnSync> & { stdout: string; stderr: string } {
  const env: Record<string, string> = { PATH: bin, JIXIAO_TOOL_ROOT: root, HOME: dir };
  return spawnSync(process.execPath, [SCRIPT, ...args], { env, encoding: "utf8", timeout: 60_000 });
}

describe("npm test's entry point (scripts/test-all)", () => {
  it("without Chromium, LibreOffice, a CJK font or a way to install them, stops at once: one line naming the packages, exit 2", () => {
    const bin = join(dir, "bin");
    mkdirSync(bin);
    const run = runEntryPoint(bin, join(dir, "root"), []);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    const lines = run.stderr.split("\n").filter((l) => l !== "");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`请先安装 Debian 软件包：sudo apt-get install ${PACKAGES}`);
    expect(lines[0]).toContain(`install the Debian packages with sudo apt-get install ${PACKAGES}`);
  });

  it("names only what is missing", () => {
    const bin = join(dir, "bin");
    mkdirSync(bin);
    script(join(bin, "chromium"), "exit 0");
    script(join(bin, "fc-list"), 'echo "Noto Sans CJK SC"');
    const run = runEntryPoint(bin, join(dir, "root"), []);
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain("sudo apt-get install libreoffice-calc-nogui（");
  });

  it("with apt-get available, runs apt-get update, then installs exactly the missing packages, and goes on", () => {
    const bin = join(dir, "bin");
    const root = join(dir, "root");
    const log = join(dir, "apt.log");
    mkdirSync(bin);
    mkdirSync(join(root, "usr", "bin"), { recursive: true });
    // A fake apt-get that "installs" by creating the programs where the lookup finds them.
    script(
      join(bin, "apt-get"),
      [
        `echo "$*" >> ${log}`,
        `if [ "$1" = install ]; then`,
        `  printf '#!/bin/sh\\nexit 0\\n' > ${join(root, "usr", "bin", "chromium")}`,
        `  printf '#!/bin/sh\\nexit 0\\n' > ${join(root, "usr", "bin", "soffice")}`,
        `  printf '#!/bin/sh\\necho "Noto Sans CJK SC"\\n' > ${join(bin, "fc-list")}`,
        `  /bin/chmod 755 ${join(root, "usr", "bin", "chromium")} ${join(root, "usr", "bin", "soffice")} ${join(bin, "fc-list")}`,
        `fi`,
      ].join("\n"),
    );
    script(join(bin, "sudo"), '[ "$1" = -n ] && shift; exec "$@"');
    const run = runEntryPoint(bin, root, ["--setup-only"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(readFileSync(log, "utf8").split("\n")).toEqual(["update", `install -y --no-install-recommends ${PACKAGES}`, ""]);
    expect(run.stdout).toContain(`== chromium ${join(root, "usr", "bin", "chromium")}`);
    expect(run.stdout).toContain(`== soffice ${join(root, "usr", "bin", "soffice")}`);
  });

  it("stops with the same one line, exit 2, when apt-get fails", () => {
    const bin = join(dir, "bin");
    mkdirSync(bin);
    script(join(bin, "apt-get"), "exit 100");
    script(join(bin, "sudo"), '[ "$1" = -n ] && shift; exec "$@"');
    const run = runEntryPoint(bin, join(dir, "root"), []);
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain(`sudo apt-get install ${PACKAGES}`);
  });
});

describe("the shared lookup of the programs the tests drive", () => {
  it("takes CHROMIUM_PATH first, then PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH, then /usr/bin/chromium, then PATH", () => {
    const bin = join(dir, "bin");
    const root = join(dir, "root");
    mkdirSync(bin);
    mkdirSync(join(root, "usr", "bin"), { recursive: true });
    const own = join(dir, "my-chrome");
    const playwright = join(dir, "pw-chrome");
    for (const f of [own, playwright, join(bin, "google-chrome"), join(root, "usr", "bin", "chromium")]) script(f, "exit 0");
    const base = { PATH: bin, JIXIAO_TOOL_ROOT: root };
    expect(findChromium({ ...base, CHROMIUM_PATH: own, PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH: playwright })).toBe(own);
    expect(findChromium({ ...base, CHROMIUM_PATH: join(dir, "absent"), PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH: playwright })).toBe(playwright);
    expect(findChromium(base)).toBe(join(root, "usr", "bin", "chromium"));
    rmSync(join(root, "usr", "bin", "chromium"));
    expect(findChromium(base)).toBe(join(bin, "google-chrome"));
    expect(findChromium({ PATH: join(dir, "none"), JIXIAO_TOOL_ROOT: root })).toBeNull();
  });

  it("finds soffice by SOFFICE_PATH, on PATH, or at the usual install paths (/usr/lib/libreoffice, /opt/libreoffice*)", () => {
    const bin = join(dir, "bin");
    const root = join(dir, "root");
    mkdirSync(bin);
    const opt = join(root, "opt", "libreoffice24.8", "program");
    mkdirSync(opt, { recursive: true });
    script(join(opt, "soffice"), "exit 0");
    expect(findSoffice({ PATH: bin, JIXIAO_TOOL_ROOT: root })).toBe(join(opt, "soffice"));
    script(join(bin, "libreoffice"), "exit 0");
    expect(findSoffice({ PATH: bin, JIXIAO_TOOL_ROOT: root })).toBe(join(bin, "libreoffice"));
    expect(findSoffice({ PATH: bin, JIXIAO_TOOL_ROOT: root, SOFFICE_PATH: join(opt, "soffice") })).toBe(join(opt, "soffice"));
    expect(findSoffice({ PATH: join(dir, "none"), JIXIAO_TOOL_ROOT: join(dir, "none") })).toBeNull();
  });
});
