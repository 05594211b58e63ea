// Ribbon commands: the ids here match <FunctionName> in manifest.xml.
import { createExcelHost } from "../host/excel/excel-host";
import type { HostActions } from "../host/excel/host-actions";
import { runCheck as checkGrids } from "../taskpane/check-run";
import { hostErrorCode } from "../taskpane/host-errors";
import type { Locale } from "../taskpane/i18n";
import { DEFAULT_SETTINGS, normaliseSettings } from "../taskpane/settings";
import { injectedTestHost } from "../taskpane/test-seam";
import { noticeSearch, noticeText, parseNotice, type Notice } from "./notice";

// Office closes a function command's runtime after 5 minutes; close the notice a little before.
const NOTICE_OPEN_MS = 4 * 60 * 1000;
const CLOSE_MESSAGE = "close";

/** 校验 on the ribbon: read, check, mark the cells, write 校验报告, then say the counts in a small dialog. */
async function runCheck(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const notice = await checkAndMark(injectedTestHost() ?? createExcelHost());
    await showNotice(notice);
  } finally {
    event.completed();
  }
}

async function checkAndMark(host: HostActions): Promise<Notice> {
  let locale: Locale = DEFAULT_SETTINGS.locale;
  try {
    // Settings that cannot be read must not stop the check; the defaults apply.
    const settings = normaliseSettings(await host.loadSettings().catch(() => null));
    locale = settings.locale;
    const grids = await host.readWorkbook();
    // Findings ignored in the pane stay ignored here: not marked, not reported, not counted.
    const run = checkGrids(grids, settings.config, locale, settings.ignored);
    await host.highlight(run.diagnostics, run.notes);
    await host.writeReport(run.reportLines, run.reportLabels);
    const count = (severity: string): number => run.diagnostics.filter((d) => d.severity === severity).length;
    return { kind: "checked", locale, counts: { error: count("error"), warning: count("warning"), info: count("info") } };
  } catch (error) {
    return { kind: "failed", locale, code: hostErrorCode(error) };
  }
}

/** Resolves when the user closes the dialog (or it times out); without the Dialog API the report sheet has to do. */
function showNotice(notice: Notice): Promise<void> {
  if (!Office.context.requirements.isSetSupported("DialogApi", "1.1")) return Promise.resolve();
  const url = new URL(window.location.href);
  url.search = noticeSearch(notice);
  url.hash = "";
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url.href, { height: 30, width: 30, displayInIframe: true }, (result) => {
      if (result.status === Office.AsyncResultStatus.Failed) {
        resolve();
        return;
      }
      const dialog = result.value;
      const timer = setTimeout(() => {
        dialog.close();
        resolve();
      }, NOTICE_OPEN_MS);
      const finish = (): void => {
        clearTimeout(timer);
        resolve();
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        finish();
      });
      // Closed with its X (12006), or it failed to load: either way the command is over.
      dialog.addEventHandler(Office.EventType.DialogEventReceived, finish);
    });
  });
}

/** The dialog page: commands.html opened with a notice in its query. */
function renderNotice(notice: Notice): void {
  const text = noticeText(notice);
  document.documentElement.lang = notice.locale;
  document.title = text.title;
  const main = document.createElement("main");
  const heading = document.createElement("h1");
  heading.textContent = text.title;
  main.append(heading);
  for (const line of text.lines) {
    const p = document.createElement("p");
    p.textContent = line;
    main.append(p);
  }
  const close = document.createElement("button");
  close.type = "button";
  close.textContent = text.close;
  close.addEventListener("click", () => Office.context.ui.messageParent(CLOSE_MESSAGE));
  main.append(close);
  document.body.replaceChildren(main);
  close.focus();
}

const pageNotice = parseNotice(window.location.search);

void Office.onReady().then(() => {
  if (pageNotice !== null) renderNotice(pageNotice);
  else Office.actions.associate("runCheck", runCheck);
});
