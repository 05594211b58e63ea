/** Excel's limit on a worksheet name's length. */
export const MAX_SHEET_NAME = 31;

/**
 * A valid worksheet name not yet in `existing` (compared ignoring case, as Excel does):
 * forbidden characters become "_", and "校验报告 (2)", "(3)" … are tried in turn.
 */
export function uniqueSheetName(existing: readonly string[], wanted: string): string {
  const taken = new Set(existing.map((name) => name.toLocaleLowerCase()));
  const base = wanted.replace(/[:\\/?*[\]]/g, "_").replace(/^'+|'+$/g, "").trim() || "Report";
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const candidate = [...base].slice(0, MAX_SHEET_NAME - suffix.length).join("") + suffix;
    if (!taken.has(candidate.toLocaleLowerCase())) return candidate;
  }
}
