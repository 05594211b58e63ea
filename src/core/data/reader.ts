/**
 * Reading the project's own data files (rule examples, fill templates) into typed values: every key
 * known, every shape checked, and a mistake named by where it stands in the file.
 */

/** Checks one value of a data file and returns it typed; `at` is where it stands (examples.invalid.rows[2]). */
export type Reader<T> = (value: unknown, at: string) => T;

/** A data file of the wrong shape; the caller adds which file. */
export class DataShapeError extends Error {}

export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export const text: Reader<string> = (value, at) => {
  if (typeof value !== "string") throw new DataShapeError(`${at} must be a string`);
  return value;
};

/** One of the listed strings (a unit, a category, an id). */
export function oneOf<T extends string>(values: readonly T[]): Reader<T> {
  return (value, at) => {
    if (!values.includes(value as T)) throw new DataShapeError(`${at} must be one of ${values.join(", ")}`);
    return value as T;
  };
}

export function listOf<T>(item: Reader<T>, length?: number): Reader<readonly T[]> {
  return (value, at) => {
    if (!Array.isArray(value)) throw new DataShapeError(`${at} must be a list`);
    if (length !== undefined && value.length !== length) throw new DataShapeError(`${at} must hold ${length} items, not ${value.length}`);
    return value.map((v, i) => item(v, `${at}[${i}]`));
  };
}

export type Readers<T> = { readonly [K in keyof T]-?: Reader<T[K]> };

/** An object whose keys all have a reader, the required ones present; an unknown key is refused, never ignored. */
export function fields<T>(readers: Readers<T>, required: readonly (keyof T & string)[]): Reader<T> {
  return (value, at) => {
    if (!isRecord(value)) throw new DataShapeError(`${at} must be an object`);
    const known = Object.keys(readers);
    for (const key of Object.keys(value)) if (!known.includes(key)) throw new DataShapeError(`${at} has an unknown key “${key}” (known: ${known.join(", ")})`);
    for (const key of required) if (!(key in value)) throw new DataShapeError(`${at} lacks “${key}”`);
    const read = Object.entries(value).map(([key, v]) => [key, (readers as Readonly<Record<string, Reader<unknown>>>)[key]!(v, `${at}.${key}`)]);
    return Object.fromEntries(read) as T;
  };
}

/** Reads a whole file with `reader`; a mistake in it throws naming the file (“examples of unit-mismatch”). */
export function readData<T>(file: string, data: unknown, reader: Reader<T>, root: string): T {
  try {
    return reader(data, root);
  } catch (error) {
    if (error instanceof DataShapeError) throw new Error(`${file}: ${error.message}`);
    throw error;
  }
}
