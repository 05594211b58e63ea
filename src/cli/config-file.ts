import { readFileSync } from "node:fs";
import type { CheckConfig, Severity } from "../core/types";
import { ruleById } from "../core/rules";

export class ConfigError extends Error {}

const SEVERITIES = new Set(["error", "warning", "info", "off"]);

/** Reads a JSON config ({ profile, satisfactionFloor, weightTotals, rules }) and validates each field. */
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
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new ConfigError("配置应为 JSON 对象 / config must be a JSON object");
  const o = raw as Record<string, unknown>;
  const out: { -readonly [K in keyof CheckConfig]?: CheckConfig[K] } = {};
  if (o.profile !== undefined) {
    if (o.profile !== "auto" && o.profile !== "2021" && o.profile !== "legacy") throw new ConfigError("profile 应为 auto、2021 或 legacy / profile must be auto, 2021 or legacy");
    out.profile = o.profile;
  }
  if (o.satisfactionFloor !== undefined) {
    if (typeof o.satisfactionFloor !== "number" || o.satisfactionFloor < 0 || o.satisfactionFloor > 100) throw new ConfigError("satisfactionFloor 应为 0–100 的数字 / satisfactionFloor must be a number from 0 to 100");
    out.satisfactionFloor = o.satisfactionFloor;
  }
  if (o.weightTotals !== undefined) {
    if (!Array.isArray(o.weightTotals) || !o.weightTotals.every((n) => typeof n === "number")) throw new ConfigError("weightTotals 应为数字数组 / weightTotals must be an array of numbers");
    out.weightTotals = o.weightTotals as number[];
  }
  if (o.rules !== undefined) {
    if (typeof o.rules !== "object" || o.rules === null) throw new ConfigError("rules 应为对象 / rules must be an object");
    const rules: Record<string, Severity | "off"> = {};
    for (const [id, sev] of Object.entries(o.rules as Record<string, unknown>)) {
      if (!ruleById(id)) throw new ConfigError(`未知规则 / unknown rule: ${id}`);
      if (typeof sev !== "string" || !SEVERITIES.has(sev)) throw new ConfigError(`规则 ${id} 的级别应为 error、warning、info 或 off / severity of ${id} must be error, warning, info or off`);
      rules[id] = sev as Severity | "off";
    }
    out.rules = rules;
  }
  return out;
}
