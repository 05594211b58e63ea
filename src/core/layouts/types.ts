import type { IndicatorField } from "../model/model";
import type { Localized } from "../types";

/** A project-table layout as data: what it is called, and the skeleton fill writes for a sheet without one. */
export interface ProjectLayoutModule<Id extends string = string> {
  readonly id: Id;
  readonly name: Localized;
  /** One line on how the layout looks, for the docs and the fill panel. */
  readonly description: Localized;
  readonly skeleton: {
    /** Column widths (characters) of the default skeleton. */
    readonly widths: readonly number[];
    /** Where the skeleton's indicator fields sit; null for layouts that encode indicators in one cell. */
    readonly columns: Readonly<Partial<Record<IndicatorField, number>>> | null;
  };
}
