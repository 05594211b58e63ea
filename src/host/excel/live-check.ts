import type { ExcelRuntime } from "./excel-runtime";
import { WHILE_TYPING, errorCodeOf } from "./excel-runtime";
import { MARKS_SHEET, queueReportSheetLookup, reportSheetOf } from "./own-sheets";

export const LIVE_CHECK_DEBOUNCE_MS = 800;

type ChangeRegistration = OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;

/**
 * The optional re-check on edit: one onChanged handler on the worksheet collection, changes gathered
 * per sheet until the user pauses, then `onChange` once per changed sheet. The add-in's own writes
 * (its sheets, or anything Excel reports as coming from this add-in) are ignored.
 */
export class LiveCheck {
  private registration: ChangeRegistration | null = null;
  private registering: Promise<void> | null = null;
  private onChange: ((sheet: string) => void) | null = null;
  private readonly pending = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly runtime: ExcelRuntime,
    private readonly debounceMs: number,
    private readonly onError: (err: unknown) => void,
  ) {}

  async set(enabled: boolean, onChange: (sheet: string) => void): Promise<void> {
    if (!enabled) {
      this.onChange = null;
      // Switched off while still registering: wait for the handler, then take it away.
      await this.registering;
      this.pending.clear();
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      const registration = this.registration;
      this.registration = null;
      if (registration) {
        // A handler can only be removed through the request context that added it.
        await this.runtime.runIn(registration.context, async (context) => {
          registration.remove();
          await context.sync();
        });
      }
      return;
    }
    this.onChange = onChange;
    // A second switch-on while the first is still registering must not add a second handler.
    this.registering ??= this.register().finally(() => {
      this.registering = null;
    });
    await this.registering;
  }

  private async register(): Promise<void> {
    if (this.registration) return;
    const registration = await this.runtime.run(async (context) => {
      const added = context.workbook.worksheets.onChanged.add((args) => this.changed(args));
      await context.sync();
      return added;
    });
    this.registration = registration;
  }

  private changed(args: Excel.WorksheetChangedEventArgs): Promise<void> {
    if (args.triggerSource === "ThisLocalAddin" || !this.onChange) return Promise.resolve();
    this.pending.add(args.worksheetId);
    this.schedule();
    return Promise.resolve();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush().catch(this.onError);
    }, this.debounceMs);
  }

  private async flush(): Promise<void> {
    const ids = [...this.pending];
    this.pending.clear();
    if (ids.length === 0 || !this.onChange) return;
    let names: string[];
    try {
      names = await this.lookUp(ids);
    } catch (err) {
      // Excel still busy with a cell edit: the change is kept for the next try, not dropped.
      if (errorCodeOf(err) !== "InvalidOperationInCellEditMode") throw err;
      for (const id of ids) this.pending.add(id);
      this.schedule();
      return;
    }
    // Re-read: the check may have been switched off while the names were looked up.
    const onChange = this.onChange;
    if (!onChange) return;
    for (const name of names) onChange(name);
  }

  /** The names of the changed sheets that are the user's, waiting for a cell edit to end (delayForCellEdit). */
  private lookUp(ids: readonly string[]): Promise<string[]> {
    return this.runtime.run(async (context) => {
      const sheets = ids.map((id) => {
        const worksheet = context.workbook.worksheets.getItemOrNullObject(id);
        worksheet.load("name");
        return worksheet;
      });
      const reportSheet = queueReportSheetLookup(context);
      await context.sync();
      const own = new Set([MARKS_SHEET, reportSheetOf(reportSheet).sheet]);
      return sheets.filter((worksheet) => !worksheet.isNullObject && !own.has(worksheet.name)).map((worksheet) => worksheet.name);
    }, WHILE_TYPING);
  }
}
