/**
 * Security posture of the add-in: the pages carry a Content-Security-Policy that lets scripts come
 * only from the add-in's origin and office.js and lets nothing else connect out; the manifest asks
 * for no more than ReadWriteDocument; the browser code has no other way to reach the network.
 * (`npm run audit:prod` checks the production dependencies against the npm advisory database.)
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const PAGES = ["src/taskpane/taskpane.html", "src/commands/commands.html"];
const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";
const SCRIPT_SOURCES = new Set(["'self'", OFFICE_JS_ORIGIN]);

interface Tag {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  /** Text up to the closing tag, for <script> and <style>. */
  readonly body: string;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/giu, (whole, e: string) => {
    if (e.startsWith("#x") || e.startsWith("#X")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? whole;
  });
}

/** The start tags of an HTML document with their attributes (comments skipped), enough for these small pages. */
function tagsOf(html: string): Tag[] {
  const text = html.replace(/<!--[\s\S]*?-->/gu, "");
  const tags: Tag[] = [];
  const tagPattern = /<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/gu;
  for (const m of text.matchAll(tagPattern)) {
    const name = m[1]!.toLowerCase();
    const attributes = new Map<string, string>();
    for (const a of m[2]!.matchAll(/([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/gu)) {
      attributes.set(a[1]!.toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? ""));
    }
    let body = "";
    if (name === "script" || name === "style") {
      const end = text.indexOf(`</${name}`, m.index + m[0].length);
      body = end < 0 ? "" : text.slice(m.index + m[0].length, end);
    }
    tags.push({ name, attributes, body });
  }
  return tags;
}

/** directive → sources, as the browser reads a policy (the first occurrence of a directive wins). */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/u);
    if (!name || directives.has(name.toLowerCase())) continue;
    directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The sources that govern a fetch directive: its own, else default-src, else anything. */
function effective(policy: ReadonlyMap<string, string[]>, directive: string): string[] | null {
  return policy.get(directive) ?? policy.get("default-src") ?? null;
}

const BROAD_SOURCES = /^(?:\*|https?:|wss?:|data:|blob:|filesystem:|'unsafe-eval'|'unsafe-inline'|'wasm-unsafe-eval'|'unsafe-hashes'|'strict-dynamic')$|\*/u;

describe.each(PAGES.map((p) => [p]))("%s", (page) => {
  const tags = tagsOf(readFileSync(page, "utf8"));
  const metas = tags.filter((t) => t.name === "meta" && t.attributes.get("http-equiv")?.toLowerCase() === "content-security-policy");

  it("has one Content-Security-Policy meta tag, before any script", () => {
    expect(metas).toHaveLength(1);
    const firstScript = tags.findIndex((t) => t.name === "script");
    expect(tags.indexOf(metas[0]!)).toBeLessThan(firstScript < 0 ? Infinity : firstScript);
  });

  const policy = parsePolicy(metas[0]?.attributes.get("content") ?? "");

  it("lets scripts come only from the add-in's origin and office.js: no eval, no inline script", () => {
    const scripts = effective(policy, "script-src");
    expect(scripts).not.toBeNull();
    expect(new Set(scripts)).toEqual(SCRIPT_SOURCES);
    const elements = effective(policy, "script-src-elem");
    expect(elements === null || elements.every((s) => SCRIPT_SOURCES.has(s))).toBe(true);
    expect(policy.has("script-src-attr") ? policy.get("script-src-attr") : ["'none'"]).toEqual(["'none'"]);
  });

  it("limits connections and the default to the add-in's origin (and office.js), and allows no plugins or base changes", () => {
    for (const directive of ["connect-src", "default-src"]) {
      const sources = effective(policy, directive);
      expect({ directive, sources }).toEqual({ directive, sources: expect.any(Array) });
      expect({ directive, others: sources!.filter((s) => !SCRIPT_SOURCES.has(s)) }).toEqual({ directive, others: [] });
    }
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
  });

  it("opens no other directive wide (inline styles, which Fluent UI injects, and data: images excepted)", () => {
    const EXCEPTIONS: Readonly<Record<string, readonly string[]>> = { "style-src": ["'unsafe-inline'"], "img-src": ["data:"] };
    for (const directive of ["frame-src", "worker-src", "img-src", "font-src", "media-src", "style-src", "manifest-src", "form-action"]) {
      const broad = (effective(policy, directive) ?? ["*"]).filter((s) => BROAD_SOURCES.test(s) && !(EXCEPTIONS[directive] ?? []).includes(s));
      expect({ directive, broad }).toEqual({ directive, broad: [] });
    }
  });

  it("loads every script it names from a source the policy allows, and has no inline script", () => {
    const scripts = tags.filter((t) => t.name === "script");
    for (const s of scripts) {
      const src = s.attributes.get("src");
      expect({ src, inline: s.body.trim() }).toEqual({ src: expect.any(String), inline: "" });
      const url = new URL(src!, "https://localhost:3000/");
      expect(url.origin === "https://localhost:3000" || url.origin === OFFICE_JS_ORIGIN).toBe(true);
      if (url.origin === OFFICE_JS_ORIGIN) expect(url.protocol).toBe("https:");
    }
    expect(tags.filter((t) => [...t.attributes.keys()].some((a) => a.startsWith("on")))).toEqual([]);
  });
});

describe("manifest.xml", () => {
  const manifest = readFileSync("manifest.xml", "utf8");
  // Excel's permission levels, least to most; mailbox permissions do not apply to a workbook add-in.
  const ALLOWED = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];

  it("asks for no more than ReadWriteDocument", () => {
    const permissions = [...manifest.matchAll(/<Permissions>\s*([^<]*?)\s*<\/Permissions>/gu)].map((m) => m[1]);
    expect(permissions).toHaveLength(1);
    expect(ALLOWED).toContain(permissions[0]);
    expect(manifest).not.toMatch(/<ExtendedPermissions\b/u);
  });

  it("loads its pages and icons over https from its own domains", () => {
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/gu)].map((m) => new URL(m[1]!));
    expect(urls.length).toBeGreaterThan(0);
    const domains = new Set([...manifest.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/gu)].map((m) => new URL(m[1]!.trim()).origin));
    for (const u of urls) expect({ url: u.href, https: u.protocol === "https:", own: domains.has(u.origin) }).toEqual({ url: u.href, https: true, own: true });
  });
});

describe("the browser code", () => {
  /** Every source file that runs in the task pane or the ribbon commands. */
  function files(root: string): string[] {
    return readdirSync(root).flatMap((name) => {
      const path = join(root, name);
      if (statSync(path).isDirectory()) return files(path);
      return /\.(?:ts|tsx)$/u.test(name) ? [path] : [];
    });
  }

  it("has no network API besides what office.js does for it (fetch, XHR, sockets, beacons, remote imports)", () => {
    const NETWORK = /\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b|\bEventSource\b|\bsendBeacon\b|\bimport\s*\(\s*["'`]https?:|\bnew\s+Worker\s*\(/u;
    const found = ["src/taskpane", "src/commands", "src/core", "src/host/excel"]
      .flatMap(files)
      .flatMap((f) => readFileSync(f, "utf8").split("\n").flatMap((line, i) => (NETWORK.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])));
    expect(found).toEqual([]);
  });
});
