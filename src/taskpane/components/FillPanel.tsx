import { useMemo, useState, type ReactElement, type ReactNode } from "react";
import {
  Body1Strong,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Select,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import { TEMPLATES, type TemplateId } from "../../core/fill/templates";
import { renderMessage, renderSuggestion } from "../../core/messages/render";
import type { MoneyUnit, ProjectLayout } from "../../core/model/model";
import type { Diagnostic } from "../../core/rules/types";
import type { CheckRun } from "../check-run";
import { useUi } from "../context";
import { diagnosticRef, fixableDiagnostics, projectsMissingCategories, suggestionRefs, type NewProjectForm } from "../edit-plans";
import type { PaneEdit } from "../use-task-pane";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  titleRow: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  sectionHead: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  twoColumns: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  itemText: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorBrandForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  action: { flexShrink: 0 },
});

const LAYOUTS: readonly ProjectLayout[] = ["block", "list", "flat"];
const UNITS: readonly MoneyUnit[] = ["万元", "元"];

const INITIAL_FORM: NewProjectForm = { template: "auto", layout: "block", name: "", budget: "", unit: "万元", agency: "", updateTotals: true };

function isTemplateChoice(value: string): value is TemplateId | "auto" {
  return value === "auto" || TEMPLATES.some((t) => t.id === value);
}

function isLayout(value: string): value is ProjectLayout {
  return (LAYOUTS as readonly string[]).includes(value);
}

function isUnit(value: string): value is MoneyUnit {
  return (UNITS as readonly string[]).includes(value);
}

export interface FillPanelProps {
  /** The latest check: what can be completed, fixed or suggested; null before the first check. */
  readonly run: CheckRun | null;
  readonly busy: boolean;
  readonly onEdit: (request: PaneEdit) => void;
  readonly onClose: () => void;
}

/** 填充模板: a new project at the selection, missing indicator rows per project, safe fixes, and suggestions one at a time. */
export function FillPanel({ run, busy, onEdit, onClose }: FillPanelProps): ReactElement {
  const styles = useStyles();
  const { t } = useUi();
  const f = t.fillPanel;
  const diagnostics = useMemo(() => run?.report.diagnostics ?? [], [run]);
  const multipleSheets = useMemo(() => new Set(diagnostics.map((d) => d.sheet)).size > 1, [diagnostics]);
  const where = (d: { readonly sheet: string; readonly cell: string }): string => (multipleSheets ? `${d.sheet}!${d.cell}` : d.cell);

  return (
    <section className={styles.panel} aria-label={f.title} data-panel="fill">
      <div className={styles.titleRow}>
        <Subtitle2 as="h2" className={styles.heading}>
          {f.title}
        </Subtitle2>
        <Button size="small" appearance="subtle" icon={<Dismiss20Regular />} aria-label={f.close} title={f.close} onClick={onClose} />
      </div>
      <NewProjectSection busy={busy} onInsert={(form) => onEdit({ kind: "insert", form })} />
      {run === null ? (
        <Text className={styles.muted}>{f.needsCheck}</Text>
      ) : (
        <>
          <MissingSection diagnostics={diagnostics} busy={busy} where={where} onEdit={onEdit} />
          <SuggestionsSection diagnostics={diagnostics} busy={busy} where={where} onEdit={onEdit} />
          <FixesSection diagnostics={diagnostics} busy={busy} where={where} onEdit={onEdit} />
        </>
      )}
    </section>
  );
}

function Section({ title, action, children, name }: { readonly title: string; readonly action?: ReactNode; readonly children: ReactNode; readonly name: string }): ReactElement {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-label={title} data-fill-section={name}>
      <div className={styles.sectionHead}>
        <Body1Strong as="h3" className={styles.heading}>
          {title}
        </Body1Strong>
        {action}
      </div>
      {children}
    </section>
  );
}

function NewProjectSection({ busy, onInsert }: { readonly busy: boolean; readonly onInsert: (form: NewProjectForm) => void }): ReactElement {
  const styles = useStyles();
  const { t } = useUi();
  const f = t.fillPanel;
  const [form, setForm] = useState<NewProjectForm>(INITIAL_FORM);
  const update = (patch: Partial<NewProjectForm>): void => setForm((current) => ({ ...current, ...patch }));
  return (
    <Section title={f.newProject} name="new-project">
      <div className={styles.twoColumns}>
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
      </div>
      <Field label={f.name} required>
        <Input value={form.name} onChange={(_, data) => update({ name: data.value })} />
      </Field>
      <div className={styles.twoColumns}>
        <Field label={f.budget} required>
          <Input inputMode="decimal" value={form.budget} onChange={(_, data) => update({ budget: data.value })} />
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
      <Field label={f.agency}>
        <Input value={form.agency} onChange={(_, data) => update({ agency: data.value })} />
      </Field>
      {form.layout === "list" ? <Checkbox checked={form.updateTotals} label={f.updateTotals} onChange={(_, data) => update({ updateTotals: data.checked === true })} /> : null}
      <Caption1 className={styles.muted}>{f.insertHint}</Caption1>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={() => onInsert(form)}>
          {f.insert}
        </Button>
      </div>
    </Section>
  );
}

interface ListSectionProps {
  readonly diagnostics: readonly Diagnostic[];
  readonly busy: boolean;
  readonly where: (d: { readonly sheet: string; readonly cell: string }) => string;
  readonly onEdit: (request: PaneEdit) => void;
}

function MissingSection({ diagnostics, busy, where, onEdit }: ListSectionProps): ReactElement {
  const styles = useStyles();
  const { t } = useUi();
  const f = t.fillPanel;
  const projects = useMemo(() => projectsMissingCategories(diagnostics), [diagnostics]);
  return (
    <Section title={f.missingTitle} name="missing">
      {projects.length === 0 ? (
        <Text className={styles.muted}>{f.noneMissing}</Text>
      ) : (
        <ul className={styles.list}>
          {projects.map((m) => (
            <li key={`${m.project.sheet}!${m.project.table}`} className={styles.item} data-missing={m.project.table}>
              <span className={styles.itemText}>
                <Text weight="semibold">{m.project.table}</Text>
                <Caption1 className={styles.muted}>
                  <span className={styles.cell}>{where({ sheet: m.project.sheet, cell: m.cell })}</span> {m.categories.join(t.listSeparator)}
                </Caption1>
              </span>
              <Button className={styles.action} size="small" disabled={busy} onClick={() => onEdit({ kind: "complete", project: m.project })}>
                {f.complete}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/** Fixes listed before the rest are folded away behind 显示其余. */
const FIXES_SHOWN = 8;

function FixesSection({ diagnostics, busy, where, onEdit }: ListSectionProps): ReactElement {
  const styles = useStyles();
  const { t, locale } = useUi();
  const f = t.fillPanel;
  const fixable = useMemo(() => fixableDiagnostics(diagnostics), [diagnostics]);
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? fixable : fixable.slice(0, FIXES_SHOWN);
  return (
    <Section
      title={f.fixesTitle}
      name="fixes"
      action={
        fixable.length > 0 ? (
          <Button size="small" appearance="primary" disabled={busy} onClick={() => onEdit({ kind: "fixAll" })}>
            {f.fixAll(fixable.length)}
          </Button>
        ) : undefined
      }
    >
      {fixable.length === 0 ? (
        <Text className={styles.muted}>{f.noFixes}</Text>
      ) : (
        <>
          <ul className={styles.list}>
            {shown.map((d, i) => (
              <li key={`${d.sheet}!${d.cell}/${d.rule}/${i}`} className={styles.item} data-fixable={`${d.sheet}!${d.cell}`} data-rule={d.rule}>
                <span className={styles.itemText}>
                  <span>
                    <span className={styles.cell}>{where(d)}</span> {renderMessage(d, locale)}
                  </span>
                </span>
                <Button
                  className={styles.action}
                  size="small"
                  disabled={busy}
                  aria-label={`${f.fix} ${d.sheet}!${d.cell}`}
                  onClick={() => onEdit({ kind: "fix", diagnostic: diagnosticRef(d) })}
                >
                  {f.fix}
                </Button>
              </li>
            ))}
          </ul>
          {fixable.length > shown.length ? (
            <div>
              <Button size="small" appearance="subtle" onClick={() => setExpanded(true)}>
                {f.showMore(fixable.length - shown.length)}
              </Button>
            </div>
          ) : null}
        </>
      )}
    </Section>
  );
}

function SuggestionsSection({ diagnostics, busy, where, onEdit }: ListSectionProps): ReactElement {
  const styles = useStyles();
  const { t, locale } = useUi();
  const f = t.fillPanel;
  const offers = useMemo(() => suggestionRefs(diagnostics), [diagnostics]);
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(() => new Set());
  const position = offers.findIndex((o) => !skipped.has(o.key));
  const current = position < 0 ? undefined : offers[position];
  let body: ReactNode;
  if (offers.length === 0) body = <Text className={styles.muted}>{f.noSuggestions}</Text>;
  else if (current === undefined) {
    body = (
      <div className={styles.buttons}>
        <Text className={styles.muted}>{f.allSkipped}</Text>
        <Button size="small" appearance="subtle" onClick={() => setSkipped(new Set())}>
          {f.showSkipped}
        </Button>
      </div>
    );
  } else {
    const d = current.diagnostic;
    const suggestion = d.suggestions![current.index]!;
    body = (
      <div className={styles.item} data-suggestion={`${d.sheet}!${d.cell}`}>
        <span className={styles.itemText}>
          <Caption1 className={styles.muted}>{f.suggestionOf(position + 1, offers.length)}</Caption1>
          <span>
            <span className={styles.cell}>{where(d)}</span> {renderMessage(d, locale)}
          </span>
          <Text weight="semibold">{renderSuggestion(d.rule, suggestion, locale)}</Text>
          <span className={styles.buttons}>
            <Button size="small" appearance="primary" disabled={busy} onClick={() => onEdit({ kind: "suggestion", diagnostic: diagnosticRef(d), index: current.index })}>
              {f.accept}
            </Button>
            <Button size="small" disabled={busy} onClick={() => setSkipped((s) => new Set([...s, current.key]))}>
              {f.skip}
            </Button>
          </span>
        </span>
      </div>
    );
  }
  return (
    <Section title={f.suggestionsTitle} name="suggestions">
      {body}
    </Section>
  );
}
