import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { RULES } from "../../../src/core/rules";
import { ruleExamples } from "../../../src/core/rules/example-grid";
import { renderRuleDocs } from "../../../scripts/rule-docs";
import { runRule } from "./rule-tester";

describe("every rule is documented, tested and demonstrated", () => {
  it("docs/rules.md is generated from the current metadata (run npm run docs)", () => {
    expect(readFileSync(join(__dirname, "../../../docs/rules.md"), "utf8")).toBe(renderRuleDocs());
  });

  it("rule ids are unique kebab-case", () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/u);
  });

  it("each rule's examples are its own file examples/<rule-id>.json, and each file belongs to a rule", () => {
    const dir = join(__dirname, "../../../src/core/rules/examples");
    expect(readdirSync(dir).sort()).toEqual(RULES.map((r) => `${r.meta.id}.json`).sort());
    for (const { meta } of RULES) {
      const file: unknown = JSON.parse(readFileSync(join(dir, `${meta.id}.json`), "utf8"));
      expect(ruleExamples(meta.id, file, Object.keys(meta.messages))).toEqual(meta.examples);
    }
  });

  it.each(RULES.map((r) => [r.meta.id, r] as const))("%s has a test file, bilingual metadata and working examples", (id, rule) => {
    expect(existsSync(join(__dirname, `${id}.test.ts`))).toBe(true);
    const m = rule.meta;
    expect(m.description.zh).toMatch(/[\u4e00-\u9fa5]/u);
    expect(m.description.en).toMatch(/[a-z]/u);
    for (const msg of Object.values(m.messages)) {
      expect(msg.zh).toMatch(/[\u4e00-\u9fa5]/u);
      expect(msg.en.length).toBeGreaterThan(0);
    }
    expect(m.examples.invalid.errors.length).toBeGreaterThan(0);
    expect(runRule(rule, m.examples.invalid).map((d) => [d.cell, d.messageId])).toEqual(m.examples.invalid.errors.map(([cell, messageId]) => [cell, messageId]));
    for (const [, messageId] of m.examples.invalid.errors) expect(Object.keys(m.messages)).toContain(messageId);
    expect(runRule(rule, m.examples.valid).filter((d) => d.rule === id)).toEqual([]);
  });
});
