/**
 * `compute` remembered per input text, for the texts sheets repeat across thousands of cells. The
 * memory is forgotten whole once it holds `limit` texts, so a hostile sheet of distinct texts costs
 * a bounded map, never a growing one. Results are shared: callers treat them as read-only.
 */
export function rememberedByText<T>(limit: number, compute: (text: string) => T): (text: string) => T {
  const memory = new Map<string, T>();
  return (text) => {
    let result = memory.get(text);
    if (result === undefined) {
      result = compute(text);
      if (memory.size >= limit) memory.clear();
      memory.set(text, result);
    }
    return result;
  };
}
