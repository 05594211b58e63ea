/**
 * A merged area may run past the last column that holds a value (a title merged A1:F1 over a sheet
 * whose cells stop at column B): the index of merges must not let it cover cells of the rows below.
 */
import { MergeIndex } from "../../../src/core/grid/grid";

describe("the merge index", () => {
  it("keeps a merge wider than the grid to its own rows", () => {
    const title = { top: 0, left: 0, bottom: 0, right: 5 };
    const index = new MergeIndex([title], 2);
    expect([index.areaOf(0, 0), index.areaOf(0, 1), index.areaOf(0, 2)]).toEqual([title, title, title]);
    expect([index.areaOf(1, 0), index.areaOf(1, 1), index.areaOf(2, 0)]).toEqual([undefined, undefined, undefined]);
  });
});
