#!/usr/bin/env node
// Builds the front end into dist/web/: the pages (graph.html at /, graphiql.html at /graphiql) and their bundles
// under dist/web/assets/ with stable names (graph.js, graph.css, graphiql.js, graphiql.css, layoutWorker.js).
// Runs after `tsc -p tsconfig.build.json` in `npm run build`, which `prepare` runs on `npm ci`.
//
// 1. type-checks src/web with its own tsconfig (DOM types; the root tsconfig excludes it);
// 2. bundles with esbuild, minified, no source maps; schema/schema.graphql and schema/operations/*.graphql become
//    virtual modules;
// 3. moves every data: URL out of the CSS into a file of its own, so the pages need nothing but 'self' under
//    the Content-Security-Policy the server sends (src/api/static/webAssets.ts);
// 4. prints the size of each file, raw and gzipped.
// GOVGRAPH_WEB_DEBUG=1 leaves the bundles unminified, for profiling in the browser.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";

const root = fileURLToPath(new URL("../../", import.meta.url));
const webSrc = join(root, "src/web");
const outDir = join(root, "dist/web");
const assetsDir = join(outDir, "assets");
const operationsDir = join(root, "schema/operations");

typeCheck();
rmSync(outDir, { recursive: true, force: true });
mkdirSync(assetsDir, { recursive: true });

await esbuild.build({
  absWorkingDir: root,
  entryPoints: {
    graph: join(webSrc, "graph.ts"),
    graphiql: join(webSrc, "graphiql.tsx"),
    layoutWorker: join(webSrc, "graph/layout/layoutWorker.ts"),
  },
  outdir: assetsDir,
  entryNames: "[name]",
  assetNames: "[name]-[hash]",
  bundle: true,
  format: "esm",
  platform: "browser",
  target: ["es2022"],
  minify: process.env.GOVGRAPH_WEB_DEBUG !== "1",
  sourcemap: false,
  legalComments: "external",
  jsx: "automatic",
  define: { "process.env.NODE_ENV": '"production"' },
  loader: { ".woff2": "file", ".woff": "file", ".ttf": "file", ".png": "file", ".svg": "file" },
  plugins: [operationsPlugin()],
  logLevel: "warning",
});

for (const file of readdirSync(assetsDir)) {
  if (file.endsWith(".css")) externaliseDataUrls(join(assetsDir, file));
}
for (const page of ["graph.html", "graphiql.html"]) copyFileSync(join(webSrc, page), join(outDir, page));
copyFileSync(join(webSrc, "favicon.svg"), join(assetsDir, "favicon.svg"));
report();

function typeCheck() {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  const result = spawnSync(process.execPath, [tsc, "--noEmit", "-p", join(webSrc, "tsconfig.json")], { stdio: "inherit" });
  if (result.status !== 0) {
    console.error("web: type errors in src/web (tsc -p src/web/tsconfig.json)");
    process.exit(1);
  }
}

/**
 * Two virtual modules: `virtual:govgraph-operations`, the acceptance operations as [{ file, text }] in name order,
 * and `virtual:govgraph-schema`, the SDL of schema/schema.graphql (GraphiQL builds its schema from it).
 */
function operationsPlugin() {
  return {
    name: "govgraph-virtual-modules",
    setup(build) {
      build.onResolve({ filter: /^virtual:govgraph-(operations|schema)$/ }, (args) => ({ path: args.path, namespace: "govgraph" }));
      build.onLoad({ filter: /^virtual:govgraph-schema$/, namespace: "govgraph" }, () => {
        const schemaFile = join(root, "schema/schema.graphql");
        return { contents: `export default ${JSON.stringify(readFileSync(schemaFile, "utf8"))};`, loader: "js", watchFiles: [schemaFile] };
      });
      build.onLoad({ filter: /^virtual:govgraph-operations$/, namespace: "govgraph" }, () => {
        const files = readdirSync(operationsDir).filter((name) => name.endsWith(".graphql")).sort();
        const operations = files.map((file) => ({ file, text: readFileSync(join(operationsDir, file), "utf8") }));
        return {
          contents: `export default ${JSON.stringify(operations)};`,
          loader: "js",
          watchFiles: files.map((file) => join(operationsDir, file)),
        };
      });
    },
  };
}

/** Writes each base64 data: URL of a stylesheet (GraphiQL inlines its fonts) to a file and points the CSS at it. */
function externaliseDataUrls(cssFile) {
  const extensions = { "font/woff2": "woff2", "font/woff": "woff", "font/ttf": "ttf", "image/png": "png", "image/svg+xml": "svg" };
  const css = readFileSync(cssFile, "utf8").replace(
    /url\(\s*(["']?)data:([a-z0-9.+/-]+);base64,([A-Za-z0-9+/=]+)\1\s*\)/gi,
    (match, _quote, mime, data) => {
      const extension = extensions[mime.toLowerCase()];
      if (!extension) throw new Error(`${cssFile}: a data: URL of type ${mime} has no file extension here; add one`);
      const bytes = Buffer.from(data, "base64");
      const name = `inline-${createHash("sha256").update(bytes).digest("hex").slice(0, 12)}.${extension}`;
      writeFileSync(join(dirname(cssFile), name), bytes);
      return `url(${name})`;
    },
  );
  if (/url\(\s*["']?data:/i.test(css)) throw new Error(`${cssFile}: a data: URL is left (not base64?); the CSP would block it`);
  writeFileSync(cssFile, css);
}

function report() {
  const rows = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!name.startsWith("inline-") && !name.endsWith(".LEGAL.txt")) rows.push(path);
    }
  };
  walk(outDir);
  const inline = readdirSync(assetsDir).filter((name) => name.startsWith("inline-"));
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
  for (const path of rows.sort()) {
    const bytes = readFileSync(path);
    console.log(`web: ${relative(root, path).padEnd(34)} ${kb(bytes.length).padStart(11)}  (gzip ${kb(gzipSync(bytes).length)})`);
  }
  const fontBytes = inline.reduce((sum, name) => sum + statSync(join(assetsDir, name)).size, 0);
  console.log(`web: ${`${inline.length} font/image files from CSS`.padEnd(34)} ${kb(fontBytes).padStart(11)}  (loaded only when used)`);
}
