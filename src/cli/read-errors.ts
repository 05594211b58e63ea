import { localized } from "../core/messages/render";
import type { Localized } from "../core/types";
import type { ReadError } from "../host/xlsx";
import type { OutputRefusal } from "../host/xlsx/output-file";

/** One line per unreadable input, Chinese first then English, never a stack trace. */
const READ_ERRORS: Readonly<Record<ReadError["code"], Localized>> = {
  "not-found": { zh: "找不到文件", en: "file not found" },
  "not-a-file": { zh: "不是普通文件（可能是目录或设备）", en: "not a regular file (a directory or a device)" },
  "file-too-large": { zh: "文件或其中的部件过大，超出可处理的范围", en: "the file, or a part inside it, is too large to process" },
  "not-xlsx": { zh: "不是 Excel 工作簿（.xlsx）", en: "not an Excel workbook (.xlsx)" },
  encrypted: { zh: "文件设有打开密码，请在 Excel 中取消密码后另存再试", en: "the file is password-protected; remove the password in Excel and save it again" },
  truncated: { zh: "文件不完整（可能下载或复制中断），请重新获取", en: "the file is incomplete (download or copy interrupted)" },
  "legacy-xls": { zh: "这是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再试", en: "this is a legacy .xls file; save it as .xlsx in Excel first" },
  "too-large": { zh: "工作表过大，超出可处理的单元格数量", en: "a worksheet is too large to process" },
  unreadable: { zh: "文件已损坏或格式无法识别", en: "the file is damaged or in an unknown format" },
  damaged: { zh: "文件已损坏（内容与其声明不符，或超出 Excel 的限制）", en: "the file is damaged (its content does not match what it declares, or exceeds Excel's limits)" },
};

export function readErrorLine(file: string, error: ReadError): string {
  const m = READ_ERRORS[error.code];
  return `jixiao: ${file}: ${m.zh} / ${m.en}`;
}

export function readErrorMessage(error: ReadError, locale: "zh-CN" | "en"): string {
  return localized(READ_ERRORS[error.code], locale);
}

/** Why an output was not written, in one line; `input` names the file whose output it was. */
export function refusalLine(output: string, refusal: OutputRefusal, input?: string): string {
  const of = input === undefined ? "" : `（${input}）`;
  const ofEn = input === undefined ? "" : ` (output of ${input})`;
  switch (refusal) {
    case "input":
      return `jixiao: ${output}: 是本次的输入文件，未覆盖${of} / is an input of this run; not overwritten${ofEn}`;
    case "not-regular":
      return `jixiao: ${output}: 不是普通文件，未写入${of} / not a regular file; nothing written${ofEn}`;
    case "not-ours":
      return `jixiao: ${output}: 文件已存在且不是本工具生成的，未覆盖（确需覆盖请加 --force）${of} / exists and was not written by jixiao; not overwritten (add --force to overwrite)${ofEn}`;
  }
}
