#!/usr/bin/env node
// Front-end build: `npm run build`.
//
// 1. Compiles static/scss/theme.scss (USWDS 3 theme) to
//    static/build/css/site.css (compressed, no source map).
// 2. Copies the USWDS JS bundles to static/build/js/.
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

// JS bundles: [source relative to dist, destination relative to OUT].
const JS_FILES = [
  ["js/uswds.min.js", "js/uswds.min.js"],
  ["js/uswds-init.min.js", "js/uswds-init.min.js"],
];

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

// 2 + 3. Copy JS and referenced/extra assets.
const missing = [];
for (const [src, dest] of JS_FILES) {
  copy(src, dest, missing);
  const file = path.join(OUT, dest);
  if (fs.existsSync(file)) {
    // The .map files are not shipped; drop the dangling sourceMappingURL
    // comment, which Django's manifest storage would otherwise try to resolve.
    const js = fs.readFileSync(file, "utf8");
    fs.writeFileSync(file, js.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, "\n"));
  }
}
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
    `${cssRefs.length} url() targets) + ${assets.length - cssRefs.length} extra assets; ` +
    `${rel(OUT)}/: ${files} files, ${(bytes / 1024).toFixed(0)} KiB, ${seconds.toFixed(1)} s`,
);
