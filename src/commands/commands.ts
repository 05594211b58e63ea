// Ribbon commands: the ids here match <FunctionName> in manifest.xml.
import { createExcelHost } from "../host/excel/excel-host";
import { injectedTestHost } from "../taskpane/test-seam";
import { checkAndMark, commandDeadline, noticeOpenMs } from "./check-and-mark";
import { noticeSearch, noticeText, parseNotice, type Notice } from "./notice";

const CLOSE_MESSAGE = "close";

/**
 * 校验 on the ribbon: read, check, mark the cells, write 校验报告, then say the counts in a small
 * dialog. The command's runtime lives five minutes from the click: the check, the dialog and
 * event.completed() all fit in that time (check-and-mark.ts).
 */
async function runCheck(event: Office.AddinCommands.Event): Promise<void> {
  const deadline = commandDeadline(Date.now());
  try {
    const notice = await checkAndMark(injectedTestHost() ?? createExcelHost(), deadline);
    await showNotice(notice, deadline);
  } finally {
    event.completed();
  }
}

/** Resolves when the user closes the dialog (or it times out); without the Dialog API the report sheet has to do. */
function showNotice(notice: Notice, deadline: number): Promise<void> {
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
      }, noticeOpenMs(deadline, Date.now()));
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
