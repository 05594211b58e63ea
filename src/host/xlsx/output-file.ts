import { randomBytes } from "node:crypto";
import { realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

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

/** Writes through a temporary file in the same directory, so a failed write never leaves half a file. */
export async function writeFileAtomically(path: string, bytes: Buffer): Promise<void> {
  const temp = join(dirname(resolve(path)), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: "wx" });
    await rename(temp, path);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
}
