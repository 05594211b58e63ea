import { RULES } from "../src/core/rules";
import type { InvalidExample, RuleExample, Rule } from "../src/core/rules/types";
import type { CellValue } from "../src/core/grid/grid";

const SEVERITY_ZH = { error: "错误", warning: "警告", info: "提示" } as const;
const CATEGORY_ZH = { reading: "读取", structure: "结构", value: "指标值", weights: "权重", funds: "资金", "cross-table": "跨表" } as const;

function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  return String(v).replace(/\|/gu, "\\|").replace(/\n/gu, " ");
}

function exampleTable(example: RuleExample): string {
  const width = Math.max(...example.rows.map((r) => r.length));
  const letters = Array.from({ length: width }, (_, i) => String.fromCharCode(65 + i));
  const lines = [`| | ${letters.join(" | ")} |`, `|---|${letters.map(() => "---").join("|")}|`];
  example.rows.forEach((row, i) => {
    lines.push(`| ${i + 1} | ${letters.map((_, c) => cellText(row[c])).join(" | ")} |`);
  });
  if (example.merges && example.merges.length > 0) lines.push("", `合并单元格 / merged: ${example.merges.join(", ")}`);
  return lines.join("\n");
}

function expectedReports(example: InvalidExample): string {
  return `报告 reports: ${example.errors.map(([cell, messageId]) => `${cell} \`${messageId}\``).join(", ")}`;
}

function ruleSection(rule: Rule): string {
  const m = rule.meta;
  const flags = [m.fixable ? "可自动修复 fixable" : null, m.hasSuggestions ? "提供建议 suggestions" : null].filter(Boolean).join(" · ");
  const messages = Object.entries(m.messages)
    .map(([id, l]) => `- \`${id}\`${l.severity ? ` (${SEVERITY_ZH[l.severity]} ${l.severity})` : ""}: ${l.zh}<br>${l.en}`)
    .join("\n");
  return [
    `## ${m.id}`,
    "",
    `${m.description.zh}  `,
    `${m.description.en}`,
    "",
    `类别 category: ${CATEGORY_ZH[m.category]} (${m.category}) · 默认级别 default severity: ${SEVERITY_ZH[m.severity]} (${m.severity})${flags ? ` · ${flags}` : ""}`,
    "",
    "消息 messages:",
    "",
    messages,
    "",
    "不合格示例 invalid:",
    "",
    exampleTable(m.examples.invalid),
    "",
    expectedReports(m.examples.invalid),
    "",
    "合格示例 valid:",
    "",
    exampleTable(m.examples.valid),
    "",
  ].join("\n");
}

/** docs/rules.md, generated from the rules' metadata; a test keeps the committed file in step. */
export function renderRuleDocs(): string {
  const index = RULES.map((r) => `| [${r.meta.id}](#${r.meta.id}) | ${CATEGORY_ZH[r.meta.category]} | ${SEVERITY_ZH[r.meta.severity]} | ${r.meta.description.zh} |`);
  return [
    "# 校验规则 / Rules",
    "",
    "由 `npm run docs` 根据各规则的元数据生成，请勿手工编辑。Generated from the rules' metadata by `npm run docs`; do not edit by hand.",
    "",
    "| 规则 rule | 类别 | 默认级别 | 说明 |",
    "|---|---|---|---|",
    ...index,
    "",
    ...RULES.map(ruleSection),
  ].join("\n");
}
