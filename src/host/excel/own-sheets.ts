import { LINK_COLOR, REPORT_MARKER } from "../../core/annotations";
import { sheetOfAddress } from "./addresses";

/** Font sizes of the bold headings on the sheets the add-in writes (校验报告, 汇总-项目, 汇总-分类). */
export const HEADING_SIZE: Readonly<Record<"title" | "section", number>> = { title: 14, section: 12 };
/** A hyperlink's text on those sheets, as Excel's Hyperlink style shows it. */
export const LINK_FONT: Excel.CellPropertiesFont = { color: LINK_COLOR, underline: "Single" };

/** The very hidden sheet holding the formats the highlight replaced, so 清除标记 works after reopening. */
export const MARKS_SHEET = "_jixiao_marks";
/**
 * A hidden workbook name pointing at A1 of the report sheet the add-in created. A name follows its
 * sheet through renames, so a user's own sheet that happens to be called 校验报告 is never mistaken for ours.
 */
export const REPORT_NAME = REPORT_MARKER;

export interface ReportSheetLookup {
  /** The add-in's report sheet, or null when there is none. */
  readonly sheet: string | null;
  /** The name exists but its sheet was deleted (#REF!); it must go before a new one is added. */
  readonly danglingName: boolean;
}

/** The proxies that find the add-in's report sheet; read them with reportSheetOf after the next sync. */
export interface ReportSheetQuery {
  readonly name: Excel.NamedItem;
  readonly target: Excel.Range;
}

export function queueReportSheetLookup(context: Excel.RequestContext): ReportSheetQuery {
  const name = context.workbook.names.getItemOrNullObject(REPORT_NAME);
  const target = name.getRangeOrNullObject();
  target.load("address");
  return { name, target };
}

export function reportSheetOf(query: ReportSheetQuery): ReportSheetLookup {
  if (query.name.isNullObject) return { sheet: null, danglingName: false };
  if (query.target.isNullObject) return { sheet: null, danglingName: true };
  return { sheet: sheetOfAddress(query.target.address), danglingName: false };
}
