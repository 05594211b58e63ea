import { readFileSync } from "node:fs";
import { configProblemText, parseCheckConfig } from "../core/config";
import type { CheckConfig } from "../core/types";

export class ConfigError extends Error {}

/**
 * Reads a JSON config ({ profile, satisfactionFloor, weightTotals, rules }) with the core's
 * parseCheckConfig; any problem (an unknown rule id included) refuses the file, naming them all.
 */
export function readConfigFile(path: string): Partial<CheckConfig> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    throw new ConfigError(`配置文件无法读取或不是有效的 JSON / config file unreadable or not valid JSON: ${path}`);
  }
  return validateConfig(raw);
}

export function validateConfig(raw: unknown): Partial<CheckConfig> {
  const { config, problems } = parseCheckConfig(raw);
  if (problems.length > 0) {
    const zh = problems.map((p) => configProblemText(p, "zh-CN")).join("；");
    const en = problems.map((p) => configProblemText(p, "en")).join("; ");
    throw new ConfigError(`${zh} / ${en}`);
  }
  return config;
}
