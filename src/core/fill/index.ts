/** Templated fills as edits (data): new projects, missing indicator rows, safe fixes, period values. */
export { planFill, workbookYear } from "./fill-workbook";
export type { FillOptions, FillResult } from "./fill-workbook";
export { fixWrites, planFixes, planSuggestion, suggestionOffers } from "./fixes";
export type { SuggestionOffer } from "./fixes";
export { planMissingRows } from "./missing-rows";
export type { AddedRows, CompletionOptions, CompletionResult, NeedsInput, SkippedCategory } from "./missing-rows";
export { planNewProject } from "./new-project";
export type { NewProjectError, NewProjectPlan, NewProjectResult, NewProjectSpec, NewProjectTarget } from "./new-project";
export { planPeriodValues } from "./period-values";
export { EMPTY_PLAN, areaAfter, cellAfter, concatPlans, insertedTop, isEmptyPlan, rowAfter, rowBefore, shiftWrites } from "./plan";
export type { CellLook, CellWrite, FillPlan, LookSet, MergeEdit, NewSheet, RowInsertion, StyleCopy, WriteKind } from "./plan";
export { TEMPLATES, findTemplate, frameworkSlots, guessTemplate, renderTemplate, templateById } from "./templates";
export type { ProjectTemplate, RenderedIndicator, StandardBasis, TemplateId, TemplateIndicator } from "./templates";
