import type { HostActions } from "../host/excel/host-actions";

declare global {
  interface Window {
    /** Set by the real-browser test's office.js stub: an in-page fake workbook instead of Excel. */
    __JIXIAO_TEST_HOST__?: HostActions;
  }
}

/** The fake workbook the real-browser test installs before the bundles run; null in Excel. */
export function injectedTestHost(): HostActions | null {
  return window.__JIXIAO_TEST_HOST__ ?? null;
}
