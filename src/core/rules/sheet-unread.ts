import { defineRule } from "./types";
import examples from "./examples/sheet-unread.json";

/** A sheet whose name or title promises a target table but from which no table could be read. */
export const sheetUnread = defineRule({
  scope: "sheet",
  id: "sheet-unread",
  category: "reading",
  severity: "warning",
  description: ["像绩效目标表的工作表未能读取", "A sheet that looks like a target table could not be read"],
  messages: {
    unread: [
      "工作表「{sheet}」像是绩效目标表，但未能识别出指标表头（一级指标、二级指标、三级指标、指标值），本表未作任何校验",
      "Sheet “{sheet}” looks like a performance target table, but no indicator header (level 1, level 2, level 3, target) was recognised; nothing on it was checked",
    ],
  },
  examples,
  check(reading) {
    if (reading.status !== "unread" || reading.cell === null) return [];
    return [{ messageId: "unread", cell: reading.cell, data: { sheet: reading.sheet, reason: reading.reason } }];
  },
});
