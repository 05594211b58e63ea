"use strict";
// Pointing manifest.xml at the server the add-in is deployed on. Used by webpack.config.js and the tests.

/** Where `npm run dev-server` serves the add-in; manifest.xml names this base everywhere. */
const DEV_BASE_URL = "https://localhost:3000/";

/** Written next to the built manifest so `npm run validate` knows which kind of build dist/ holds. */
const BUILD_INFO_FILE = "jixiao-build.json";

/** Checks `--env url=…` and returns it with exactly one trailing slash. */
function productionBaseUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`--env url=${raw} is not a URL; expected e.g. --env url=https://example.org/jixiao/`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`--env url=${raw} must use https: Office only loads add-ins over https`);
  }
  if (url.search !== "" || url.hash !== "") {
    throw new Error(`--env url=${raw} must be a base URL without query or fragment`);
  }
  if (url.username !== "" || url.password !== "") {
    throw new Error(`--env url=${raw} must not contain a user name or password`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

function escapeXml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Points every dev-server URL in manifest.xml at the deployed base URL: `https://localhost:3000/x`
 * becomes `<baseUrl>x`, and the bare origin (as in <AppDomain>) becomes the base URL's origin.
 * Nothing else in the text changes. Throws if a mention of the dev server's host survives.
 */
function rewriteManifest(xml, baseUrl) {
  const base = new URL(baseUrl).href;
  if (!base.endsWith("/")) throw new Error(`rewriteManifest: the base URL ${baseUrl} must end with "/"`);
  const dev = new URL(DEV_BASE_URL);
  const origin = new URL(base).origin;
  // The origin on its own must not run on into more of a host name or port (https://localhost:30001).
  const devUrl = new RegExp(`${escapeRegExp(dev.origin)}(/|(?![\\w.:-]))`, "g");
  const rewritten = xml.replace(devUrl, (_match, slash) => escapeXml(slash === "/" ? base : origin));
  if (origin !== dev.origin && rewritten.includes(dev.host)) {
    throw new Error(`manifest.xml still mentions ${dev.host} after rewriting it for ${base}`);
  }
  return rewritten;
}

module.exports = { DEV_BASE_URL, BUILD_INFO_FILE, productionBaseUrl, rewriteManifest };
