import { stripSpaces } from "../text/normalize";

/** Shown where a project has no agency, type or indicator category. */
export const UNNAMED_AGENCY = "（未注明单位）";
export const UNTYPED = "（未分类）";

/** A unit code written before the name: "389101 天津市…", "340102天津市…". */
const AGENCY_CODE = /^(\d{3,})\s*[-_:：、.]?\s*/u;

/**
 * An agency as written, split into its code and a name to group by. Published tables wrap long names
 * ("天津市东 丽区人民 政府信访 办公室"), so spaces go; Chinese unit names have none of their own.
 */
export function agencyOf(text: string): { readonly name: string; readonly code: string | null } | null {
  const compact = stripSpaces(text);
  if (compact === "") return null;
  const match = AGENCY_CODE.exec(compact);
  if (!match || match[0].length === compact.length) return { name: compact, code: null };
  return { name: compact.slice(match[0].length), code: match[1]! };
}

/** "部门专项-信访局大楼运行经费" → 部门专项: a Chinese prefix without digits, before a dash. */
const TYPE_PREFIX = /^([^\d\-－—–]{2,12}?)\s*[-－—–]+\s*\S/u;
const HAN = /\p{Script=Han}/u;

export function typePrefixOf(name: string): string | null {
  const match = TYPE_PREFIX.exec(name.trim());
  if (!match) return null;
  const prefix = stripSpaces(match[1]!);
  return HAN.test(prefix) && !/[()（）]/u.test(prefix) ? prefix : null;
}
