export { applyEdits, sameValue } from "./apply-edits";
export type { ApplyResult, Refusal, RefusalReason } from "./apply-edits";
