/** Largest worksheet either host reads, in cells of its used range counted from A1 (the CLI's --max-cells default). */
export const MAX_SHEET_CELLS = 5_000_000;
/** Most rows either host reads in one worksheet; a department's whole budget fits in far fewer. */
export const MAX_SHEET_ROWS = 300_000;
