import { randomBytes } from "node:crypto";
import { lstat, open, readFile, readdir, realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { REPORT_MARKER, isOwnReportSheet } from "../../core/annotations/report-sheet";
import type { Grid } from "../../core/grid/grid";
import { SUMMARY_MARKERS, type SheetRole } from "../../core/summary";
import { readGridsFast } from "./fast-read";
import { isOwnSummarySheet, writtenMarkerMatches } from "./package/signature";
import { sheetOfReference } from "./package/summary";

/** True when `output` names the file `input` names: the same path, a hard or symbolic link, or another case of it. */
export async function isSameFile(input: string, output: string): Promise<boolean> {
  if (resolve(input) === resolve(output)) return true;
  const inputStat = await stat(input).catch(() => null);
  const outputStat = await stat(output).catch(() => null);
  if (inputStat && outputStat && inputStat.dev === outputStat.dev && inputStat.ino === outputStat.ino) return true;
  const inputReal = await realpath(input).catch(() => null);
  const outputDirReal = await realpath(dirname(resolve(output))).catch(() => null);
  return inputReal !== null && outputDirReal !== null && inputReal === join(outputDirReal, basename(output));
}

/** A writer's failure: a code the CLI words for people, and a message for developers. */
export class WriterError<Code extends string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
  ) {
    super(message);
  }
}

/** The steps every writer shares fail with these codes; each writer raises them as its own error class. */
export type WriterFailure = (code: "same-file" | "not-found" | "unreadable" | "write-failed", message: string) => Error;

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export async function refuseInputAsOutput(input: string, output: string, fail: WriterFailure): Promise<void> {
  if (await isSameFile(input, output)) throw fail("same-file", `refusing to overwrite the input file: ${output}`);
}

/** The workbook a writer copies, read whole. */
export async function readWriterInput(path: string, fail: WriterFailure): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException | undefined)?.code;
    throw fail(code === "ENOENT" || code === "ENOTDIR" ? "not-found" : "unreadable", `cannot read ${path}: ${errorText(err)}`);
  }
}

/** writeFileAtomically, its failure raised as the writer's error. */
export async function writeWriterOutput(path: string, bytes: Buffer, fail: WriterFailure): Promise<void> {
  try {
    await writeFileAtomically(path, bytes);
  } catch (err) {
    throw fail("write-failed", `cannot write ${path}: ${errorText(err)}`);
  }
}

/** Raised when the output path names something other than a regular file (a device, a directory, a pipe). */
export class NotRegularFileError extends Error {
  constructor(readonly path: string) {
    super(`not a regular file: ${path}`);
    this.name = "NotRegularFileError";
  }
}

// `.<name>.jixiao-<pid>-<random>.tmp`: the pid tells a later run whether the writer is still alive.
const TEMP = /^\.(.+)\.jixiao-(\d+)-[0-9a-f]+\.tmp$/;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes temporary files a killed run left beside `path` (only ours, only of dead processes). */
async function removeStaleTemps(dir: string, name: string): Promise<void> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  for (const entry of entries) {
    const m = TEMP.exec(entry);
    if (!m || m[1] !== name) continue;
    const pid = Number(m[2]);
    if (pid === process.pid || alive(pid)) continue;
    await unlink(join(dir, entry)).catch(() => undefined);
  }
}

/**
 * Writes through a temporary file in the same directory, so a failed write never leaves half a
 * file. Only a regular file is ever replaced (through a symbolic link, the file it points to).
 */
export async function writeFileAtomically(path: string, bytes: Buffer): Promise<void> {
  let target = resolve(path);
  const existing = await lstat(target).catch(() => null);
  if (existing?.isSymbolicLink()) {
    const real = await realpath(target).catch(() => null);
    if (real !== null) {
      const pointed = await stat(real);
      if (!pointed.isFile()) throw new NotRegularFileError(path);
      target = real;
    }
  } else if (existing && !existing.isFile()) {
    throw new NotRegularFileError(path);
  }
  const dir = dirname(target);
  await removeStaleTemps(dir, basename(target));
  const temp = join(dir, `.${basename(target)}.jixiao-${process.pid}-${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: "wx" });
    await rename(temp, target);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
}

/** What stands in the way of writing `output`, given this run's inputs; null when it may be written. */
export type OutputRefusal = "input" | "not-regular" | "not-ours";

const OWNERSHIP_PROBE_BYTES = 64 * 1024 * 1024;

/**
 * Whether the workbook's markers are this tool's and still hold: WRITTEN_MARKER naming exactly the
 * content (a filled or new copy), or a summary or report sheet whose marker name points at a sheet
 * that still reads as ours. A marker name alone, forged or copied, proves nothing.
 */
export function carriesOurMarker(bytes: Buffer): boolean {
  const read = readGridsFast(bytes);
  if (!read.ok) return false;
  const { grids, definedNames } = read;
  if (writtenMarkerMatches(definedNames, () => grids)) return true;
  const cellsOf = (marker: string): Grid["cells"] | null => {
    const name = definedNames.filter((n) => n.name === marker && n.localSheetId === undefined).pop();
    const sheet = name ? sheetOfReference(name.formula) : null;
    return grids.sheets.find((g) => g.sheet === sheet)?.cells ?? null;
  };
  const report = cellsOf(REPORT_MARKER);
  if (report && isOwnReportSheet(report)) return true;
  return (Object.keys(SUMMARY_MARKERS) as SheetRole[]).some((role) => {
    const cells = cellsOf(SUMMARY_MARKERS[role]);
    return cells !== null && isOwnSummarySheet(role, cells);
  });
}

/** Whether the existing file at `path` is a workbook this tool wrote (an annotated copy, a summary workbook, a filled copy) and nobody changed since. */
export async function isOurOutput(path: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, "r");
    const info = await handle.stat();
    if (!info.isFile() || info.size > OWNERSHIP_PROBE_BYTES) return false;
    return carriesOurMarker(await handle.readFile());
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}

/**
 * Whether `output` may be written in a run that reads `inputs`: never over an input (however its
 * path is spelled), never over anything but a regular file, and over an existing file only if this
 * tool wrote it or `force` says so.
 */
export async function outputRefusal(output: string, inputs: readonly string[], force: boolean): Promise<OutputRefusal | null> {
  for (const input of inputs) if (await isSameFile(input, output)) return "input";
  const existing = await stat(output).catch(() => null);
  if (existing === null) return null;
  if (!existing.isFile()) return "not-regular";
  if (force) return null;
  return (await isOurOutput(output)) ? null : "not-ours";
}
