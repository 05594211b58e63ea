/** The workbook's settings: loaded once, stored through the host, and the live re-check switched to match. */
import { useCallback, useEffect, useRef, useState, type MutableRefObject } from "react";
import type { StoredSettings } from "../host/excel/host-actions";
import type { ErrorFeed } from "./error-feed";
import type { PaneCore } from "./pane-core";
import { DEFAULT_SETTINGS, normaliseSettings } from "./settings";

export interface StoredSettingsState {
  readonly settings: StoredSettings;
  readonly settingsLoaded: boolean;
  readonly settingsRef: MutableRefObject<StoredSettings>;
  /** Shows and stores `next`; false (and the failure shown) when the host refused. */
  readonly storeSettings: (next: StoredSettings) => Promise<boolean>;
}

/** `onLiveChange`: what a change in the workbook triggers while the live re-check is on (a check). */
export function useStoredSettings(core: PaneCore, onLiveChange: MutableRefObject<() => void>, liveCheckErrors?: ErrorFeed): StoredSettingsState {
  const { host, fail, clearFailures } = core;
  const [settings, setSettings] = useState<StoredSettings>(DEFAULT_SETTINGS);
  const [settingsLoaded, setSettingsLoaded] = useState(false);
  const settingsRef = useRef(settings);
  const liveCheckOn = useRef(false);

  const applyLiveCheck = useCallback(
    async (enabled: boolean): Promise<void> => {
      if (enabled === liveCheckOn.current) return;
      try {
        await host.setLiveCheck(enabled, () => onLiveChange.current());
        liveCheckOn.current = enabled;
      } catch (error) {
        fail("liveCheck", error);
      }
    },
    [host, fail, onLiveChange],
  );

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      let loaded = DEFAULT_SETTINGS;
      try {
        loaded = normaliseSettings(await host.loadSettings());
      } catch (error) {
        fail("loadSettings", error);
      }
      if (cancelled) return;
      settingsRef.current = loaded;
      setSettings(loaded);
      setSettingsLoaded(true);
      await applyLiveCheck(loaded.liveCheck);
    })();
    return () => {
      cancelled = true;
    };
  }, [host, fail, applyLiveCheck]);

  useEffect(() => liveCheckErrors?.subscribe((error) => fail("liveCheck", error)), [liveCheckErrors, fail]);

  const storeSettings = useCallback(
    async (next: StoredSettings): Promise<boolean> => {
      setSettings(next);
      settingsRef.current = next;
      try {
        await host.saveSettings(next);
        clearFailures(["saveSettings"]);
      } catch (error) {
        fail("saveSettings", error);
        return false;
      }
      await applyLiveCheck(next.liveCheck);
      return true;
    },
    [host, fail, clearFailures, applyLiveCheck],
  );

  return { settings, settingsLoaded, settingsRef, storeSettings };
}
