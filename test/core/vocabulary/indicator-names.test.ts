import * as NAMES from "../../../src/core/vocabulary/indicator-names";
import {
  isAreaName,
  isChangeName,
  isCostLikeName,
  isDurationName,
  isHeadCountName,
  isObjectName,
  isRateName,
  isSatisfactionName,
  isSavingName,
  isStaffName,
  isUndesirableName,
} from "../../../src/core/indicator/kinds";

const PREDICATES = { isRateName, isSatisfactionName, isChangeName, isUndesirableName, isCostLikeName, isDurationName, isSavingName, isHeadCountName, isStaffName, isObjectName, isAreaName };

/** [三级 name, predicate, expected]: each list read through the matcher built from it. */
const TABLE: readonly (readonly [string, keyof typeof PREDICATES, boolean])[] = [
  ["验收合格率", "isRateName", true],
  ["资金占比", "isRateName", true],
  ["工作效率", "isRateName", false],
  ["图像分辨率", "isRateName", false],
  ["群众满意度", "isSatisfactionName", true],
  ["服务满意率", "isSatisfactionName", true],
  ["收入增长率", "isChangeName", true],
  ["合格率", "isChangeName", false],
  ["系统故障率", "isUndesirableName", true],
  ["故障修复率", "isUndesirableName", false],
  ["重复信访事项化解率", "isUndesirableName", false],
  ["管理费用率", "isCostLikeName", true],
  ["办结时间", "isDurationName", true],
  ["节约资金", "isSavingName", true],
  ["培训人数", "isHeadCountName", true],
  ["文员人数", "isStaffName", true],
  ["设备数量", "isObjectName", true],
  ["设备使用人员数量", "isObjectName", false],
  ["办公场所面积", "isAreaName", true],
];

describe("indicator-name words", () => {
  it.each(TABLE.map(([name, predicate, expected]) => [name, predicate, expected] as const))("%s: %s is %s", (name, predicate, expected) => {
    expect(PREDICATES[predicate](name)).toBe(expected);
  });

  it.each(Object.entries(NAMES))("%s is a non-empty list without repeats", (_name, list) => {
    expect(list.length).toBeGreaterThan(0);
    expect(new Set(list).size).toBe(list.length);
  });
});
