import { main } from "../../src/cli/main";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process, capturing what it prints. */
export async function runCli(argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

export interface JsonDiagnostic {
  rule: string;
  severity: "error" | "warning" | "info";
  sheet: string;
  cell: string;
  related: string[];
  table: string;
  message: string;
}

export interface JsonTable {
  sheet: string;
  kind: "project" | "budget-summary" | "department" | "self-evaluation";
  name: string;
  range: string;
  unit: string;
  budget: { total: number; fiscal: number; other: number } | null;
  indicators: number;
}

export interface JsonReport {
  files: { file: string; tables: JsonTable[]; diagnostics: JsonDiagnostic[]; error?: string }[];
}

export const EXAMPLES = {
  s000: "examples/seed000-tianjin-blocks.xlsx",
  s001: "examples/seed001-dongli-department.xlsx",
  s002: "examples/seed002-qingdao-plan.xlsx",
  s003: "examples/seed003-liwan-list.xlsx",
  s004: "examples/seed004-korla-weighted.xlsx",
} as const;
