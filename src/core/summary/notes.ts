import { fillTemplate, localized, type Locale } from "../messages/render";
import type { Localized } from "../types";
import type { SummaryNote, SummaryNoteId } from "./types";

const NOTES: Readonly<Record<SummaryNoteId, Localized>> = {
  "list-matched": {
    zh: "{sheet}“{list}”中的 {matched} 个项目已与绩效目标表对应，项目清单和名称取自绩效目标表，未重复计入",
    en: "{matched} projects of “{list}” ({sheet}) match target tables; the list takes them (and their names) from the target tables and counts each once",
  },
  "list-only": {
    zh: "{count} 个项目只见于{sheet}“{list}”，没有绩效目标表，金额取自该表（来源标为“仅见于项目支出表”）",
    en: "{count} projects appear only in “{list}” ({sheet}), without a target table; their amounts come from that list (marked list only)",
  },
  "function-table": {
    zh: "支出功能分类取自{sheet}“{table}”的末级科目，类、款为下级之和",
    en: "Functional classification from the lowest-level subjects of “{table}” ({sheet}); 类 and 款 are the sums of their children",
  },
  "no-function-table": {
    zh: "未找到支出功能分类科目表，未按功能分类汇总",
    en: "No functional classification table was found, so there is no summary by function",
  },
  "converted-to-wan": {
    zh: "{count} 个项目的金额由{units}折算为万元",
    en: "Amounts of {count} projects converted from {units} to 万元",
  },
  "apart-from-projects": {
    zh: "{count} 张部门整体绩效目标表或绩效自评表（{names}）单独列示，未计入项目合计",
    en: "{count} department-wide or self-evaluation tables ({names}) are listed apart and not added to the project totals",
  },
  "no-projects": {
    zh: "未识别到项目",
    en: "No projects were recognised",
  },
};

/** A summary note as a sentence, prefixed with its file when the summary covers several. */
export function renderSummaryNote(note: SummaryNote, locale: Locale = "zh-CN", withFile = false): string {
  const template = NOTES[note.id];
  const text = fillTemplate(localized(template, locale), note.data, locale);
  if (!withFile || note.file === "") return text;
  return locale === "en" ? `${note.file}: ${text}` : `${note.file}：${text}`;
}
