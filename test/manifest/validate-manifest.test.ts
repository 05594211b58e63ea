import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  associatedFunctionNames,
  BUILD_INFO_FILE,
  formatProblem,
  main,
  pngSize,
  validateManifest,
  type ManifestMode,
  type Problem,
  type ValidateOptions,
} from "../../scripts/validate-manifest";

const ROOT = join(__dirname, "..", "..");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const COMMANDS = readFileSync(join(ROOT, "src", "commands", "commands.ts"), "utf8");

const options = (mode: ManifestMode = "development"): ValidateOptions => ({
  mode,
  assetsDir: join(ROOT, "assets"),
  associatedFunctions: associatedFunctionNames(COMMANDS),
});

const errorsOf = (xml: string, mode: ManifestMode = "development"): Problem[] => validateManifest(xml, options(mode)).filter((p) => p.severity === "error");

/** The real manifest with `from` (which must occur exactly once) replaced: a test breaks loudly if manifest.xml moves on. */
function mutate(from: string | RegExp, to: string, xml = MANIFEST): string {
  const count = typeof from === "string" ? xml.split(from).length - 1 : (xml.match(new RegExp(from.source, "g")) ?? []).length;
  if (count !== 1) throw new Error(`expected exactly one ${String(from)} in manifest.xml, found ${count}`);
  return xml.replace(from, to);
}

/** Exactly one error, of `code`, whose English and Chinese messages match. */
function expectOneError(xml: string, code: string, en: RegExp, zh: RegExp, mode: ManifestMode = "development"): Problem {
  const errors = errorsOf(xml, mode);
  expect(errors.map((e) => `${e.code}: ${e.en}`)).toEqual([expect.stringMatching(new RegExp(`^${code}: `))]);
  const [error] = errors;
  expect(error!.en).toMatch(en);
  expect(error!.zh).toMatch(zh);
  return error!;
}

describe("the real manifest", () => {
  it("passes with no errors and no warnings", () => {
    expect(validateManifest(MANIFEST, options())).toEqual([]);
  });

  it("finds the ribbon function registered in src/commands/commands.ts", () => {
    expect(associatedFunctionNames(COMMANDS)).toEqual(["runCheck"]);
  });

  it("is a development manifest: as it stands it fails the production rules, once, at the first localhost URL", () => {
    const error = expectOneError(MANIFEST, "localhost", /production manifest must not point at localhost:3000: 10 URL\(s\)/, /生产版清单不能指向 localhost:3000/, "production");
    expect(error.line).toBe(MANIFEST.split("\n").findIndex((l) => l.includes("<IconUrl")) + 1);
  });

  it("has icons of the sizes Office asks for", () => {
    for (const size of [16, 32, 64, 80]) {
      expect(pngSize(readFileSync(join(ROOT, "assets", `icon-${size}.png`)))).toEqual({ width: size, height: size });
    }
    expect(pngSize(Buffer.from("not a png, not at all"))).toBeNull();
  });
});

describe("mutated manifests fail with the right message", () => {
  it("not well-formed XML, with the line of the fault", () => {
    const xml = mutate("<ProviderName>jixiao</ProviderName>", "<ProviderName>jixiao</Provider>");
    const error = expectOneError(xml, "xml", /not well-formed XML: the end tag <\/Provider> does not match the start tag <ProviderName>/, /XML 格式不正确/);
    expect(error.line).toBe(MANIFEST.split("\n").findIndex((l) => l.includes("<ProviderName>")) + 1);
  });

  it("missing <Permissions>", () => {
    expectOneError(mutate(/\s*<Permissions>ReadWriteDocument<\/Permissions>/, ""), "missing-element", /required element <Permissions> is missing/, /缺少必需的元素 <Permissions>/);
  });

  it("a more powerful permission (ReadWriteMailbox)", () => {
    expectOneError(
      mutate("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadWriteMailbox</Permissions>"),
      "permissions",
      /must be exactly ReadWriteDocument, not "ReadWriteMailbox"/,
      /必须恰好是 ReadWriteDocument/,
    );
  });

  it("less permission than the add-in needs (ReadDocument)", () => {
    expectOneError(mutate("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadDocument</Permissions>"), "permissions", /not "ReadDocument"/, /ReadDocument/);
  });

  it("elements out of order", () => {
    const permissions = "  <Permissions>ReadWriteDocument</Permissions>\n";
    const xml = mutate("  <DefaultSettings>", `${permissions}  <DefaultSettings>`, mutate(permissions, ""));
    expectOneError(xml, "order", /out of order: <DefaultSettings> must come before <Permissions>/, /元素顺序不对：<DefaultSettings> 必须在 <Permissions> 之前/);
  });

  it("an element twice", () => {
    expectOneError(mutate("<Version>0.1.0.0</Version>", "<Version>0.1.0.0</Version><Version>0.1.0.1</Version>"), "duplicate-element", /<Version> may appear only once/, /只能出现一次/);
  });

  it("an element the validator does not know", () => {
    expectOneError(mutate("  <Hosts>\n    <Host Name=\"Workbook\"/>", "  <Hostz/>\n  <Hosts>\n    <Host Name=\"Workbook\"/>"), "unknown-element", /<Hostz> .* is not a child of <OfficeApp>/, /<Hostz>/);
  });

  it("a DisplayName longer than 125 characters, counted in characters not bytes", () => {
    expect(errorsOf(mutate('<DisplayName DefaultValue="绩效表助手">', `<DisplayName DefaultValue="${"绩".repeat(125)}">`))).toEqual([]);
    expectOneError(
      mutate('<DisplayName DefaultValue="绩效表助手">', `<DisplayName DefaultValue="${"绩".repeat(126)}">`),
      "length",
      /DisplayName may have at most 125 characters; its DefaultValue has 126/,
      /DisplayName 最多 125 个字符/,
    );
  });

  it("an English DisplayName override longer than 125 characters", () => {
    expectOneError(mutate('<Override Locale="en-US" Value="Performance Table Assistant"/>\n  </DisplayName>', `<Override Locale="en-US" Value="${"x".repeat(126)}"/>\n  </DisplayName>`), "length", /DisplayName \(en-US\) may have at most 125/, /DisplayName（en-US）/);
  });

  it("a Description longer than 250 characters", () => {
    expectOneError(mutate('<Description DefaultValue="检查、填写和汇总项目支出绩效目标表。">', `<Description DefaultValue="${"检".repeat(251)}">`), "length", /Description may have at most 250 characters/, /Description 最多 250/);
  });

  it("an http URL", () => {
    expectOneError(
      mutate('<SupportUrl DefaultValue="https://localhost:3000/taskpane.html"/>', '<SupportUrl DefaultValue="http://localhost:3000/taskpane.html"/>'),
      "https",
      /<SupportUrl> DefaultValue must use https/,
      /必须使用 https/,
    );
  });

  it("an http URL in a resource", () => {
    expectOneError(mutate('"https://localhost:3000/commands.html"', '"http://jixiao.example/commands.html"'), "https", /<bt:Url> DefaultValue must use https/, /https/);
  });

  it("an http URL in an AppDomain", () => {
    expectOneError(mutate("<AppDomain>https://localhost:3000</AppDomain>", "<AppDomain>http://localhost:3000</AppDomain>"), "https", /<AppDomain> must use https/, /https/);
  });

  it("a URL that is not a URL", () => {
    expectOneError(mutate('<SupportUrl DefaultValue="https://localhost:3000/taskpane.html"/>', '<SupportUrl DefaultValue="taskpane.html"/>'), "url", /not a valid URL/, /不是有效的网址/);
  });

  it("a resid with no resource", () => {
    expectOneError(mutate('<Label resid="OpenTaskpane.Label"/>', '<Label resid="OpenTaskpane.Lable"/>'), "resid", /the resid "OpenTaskpane.Lable" of <Label> is not defined in <bt:ShortStrings>$/, /找不到/);
  });

  it("a resid naming a resource of the wrong kind", () => {
    expectOneError(
      mutate('<Description resid="RunCheck.Tooltip"/>', '<Description resid="RunCheck.Label"/>'),
      "resid",
      /"RunCheck.Label" of <Description> is not defined in <bt:LongStrings> \(it is in bt:ShortStrings, the wrong kind\)/,
      /类型不对/,
    );
  });

  it("a resid longer than 32 characters", () => {
    const long = "Jixiao.A.Very.Long.Resource.Id.123";
    const xml = mutate('<bt:Url id="Commands.Url"', `<bt:Url id="${long}"`, mutate('<FunctionFile resid="Commands.Url"/>', `<FunctionFile resid="${long}"/>`));
    expectOneError(xml, "resid", /longer than 32 characters/, /超过 32 个字符/);
  });

  it("a short string over 125 characters and a long string over 250", () => {
    expectOneError(mutate('DefaultValue="打开助手"', `DefaultValue="${"打".repeat(126)}"`), "resource-length", /bt:ShortStrings “OpenTaskpane.Label” may have at most 125/, /最多 125/);
    expectOneError(
      mutate('DefaultValue="检查本工作簿中的绩效目标表，并标出有问题的单元格。"', `DefaultValue="${"检".repeat(251)}"`),
      "resource-length",
      /bt:LongStrings “RunCheck.Tooltip” may have at most 250/,
      /最多 250/,
    );
  });

  it("a control without its 80 pixel icon", () => {
    const icon = '<bt:Image size="80" resid="Icon.80"/>\n                  </Icon>\n                  <Action xsi:type="ShowTaskpane">';
    expectOneError(mutate(icon, icon.replace('<bt:Image size="80" resid="Icon.80"/>', "")), "icon-sizes", /<Control id="Jixiao.OpenTaskpane"> lacks the 80 pixel icon/, /缺少 80 像素/);
  });

  it("an icon of a size Office does not know", () => {
    const xml = mutate(/<Label resid="Group.Label"\/>\s*<Icon>/, '<Label resid="Group.Label"/>\n<Icon><bt:Image size="33" resid="Icon.32"/>');
    expectOneError(xml, "icon-sizes", /<Group id="Jixiao.Group"> has an invalid icon size "33"/, /无效/);
  });

  it("an icon file missing from assets/", () => {
    expectOneError(mutate("https://localhost:3000/assets/icon-80.png", "https://localhost:3000/assets/icon-81.png"), "icon-file", /<bt:Image id="Icon.80"> \(80px\): the icon file does not exist: .*icon-81\.png/, /图标文件不存在/);
  });

  it("an icon file of the wrong pixel size, said once though three controls use it", () => {
    expectOneError(mutate("https://localhost:3000/assets/icon-16.png", "https://localhost:3000/assets/icon-32.png"), "icon-file", /<bt:Image id="Icon.16"> \(16px\) needs 16×16 pixels, but icon-32.png is 32×32/, /16×16/);
  });

  it("an IconUrl that is not 32 pixels", () => {
    expectOneError(mutate('<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>', '<IconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>'), "icon-file", /<IconUrl> needs 32×32 pixels/, /32×32/);
  });

  it("a FunctionName that src/commands/commands.ts does not register", () => {
    expectOneError(
      mutate("<FunctionName>runCheck</FunctionName>", "<FunctionName>runChecks</FunctionName>"),
      "function-name",
      /<FunctionName>runChecks<\/FunctionName> is not registered with Office.actions.associate in src\/commands\/commands.ts \(registered: runCheck\)/,
      /没有在 src\/commands\/commands.ts 中/,
    );
  });

  it("a function registered for no button is a warning", () => {
    const problems = validateManifest(MANIFEST, { ...options(), associatedFunctions: ["runCheck", "runFill"] });
    expect(problems.map((p) => `${p.severity} ${p.code}: ${p.en}`)).toEqual(["warning unused-function: src/commands/commands.ts registers runFill, but no button runs it"]);
  });

  it("an Id that is not a GUID and a Version that is not n.n.n.n", () => {
    expectOneError(mutate("<Id>0b1f50e0-677f-47fb-951d-57921b5159f9</Id>", "<Id>jixiao</Id>"), "id", /<Id> must be a GUID/, /GUID/);
    expectOneError(mutate("<Version>0.1.0.0</Version>", "<Version>0.1.0</Version>"), "version", /n\.n\.n\.n/, /n\.n\.n\.n/);
    expectOneError(mutate("<Version>0.1.0.0</Version>", "<Version>0.1.0.70000</Version>"), "version", /n\.n\.n\.n/, /n\.n\.n\.n/);
  });

  it("an ExcelApi requirement other than 1.13 (merged areas: 1.9–1.12 would read other grids), or none", () => {
    expectOneError(mutate('<Set Name="ExcelApi" MinVersion="1.13"/>', '<Set Name="ExcelApi" MinVersion="1.9"/>'), "requirements", /must be 1\.13 .*not 1\.9/, /必须是 1\.13/);
    expectOneError(mutate('<Set Name="ExcelApi" MinVersion="1.13"/>', ""), "requirements", /must include <Set Name="ExcelApi" MinVersion="1.13"\/>/, /必须包含/);
  });

  it("a host other than Excel", () => {
    expectOneError(mutate('<Host Name="Workbook"/>\n  </Hosts>', '<Host Name="Document"/>\n  </Hosts>'), "hosts", /exactly <Host Name="Workbook"\/>.*found: Document/, /Workbook/);
  });

  it("a root that is not a task pane app, or not in the 1.1 namespace", () => {
    expectOneError(mutate('xsi:type="TaskPaneApp"', 'xsi:type="MailApp"'), "root", /must have xsi:type="TaskPaneApp"/, /TaskPaneApp/);
    expectOneError(mutate('xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"', 'xmlns="http://schemas.microsoft.com/office/appforoffice/1.0"'), "root", /must be <OfficeApp> in the namespace http:\/\/schemas.microsoft.com\/office\/appforoffice\/1.1/, /根元素/);
  });

  it("VersionOverrides of another type", () => {
    expectOneError(mutate('xsi:type="VersionOverridesV1_0"', 'xsi:type="VersionOverridesV1_1"'), "version-overrides", /xsi:type="VersionOverridesV1_0"/, /VersionOverridesV1_0/);
  });

  it("a resource nobody uses is a warning, not an error", () => {
    const xml = mutate("</bt:Urls>", '  <bt:Url id="Spare.Url" DefaultValue="https://localhost:3000/spare.html"/>\n      </bt:Urls>');
    expect(errorsOf(xml)).toEqual([]);
    expect(validateManifest(xml, options()).map((p) => `${p.severity} ${p.code}`)).toEqual(["warning unused-resource"]);
  });
});

describe("production manifests", () => {
  it("accept the same manifest pointed at an HTTPS server", () => {
    expect(errorsOf(MANIFEST.split("https://localhost:3000").join("https://intranet.example/jixiao"), "production")).toEqual([]);
  });

  it("refuse 127.0.0.1 as well as localhost", () => {
    const xml = MANIFEST.split("https://localhost:3000").join("https://intranet.example").replace("https://intranet.example/commands.html", "https://127.0.0.1/commands.html");
    expectOneError(xml, "localhost", /must not point at 127\.0\.0\.1: 1 URL\(s\)/, /127\.0\.0\.1/, "production");
  });
});

describe("npm run validate (the command line)", () => {
  let root = "";
  const run = (argv: string[]): { code: number; stdout: string; stderr: string } => {
    const out: string[] = [];
    const err: string[] = [];
    const code = main(argv, { stdout: (s) => out.push(s), stderr: (s) => err.push(s) }, root);
    return { code, stdout: out.join("\n"), stderr: err.join("\n") };
  };
  const dist = (): string => join(root, "dist");

  beforeEach(() => {
    // A project of its own, so the repository's dist/ (whatever was last built there) plays no part.
    root = mkdtempSync(join(tmpdir(), "jixiao-validate-"));
    cpSync(join(ROOT, "assets"), join(root, "assets"), { recursive: true });
    mkdirSync(join(root, "src", "commands"), { recursive: true });
    writeFileSync(join(root, "src", "commands", "commands.ts"), COMMANDS);
    writeFileSync(join(root, "manifest.xml"), MANIFEST);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const writeDist = (manifest: string, info: object | null): void => {
    mkdirSync(dist(), { recursive: true });
    cpSync(join(ROOT, "assets"), join(dist(), "assets"), { recursive: true });
    writeFileSync(join(dist(), "manifest.xml"), manifest);
    for (const page of ["taskpane.html", "commands.html"]) writeFileSync(join(dist(), page), "<!doctype html>");
    if (info) writeFileSync(join(dist(), BUILD_INFO_FILE), JSON.stringify(info));
  };

  it("passes the real manifest with exit code 0", () => {
    const result = run([join(root, "manifest.xml")]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toMatch(/manifest\.xml（开发版 development）：通过 \/ valid/);
    expect(result.stdout).toMatch(/not the official XSDs/);
  });

  it("fails with exit code 1 and one line per problem", () => {
    writeFileSync(join(root, "bad.xml"), mutate("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadWriteMailbox</Permissions>"));
    const result = run([join(root, "bad.xml")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bad\.xml:\d+:\d+: 错误 error \[permissions\] <Permissions> 必须恰好是 ReadWriteDocument.* \/ <Permissions> must be exactly ReadWriteDocument/);
    expect(result.stderr).toMatch(/1 个错误，未通过 \/ 1 error\(s\), invalid/);
  });

  it("checks dist/manifest.xml too: a production build still pointing at localhost fails", () => {
    writeDist(MANIFEST, { mode: "production", baseUrl: "https://localhost:3000/" });
    const result = run([join(root, "manifest.xml")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/dist\/manifest\.xml:17:\d+: 错误 error \[localhost\].*Rebuild with npm run build -- --env url=https:\/\/…\//);
    expect(result.stderr).toMatch(/dist\/manifest\.xml（生产版 production）：1 个错误/);
  });

  it("treats a dist/ without build information as production", () => {
    writeDist(MANIFEST, null);
    expect(run([join(root, "manifest.xml")]).code).toBe(1);
  });

  it("accepts a development build of dist/ at localhost", () => {
    writeDist(MANIFEST, { mode: "development", baseUrl: "https://localhost:3000/" });
    const result = run([join(root, "manifest.xml")]);
    expect(result.stdout).toMatch(/dist\/manifest\.xml（开发版 development）：通过/);
    expect(result.code).toBe(0);
  });

  it("accepts a production build at its base URL, and finds pages the build did not write", () => {
    const base = "https://intranet.example/jixiao/";
    writeDist(MANIFEST.split("https://localhost:3000/").join(base).split("https://localhost:3000").join("https://intranet.example"), { mode: "production", baseUrl: base });
    expect(run([join(root, "manifest.xml")]).code).toBe(0);
    rmSync(join(dist(), "commands.html"));
    const result = run([join(root, "manifest.xml")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/\[built-file\].*<bt:Url> DefaultValue names a file the build did not write: commands\.html/);
  });

  it("--production holds a named manifest to the production rules", () => {
    expect(run(["--production", join(root, "manifest.xml")]).code).toBe(1);
  });

  it("exit code 2 for no manifest or an unknown option, 1 for a file that cannot be read", () => {
    expect(run([]).code).toBe(2);
    expect(run(["--strict", "manifest.xml"]).stderr).toMatch(/invalid arguments: --strict/);
    const missing = run([join(root, "nope.xml")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.xml: 无法读取 \/ cannot read \(ENOENT\)/);
  });

  it("formats a problem without a position as the bare file name", () => {
    expect(formatProblem("m.xml", { severity: "warning", code: "x", zh: "中", en: "en" })).toBe("m.xml: 警告 warning [x] 中 / en");
  });
});
