import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { renderRuleDocs } from "./rule-docs";

const target = join(resolve(__dirname, "..", ".."), "docs", "rules.md");
writeFileSync(target, renderRuleDocs());
console.log(`wrote ${target}`);
