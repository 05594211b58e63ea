import type { ReadError } from "../host/xlsx";

/** One line per unreadable input, Chinese first then English, never a stack trace. */
const READ_ERRORS: Record<ReadError["code"], { zh: string; en: string }> = {
  "not-found": { zh: "找不到文件", en: "file not found" },
  "not-xlsx": { zh: "不是 Excel 工作簿（.xlsx）", en: "not an Excel workbook (.xlsx)" },
  encrypted: { zh: "文件设有打开密码，请在 Excel 中取消密码后另存再试", en: "the file is password-protected; remove the password in Excel and save it again" },
  truncated: { zh: "文件不完整（可能下载或复制中断），请重新获取", en: "the file is incomplete (download or copy interrupted)" },
  "legacy-xls": { zh: "这是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再试", en: "this is a legacy .xls file; save it as .xlsx in Excel first" },
  "too-large": { zh: "工作表过大，超出可处理的单元格数量", en: "a worksheet is too large to process" },
  unreadable: { zh: "文件已损坏或格式无法识别", en: "the file is damaged or in an unknown format" },
};

export function readErrorLine(file: string, error: ReadError): string {
  const m = READ_ERRORS[error.code];
  return `jixiao: ${file}: ${m.zh} / ${m.en}`;
}

export function readErrorMessage(error: ReadError, locale: "zh-CN" | "en"): string {
  const m = READ_ERRORS[error.code];
  return locale === "en" ? m.en : m.zh;
}
