import type { ProjectTable } from "../model/model";
import { departmentTitleCell, readDepartment } from "../parse/department";
import { selfEvaluationCell } from "../parse/reading";
import type { SheetLayout } from "./types";

/** 部门（单位）整体支出绩效目标表: its 年度绩效指标 read as a block, the rest (年度主要任务, 金额合计) the department's own. */
export const departmentLayout: SheetLayout<"department"> = {
  id: "department",
  scope: "sheet",
  name: { zh: "部门整体绩效目标表", en: "Department-wide targets" },
  description: { zh: "部门（单位）整体支出绩效目标表：年度主要任务与年度绩效指标", en: "A department's targets: its main tasks with their money, and its indicators" },
  // A department's self-evaluation is a self-evaluation.
  detect: (sheet) => (selfEvaluationCell(sheet) === null ? departmentTitleCell(sheet) : null),
  read(sheet, headerTables) {
    const department = readDepartment(sheet, headerTables().find((t): t is ProjectTable => t.kind === "project"));
    return department ? [department] : null;
  },
};
