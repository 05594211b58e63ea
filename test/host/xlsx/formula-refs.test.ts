import { rewriteFormulaRefs, translateFormula } from "../../../src/host/xlsx/formula-refs";

/*
 * The formula tokenizer: references told apart from strings, names, functions, errors, structured
 * and external references, and rewritten character for character elsewhere.
 */

const twoRowsAtRow3 = (formula: string): string =>
  rewriteFormulaRefs(formula, (ref) => ({ top: ref.top >= 2 ? ref.top + 2 : ref.top, bottom: ref.bottom >= 2 ? ref.bottom + 2 : ref.bottom }));

describe("rewriteFormulaRefs", () => {
  it.each([
    ["SUM(A1:B5)+'数 据'!$C$3*Sheet2!A:A", "SUM(A1:B7)+'数 据'!$C$5*Sheet2!A:A"],
    ['IF(A3>"A3",#REF!,[1]Sheet1!A3)', 'IF(A5>"A3",#REF!,[1]Sheet1!A3)'],
    ["项目清单[[#This Row],[预算数]]+B7", "项目清单[[#This Row],[预算数]]+B9"],
    ["SUM(Sheet1:Sheet3!A5)+'a:b'!C9", "SUM(Sheet1:Sheet3!A5)+'a:b'!C9"],
    ["A5:A2+3:5+$A$7+本表预算+LOG10(A10)", "A7:A2+5:7+$A$9+本表预算+LOG10(A12)"],
    ["'it''s'!B12&\"x\"\"y\"", "'it''s'!B14&\"x\"\"y\""],
  ])("%s → %s", (formula, expected) => {
    expect(twoRowsAtRow3(formula)).toBe(expected);
  });
});

describe("translateFormula (a shared formula as another cell of its range reads it)", () => {
  it.each([
    ["B3*2", 2, 0, "B5*2"],
    ["SUM($B$3:B3)", 3, 0, "SUM($B$3:B6)"],
    ["A1-$B2+C$3", 1, 2, "C2-$B3+E$3"],
    ["SUM(A:A)+3:3", 1, 1, "SUM(B:B)+4:4"],
    ['"B3"&B3&项目清单[[#This Row],[预算数]]', 1, 0, '"B3"&B4&项目清单[[#This Row],[预算数]]'],
    ["A1+B2", -1, 0, "#REF!+B1"],
    ["'数 据'!B3+[1]Sheet1!C3", 1, 0, "'数 据'!B4+[1]Sheet1!C4"],
  ])("%s moved %d rows, %d columns → %s", (formula, rows, cols, expected) => {
    expect(translateFormula(formula, rows, cols)).toBe(expected);
  });
});
