import { selfEvaluationCell } from "../parse/reading";
import { readSelfEvaluation } from "../parse/self-evaluation";
import type { SheetLayout } from "./types";

/** 项目支出绩效自评表: the year-end self-evaluation of a project, checked by its own rules, never as a target table. */
export const selfEvaluationLayout: SheetLayout<"self-evaluation"> = {
  id: "self-evaluation",
  scope: "sheet",
  name: { zh: "绩效自评表", en: "Self-evaluation" },
  description: { zh: "项目支出绩效自评表：预算执行与指标完成情况", en: "A project's year-end self-evaluation: funds executed and targets reached" },
  detect: selfEvaluationCell,
  // It has 一级 · 二级 · 三级 columns too: the sheet is never left to the target-table layouts.
  read(sheet) {
    const evaluation = readSelfEvaluation(sheet);
    return evaluation ? [evaluation] : [];
  },
};
