/**
 * Template 3: 部门（单位）整体支出绩效目标表. 年度主要任务 with 总额 | 财政拨款 | 其他资金 per task and
 * 金额合计; 年度总体目标; 年度绩效指标. A task whose parts do not add up, a 金额合计 that is not the sum,
 * an unquantified target.
 */
import { SheetWriter, amount, header, label, noteRight, text, title } from "../../examples/sheet-writer";
import { Expect, funds, writeIndicatorRows } from "../parts";
import type { CorpusCase } from "../types";

export const departmentWide: CorpusCase = {
  id: "03-department",
  template: "3",
  about: "部门（单位）整体支出绩效目标表 with 年度主要任务 amounts and 金额合计; one task's parts and the 金额合计 do not add up",
  build(workbook) {
    const x = new Expect();
    const sheet = "整体绩效目标";
    const w = SheetWriter.add(workbook, sheet, [12, 16, 16, 26, 12, 12, 12]);
    w.addRow([title("2024年度部门（单位）整体支出绩效目标表", 7)]);
    w.addRow([noteRight("金额单位：万元", 7)]);
    w.addRow([label("部门（单位）名称"), text("市自然资源和规划局", 6)]);
    const tasks: [string, string, number, number, number][] = [
      ["国土空间规划编制", "编制市级国土空间总体规划及重点片区详细规划", 320, 320, 0],
      ["耕地保护监督", "开展耕地保护动态巡查和永久基本农田监测", 180, 150, 30],
      ["不动产登记服务", "不动产登记信息平台运维及窗口服务", 260, 200, 50],
    ];
    w.addRow([label("年度主要任务", 1, tasks.length + 3), header("任务名称", 1, 2), header("主要内容", 2, 2), header("预算金额", 3)]);
    w.addRow([header("总额"), header("财政拨款"), header("其他资金")]);
    const taskRows = tasks.map(([name, content, total, fiscal, other]) =>
      w.addRow([text(name), text(content, 2), amount(total), amount(fiscal), amount(other)]),
    );
    const sum = w.addRow([label("金额合计", 3), amount(770), amount(670), amount(80)]);
    x.error(sheet, 5, taskRows[2]!, "department-task-sum");
    x.error(sheet, 5, sum, "department-tasks-total");
    w.addRow([label("年度总体目标"), text("完成国土空间规划编制，守住耕地保护红线，不动产登记服务提质增效。", 6)]);
    const rows = [
      ["产出指标", "数量指标", "完成国土空间规划编制", "1项"],
      [null, "数量指标", "耕地保护动态巡查", "逐步增加"],
      [null, "质量指标", "不动产登记办结率", "≥99%"],
      [null, "时效指标", "不动产登记平均办理时限", "≤3个工作日"],
      ["效益指标", "社会效益指标", "耕地保有量", "不低于上级下达任务"],
      [null, "生态效益指标", "生态修复面积", "≥500亩"],
      ["满意度指标", "服务对象满意度指标", "办事群众满意度", "≥95%"],
    ];
    w.addRow([label("年度绩效指标", 1, rows.length + 1), header("一级指标"), header("二级指标"), header("三级指标"), header("指标值", 3)]);
    const at = writeIndicatorRows(w, rows, { merge: 1, spans: [1, 1, 1, 3] });
    x.error(sheet, 5, at[1]!, "value-unquantified");
    x.table(sheet, "department", "市自然资源和规划局", funds(770, 670, 80), rows.length);
    x.sheet(sheet, "read");
    return x.done();
  },
};
