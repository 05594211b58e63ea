/**
 * Offline checks of the add-in manifest (`npm run validate`).
 *
 * The official Office add-in manifest XSDs cannot be vendored in this repository, so this is not
 * schema validation: it is a strict reader plus the rules from those schemas and from Office's
 * documentation that matter for this add-in — element order, formats and lengths, https URLs,
 * resource ids, icon sizes — and the project's own decisions (ReadWriteDocument only, ExcelApi
 * 1.13, the ribbon function registered in src/commands/commands.ts, icons in assets/).
 * `npm run validate:online` runs Microsoft's validator when the network is available.
 *
 * Usage: node build/scripts/validate-manifest.js [--production] <manifest.xml>...
 * Named manifests are development manifests (https://localhost allowed) unless --production is
 * given or a build-info file beside them says otherwise; dist/manifest.xml is checked too when present.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import {
  attribute,
  childElements,
  descendants,
  parseXml,
  textOf,
  XmlError,
  type XmlElement,
  type XmlPosition,
} from "./xml-reader";

export const NS = {
  officeApp: "http://schemas.microsoft.com/office/appforoffice/1.1",
  basicTypes: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  versionOverrides: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

/** The children of <OfficeApp xsi:type="TaskPaneApp"> this add-in uses, in the order the schema's sequence defines. */
export const OFFICE_APP_ORDER = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
] as const;

/** Required by the schema, or by this add-in (icons, the Excel host, the requirement set, the ribbon). */
const REQUIRED_CHILDREN = new Set<string>([
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
]);

export const REQUIRED_PERMISSION = "ReadWriteDocument";
export const REQUIRED_EXCEL_API = "1.13";
const DISPLAY_NAME_MAX = 125;
const DESCRIPTION_MAX = 250;
const SHORT_STRING_MAX = 125;
const LONG_STRING_MAX = 250;
const RESID_MAX = 32;
const REQUIRED_ICON_SIZES = [16, 32, 80] as const;
const ALLOWED_ICON_SIZES = new Set([16, 20, 24, 32, 40, 48, 64, 80]);
/** Pixel sizes Office asks for the add-in icons outside the ribbon. */
const APP_ICON_PIXELS: Readonly<Record<string, number>> = { IconUrl: 32, HighResolutionIconUrl: 64 };
/** Must match BUILD_INFO_FILE in scripts/manifest-url.js (the build-url test checks the pair). */
export const BUILD_INFO_FILE = "jixiao-build.json";

export type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";
const RESOURCE_KINDS: readonly ResourceKind[] = ["Images", "Urls", "ShortStrings", "LongStrings"];

export type ManifestMode = "development" | "production";

export interface Problem {
  readonly severity: "error" | "warning";
  /** A stable id for the kind of problem, e.g. "order" or "resid". */
  readonly code: string;
  readonly line?: number;
  readonly column?: number;
  readonly zh: string;
  readonly en: string;
}

export interface ValidateOptions {
  /** Development manifests may point at https://localhost; production ones may not. */
  readonly mode: ManifestMode;
  /** The directory holding the icon files the manifest's icon URLs name (assets/ beside the manifest). */
  readonly assetsDir: string;
  /** Function names registered with Office.actions.associate in src/commands/commands.ts. */
  readonly associatedFunctions: readonly string[];
  /** For a built manifest: URLs under `baseUrl` must name files in `outputDir`. */
  readonly build?: { readonly baseUrl: string; readonly outputDir: string };
}

type Report = (severity: Problem["severity"], code: string, at: XmlPosition | null, zh: string, en: string) => void;

const chars = (text: string): number => [...text].length;
const tag = (e: XmlElement): string => `<${e.name}>`;

function isLoopback(hostname: string): boolean {
  return hostname === "localhost" || hostname.endsWith(".localhost") || hostname === "[::1]" || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** The function names src/commands/commands.ts registers for ribbon buttons. */
export function associatedFunctionNames(commandsSource: string): string[] {
  const names: string[] = [];
  for (const match of commandsSource.matchAll(/Office\.actions\.associate\(\s*(["'`])([^"'`]+)\1/g)) names.push(match[2]!);
  return names;
}

/** Width and height of a PNG file, or null if the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString("latin1", 12, 16) !== "IHDR") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Resolves an xsi:type value (a QName) against the element's namespace bindings. */
function xsiType(e: XmlElement): { localName: string; namespace: string | null } | null {
  const value = attribute(e, "type", NS.xsi)?.value.trim();
  if (value === undefined) return null;
  const colon = value.indexOf(":");
  const prefix = colon === -1 ? "" : value.slice(0, colon);
  return { localName: value.slice(colon + 1), namespace: e.scope.get(prefix) ?? null };
}

/** Checks a manifest's text; returns every problem found (an empty list means it passed). */
export function validateManifest(xml: string, options: ValidateOptions): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  // A resource shared by several controls is checked once per use; say each problem once.
  const report: Report = (severity, code, at, zh, en) => {
    const key = `${code}|${at?.line}|${at?.column}|${en}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push({ severity, code, ...(at ? { line: at.line, column: at.column } : {}), zh, en });
  };

  let root: XmlElement;
  try {
    root = parseXml(xml).root;
  } catch (err) {
    if (!(err instanceof XmlError)) throw err;
    report("error", "xml", err, `XML 格式不正确：${err.reason}`, `not well-formed XML: ${err.reason}`);
    return problems;
  }

  const rootType = xsiType(root);
  if (root.localName !== "OfficeApp" || root.namespace !== NS.officeApp) {
    report(
      "error",
      "root",
      root,
      `根元素必须是命名空间 ${NS.officeApp} 中的 <OfficeApp>，而不是 ${tag(root)}（命名空间 ${root.namespace ?? "无"}）`,
      `the root element must be <OfficeApp> in the namespace ${NS.officeApp}, not ${tag(root)} (namespace ${root.namespace ?? "none"})`,
    );
    return problems;
  }
  if (rootType === null || rootType.localName !== "TaskPaneApp" || rootType.namespace !== NS.officeApp) {
    report("error", "root", root, `<OfficeApp> 必须有 xsi:type="TaskPaneApp"（任务窗格加载项）`, `<OfficeApp> must have xsi:type="TaskPaneApp" (a task pane add-in)`);
    return problems;
  }

  const children = checkOrder(root, report);
  const get = (name: string): XmlElement | undefined => children.get(name);

  checkTextFormats(get, report);
  checkLocalized(get("DisplayName"), DISPLAY_NAME_MAX, "DisplayName", report);
  checkLocalized(get("Description"), DESCRIPTION_MAX, "Description", report);
  checkPermissions(get("Permissions"), report);
  checkHostsAndRequirements(get("Hosts"), get("Requirements"), report);
  const urls = checkUrls(root, options, report);
  const versionOverrides = get("VersionOverrides");
  if (versionOverrides) checkVersionOverrides(versionOverrides, options, report);
  checkAppIcons(children, options, report);
  checkBuiltFiles(urls, options, report);
  return problems;
}

/** Element order, unknown, missing and repeated children of <OfficeApp>. */
function checkOrder(root: XmlElement, report: Report): Map<string, XmlElement> {
  const found = new Map<string, XmlElement>();
  let lastIndex = -1;
  let lastName = "";
  for (const node of root.children) {
    if (node.kind === "text" && node.text.trim() !== "") {
      report("error", "text", node, `<OfficeApp> 中不允许直接出现文字“${node.text.trim().slice(0, 40)}”`, `text "${node.text.trim().slice(0, 40)}" is not allowed directly inside <OfficeApp>`);
    }
  }
  for (const child of childElements(root)) {
    const index = (OFFICE_APP_ORDER as readonly string[]).indexOf(child.localName);
    // <VersionOverrides> lives in its own namespace; every other child is in the OfficeApp 1.1 one.
    const namespace = child.localName === "VersionOverrides" ? NS.versionOverrides : NS.officeApp;
    if (index === -1 || child.namespace !== namespace) {
      report(
        "error",
        "unknown-element",
        child,
        `${tag(child)}（命名空间 ${child.namespace ?? "无"}）不是本校验器认识的 <OfficeApp> 子元素`,
        `${tag(child)} (namespace ${child.namespace ?? "none"}) is not a child of <OfficeApp> this validator knows; expected ${OFFICE_APP_ORDER.join(", ")}`,
      );
      continue;
    }
    if (found.has(child.localName)) {
      report("error", "duplicate-element", child, `${tag(child)} 只能出现一次`, `${tag(child)} may appear only once`);
      continue;
    }
    if (index < lastIndex) {
      report(
        "error",
        "order",
        child,
        `元素顺序不对：${tag(child)} 必须在 <${lastName}> 之前（架构规定的顺序：${OFFICE_APP_ORDER.join(", ")}）`,
        `elements out of order: ${tag(child)} must come before <${lastName}> (the schema's order: ${OFFICE_APP_ORDER.join(", ")})`,
      );
    } else {
      lastIndex = index;
      lastName = child.localName;
    }
    found.set(child.localName, child);
  }
  for (const name of OFFICE_APP_ORDER) {
    if (REQUIRED_CHILDREN.has(name) && !found.has(name)) {
      report("error", "missing-element", root, `缺少必需的元素 <${name}>`, `the required element <${name}> is missing`);
    }
  }
  return found;
}

function checkTextFormats(get: (name: string) => XmlElement | undefined, report: Report): void {
  const id = get("Id");
  if (id) {
    const value = textOf(id).trim();
    if (!/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(value) || /^[0-]+$/.test(value)) {
      report("error", "id", id, `<Id> 必须是一个 GUID（如 0b1f50e0-677f-47fb-951d-57921b5159f9），而不是“${value}”`, `<Id> must be a GUID (like 0b1f50e0-677f-47fb-951d-57921b5159f9), not "${value}"`);
    }
  }
  const version = get("Version");
  if (version) {
    const value = textOf(version).trim();
    const parts = value.split(".");
    if (parts.length !== 4 || !parts.every((p) => /^\d{1,5}$/.test(p) && Number(p) <= 65535)) {
      report("error", "version", version, `<Version> 必须是 n.n.n.n 形式（四段数字，每段 0–65535），而不是“${value}”`, `<Version> must look like n.n.n.n (four numbers of 0–65535), not "${value}"`);
    }
  }
  const provider = get("ProviderName");
  if (provider && textOf(provider).trim() === "") {
    report("error", "empty", provider, "<ProviderName> 不能为空", "<ProviderName> must not be empty");
  }
  const locale = get("DefaultLocale");
  if (locale && !/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(textOf(locale).trim())) {
    report("error", "locale", locale, `<DefaultLocale> 必须是语言标记（如 zh-CN），而不是“${textOf(locale).trim()}”`, `<DefaultLocale> must be a language tag (like zh-CN), not "${textOf(locale).trim()}"`);
  }
}

/** DefaultValue and every <Override Value> within a length limit. */
function checkLocalized(element: XmlElement | undefined, max: number, what: string, report: Report, code = "length"): void {
  if (!element) return;
  const defaultValue = attribute(element, "DefaultValue");
  if (defaultValue === undefined || defaultValue.value.trim() === "") {
    report("error", "empty", element, `${tag(element)} 缺少非空的 DefaultValue`, `${tag(element)} needs a non-empty DefaultValue`);
  } else if (chars(defaultValue.value) > max) {
    report(
      "error",
      code,
      defaultValue,
      `${what} 最多 ${max} 个字符，DefaultValue 有 ${chars(defaultValue.value)} 个`,
      `${what} may have at most ${max} characters; its DefaultValue has ${chars(defaultValue.value)}`,
    );
  }
  for (const override of childElements(element).filter((c) => c.localName === "Override")) {
    const value = attribute(override, "Value");
    if (value === undefined) {
      report("error", "empty", override, `${tag(override)} 缺少 Value`, `${tag(override)} needs a Value`);
    } else if (chars(value.value) > max) {
      const locale = attribute(override, "Locale")?.value ?? "?";
      report("error", code, value, `${what}（${locale}）最多 ${max} 个字符，现有 ${chars(value.value)} 个`, `${what} (${locale}) may have at most ${max} characters; it has ${chars(value.value)}`);
    }
  }
}

function checkPermissions(permissions: XmlElement | undefined, report: Report): void {
  if (!permissions) return;
  const value = textOf(permissions).trim();
  if (value === REQUIRED_PERMISSION) return;
  report(
    "error",
    "permissions",
    permissions,
    `<Permissions> 必须恰好是 ${REQUIRED_PERMISSION}，而不是“${value}”：加载项要写单元格格式和“校验报告”工作表，不需要更多权限`,
    `<Permissions> must be exactly ${REQUIRED_PERMISSION}, not "${value}": the add-in writes cell formats and the 校验报告 sheet and needs nothing more`,
  );
}

function checkHostsAndRequirements(hosts: XmlElement | undefined, requirements: XmlElement | undefined, report: Report): void {
  if (hosts) {
    const names = childElements(hosts).map((h) => attribute(h, "Name")?.value);
    if (names.length !== 1 || names[0] !== "Workbook") {
      report("error", "hosts", hosts, `<Hosts> 必须只有 <Host Name="Workbook"/>（Excel），现有：${names.join(", ") || "无"}`, `<Hosts> must hold exactly <Host Name="Workbook"/> (Excel); found: ${names.join(", ") || "none"}`);
    }
  }
  if (requirements) {
    const sets = childElements(requirements).find((c) => c.localName === "Sets");
    const excel = sets ? childElements(sets).find((s) => s.localName === "Set" && attribute(s, "Name")?.value === "ExcelApi") : undefined;
    if (!sets || !excel) {
      report("error", "requirements", requirements, `<Requirements> 必须包含 <Set Name="ExcelApi" MinVersion="${REQUIRED_EXCEL_API}"/>`, `<Requirements> must include <Set Name="ExcelApi" MinVersion="${REQUIRED_EXCEL_API}"/>`);
      return;
    }
    const version = attribute(excel, "MinVersion")?.value ?? attribute(sets, "DefaultMinVersion")?.value ?? "1.1";
    if (version !== REQUIRED_EXCEL_API) {
      report(
        "error",
        "requirements",
        excel,
        `ExcelApi 的最低版本必须是 ${REQUIRED_EXCEL_API}（RangeAreas、单元格属性），而不是 ${version}`,
        `the ExcelApi minimum version must be ${REQUIRED_EXCEL_API} (RangeAreas, cell properties), not ${version}`,
      );
    }
  }
}

interface UrlValue {
  readonly url: URL;
  readonly at: XmlPosition;
  readonly label: string;
}

/** URL-valued attributes and texts: every one https, and localhost only in a development manifest. */
function checkUrls(root: XmlElement, options: ValidateOptions, report: Report): UrlValue[] {
  const urlElements = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"]);
  const urlResourceKinds = new Set(["Images", "Urls"]);
  const checked = new Set<object>();
  const values: { text: string; at: XmlPosition; label: string; node: object }[] = [];

  const all = [root, ...descendants(root)];
  for (const e of all) {
    const inUrlResources = e.namespace === NS.basicTypes && (e.localName === "Image" || e.localName === "Url") && urlResourceKinds.has(parentKind(e, root) ?? "");
    const isUrlElement = (e.namespace === NS.officeApp && urlElements.has(e.localName)) || inUrlResources;
    if (isUrlElement) {
      const dv = attribute(e, "DefaultValue");
      if (dv) values.push({ text: dv.value, at: dv, label: `${tag(e)} DefaultValue`, node: dv });
      for (const o of childElements(e).filter((c) => c.localName === "Override")) {
        const v = attribute(o, "Value");
        if (v) values.push({ text: v.value, at: v, label: `${tag(e)} ${tag(o)} Value`, node: v });
      }
    }
    if (e.localName === "AppDomain" && e.namespace === NS.officeApp) values.push({ text: textOf(e).trim(), at: e, label: tag(e), node: e });
  }

  const urls: UrlValue[] = [];
  const loopback: { text: string; at: XmlPosition; label: string; host: string }[] = [];
  for (const v of values) {
    checked.add(v.node);
    let url: URL;
    try {
      url = new URL(v.text);
    } catch {
      report("error", "url", v.at, `${v.label} 不是有效的网址：“${v.text}”`, `${v.label} is not a valid URL: "${v.text}"`);
      continue;
    }
    if (url.protocol !== "https:") {
      report("error", "https", v.at, `${v.label} 必须使用 https，Office 只通过 https 加载加载项：${v.text}`, `${v.label} must use https; Office loads add-ins over https only: ${v.text}`);
      continue;
    }
    if (isLoopback(url.hostname) && options.mode === "production") {
      loopback.push({ ...v, host: url.host });
      continue;
    }
    urls.push({ url, at: v.at, label: v.label });
  }
  const first = loopback[0];
  if (first) {
    // One problem for the whole manifest: it was built without --env url, not written wrong line by line.
    report(
      "error",
      "localhost",
      first.at,
      `生产版清单不能指向 ${first.host}：有 ${loopback.length} 个网址指向本机，第一个是 ${first.label} = ${first.text}。请用 npm run build -- --env url=https://…/ 重新构建（本机调试用 npm run build:dev）`,
      `a production manifest must not point at ${first.host}: ${loopback.length} URL(s) do, the first being ${first.label} = ${first.text}. Rebuild with npm run build -- --env url=https://…/ (or npm run build:dev for local debugging)`,
    );
  }

  // Anything else that looks like a plain-http URL (namespace declarations are names, not links).
  for (const e of all) {
    for (const a of e.attributes) {
      if (a.name === "xmlns" || a.prefix === "xmlns" || checked.has(a)) continue;
      if (/\bhttp:\/\//i.test(a.value)) report("error", "https", a, `${tag(e)} 的 ${a.name} 含有 http 网址，必须用 https：${a.value}`, `${a.name} of ${tag(e)} holds an http URL; use https: ${a.value}`);
    }
    if (!checked.has(e) && childElements(e).length === 0 && /\bhttp:\/\//i.test(textOf(e))) {
      report("error", "https", e, `${tag(e)} 含有 http 网址，必须用 https：${textOf(e).trim()}`, `${tag(e)} holds an http URL; use https: ${textOf(e).trim()}`);
    }
  }
  return urls;
}

/** For an element inside <Resources>, the resource kind of its list (bt:Images, bt:Urls, …). */
function parentKind(e: XmlElement, root: XmlElement): string | null {
  const parent = parentOf(e, root);
  return parent && parent.namespace === NS.basicTypes ? parent.localName : null;
}

function parentOf(target: XmlElement, root: XmlElement): XmlElement | null {
  for (const e of [root, ...descendants(root)]) if (e.children.includes(target)) return e;
  return null;
}

function checkVersionOverrides(vo: XmlElement, options: ValidateOptions, report: Report): void {
  const type = xsiType(vo);
  if (vo.namespace !== NS.versionOverrides || type?.localName !== "VersionOverridesV1_0") {
    report(
      "error",
      "version-overrides",
      vo,
      `<VersionOverrides> 必须在命名空间 ${NS.versionOverrides} 中，并有 xsi:type="VersionOverridesV1_0"`,
      `<VersionOverrides> must be in the namespace ${NS.versionOverrides} with xsi:type="VersionOverridesV1_0"`,
    );
    return;
  }
  const resources = childElements(vo).find((c) => c.localName === "Resources");
  const table = new Map<ResourceKind, Map<string, XmlElement>>(RESOURCE_KINDS.map((k) => [k, new Map()]));
  if (!resources) {
    report("error", "missing-element", vo, "<VersionOverrides> 缺少 <Resources>", "<VersionOverrides> has no <Resources>");
  } else {
    for (const list of childElements(resources)) {
      const kind = RESOURCE_KINDS.find((k) => k === list.localName);
      if (list.namespace !== NS.basicTypes || kind === undefined) {
        report("error", "unknown-element", list, `<Resources> 中的 ${tag(list)} 不是已知的资源类型`, `${tag(list)} is not a known resource list inside <Resources>`);
        continue;
      }
      const entries = table.get(kind)!;
      for (const entry of childElements(list)) {
        const id = attribute(entry, "id")?.value;
        if (id === undefined || id === "") {
          report("error", "resource", entry, `${tag(entry)} 缺少 id`, `${tag(entry)} has no id`);
          continue;
        }
        if (entries.has(id)) report("error", "resource", entry, `资源 id“${id}”在 bt:${kind} 中重复`, `the resource id "${id}" is defined twice in bt:${kind}`);
        entries.set(id, entry);
        if (kind === "ShortStrings") checkLocalized(entry, SHORT_STRING_MAX, `bt:ShortStrings “${id}”`, report, "resource-length");
        if (kind === "LongStrings") checkLocalized(entry, LONG_STRING_MAX, `bt:LongStrings “${id}”`, report, "resource-length");
      }
    }
  }

  const hosts = childElements(vo).find((c) => c.localName === "Hosts");
  if (!hosts) report("error", "missing-element", vo, "<VersionOverrides> 缺少 <Hosts>（功能区按钮在其中）", "<VersionOverrides> has no <Hosts> (where the ribbon buttons are)");
  const used = new Set<string>();
  const functionNames = new Set<string>();
  const ids = new Map<string, XmlElement>();
  const iconUses = new Map<string, Set<number>>();
  for (const e of descendants(hosts ?? vo)) {
    const resid = attribute(e, "resid");
    if (resid) {
      const kind = residKind(e);
      if (kind === null) {
        report("error", "resid", resid, `不知道 ${tag(e)} 上的 resid 应指向哪类资源`, `cannot tell which kind of resource the resid on ${tag(e)} refers to`);
      } else if (chars(resid.value) > RESID_MAX) {
        report("error", "resid", resid, `resid“${resid.value}”超过 ${RESID_MAX} 个字符`, `resid "${resid.value}" is longer than ${RESID_MAX} characters`);
      } else if (!table.get(kind)!.has(resid.value)) {
        const elsewhere = RESOURCE_KINDS.filter((k) => k !== kind && table.get(k)!.has(resid.value));
        report(
          "error",
          "resid",
          resid,
          `${tag(e)} 的 resid“${resid.value}”在 <bt:${kind}> 中找不到${elsewhere.length > 0 ? `（它在 bt:${elsewhere.join("、bt:")} 中，类型不对）` : ""}`,
          `the resid "${resid.value}" of ${tag(e)} is not defined in <bt:${kind}>${elsewhere.length > 0 ? ` (it is in bt:${elsewhere.join(", bt:")}, the wrong kind)` : ""}`,
        );
      } else {
        used.add(`${kind}/${resid.value}`);
      }
    }
    if ((e.localName === "Group" || e.localName === "Control") && e.namespace === NS.versionOverrides) {
      const id = attribute(e, "id")?.value;
      if (!id) report("error", "control", e, `${tag(e)} 缺少 id`, `${tag(e)} has no id`);
      else if (ids.has(id)) report("error", "control", e, `id“${id}”重复`, `the id "${id}" is used twice`);
      else ids.set(id, e);
      checkIcon(e, id ?? "?", iconUses, report);
    }
    if (e.localName === "Action" && xsiType(e)?.localName === "ExecuteFunction") {
      const name = checkExecuteFunction(e, options, report, vo);
      if (name !== null) functionNames.add(name);
    }
  }

  // Each image file once, at every size it is used for (Office does not scale it).
  for (const [resid, sizes] of iconUses) {
    const dv = table.get("Images")!.get(resid) && attribute(table.get("Images")!.get(resid)!, "DefaultValue");
    if (dv) for (const size of sizes) checkIconFile(dv.value, size, dv, `<bt:Image id="${resid}"> (${size}px)`, options, report);
  }

  for (const name of options.associatedFunctions) {
    if (!functionNames.has(name)) {
      report("warning", "unused-function", vo, `src/commands/commands.ts 注册了 ${name}，但没有按钮调用它`, `src/commands/commands.ts registers ${name}, but no button runs it`);
    }
  }

  for (const [kind, entries] of table) {
    for (const [id, entry] of entries) {
      if (!used.has(`${kind}/${id}`)) report("warning", "unused-resource", entry, `资源“${id}”（bt:${kind}）没有被引用`, `the resource "${id}" (bt:${kind}) is not used`);
    }
  }
}

/** Which resource list a resid on this element must name. */
function residKind(e: XmlElement): ResourceKind | null {
  if (e.localName === "Image" && e.namespace === NS.basicTypes) return "Images";
  if (e.namespace !== NS.versionOverrides) return null;
  switch (e.localName) {
    case "FunctionFile":
    case "SourceLocation":
      return "Urls";
    case "Label":
    case "Title":
      return "ShortStrings";
    case "Description":
      return "LongStrings";
    default:
      return null;
  }
}

/** A group or control: an <Icon> with 16, 32 and 80 pixel images; records which sizes each image resource is used at. */
function checkIcon(owner: XmlElement, id: string, uses: Map<string, Set<number>>, report: Report): void {
  const icon = childElements(owner).find((c) => c.localName === "Icon");
  const who = `<${owner.localName} id="${id}">`;
  if (!icon) {
    report("error", "icon-sizes", owner, `${who} 缺少 <Icon>（需要 16、32、80 像素三种图标）`, `${who} has no <Icon> (it needs 16, 32 and 80 pixel images)`);
    return;
  }
  const sizes = new Set<number>();
  for (const image of childElements(icon)) {
    const size = Number(attribute(image, "size")?.value);
    if (!ALLOWED_ICON_SIZES.has(size)) {
      report("error", "icon-sizes", image, `${who} 的图标尺寸“${attribute(image, "size")?.value ?? ""}”无效，可用 ${[...ALLOWED_ICON_SIZES].join(", ")}`, `${who} has an invalid icon size "${attribute(image, "size")?.value ?? ""}"; allowed: ${[...ALLOWED_ICON_SIZES].join(", ")}`);
      continue;
    }
    if (sizes.has(size)) report("error", "icon-sizes", image, `${who} 的 ${size} 像素图标重复`, `${who} lists the ${size} pixel icon twice`);
    sizes.add(size);
    const resid = attribute(image, "resid")?.value;
    if (resid !== undefined) uses.set(resid, (uses.get(resid) ?? new Set()).add(size));
  }
  const missing = REQUIRED_ICON_SIZES.filter((s) => !sizes.has(s));
  if (missing.length > 0) {
    report("error", "icon-sizes", icon, `${who} 缺少 ${missing.join("、")} 像素的图标（需要 16、32、80）`, `${who} lacks the ${missing.join(", ")} pixel icon(s) (16, 32 and 80 are required)`);
  }
}

/** <IconUrl> and <HighResolutionIconUrl>: their files in assets/, at the sizes Office asks for. */
function checkAppIcons(children: ReadonlyMap<string, XmlElement>, options: ValidateOptions, report: Report): void {
  for (const [name, pixels] of Object.entries(APP_ICON_PIXELS)) {
    const e = children.get(name);
    const dv = e ? attribute(e, "DefaultValue") : undefined;
    if (dv) checkIconFile(dv.value, pixels, dv, `<${name}>`, options, report);
  }
}

function checkIconFile(urlText: string, pixels: number, at: XmlPosition, label: string, options: ValidateOptions, report: Report): void {
  let url: URL;
  try {
    url = new URL(urlText);
  } catch {
    return; // reported by checkUrls
  }
  const path = decodeURIComponent(url.pathname);
  const marker = path.lastIndexOf("/assets/");
  const file = marker === -1 ? "" : path.slice(marker + "/assets/".length);
  if (file === "" || file.includes("/")) {
    report("error", "icon-file", at, `${label} 的图标必须放在 assets/ 目录下：${urlText}`, `${label}: the icon must be a file directly in assets/: ${urlText}`);
    return;
  }
  const onDisk = join(options.assetsDir, file);
  if (!existsSync(onDisk)) {
    report("error", "icon-file", at, `${label} 的图标文件不存在：${onDisk}`, `${label}: the icon file does not exist: ${onDisk}`);
    return;
  }
  const size = pngSize(readFileSync(onDisk));
  if (size === null) {
    report("error", "icon-file", at, `${label} 的图标不是 PNG 文件：${onDisk}`, `${label}: the icon is not a PNG file: ${onDisk}`);
  } else if (size.width !== pixels || size.height !== pixels) {
    report(
      "error",
      "icon-file",
      at,
      `${label} 需要 ${pixels}×${pixels} 像素，但 ${file} 是 ${size.width}×${size.height}`,
      `${label} needs ${pixels}×${pixels} pixels, but ${file} is ${size.width}×${size.height}`,
    );
  }
}

/** Checks an ExecuteFunction action; returns its function name, if it has one. */
function checkExecuteFunction(action: XmlElement, options: ValidateOptions, report: Report, vo: XmlElement): string | null {
  const fn = childElements(action).find((c) => c.localName === "FunctionName");
  const name = fn ? textOf(fn).trim() : "";
  if (!fn || name === "") {
    report("error", "function-name", action, "ExecuteFunction 动作缺少 <FunctionName>", "the ExecuteFunction action has no <FunctionName>");
    return null;
  }
  if (!options.associatedFunctions.includes(name)) {
    const known = options.associatedFunctions.join(", ") || "—";
    report(
      "error",
      "function-name",
      fn,
      `<FunctionName>${name}</FunctionName> 没有在 src/commands/commands.ts 中用 Office.actions.associate 注册（已注册：${known}）`,
      `<FunctionName>${name}</FunctionName> is not registered with Office.actions.associate in src/commands/commands.ts (registered: ${known})`,
    );
  }
  if (!descendants(vo).some((e) => e.localName === "FunctionFile")) {
    report("error", "function-name", action, "使用 ExecuteFunction 时必须有 <FunctionFile>", "an ExecuteFunction action needs a <FunctionFile>");
  }
  return name;
}

/** In a built manifest, every URL under the build's base URL names a file the build wrote. */
function checkBuiltFiles(urls: readonly UrlValue[], options: ValidateOptions, report: Report): void {
  if (!options.build) return;
  const base = options.build.baseUrl;
  for (const { url, at, label } of urls) {
    if (!url.href.startsWith(base) || url.href === base) continue;
    const rel = decodeURIComponent(url.href.slice(base.length).split(/[?#]/)[0]!);
    const file = resolve(options.build.outputDir, rel);
    if (relative(options.build.outputDir, file).startsWith("..") || !existsSync(file)) {
      report("error", "built-file", at, `${label} 指向的文件不在构建输出中：${rel}`, `${label} names a file the build did not write: ${rel}`);
    }
  }
}

// ---- command line ----

export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

interface BuildInfo {
  readonly mode: ManifestMode;
  readonly baseUrl: string;
}

function readBuildInfo(dir: string): BuildInfo | null {
  const file = join(dir, BUILD_INFO_FILE);
  if (!existsSync(file)) return null;
  try {
    const info = JSON.parse(readFileSync(file, "utf8")) as Partial<BuildInfo>;
    if ((info.mode === "development" || info.mode === "production") && typeof info.baseUrl === "string") return { mode: info.mode, baseUrl: info.baseUrl };
  } catch {
    // An unreadable file says nothing; the caller treats the build as production.
  }
  return null;
}

/** The project root: the nearest directory above this file with a package.json. */
export function projectRoot(from = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

export function formatProblem(file: string, p: Problem): string {
  const where = p.line === undefined ? file : `${file}:${p.line}:${p.column}`;
  const level = p.severity === "error" ? "错误 error" : "警告 warning";
  return `${where}: ${level} [${p.code}] ${p.zh} / ${p.en}`;
}

/** Validates the named manifests, and dist/manifest.xml when it exists; returns the exit code. */
export function main(argv: readonly string[], out: Output, root = projectRoot(), distDir = join(root, "dist")): number {
  const production = argv.includes("--production");
  const unknown = argv.filter((a) => a.startsWith("--") && a !== "--production");
  const named = argv.filter((a) => !a.startsWith("--"));
  if (unknown.length > 0 || named.length === 0) {
    out.stderr(
      `validate-manifest: 参数有误 / invalid arguments${unknown.length > 0 ? `: ${unknown.join(" ")}` : ""}\n用法 / usage: node build/scripts/validate-manifest.js [--production] <manifest.xml>...`,
    );
    return 2;
  }
  const targets = named.map((f) => ({ file: f, path: resolve(f), auto: false }));
  const distManifest = join(distDir, "manifest.xml");
  if (existsSync(distManifest) && !targets.some((t) => t.path === distManifest)) {
    targets.push({ file: relative(process.cwd(), distManifest) || distManifest, path: distManifest, auto: true });
  }

  const commandsFile = join(root, "src", "commands", "commands.ts");
  const associatedFunctions = existsSync(commandsFile) ? associatedFunctionNames(readFileSync(commandsFile, "utf8")) : [];
  let failed = false;
  for (const target of targets) {
    const dir = dirname(target.path);
    const info = readBuildInfo(dir);
    // A build without build info is of unknown kind, so it is held to the production rules.
    const mode: ManifestMode = production ? "production" : (info?.mode ?? (target.auto ? "production" : "development"));
    const modeText = mode === "production" ? "生产版 production" : "开发版 development";
    let xml: string;
    try {
      xml = readFileSync(target.path, "utf8");
    } catch (err) {
      out.stderr(`${target.file}: 无法读取 / cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
      failed = true;
      continue;
    }
    const problems = validateManifest(xml, {
      mode,
      assetsDir: join(dir, "assets"),
      associatedFunctions,
      ...(info && info.mode === mode ? { build: { baseUrl: info.baseUrl, outputDir: dir } } : {}),
    });
    if (!existsSync(commandsFile)) {
      problems.push({ severity: "error", code: "function-name", zh: `找不到 ${commandsFile}，无法核对 FunctionName`, en: `cannot find ${commandsFile} to check FunctionName against` });
    }
    const errors = problems.filter((p) => p.severity === "error");
    for (const p of problems) {
      if (p.severity === "error") out.stderr(formatProblem(target.file, p));
      else out.stdout(formatProblem(target.file, p));
    }
    if (errors.length > 0) {
      failed = true;
      out.stderr(`${target.file}（${modeText}）：${errors.length} 个错误，未通过 / ${errors.length} error(s), invalid`);
    } else {
      out.stdout(`${target.file}（${modeText}）：通过 / valid`);
    }
  }
  out.stdout("说明：离线校验实现了架构与文档中的规则，不是官方 XSD 校验；联网时可运行 npm run validate:online。 / Note: offline rules, not the official XSDs; run npm run validate:online when online.");
  return failed ? 1 : 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(`${s}\n`),
    stderr: (s) => process.stderr.write(`${s}\n`),
  });
}
