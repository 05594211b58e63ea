import { createContext, useContext, useMemo, type ReactElement, type ReactNode } from "react";
import type { HostActions } from "../host/excel/host-actions";
import { uiStrings, type Locale, type UiStrings } from "./i18n";

const HostContext = createContext<HostActions | null>(null);

export function HostProvider({ host, children }: { readonly host: HostActions; readonly children: ReactNode }): ReactElement {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>;
}

/** The workbook's actions; components ask here instead of touching Excel. */
export function useHost(): HostActions {
  const host = useContext(HostContext);
  if (host === null) throw new Error("useHost() outside <HostProvider>");
  return host;
}

export interface Ui {
  readonly locale: Locale;
  readonly t: UiStrings;
}

const UiContext = createContext<Ui>({ locale: "zh-CN", t: uiStrings("zh-CN") });

export function UiProvider({ locale, children }: { readonly locale: Locale; readonly children: ReactNode }): ReactElement {
  const ui = useMemo(() => ({ locale, t: uiStrings(locale) }), [locale]);
  return <UiContext.Provider value={ui}>{children}</UiContext.Provider>;
}

/** The pane's language and its strings. */
export function useUi(): Ui {
  return useContext(UiContext);
}
