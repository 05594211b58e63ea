import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";

/** What src/core may not import: it runs in the task pane, the CLI and the tests alike. */
const CORE_IMPORTS = [
  { group: ["node:*", "fs", "path", "os", "child_process", "zlib", "stream", "crypto"], message: "src/core must not use Node APIs." },
  { group: ["exceljs", "exceljs/*"], message: "src/core must not depend on exceljs; use src/host/xlsx." },
  { group: ["react", "react-*", "@fluentui/*"], message: "src/core must not depend on UI libraries." },
  { group: ["**/host/**", "**/cli/**", "**/taskpane/**", "**/commands/**"], message: "Arrows point inward: src/core imports nothing outside src/core." },
];

export default tseslint.config(
  { ignores: ["node_modules/", "build/", "dist/", "out/", "coverage/", "examples/", "vendor/", "test-results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Functions a reader can hold (issue 16 item 5); blank lines and comments do not count.
    files: ["src/**/*.{ts,tsx}"],
    rules: { "max-lines-per-function": ["error", { max: 80, skipBlankLines: true, skipComments: true }] },
  },
  {
    // The core is pure: it runs in the task pane, the CLI and the tests alike.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: CORE_IMPORTS,
        },
      ],
      "no-restricted-globals": ["error", { name: "Excel", message: "src/core must not touch Office.js." }, { name: "Office", message: "src/core must not touch Office.js." }],
    },
  },
  {
    // A rule file is one rule: what rules share lives in core/indicator, core/money, core/value or the vocabulary.
    files: ["src/core/rules/*.ts"],
    ignores: ["src/core/rules/index.ts", "src/core/rules/types.ts", "src/core/rules/example-grid.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...CORE_IMPORTS,
            { group: ["./*", "!./types", "!./examples", "./examples/*", "!./examples/*.json"], message: "A rule must not import another rule; move what they share to a helper module outside src/core/rules." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/host/excel/**/*.ts", "src/commands/**/*.ts", "src/taskpane/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["**/*.js", "**/*.cjs", "**/*.mjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
