import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createExcelHost } from "../host/excel/excel-host";
import type { HostActions } from "../host/excel/host-actions";
import { App } from "./App";
import { createErrorFeed } from "./error-feed";
import { injectedTestHost } from "./test-seam";

const liveCheckErrors = createErrorFeed();

const OUTSIDE_EXCEL = "绩效表助手需要在 Excel 中打开。Open this add-in from Excel.";

function render(host: HostActions | null): void {
  const container = document.getElementById("root");
  if (container === null) {
    throw new Error("taskpane.html has no #root element");
  }
  if (host === null) {
    container.textContent = OUTSIDE_EXCEL;
    return;
  }
  createRoot(container).render(
    <StrictMode>
      <App host={host} liveCheckErrors={liveCheckErrors} />
    </StrictMode>,
  );
}

const testHost = injectedTestHost();
if (typeof Office === "undefined") {
  // office.js did not load: a plain browser tab, or the page opened offline.
  render(testHost);
} else {
  void Office.onReady().then((info) => render(testHost ?? (info.host === Office.HostType.Excel ? createExcelHost({ onLiveCheckError: liveCheckErrors.publish }) : null)));
}
