import type { Rule } from "./types";
import { sheetUnread } from "./sheet-unread";
import { tableUnreadable } from "./table-unreadable";
import { unitUnstated } from "./unit-unstated";
import { unknownLevel1 } from "./unknown-level1";
import { level2Mismatch } from "./level2-mismatch";
import { missingCategory } from "./missing-category";
import { frameworksMixed } from "./frameworks-mixed";
import { duplicateLevel3 } from "./duplicate-level3";
import { emptyIndicatorField } from "./empty-indicator-field";
import { placeholderIndicator } from "./placeholder-indicator";
import { descriptionBoilerplate } from "./description-boilerplate";
import { copiedIndicators } from "./copied-indicators";
import { encodedCodeMismatch } from "./encoded-code-mismatch";
import { valueUnparseable } from "./value-unparseable";
import { valueUnquantified } from "./value-unquantified";
import { rateAbove100 } from "./rate-above-100";
import { operatorDirection } from "./operator-direction";
import { unitMismatch } from "./unit-mismatch";
import { satisfactionBelowFloor } from "./satisfaction-below-floor";
import { annualBeyondPeriod } from "./annual-beyond-period";
import { belowLastYear } from "./below-last-year";
import { ocrArtefact } from "./ocr-artefact";
import { valueSpelling } from "./value-spelling";
import { basisNotStandard } from "./basis-not-standard";
import { weightsTotal } from "./weights-total";
import { fundsBudgetSum } from "./funds-budget-sum";
import { annualFundsBeyondPeriod } from "./annual-funds-beyond-period";
import { spendingPlan } from "./spending-plan";
import { planLabelUnit } from "./plan-label-unit";
import { costAboveBudget } from "./cost-above-budget";
import { costTableTotal } from "./cost-table-total";
import { costItemProduct } from "./cost-item-product";
import { costTableBudget } from "./cost-table-budget";
import { departmentTaskSum } from "./department-task-sum";
import { departmentTasksTotal } from "./department-tasks-total";
import { selfEvalExecutionRate } from "./self-eval-execution-rate";
import { selfEvalScoreAbovePoints } from "./self-eval-score-above-points";
import { selfEvalScoresTotal } from "./self-eval-scores-total";
import { selfEvalDeviationReason } from "./self-eval-deviation-reason";
import { amountAsText } from "./amount-as-text";
import { summaryRowsAddUp } from "./summary-rows-add-up";
import { summaryColumnsAddUp } from "./summary-columns-add-up";
import { incomeExpenseBalance } from "./income-expense-balance";
import { projectAmountMismatch } from "./project-amount-mismatch";

/** Every rule, in catalogue order: reading, structure, values, weights, funds, cross-table. */
export const RULES: readonly Rule[] = [
  sheetUnread,
  tableUnreadable,
  unitUnstated,
  unknownLevel1,
  level2Mismatch,
  missingCategory,
  frameworksMixed,
  duplicateLevel3,
  emptyIndicatorField,
  placeholderIndicator,
  descriptionBoilerplate,
  copiedIndicators,
  encodedCodeMismatch,
  valueUnparseable,
  valueUnquantified,
  rateAbove100,
  operatorDirection,
  unitMismatch,
  satisfactionBelowFloor,
  annualBeyondPeriod,
  belowLastYear,
  ocrArtefact,
  valueSpelling,
  basisNotStandard,
  weightsTotal,
  fundsBudgetSum,
  annualFundsBeyondPeriod,
  spendingPlan,
  planLabelUnit,
  costAboveBudget,
  costTableTotal,
  costItemProduct,
  costTableBudget,
  departmentTaskSum,
  departmentTasksTotal,
  selfEvalExecutionRate,
  selfEvalScoreAbovePoints,
  selfEvalScoresTotal,
  selfEvalDeviationReason,
  amountAsText,
  summaryRowsAddUp,
  summaryColumnsAddUp,
  incomeExpenseBalance,
  projectAmountMismatch,
];

const BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
