import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";

function render(): void {
  const container = document.getElementById("root");
  if (container === null) {
    throw new Error("taskpane.html has no #root element");
  }
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// Outside Office (a plain browser tab, a test page) office.js may be absent; render anyway.
if (typeof Office === "undefined") {
  render();
} else {
  void Office.onReady().then(render);
}
