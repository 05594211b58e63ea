import { useState, type ReactElement } from "react";
import { Button, Field, Input, Radio, RadioGroup, Subtitle2, Switch } from "@fluentui/react-components";
import type { StoredSettings } from "../../host/excel/host-actions";
import { useUi } from "../context";
import { ChoiceField } from "./ChoiceField";
import { fieldError, usePanelStyles } from "./panel-styles";
import { isLocale } from "../i18n";
import { DEFAULT_SETTINGS, applyDraft, draftOf, type DraftField, type SettingsDraft } from "../settings";

export interface SettingsPanelProps {
  readonly settings: StoredSettings;
  readonly onSave: (settings: StoredSettings) => void;
  readonly onCancel: () => void;
}

/** Profile, thresholds, live check and language; nothing is applied until 保存. */
export function SettingsPanel({ settings, onSave, onCancel }: SettingsPanelProps): ReactElement {
  const styles = usePanelStyles();
  const { t } = useUi();
  const s = t.settingsPanel;
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(settings));
  const [invalid, setInvalid] = useState<readonly DraftField[]>([]);
  const update = (patch: Partial<SettingsDraft>): void => setDraft((d) => ({ ...d, ...patch }));

  const save = (): void => {
    const result = applyDraft(settings, draft);
    if (result.ok) onSave(result.settings);
    else setInvalid(result.invalid);
  };

  const fieldState = (field: DraftField, message: string): ReturnType<typeof fieldError> => fieldError(invalid.includes(field) ? message : null);

  return (
    <section className={styles.panel} aria-label={s.title} data-panel="settings">
      <Subtitle2 as="h2" className={styles.heading}>
        {s.title}
      </Subtitle2>
      <ChoiceField
        label={s.profile}
        value={draft.profile}
        choices={[
          ["auto", s.profileAuto],
          ["2021", s.profile2021],
          ["legacy", s.profileLegacy],
        ]}
        onChange={(profile) => update({ profile })}
      />
      <Field label={s.satisfactionFloor} hint={s.satisfactionFloorHint} {...fieldState("satisfactionFloor", s.satisfactionFloorInvalid)}>
        <Input inputMode="decimal" value={draft.satisfactionFloor} onChange={(_, data) => update({ satisfactionFloor: data.value })} />
      </Field>
      <Field label={s.weightTotals} hint={s.weightTotalsHint} {...fieldState("weightTotals", s.weightTotalsInvalid)}>
        <Input value={draft.weightTotals} onChange={(_, data) => update({ weightTotals: data.value })} />
      </Field>
      <Field hint={s.liveCheckHint}>
        <Switch label={s.liveCheck} checked={draft.liveCheck} onChange={(_, data) => update({ liveCheck: data.checked })} />
      </Field>
      <Field label={s.language}>
        <RadioGroup
          layout="horizontal"
          value={draft.locale}
          onChange={(_, data) => {
            if (isLocale(data.value)) update({ locale: data.value });
          }}
        >
          <Radio value="zh-CN" label="中文" />
          <Radio value="en" label="English" />
        </RadioGroup>
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={save}>
          {s.save}
        </Button>
        <Button onClick={onCancel}>{s.cancel}</Button>
        <Button
          appearance="subtle"
          onClick={() => {
            setInvalid([]);
            setDraft({ ...draftOf(DEFAULT_SETTINGS), locale: draft.locale });
          }}
        >
          {s.restoreDefaults}
        </Button>
      </div>
    </section>
  );
}
