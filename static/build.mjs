#!/usr/bin/env node
// Front-end build: `npm run build`.
//
// 1. Compiles static/scss/theme.scss (USWDS 3 theme) to
//    static/build/css/site.css (compressed, no source map).
// 2. Bundles the JavaScript of the USWDS components the templates use (USWDS_COMPONENTS,
//    from the CommonJS sources in the npm package) into static/build/js/uswds.js.
// 3. Scans the compiled CSS for url(...) references, resolves them relative
//    to static/build/css/, and copies exactly those files from
//    node_modules/@uswds/uswds/dist/ (fonts, images, icons), plus a fixed
//    list of extra images that templates use directly.
//
// Exits non-zero if compilation fails or any required file is missing, so
// that Django's collectstatic (whitenoise CompressedManifestStaticFilesStorage,
// which rejects CSS url()s to missing files) never sees a broken build.
//
// static/build/ is generated output and is git-ignored.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as sass from "sass";

const started = process.hrtime.bigint();

const STATIC_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(STATIC_DIR);
const USWDS_DIR = path.join(ROOT, "node_modules", "@uswds", "uswds");
const USWDS_DIST = path.join(USWDS_DIR, "dist");
const SASS_LOAD_PATH = path.join(USWDS_DIR, "packages");
const ENTRY = path.join(STATIC_DIR, "scss", "theme.scss");
const OUT = path.join(STATIC_DIR, "build");
const CSS_OUT = path.join(OUT, "css", "site.css");

// USWDS components whose JavaScript the templates need, in the order USWDS's own bundle starts
// them. dist/js/uswds.min.js starts all 22 (date pickers, modals, tooltips, ...) on every page:
// 79 KB to parse, and the modal measures the scrollbar at load, forcing a layout. Not the
// footer (only the big footer has behaviour) nor search (only a toggled search button does).
// Not uswds-init.min.js either: it hides banner content and nav submenus until this has run,
// but the banner content is `hidden` in the markup and the site has no submenus, so it would
// be one more render-blocking request in every <head>.
const USWDS_COMPONENTS = {
  accordion: "usa-accordion",
  banner: "usa-banner",
  button: "usa-button",
  navigation: "usa-header",
  skipnav: "usa-skipnav",
};
const JS_OUT = path.join(OUT, "js", "uswds.js");

// Assets used directly by templates (not via the CSS); paths are relative to
// both dist/ and static/build/.
const EXTRA_ASSETS = [
  "img/sprite.svg",
  "img/us_flag_small.png",
  "img/icon-dot-gov.svg",
  "img/icon-https.svg",
  "img/usa-icons/close.svg",
  "img/usa-icons-bg/search--white.svg",
];

function fail(message) {
  console.error(`build failed: ${message}`);
  process.exit(1);
}

function rel(p) {
  return path.relative(ROOT, p) || ".";
}

function copy(srcRel, destRel, missing) {
  const src = path.join(USWDS_DIST, srcRel);
  const dest = path.join(OUT, destRel);
  if (!fs.existsSync(src) || !fs.statSync(src).isFile()) {
    missing.push(`${destRel} (expected at ${rel(src)})`);
    return;
  }
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.copyFileSync(src, dest);
}

// Return the local file paths (relative to OUT) referenced by url() in css.
function cssReferences(css) {
  const refs = new Set();
  const urlPattern = /url\(\s*(["']?)(.*?)\1\s*\)/g;
  for (const match of css.matchAll(urlPattern)) {
    let url = match[2].trim();
    if (
      url === "" ||
      url.startsWith("#") ||
      /^[a-z][a-z0-9+.-]*:/i.test(url) || // data:, https:, ...
      url.startsWith("//") ||
      url.startsWith("/")
    ) {
      continue;
    }
    url = url.split(/[?#]/)[0];
    const resolved = path.resolve(path.dirname(CSS_OUT), decodeURI(url));
    const inOut = path.relative(OUT, resolved);
    if (inOut.startsWith("..") || path.isAbsolute(inOut)) {
      fail(`CSS references ${url}, which resolves outside ${rel(OUT)}/`);
    }
    refs.add(inOut.split(path.sep).join("/"));
  }
  return [...refs].sort();
}

// Whole-line comments and blank lines out (a third of the USWDS sources): lines that start
// with // and blocks that start a line with /* and end one with */. Lines inside a template
// literal that spans lines (an odd number of backticks opens or closes one) stay as they are.
function stripComments(source) {
  const kept = [];
  let inBlock = false;
  let inTemplate = false;
  for (const line of source.split("\n")) {
    const text = line.trim();
    if (inTemplate) {
      kept.push(line);
    } else if (inBlock) {
      const close = text.indexOf("*/");
      if (close !== -1 && close !== text.length - 2) fail(`code after a comment: ${line}`);
      inBlock = close === -1;
      continue;
    } else if (text.startsWith("/*") && [-1, text.length - 2].includes(text.indexOf("*/", 2))) {
      inBlock = text.indexOf("*/", 2) === -1;
      continue;
    } else if (text.startsWith("//") || text === "") {
      continue;
    } else {
      kept.push(line);
    }
    if ((line.match(/`/g) || []).length % 2 === 1) inTemplate = !inTemplate;
  }
  return kept.join("\n");
}

// A CommonJS bundle of `entry` (source text, resolved from packages/): each module becomes a
// function in one IIFE, with `require` of a literal relative path. The USWDS component sources
// need nothing more: no npm dependencies, no other require() forms.
function bundle(entrySource) {
  const modules = [];
  const ids = new Map();
  function resolve(from, spec) {
    const base = spec.startsWith(".") ? path.resolve(from, spec) : path.join(SASS_LOAD_PATH, spec);
    for (const candidate of [base, `${base}.js`, path.join(base, "index.js")]) {
      if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
    }
    fail(`cannot resolve require("${spec}") from ${rel(from)}`);
  }
  function load(source, dir) {
    const id = modules.length;
    modules.push(null);
    modules[id] = stripComments(source).replace(/\brequire\((["'])([^"']+)\1\)/g, (_, quote, spec) => {
      const file = resolve(dir, spec);
      if (!ids.has(file)) {
        ids.set(file, null);
        ids.set(file, load(fs.readFileSync(file, "utf8"), path.dirname(file)));
      }
      return `__require(${ids.get(file)})`;
    });
    return id;
  }
  load(entrySource, SASS_LOAD_PATH);
  const bodies = modules.map(
    (code, id) => `/* ${id} */ function (module, exports) {\n${code}\n}`,
  );
  return `(() => {
const modules = [
${bodies.join(",\n")}
];
const cache = [];
function __require(id) {
  if (!cache[id]) {
    cache[id] = { exports: {} };
    modules[id](cache[id], cache[id].exports);
  }
  return cache[id].exports;
}
__require(0);
})();
`;
}

if (!fs.existsSync(USWDS_DIST)) {
  fail(`${rel(USWDS_DIST)} not found; run \`npm ci\` first`);
}

// Start from a clean output directory so no stale assets are collected.
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(path.dirname(CSS_OUT), { recursive: true });

// 1. Sass.
let css;
try {
  const result = sass.compile(ENTRY, {
    loadPaths: [SASS_LOAD_PATH],
    style: "compressed",
    sourceMap: false,
    quietDeps: true,
  });
  css = result.css;
} catch (err) {
  fail(`sass: ${err.message}`);
}
fs.writeFileSync(CSS_OUT, css + "\n");

// 2. JavaScript: what uswds-core/src/js/start.js does, for USWDS_COMPONENTS only.
const jsEntry = `window.uswdsPresent = true;
const components = {
${Object.entries(USWDS_COMPONENTS)
  .map(([name, pkg]) => `  ${name}: require("${pkg}/src/index"),`)
  .join("\n")}
};
const initComponents = () => {
  Object.values(components).forEach((behavior) => behavior.on(document.body));
};
if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", initComponents, { once: true });
} else {
  initComponents();
}
`;
fs.mkdirSync(path.dirname(JS_OUT), { recursive: true });
fs.writeFileSync(JS_OUT, bundle(jsEntry));

// 3. Copy referenced/extra assets.
const missing = [];
const cssRefs = cssReferences(css);
const assets = [...new Set([...cssRefs, ...EXTRA_ASSETS])].sort();
for (const asset of assets) {
  copy(asset, asset, missing);
}
if (missing.length) {
  fail(
    `${missing.length} file(s) missing from @uswds/uswds:\n  ` +
      missing.join("\n  "),
  );
}

// Summary.
let files = 0;
let bytes = 0;
for (const entry of fs.readdirSync(OUT, { recursive: true, withFileTypes: true })) {
  if (entry.isFile()) {
    files += 1;
    bytes += fs.statSync(path.join(entry.parentPath ?? entry.path, entry.name)).size;
  }
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(
  `built ${rel(CSS_OUT)} (${(Buffer.byteLength(css) / 1024).toFixed(1)} KiB, ` +
    `${cssRefs.length} url() targets), ${rel(JS_OUT)} ` +
    `(${(fs.statSync(JS_OUT).size / 1024).toFixed(1)} KiB) + ` +
    `${assets.length - cssRefs.length} extra assets; ` +
    `${rel(OUT)}/: ${files} files, ${(bytes / 1024).toFixed(0)} KiB, ${seconds.toFixed(1)} s`,
);
