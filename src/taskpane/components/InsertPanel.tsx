import { useRef, useState, type KeyboardEvent, type ReactElement, type ReactNode } from "react";
import { Button, Caption1, Checkbox, Field, Input, MessageBar, MessageBarBody, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import { TEMPLATES, type TemplateId } from "../../core/fill/templates";
import type { MoneyUnit, ProjectLayout } from "../../core/model/model";
import { PROJECT_LAYOUT_IDS } from "../../core/layouts";
import { useUi } from "../context";
import { conversionText, fieldProblem } from "../edit-messages";
import { formProblems, type FormField, type FormProblem, type InsertionTarget, type NewProjectForm } from "../edit-plans";
import type { InsertOutcome, PaneEdit } from "../use-task-pane";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  titleRow: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
  // minmax(0, 1fr): a long option text must not push the grid wider than a 300 px pane.
  twoColumns: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  confirm: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

const LAYOUTS: readonly ProjectLayout[] = PROJECT_LAYOUT_IDS;
const UNITS: readonly MoneyUnit[] = ["万元", "元"];

export const INITIAL_FORM: NewProjectForm = { template: "auto", layout: "block", name: "", budget: "", unit: "万元", agency: "", updateTotals: true };

function isTemplateChoice(value: string): value is TemplateId | "auto" {
  return value === "auto" || TEMPLATES.some((t) => t.id === value);
}

function isLayout(value: string): value is ProjectLayout {
  return (LAYOUTS as readonly string[]).includes(value);
}

function isUnit(value: string): value is MoneyUnit {
  return (UNITS as readonly string[]).includes(value);
}

export interface InsertPanelProps {
  readonly busy: boolean;
  readonly onInsert: (request: Extract<PaneEdit, { kind: "insert" }>) => Promise<InsertOutcome>;
  readonly onClose: () => void;
  /** The notice of the last insertion, shown next to the button. */
  readonly notice: ReactNode;
}

/** 插入新项目: a project at the selection, in the selected sheet's layout and unit, the amount converted before anything is written. */
export function InsertPanel({ busy, onInsert, onClose, notice }: InsertPanelProps): ReactElement {
  const styles = useStyles();
  const { t } = useUi();
  const f = t.fillPanel;
  const [form, setForm] = useState<NewProjectForm>(INITIAL_FORM);
  const [problems, setProblems] = useState<readonly FormProblem[]>([]);
  const [pending, setPending] = useState<InsertionTarget | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const budgetRef = useRef<HTMLInputElement>(null);
  const insertRef = useRef<HTMLButtonElement>(null);
  const update = (patch: Partial<NewProjectForm>): void => {
    setForm((current) => ({ ...current, ...patch }));
    setPending(null);
    setProblems((list) => list.filter((p) => !(p.field in patch)));
  };
  const message = (field: FormField): { validationState?: "error"; validationMessage?: string } => {
    const p = problems.find((x) => x.field === field);
    return p ? { validationState: "error", validationMessage: fieldProblem(p, t) } : {};
  };

  const submit = async (confirmed?: InsertionTarget): Promise<void> => {
    const found = formProblems(form);
    setProblems(found);
    if (found.length > 0) {
      (found[0]!.field === "name" ? nameRef : budgetRef).current?.focus();
      return;
    }
    const outcome = await onInsert(confirmed ? { kind: "insert", form, confirmed } : { kind: "insert", form });
    if (outcome.status === "confirm") setPending(outcome.target);
    else {
      setPending(null);
      // A second click must not insert the same project again.
      if (outcome.status === "inserted")
        setForm((current) => ({ ...INITIAL_FORM, template: current.template, layout: current.layout, unit: current.unit, agency: current.agency }));
      insertRef.current?.focus();
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (event.key === "Escape" && !event.defaultPrevented) {
      event.stopPropagation();
      onClose();
    }
  };

  return (
    <section className={styles.panel} aria-labelledby="insert-title" data-panel="insert" onKeyDown={onKeyDown}>
      <div className={styles.titleRow}>
        <Subtitle2 as="h2" id="insert-title" className={styles.heading}>
          {f.title}
        </Subtitle2>
        <Button size="small" appearance="subtle" icon={<Dismiss20Regular />} aria-label={f.close} title={f.close} onClick={onClose} />
      </div>
      <Caption1 className={styles.muted}>{f.insertHint}</Caption1>
      <Field label={f.name} required {...message("name")}>
        <Input ref={nameRef} value={form.name} onChange={(_, data) => update({ name: data.value })} />
      </Field>
      <div className={styles.twoColumns}>
        <Field label={f.budget} required {...message("budget")}>
          <Input ref={budgetRef} inputMode="decimal" value={form.budget} onChange={(_, data) => update({ budget: data.value })} />
        </Field>
        <Field label={f.unit}>
          <Select
            value={form.unit}
            onChange={(_, data) => {
              if (isUnit(data.value)) update({ unit: data.value });
            }}
          >
            {UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {f.units[unit]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={f.template}>
        <Select
          value={form.template}
          onChange={(_, data) => {
            if (isTemplateChoice(data.value)) update({ template: data.value });
          }}
        >
          <option value="auto">{f.templateAuto}</option>
          {TEMPLATES.map((template) => (
            <option key={template.id} value={template.id}>
              {f.templateNames[template.id]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={f.layout}>
        <Select
          value={form.layout}
          onChange={(_, data) => {
            if (isLayout(data.value)) update({ layout: data.value });
          }}
        >
          {LAYOUTS.map((layout) => (
            <option key={layout} value={layout}>
              {f.layouts[layout]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={f.agency}>
        <Input value={form.agency} onChange={(_, data) => update({ agency: data.value })} />
      </Field>
      <Checkbox checked={form.updateTotals} label={f.updateTotals} onChange={(_, data) => update({ updateTotals: data.checked === true })} />
      {pending !== null && pending.typed !== null ? (
        <MessageBar intent="info" layout="multiline" data-confirm="">
          <MessageBarBody>
            <span className={styles.confirm}>
              <span data-conversion="">
                {f.confirmLine(pending.sheet, f.units[pending.unit], conversionText(pending.typed.amount, pending.typed.unit, pending.budget, pending.unit, t))}
              </span>
              <span className={styles.buttons}>
                <Button size="small" appearance="primary" disabledFocusable={busy} onClick={() => void submit(pending)}>
                  {f.confirm}
                </Button>
                <Button
                  size="small"
                  onClick={() => {
                    setPending(null);
                    insertRef.current?.focus();
                  }}
                >
                  {f.cancel}
                </Button>
              </span>
            </span>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.buttons}>
        <Button ref={insertRef} appearance="primary" disabledFocusable={busy} data-insert-button="" onClick={() => void submit()}>
          {f.insert}
        </Button>
      </div>
      {notice}
    </section>
  );
}
