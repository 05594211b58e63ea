import type { ReactElement } from "react";
import { Field, Select } from "@fluentui/react-components";
import type { FieldMessage } from "./panel-styles";

export interface ChoiceFieldProps<T extends string> {
  readonly label: string;
  readonly value: T;
  /** Each choice's value and the words shown for it, in the order listed. */
  readonly choices: readonly (readonly [T, string])[];
  readonly onChange: (value: T) => void;
  /** `data-setting` of the drop-down, for a panel that moves the focus to it. */
  readonly setting?: string;
  /** A message under the field (validationState, validationMessage). */
  readonly validation?: FieldMessage;
}

/** A labelled drop-down of fixed choices; only a listed value reaches `onChange`. */
export function ChoiceField<T extends string>({ label, value, choices, onChange, setting, validation }: ChoiceFieldProps<T>): ReactElement {
  return (
    <Field label={label} {...validation}>
      <Select
        data-setting={setting}
        value={value}
        onChange={(_, data) => {
          const chosen = choices.find(([v]) => v === data.value);
          if (chosen !== undefined) onChange(chosen[0]);
        }}
      >
        {choices.map(([v, words]) => (
          <option key={v} value={v}>
            {words}
          </option>
        ))}
      </Select>
    </Field>
  );
}
