/** OCR LaTeX left in published values ($\\geq 95\\%$): each command and the symbol it stands for, longer commands first. */
export const LATEX_COMMANDS: readonly (readonly [command: string, symbol: string])[] = [
  ["geqslant", "≥"],
  ["geq", "≥"],
  ["ge", "≥"],
  ["leqslant", "≤"],
  ["leq", "≤"],
  ["le", "≤"],
  ["gt", ">"],
  ["lt", "<"],
  ["neq", "≠"],
  ["ne", "≠"],
  ["sim", "~"],
  ["times", "×"],
];
