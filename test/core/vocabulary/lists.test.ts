/** One table test per vocabulary list: every word of a list is read as what its list says. */
import type { Grid } from "../../../src/core/grid/grid";
import { isNoteRow, joinSplitValue } from "../../../src/core/parse/indicators";
import { Sheet } from "../../../src/core/parse/sheet";
import { parseIndicatorValue } from "../../../src/core/value/parse-indicator-value";
import { costColumnWordOf, COST_COLUMN_WORDS } from "../../../src/core/vocabulary/cost-table";
import { FUND_SOURCE_WORDS, fundSourceWordOf, HEAD_LABEL_WORDS, headLabelOf, INDICATOR_HEADER_WORDS, indicatorColumnOf, isTotalLabel, TOTAL_WORDS } from "../../../src/core/vocabulary/labels";
import { LATEX_COMMANDS } from "../../../src/core/vocabulary/latex";
import { LIST_FISCAL_OPENINGS, LIST_OTHER_WORDS, LIST_TEXT_WORDS, LIST_TOTAL_WORDS, listAmountWordOf, listTextRoleOf } from "../../../src/core/vocabulary/list-headers";
import { combine } from "../../../src/core/vocabulary/match";
import { FOOTER_WORDS, NOTE_WORDS } from "../../../src/core/vocabulary/notes";
import { CANONICAL_SYMBOL, DIRECTION_WORDS, OPERATOR_SYMBOLS, OPERATOR_WORDS, SUFFIX_WORDS } from "../../../src/core/vocabulary/operators";
import { isPlaceholder } from "../../../src/core/vocabulary/placeholders";

const entries = <K extends string>(lists: readonly (readonly [K, readonly string[], unknown?])[]): [string, K][] => lists.flatMap(([kind, words]) => words.map((w) => [w, kind] as [string, K]));

describe("head labels", () => {
  it.each(entries(HEAD_LABEL_WORDS))("%s → %s", (word, kind) => expect(headLabelOf(word)).toBe(kind));
  it.each([["其中:财政拨款(万元)", "fiscal"], ["项目名称(元)", "projectName"], ["资金支出计划(%)", "plan"], ["其中:项目名称", null]])("with affixes: %s → %s", (word, kind) => expect(headLabelOf(word)).toBe(kind));
});

describe("fund sources of 项目资金申请 pairs", () => {
  it.each(entries(FUND_SOURCE_WORDS))("%s → %s", (word, kind) => expect(fundSourceWordOf(word)).toBe(kind));
});

describe("indicator headers", () => {
  it.each(entries(INDICATOR_HEADER_WORDS))("%s → %s", (word, kind) => expect(indicatorColumnOf(word)).toBe(kind));
});

describe("totals", () => {
  it.each(TOTAL_WORDS.map((w) => [w]))("%s is a total", (w) => expect(isTotalLabel(w)).toBe(true));
  it.each([["项目支出合计", true], ["合计数", false], ["总分值", false]])("%s → %s", (w, yes) => expect(isTotalLabel(w)).toBe(yes));
});

describe("notes and footers", () => {
  const row = (text: string): Sheet => new Sheet({ sheet: "s", cells: [[text, "某某"]], merges: [] } as Grid);
  it.each([...NOTE_WORDS.map((w) => [`${w}：按要求填写`]), ...FOOTER_WORDS.map((w) => [`${w}：`])])("%s closes a table", (text) => expect(isNoteRow(row(text), 0)).toBe(true));
  it("a 三级 that opens with 说 is no note", () => expect(isNoteRow(row("说服教育人数"), 0)).toBe(false));
});

describe("operators", () => {
  it.each(OPERATOR_SYMBOLS)("symbol %s is %s", (symbol, op) => expect(parseIndicatorValue(`${symbol}95%`)).toMatchObject({ kind: "number", operator: op, value: 95 }));
  it.each(OPERATOR_WORDS)("word %s is %s", (word, op) => expect(parseIndicatorValue(`${word}95%`)).toMatchObject({ kind: "number", operator: op, value: 95 }));
  it.each(SUFFIX_WORDS.filter(([, op]) => op !== null))("suffix %s is %s", (word, op) => expect(parseIndicatorValue(`95%${word}`)).toMatchObject({ kind: "number", operator: op }));
  it.each([...DIRECTION_WORDS, ...OPERATOR_WORDS])("a 指标性质 of %s writes %s before a bare number", (word, op) => {
    expect(joinSplitValue(word, "95", "%")).toBe(`${op === null ? "" : CANONICAL_SYMBOL[op]}95%`);
  });
});

describe("OCR LaTeX", () => {
  it.each(LATEX_COMMANDS.filter(([, symbol]) => "≥≤><".includes(symbol)))("\\%s reads as %s", (command, symbol) => {
    expect(parseIndicatorValue(`$\\${command} 95\\%$`)).toMatchObject({ kind: "number", value: 95, operator: Object.entries(CANONICAL_SYMBOL).find(([, s]) => s === symbol)![0] });
  });
});

describe("list and summary headers", () => {
  it.each(entries(LIST_TEXT_WORDS))("%s → %s", (word, kind) => expect(listTextRoleOf(word)).toBe(kind));
  it.each([...LIST_TOTAL_WORDS.map((w) => [w, "total"]), ...combine(LIST_TOTAL_WORDS, ["(万元)"]).map((w) => [w, "total"]), ...LIST_OTHER_WORDS.map((w) => [w, "other"]), ...combine(LIST_FISCAL_OPENINGS, ["", "(万元)"]).map((w) => [w, "fiscal"])])("%s → %s", (word, kind) => {
    expect(listAmountWordOf(word)).toBe(kind);
  });
});

describe("cost-composition headers", () => {
  it.each(entries(COST_COLUMN_WORDS))("%s → %s", (word, kind) => expect(costColumnWordOf(word)).toBe(kind));
});

describe("placeholders", () => {
  it.each(["指标1", "具体指标", "……", "**人", "≥**%", "XX万元", "○○", "（请填写）"])("%s is a placeholder", (t) => expect(isPlaceholder(t)).toBe(true));
});
