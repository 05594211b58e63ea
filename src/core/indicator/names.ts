/** How an indicator is named: in messages, and as a key for matching one row against another. */
import type { Indicator } from "../model/model";
import { labelKey, stripSpaces, tidy, toHalfWidth } from "../text/normalize";

/** The 三级 name as shown in messages, or the 二级 when the 三级 is blank. */
export function indicatorName(ind: Indicator): string {
  return tidy(ind.level3?.value ?? ind.level2?.value ?? "");
}

/** The 三级 name for reading what it measures: OCR line breaks ("机构正常运 行率"), a trailing 指标 and a unit note such as （%） removed. */
export function nameKey(ind: Indicator): string {
  if (!ind.level3) return "";
  return stripSpaces(toHalfWidth(ind.level3.value))
    .replace(/[(（][^()（）]*[)）]$/u, "")
    .replace(/指标$/u, "");
}

/** Matching form of a 三级 name: spaces, full-width forms and closing punctuation do not make a new indicator. */
export function level3Key(text: string): string {
  return labelKey(text).replace(/[。.;；,，]+$/u, "");
}
