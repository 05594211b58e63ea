import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";

interface StartModule {
  startPlan(platform: NodeJS.Platform): { kind: "run"; command: string; args: string[] } | { kind: "unsupported"; message: string };
  commandLine(plan: { command: string; args: readonly string[] }): string;
}

// Plain JavaScript, so that `npm start` runs without a build step.
const { startPlan, commandLine } = jest.requireActual<StartModule>("../../scripts/start.js");
const SCRIPT = join(__dirname, "..", "..", "scripts", "start.js");

describe("npm start", () => {
  it("on Windows and macOS sideloads into desktop Excel with office-addin-debugging through npx", () => {
    for (const platform of ["win32", "darwin"] as const) {
      const plan = startPlan(platform);
      expect(plan).toMatchObject({ kind: "run", command: "npx" });
      if (plan.kind !== "run") throw new Error("unreachable");
      expect(plan.args.slice(0, 5)).toEqual(["--yes", "office-addin-debugging", "start", "manifest.xml", "desktop"]);
      expect(commandLine(plan)).toBe('npx --yes office-addin-debugging start manifest.xml desktop --dev-server "npm run dev-server" --dev-server-port 3000');
    }
  });

  it("on Linux explains, in Chinese and English, that there is no Excel and what to use instead", () => {
    const plan = startPlan("linux");
    expect(plan.kind).toBe("unsupported");
    if (plan.kind !== "unsupported") throw new Error("unreachable");
    expect(plan.message).toMatch(/^Linux 没有 Excel/);
    expect(plan.message).toMatch(/jixiao 命令行/);
    expect(plan.message).toMatch(/Linux has no desktop Excel/);
    expect(plan.message).toMatch(/jixiao command line/);
    expect(plan.message).toMatch(/在 Windows 或 macOS 上运行 npx office-addin-debugging start manifest\.xml/);
    expect(plan.message).toMatch(/run npx office-addin-debugging start manifest\.xml on Windows or macOS/);
  });

  it("names other platforms for what they are", () => {
    const plan = startPlan("freebsd");
    expect(plan.kind === "unsupported" && plan.message.startsWith("freebsd 没有 Excel")).toBe(true);
  });

  (process.platform === "linux" ? it : it.skip)("exits 1 here with the message on stderr and runs nothing", async () => {
    const run = promisify(execFile)(process.execPath, [SCRIPT]);
    await expect(run).rejects.toMatchObject({ code: 1, stdout: "", stderr: expect.stringMatching(/^Linux 没有 Excel 桌面版/) });
  });
});
