import { useEffect, useRef, useState, type ReactElement } from "react";
import { Button, Field, Input, Radio, RadioGroup, Subtitle2, Switch } from "@fluentui/react-components";
import type { StoredSettings } from "../../host/excel/host-actions";
import { configProblemLine, problemField, type SettingField } from "../config-notice";
import { useUi } from "../context";
import { ChoiceField } from "./ChoiceField";
import { fieldError, fieldWarning, usePanelStyles, type FieldMessage } from "./panel-styles";
import { isLocale } from "../i18n";
import { DEFAULT_SETTINGS, applyDraft, draftOf, type DraftField, type SettingsDraft } from "../settings";

export interface SettingsPanelProps {
  readonly settings: StoredSettings;
  /** The control to focus when the panel opens (`data-setting`: a field, or "save"); none when opened from its toggle. */
  readonly focus?: string | null;
  readonly onSave: (settings: StoredSettings) => void;
  readonly onCancel: () => void;
}

/** Profile, thresholds, live check and language; nothing is applied until 保存. */
export function SettingsPanel({ settings, focus = null, onSave, onCancel }: SettingsPanelProps): ReactElement {
  const styles = usePanelStyles();
  const { t } = useUi();
  const s = t.settingsPanel;
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(settings));
  const [invalid, setInvalid] = useState<readonly DraftField[]>([]);
  const update = (patch: Partial<SettingsDraft>): void => setDraft((d) => ({ ...d, ...patch }));
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focus !== null) section.current?.querySelector<HTMLElement>(`[data-setting="${focus}"]`)?.focus();
  }, [focus]);
  const stored = (field: SettingField): string | null => {
    const problem = (settings.configProblems ?? []).find((p) => problemField(p) === field);
    return problem === undefined ? null : configProblemLine(problem, t);
  };

  const save = (): void => {
    const result = applyDraft(settings, draft);
    if (result.ok) onSave(result.settings);
    else setInvalid(result.invalid);
  };

  // A value typed wrong is an error; a stored one that could not be used, a warning until the form is saved.
  const fieldState = (field: DraftField, message: string): FieldMessage =>
    invalid.includes(field) ? fieldError(message) : fieldWarning(stored(field));

  return (
    <section ref={section} className={styles.panel} aria-label={s.title} data-panel="settings">
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
        setting="profile"
        validation={fieldWarning(stored("profile"))}
      />
      <Field label={s.satisfactionFloor} hint={s.satisfactionFloorHint} {...fieldState("satisfactionFloor", s.satisfactionFloorInvalid)}>
        <Input inputMode="decimal" data-setting="satisfactionFloor" value={draft.satisfactionFloor} onChange={(_, data) => update({ satisfactionFloor: data.value })} />
      </Field>
      <Field label={s.weightTotals} hint={s.weightTotalsHint} {...fieldState("weightTotals", s.weightTotalsInvalid)}>
        <Input data-setting="weightTotals" value={draft.weightTotals} onChange={(_, data) => update({ weightTotals: data.value })} />
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
        <Button appearance="primary" data-setting="save" onClick={save}>
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
