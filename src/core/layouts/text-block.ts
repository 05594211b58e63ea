import { statementsOf } from "../parse/statements";
import { firstIndicatorTextCell, readTextBlocks } from "../parse/text-block";
import type { Sheet } from "../parse/sheet";
import { labelKey } from "../text/normalize";
import { isCoverOrReviewTitle, isInstructionsTitle } from "../vocabulary/labels";
import type { SheetLayout } from "./types";

/** Notes on filling the form and covers may quote indicator lines as examples: they are no project. */
function isNotesOrCover(sheet: Sheet): boolean {
  const name = labelKey(sheet.name);
  if (isInstructionsTitle(name) || isCoverOrReviewTitle(name)) return true;
  for (let r = 0; r < sheet.height; r++) {
    const [c] = sheet.filledColumns(r);
    if (c === undefined) continue;
    const first = sheet.key(r, c);
    return isInstructionsTitle(first) || isCoverOrReviewTitle(first);
  }
  return false;
}

/**
 * A block whose indicators are written as text (one cell, or a line a row) under an ordinary head, with
 * no indicator header: read only when the sheet's header layouts read nothing from it.
 */
export const textBlockLayout: SheetLayout<"text-block"> = {
  id: "text-block",
  scope: "sheet",
  name: { zh: "文本指标", en: "Indicators as text" },
  description: { zh: "项目名称与资金之下，绩效指标写成文字（一格或每行一条）", en: "A project's head, then its indicators written as text (in one cell or one a line)" },
  detect: (sheet) => (isNotesOrCover(sheet) ? null : firstIndicatorTextCell(sheet)),
  read(sheet, headerTables) {
    if (headerTables().length > 0) return null;
    const tables = readTextBlocks(sheet, statementsOf(sheet));
    return tables.length > 0 ? tables : null;
  },
};
