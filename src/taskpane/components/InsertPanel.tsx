import { useRef, useState, type KeyboardEvent, type ReactElement, type ReactNode, type RefObject } from "react";
import { Button, Caption1, Checkbox, Field, Input, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import { TEMPLATES } from "../../core/fill/templates";
import type { MoneyUnit, ProjectLayout } from "../../core/model/model";
import { PROJECT_LAYOUT_IDS } from "../../core/layouts";
import { useUi } from "../context";
import { conversionText, fieldProblem } from "../edit-messages";
import { formProblems, type FormField, type FormProblem, type InsertionTarget, type NewProjectForm } from "../edit-plans";
import type { InsertOutcome, PaneEdit } from "../use-task-pane";
import { ChoiceField } from "./ChoiceField";
import { fieldError, usePanelStyles } from "./panel-styles";
import { MONEY_UNITS } from "../../core/vocabulary/units";

const useStyles = makeStyles({
  titleRow: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  // minmax(0, 1fr): a long option text must not push the grid wider than a 300 px pane.
  twoColumns: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: tokens.spacingHorizontalS },
  // An <input> is as wide as its 20 characters unless told otherwise: in half a 320 px pane it ran under the unit.
  narrowInput: { minWidth: 0, width: "100%", "& > input": { width: "100%" } },
  muted: { color: tokens.colorNeutralForeground3 },
  confirm: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

const LAYOUTS: readonly ProjectLayout[] = PROJECT_LAYOUT_IDS;
/** Every money unit of the vocabulary: a sheet kept in 千元 or 亿元 is told to pick its unit, so the picker must offer it. */
const UNITS: readonly MoneyUnit[] = MONEY_UNITS;

export const INITIAL_FORM: NewProjectForm = { template: "auto", layout: "block", name: "", budget: "", unit: "万元", agency: "", updateTotals: true };

export interface InsertPanelProps {
  readonly busy: boolean;
  readonly onInsert: (request: Extract<PaneEdit, { kind: "insert" }>) => Promise<InsertOutcome>;
  readonly onClose: () => void;
  /** The notice of the last insertion, shown next to the button. */
  readonly notice: ReactNode;
}

interface FormRefs {
  readonly name: RefObject<HTMLInputElement>;
  readonly budget: RefObject<HTMLInputElement>;
  readonly insert: RefObject<HTMLButtonElement>;
}

/** The form as typed, every problem at its field at once, and the conversion waiting for the user's 确认. */
function useInsertForm(onInsert: InsertPanelProps["onInsert"], refs: FormRefs) {
  const [form, setForm] = useState<NewProjectForm>(INITIAL_FORM);
  const [problems, setProblems] = useState<readonly FormProblem[]>([]);
  const [pending, setPending] = useState<InsertionTarget | null>(null);
  const update = (patch: Partial<NewProjectForm>): void => {
    setForm((current) => ({ ...current, ...patch }));
    setPending(null);
    setProblems((list) => list.filter((p) => !(p.field in patch)));
  };
  const problemOf = (field: FormField): FormProblem | null => problems.find((x) => x.field === field) ?? null;

  const submit = async (confirmed?: InsertionTarget): Promise<void> => {
    const found = formProblems(form);
    setProblems(found);
    if (found.length > 0) {
      (found[0]!.field === "name" ? refs.name : refs.budget).current?.focus();
      return;
    }
    const outcome = await onInsert(confirmed ? { kind: "insert", form, confirmed } : { kind: "insert", form });
    if (outcome.status === "confirm") return setPending(outcome.target);
    setPending(null);
    // A second click must not insert the same project again.
    if (outcome.status === "inserted") setForm((current) => ({ ...INITIAL_FORM, template: current.template, layout: current.layout, unit: current.unit, agency: current.agency }));
    refs.insert.current?.focus();
  };
  const cancel = (): void => {
    setPending(null);
    refs.insert.current?.focus();
  };
  return { form, update, problemOf, pending, submit, cancel };
}

type InsertForm = ReturnType<typeof useInsertForm>;

/** 插入新项目: a project at the selection, in the selected sheet's layout and unit, the amount converted before anything is written. */
export function InsertPanel({ busy, onInsert, onClose, notice }: InsertPanelProps): ReactElement {
  const panel = usePanelStyles();
  const styles = useStyles();
  const { t } = useUi();
  const f = t.fillPanel;
  const refs: FormRefs = { name: useRef<HTMLInputElement>(null), budget: useRef<HTMLInputElement>(null), insert: useRef<HTMLButtonElement>(null) };
  const state = useInsertForm(onInsert, refs);
  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (event.key === "Escape" && !event.defaultPrevented) {
      event.stopPropagation();
      onClose();
    }
  };
  return (
    <section className={panel.panel} aria-labelledby="insert-title" data-panel="insert" onKeyDown={onKeyDown}>
      <div className={styles.titleRow}>
        <Subtitle2 as="h2" id="insert-title" className={panel.heading}>
          {f.title}
        </Subtitle2>
        <Button size="small" appearance="subtle" icon={<Dismiss20Regular />} aria-label={f.close} title={f.close} onClick={onClose} />
      </div>
      <Caption1 className={styles.muted}>{f.insertHint}</Caption1>
      <InsertFields state={state} refs={refs} />
      {state.pending !== null && state.pending.typed !== null ? (
        <ConversionConfirm target={state.pending} busy={busy} onConfirm={(target) => void state.submit(target)} onCancel={state.cancel} />
      ) : null}
      <div className={panel.buttons}>
        <Button ref={refs.insert} appearance="primary" disabledFocusable={busy} data-insert-button="" onClick={() => void state.submit()}>
          {f.insert}
        </Button>
      </div>
      {notice}
    </section>
  );
}

function InsertFields({ state, refs }: { readonly state: InsertForm; readonly refs: FormRefs }): ReactElement {
  const styles = useStyles();
  const { t } = useUi();
  const f = t.fillPanel;
  const { form, update } = state;
  const error = (field: FormField) => {
    const p = state.problemOf(field);
    return fieldError(p === null ? null : fieldProblem(p, t));
  };
  return (
    <>
      <Field label={f.name} required {...error("name")}>
        <Input ref={refs.name} value={form.name} onChange={(_, data) => update({ name: data.value })} />
      </Field>
      <div className={styles.twoColumns}>
        <Field label={f.budget} required {...error("budget")}>
          <Input ref={refs.budget} className={styles.narrowInput} inputMode="decimal" value={form.budget} onChange={(_, data) => update({ budget: data.value })} />
        </Field>
        <ChoiceField label={f.unit} value={form.unit} choices={UNITS.map((unit) => [unit, f.units[unit]] as const)} onChange={(unit) => update({ unit })} />
      </div>
      <ChoiceField
        label={f.template}
        value={form.template}
        choices={[["auto", f.templateAuto] as const, ...TEMPLATES.map((template) => [template.id, f.templateNames[template.id]] as const)]}
        onChange={(template) => update({ template })}
      />
      <ChoiceField label={f.layout} value={form.layout} choices={LAYOUTS.map((layout) => [layout, f.layouts[layout]] as const)} onChange={(layout) => update({ layout })} />
      <Field label={f.agency}>
        <Input value={form.agency} onChange={(_, data) => update({ agency: data.value })} />
      </Field>
      <Checkbox checked={form.updateTotals} label={f.updateTotals} onChange={(_, data) => update({ updateTotals: data.checked === true })} />
    </>
  );
}

/** "“表”的金额单位是元，预算数将写为：12.5 万元 = 125,000.00 元。" with 确认插入 / 取消, before anything is written. */
function ConversionConfirm({
  target,
  busy,
  onConfirm,
  onCancel,
}: {
  readonly target: InsertionTarget;
  readonly busy: boolean;
  readonly onConfirm: (target: InsertionTarget) => void;
  readonly onCancel: () => void;
}): ReactElement {
  const panel = usePanelStyles();
  const styles = useStyles();
  const { t } = useUi();
  const f = t.fillPanel;
  const typed = target.typed!;
  return (
    <MessageBar intent="info" layout="multiline" data-confirm="">
      <MessageBarBody>
        <span className={styles.confirm}>
          <span data-conversion="">{f.confirmLine(target.sheet, f.units[target.unit], conversionText(typed.amount, typed.unit, target.budget, target.unit, t))}</span>
          <span className={panel.buttons}>
            <Button size="small" appearance="primary" disabledFocusable={busy} onClick={() => onConfirm(target)}>
              {f.confirm}
            </Button>
            <Button size="small" onClick={onCancel}>
              {f.cancel}
            </Button>
          </span>
        </span>
      </MessageBarBody>
    </MessageBar>
  );
}
