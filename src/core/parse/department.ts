import { a1 } from "../grid/address";
import type { Amount, DepartmentTable, DepartmentTask, MissingField, MoneyUnit, ProjectTable, Sourced } from "../model/model";
import { readBlockHead } from "./head";
import { isTotalLabel, withoutPartOpening } from "../vocabulary/labels";
import type { Sheet } from "./sheet";
import { isDepartmentTitle, isTaskNameHeader, taskAmountWordOf } from "../vocabulary/department";

/**
 * 部门（单位）整体支出绩效目标表: 部门（单位）名称; 年度主要任务 (任务名称 | 主要内容 | 预算金额: 总额 |
 * 财政拨款 | 其他资金) with 金额合计; 年度总体目标; 年度绩效指标. Told apart from a project by its title.
 */
/** The cell of a title that says the sheet is a department-wide table, or null. */
export function departmentTitleCell(sheet: Sheet): string | null {
  for (let r = 0; r < Math.min(sheet.height, 6); r++) {
    for (const c of sheet.filledColumns(r)) if (isDepartmentTitle(sheet.key(r, c))) return a1(r, c);
  }
  return null;
}

interface TaskColumns {
  readonly header: number;
  readonly bottom: number;
  readonly name: number;
  readonly total?: number;
  readonly fiscal?: number;
  readonly other?: number;
}

function taskColumns(sheet: Sheet, from: number, to: number): TaskColumns | null {
  for (let r = from; r <= to; r++) {
    const name = sheet.filledColumns(r).find((c) => isTaskNameHeader(sheet.key(r, c)));
    if (name === undefined) continue;
    const cols: { total?: number; fiscal?: number; other?: number } = {};
    let bottom = r;
    for (const rr of [r, r + 1]) {
      for (const c of sheet.filledColumns(rr)) {
        // "其中：财政拨款" heads the fiscal part of the task's amount, as in the head's lines.
        const k = withoutPartOpening(sheet.key(rr, c).replace(/\([^()]*\)$/u, ""));
        const role = taskAmountWordOf(k);
        if (role !== null && c > name) {
          // A group (预算金额) over sub-headers gives way to them.
          if (rr > r || cols[role] === undefined) cols[role] = c;
          if (rr > r) bottom = rr;
        }
      }
    }
    if (cols.total === undefined && cols.fiscal === undefined) continue;
    return { header: r, bottom, name, ...cols };
  }
  return null;
}

function readTasks(sheet: Sheet, cols: TaskColumns, unit: MoneyUnit): { tasks: DepartmentTask[]; total: DepartmentTask | null } {
  const tasks: DepartmentTask[] = [];
  const amount = (r: number, c: number | undefined): Amount | null => (c === undefined ? null : sheet.amount(r, c, unit));
  for (let r = cols.bottom + 1; r < sheet.height; r++) {
    const at = sheet.anchor(r, cols.name);
    const name: Sourced<string> | null = sheet.sourced(at.row, at.col);
    const line = { row: r, total: amount(r, cols.total), fiscal: amount(r, cols.fiscal), other: amount(r, cols.other) };
    const label = sheet.filledColumns(r).find((c) => c <= cols.name + 1 && isTotalLabel(sheet.key(r, c)));
    if (label !== undefined) return { tasks, total: { ...line, name: sheet.sourced(r, label)! } };
    if (!name || (!line.total && !line.fiscal && !line.other)) break;
    tasks.push({ ...line, name });
  }
  return { tasks, total: null };
}

/** Reads a department-wide table; `targets` is the sheet's indicator part read as a target table. */
export function readDepartment(sheet: Sheet, targets: ProjectTable | undefined): DepartmentTable | null {
  if (!targets || targets.indicatorHeaderRow === null) return null;
  const headerRow = targets.indicatorHeaderRow;
  const head = readBlockHead(sheet, 0, headerRow - 1, null);
  const unit: MoneyUnit = head.unit ?? targets.unit;
  const cols = taskColumns(sheet, 0, headerRow - 1);
  const { tasks, total } = cols ? readTasks(sheet, cols, unit) : { tasks: [], total: null };
  const agency = head.agency ?? targets.agency;
  const name = agency ?? { value: sheet.name, cell: a1(0, 0) };
  // Nothing to check the tasks' money against is said where it was looked for, never checked as 0.
  const moneyRead = tasks.some((t) => t.total || t.fiscal || t.other) || !!(total?.total || total?.fiscal || total?.other);
  const missing: MissingField[] = [
    ...(agency ? [] : [{ field: "name" as const, cell: head.title?.cell ?? a1(0, 0) }]),
    ...(moneyRead ? [] : [{ field: "budget" as const, cell: cols ? a1(cols.header, cols.name) : head.title?.cell ?? name.cell }]),
  ];
  return {
    kind: "department",
    sheet: sheet.name,
    id: name.value,
    name,
    title: head.title,
    unit,
    tasks,
    tasksTotal: total,
    targets: { ...targets, id: name.value, name, budget: null, missing },
    range: { top: Math.min(head.firstRow, targets.range.top), left: 0, bottom: targets.range.bottom, right: Math.max(0, sheet.width - 1) },
  };
}
