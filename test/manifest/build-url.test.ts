import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { associatedFunctionNames, BUILD_INFO_FILE, main, validateManifest } from "../../scripts/validate-manifest";
import { descendants, parseXml, type XmlElement, type XmlNode } from "../../scripts/xml-reader";

interface ManifestUrlModule {
  readonly DEV_BASE_URL: string;
  readonly BUILD_INFO_FILE: string;
  productionBaseUrl(raw: string): string;
  rewriteManifest(xml: string, baseUrl: string): string;
}

// Plain JavaScript, because webpack.config.js requires it.
const { DEV_BASE_URL, BUILD_INFO_FILE: BUILD_INFO_FROM_WEBPACK, productionBaseUrl, rewriteManifest } = jest.requireActual<ManifestUrlModule>("../../scripts/manifest-url.js");

const ROOT = join(__dirname, "..", "..");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const DEV_ORIGIN = new URL(DEV_BASE_URL).origin;

/** Every attribute value and text of a document, in order, with where it is. */
function values(xml: string): { where: string; value: string }[] {
  const doc = parseXml(xml);
  const out: { where: string; value: string }[] = [];
  const visit = (node: XmlNode, path: string): void => {
    if (node.kind !== "element") {
      out.push({ where: `${path}/${node.kind}`, value: node.text });
      return;
    }
    const here = `${path}/${node.name}`;
    for (const a of node.attributes) out.push({ where: `${here}@${a.name}`, value: a.value });
    node.children.forEach((child, i) => visit(child, `${here}[${i}]`));
  };
  visit(doc.root, "");
  return out;
}

/** What a value of the development manifest must become when the add-in is deployed at `base`. */
function expectedValue(value: string, base: string): string {
  if (value.startsWith(`${DEV_ORIGIN}/`)) return new URL(value.slice(DEV_ORIGIN.length + 1), base).href;
  if (value.trim() === DEV_ORIGIN) return value.replace(DEV_ORIGIN, new URL(base).origin);
  return value;
}

describe("productionBaseUrl (--env url=…)", () => {
  it("adds the one trailing slash a base URL needs", () => {
    expect(productionBaseUrl("https://intranet.example/jixiao")).toBe("https://intranet.example/jixiao/");
    expect(productionBaseUrl("https://intranet.example/jixiao/")).toBe("https://intranet.example/jixiao/");
    expect(productionBaseUrl("https://intranet.example")).toBe("https://intranet.example/");
  });

  it.each([
    ["not a URL", "intranet/jixiao", /is not a URL/],
    ["http", "http://intranet.example/jixiao/", /must use https/],
    ["a query", "https://intranet.example/jixiao/?v=1", /without query or fragment/],
    ["a fragment", "https://intranet.example/jixiao/#x", /without query or fragment/],
    ["credentials", "https://user:secret@intranet.example/jixiao/", /user name or password/],
  ])("refuses %s", (_what, raw, message) => {
    expect(() => productionBaseUrl(raw)).toThrow(message);
  });
});

describe("rewriteManifest", () => {
  const bases = [
    "https://intranet.example/jixiao/",
    "https://intranet.example:8443/",
    // Percent-encoded Chinese and an "&" that must be escaped in the XML.
    productionBaseUrl("https://财政.example/绩效 & 预算/"),
  ];

  it.each(bases)("replaces every localhost URL and changes nothing else (%s)", (base) => {
    const rewritten = rewriteManifest(MANIFEST, base);
    expect(rewritten).not.toMatch(/localhost/);

    const before = values(MANIFEST);
    const after = values(rewritten);
    expect(after.map((v) => v.where)).toEqual(before.map((v) => v.where));
    const expected = before.map((v) => ({ where: v.where, value: expectedValue(v.value, base) }));
    expect(after).toEqual(expected);

    const changed = before.filter((v, i) => v.value !== after[i]!.value);
    const mentioningLocalhost = before.filter((v) => v.value.includes("localhost"));
    expect(changed).toEqual(mentioningLocalhost);
    expect(changed).toHaveLength(10);

    // Outside those values the text is the same, line by line.
    const lines = (xml: string): string[] => xml.split("\n");
    expect(lines(rewritten)).toHaveLength(lines(MANIFEST).length);
    lines(MANIFEST).forEach((line, i) => {
      if (!line.includes("localhost")) expect(lines(rewritten)[i]).toBe(line);
    });
  });

  it("gives a manifest that passes the production rules", () => {
    for (const base of bases) {
      const problems = validateManifest(rewriteManifest(MANIFEST, base), {
        mode: "production",
        assetsDir: join(ROOT, "assets"),
        associatedFunctions: associatedFunctionNames(readFileSync(join(ROOT, "src", "commands", "commands.ts"), "utf8")),
      });
      expect(problems).toEqual([]);
    }
  });

  it("points AppDomain at the deployed origin, port included", () => {
    const domains = (xml: string): string[] =>
      descendants(parseXml(xml).root)
        .filter((e: XmlElement) => e.localName === "AppDomain")
        .map((e) => e.children.map((c) => (c.kind === "text" ? c.text : "")).join(""));
    expect(domains(rewriteManifest(MANIFEST, "https://intranet.example:8443/jixiao/"))).toEqual(["https://intranet.example:8443"]);
  });

  it("refuses to leave a look-alike of the dev server behind", () => {
    const xml = MANIFEST.replace("https://localhost:3000/taskpane.html", "https://localhost:30001/taskpane.html");
    expect(() => rewriteManifest(xml, "https://intranet.example/jixiao/")).toThrow(/still mentions localhost:3000/);
  });

  it("wants a base URL that ends with a slash", () => {
    expect(() => rewriteManifest(MANIFEST, "https://intranet.example/jixiao")).toThrow(/must end with "\/"/);
  });
});

describe("npm run build -- --env url=…", () => {
  let out = "";
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), "jixiao-build-url-"));
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("writes a dist/ whose manifest points at the URL and passes npm run validate", async () => {
    const base = "https://intranet.example/jixiao/";
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--env", `url=${base}`, "--output-path", out],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
    );
    expect(stdout).toMatch(/taskpane: initial JS [\d.]+ KiB gzipped \(budget 350\.0 KiB\)/);

    const built = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(built).toBe(rewriteManifest(MANIFEST, base));
    expect(BUILD_INFO_FROM_WEBPACK).toBe(BUILD_INFO_FILE);
    expect(JSON.parse(readFileSync(join(out, BUILD_INFO_FILE), "utf8"))).toEqual({ mode: "production", baseUrl: base });
    for (const file of ["taskpane.html", "commands.html", "assets/icon-16.png", "assets/icon-32.png", "assets/icon-64.png", "assets/icon-80.png"]) {
      expect(existsSync(join(out, file))).toBe(true);
    }

    // The validator reads the build information beside the manifest and holds it to the production rules.
    const lines: string[] = [];
    const code = main([join(out, "manifest.xml")], { stdout: (s) => lines.push(s), stderr: (s) => lines.push(s) }, ROOT, out);
    expect(lines.join("\n")).toMatch(/manifest\.xml（生产版 production）：通过 \/ valid/);
    expect(code).toBe(0);
  }, 180_000);
});
