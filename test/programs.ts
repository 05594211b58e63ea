import { findChromium, findSoffice } from "../scripts/find-tools";

/** The Chromium the browser tests drive (see scripts/find-tools.js for the order of the lookup). */
export function chromiumPath(): string {
  const found = findChromium();
  if (found === null) throw new Error("Chromium not found: set CHROMIUM_PATH or run `npm test`, which installs Debian's chromium");
  return found;
}

/** LibreOffice's soffice, or null when it is not installed. */
export function sofficePath(): string | null {
  return findSoffice();
}
