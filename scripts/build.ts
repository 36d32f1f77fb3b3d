/**
 * Builds the Apps Script project into dist/: Code.js, appsscript.json and the HTML files.
 *
 * esbuild bundles src/gas/index.ts into an IIFE, which hides every name; Apps Script only sees top-level function
 * declarations. So the entry module's exports (read from esbuild's metafile, never listed by hand) each become a
 * `function name() {…}` that forwards to the bundle. Names ending in "_" stay private, as Apps Script treats them.
 */
import { build as esbuild } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { anchorExpressions, expressionsOf, periodWords } from '../src/core/deadline/expression-build';
import { dateRuleSources, lateRuleSources } from '../src/core/deadline/rule-sources';

const root = join(__dirname, '..');
export const ENTRY = join(root, 'src/gas/index.ts');
export const DIST = join(root, 'dist');
/** The Workspace add-on (Calendar and Gmail cards): a project of its own, pushed from dist/cards (README). */
export const CARDS_ENTRY = join(root, 'src/gas/card-index.ts');
export const CARDS_DIST = join(root, 'dist', 'cards');
export const CARDS_MANIFEST = join(root, 'appsscript.cards.json');
const GLOBAL = '__jospar';

/** The names the entry module exports, as esbuild sees them. */
export async function entryExports(entry = ENTRY): Promise<string[]> {
  const result = await esbuild({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    outdir: 'out',
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile!.outputs).find((o) => o.entryPoint);
  return (output?.exports ?? []).filter((name) => name !== 'default').sort();
}

/**
 * Stops the build when src/core/deadline/expressions.generated.ts is not what the rules as written make (a rule, hint
 * or lexicon word changed and the generator was not run, or a merge left the file broken): the bundle would carry
 * stale expressions. Compared value by value, as test/core/deadline-expressions.test.ts does (Prettier's layout is
 * `npm run lint`'s to check, and laying the text out costs a second).
 */
const GENERATED = '../src/core/deadline/expressions.generated';

export async function checkExpressions(): Promise<void> {
  let fresh = false;
  try {
    // require, not import(): the CLI loads this file through tsx/cjs, whose import() cannot load TypeScript.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const g = require(GENERATED) as typeof import('../src/core/deadline/expressions.generated');
    fresh =
      isDeepStrictEqual(g.DATE_RULE_EXPRESSIONS, expressionsOf(dateRuleSources())) &&
      isDeepStrictEqual(g.LATE_RULE_EXPRESSIONS, expressionsOf(lateRuleSources())) &&
      isDeepStrictEqual(g.PERIOD_WORDS, periodWords()) &&
      isDeepStrictEqual(g.ANCHOR_EXPRESSIONS, anchorExpressions());
  } catch {
    // A file that does not load is stale too.
  }
  if (!fresh) {
    throw new Error(
      'src/core/deadline/expressions.generated.ts is out of date: run `npx tsx scripts/deadline-expressions.ts`',
    );
  }
}

/**
 * `addon`: the build published as an Editor add-on (npm run google:addon), whose menu must go under Extensions
 * (Ui.createAddonMenu); the bound script's menu is a top-level "Jospar" menu. Told to the code as JOSPAR_EDITOR_ADDON.
 */
export async function build({ outDir = DIST, minify = false, addon = false } = {}): Promise<{
  names: string[];
  bytes: number;
  file: string;
  sidebarBytes: number;
}> {
  await checkExpressions();
  const { names, code } = await bundleOf(ENTRY, { minify, addon });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'Code.js'), code);
  copyFileSync(join(root, 'appsscript.json'), join(outDir, 'appsscript.json'));
  const sidebar = await buildSidebar();
  writeFileSync(join(outDir, 'Sidebar.html'), sidebar);
  await buildCards({ outDir: join(outDir, 'cards'), minify });
  return {
    names,
    bytes: Buffer.byteLength(code),
    file: join(outDir, 'Code.js'),
    sidebarBytes: Buffer.byteLength(sidebar),
  };
}

/** The Workspace add-on's project: its Code.js (from src/gas/card-index.ts) and its manifest, in dist/cards/. */
export async function buildCards({ outDir = CARDS_DIST, minify = false } = {}): Promise<{
  names: string[];
  bytes: number;
}> {
  const { names, code } = await bundleOf(CARDS_ENTRY, { minify, addon: false });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'Code.js'), code);
  copyFileSync(CARDS_MANIFEST, join(outDir, 'appsscript.json'));
  return { names, bytes: Buffer.byteLength(code) };
}

/** One entry module as Apps Script code: the IIFE bundle, then a top-level function per export. */
async function bundleOf(entry: string, { minify, addon }: { minify: boolean; addon: boolean }) {
  const names = await entryExports(entry);
  const bundle = await esbuild({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2019',
    platform: 'neutral',
    write: false,
    minify,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
    define: { JOSPAR_EDITOR_ADDON: addon ? 'true' : 'false' },
  });
  const body = bundle.outputFiles[0].text;
  const declarations = names.map((n) => `function ${n}() { return ${GLOBAL}.${n}.apply(this, arguments); }`).join('\n');
  const from = entry.slice(root.length + 1);
  const code = `// Jospar: generated by scripts/build.ts from ${from}. Do not edit.\n${body}\n${declarations}\n`;
  return { names, code };
}

/**
 * The sidebar as Apps Script serves it: one HTML file (HtmlService has no static files), with src/ui's script bundled
 * and minified and its style inlined. The script is always minified: the deadline engine rides along for the live
 * reading and the page should stay small.
 */
export async function buildSidebar(): Promise<string> {
  const ui = join(root, 'src/ui');
  const script = await esbuild({
    entryPoints: [join(ui, 'main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    write: false,
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
  });
  const css = await esbuild({
    entryPoints: [join(ui, 'sidebar.css')],
    bundle: true,
    write: false,
    minify: true,
    logLevel: 'silent',
  });
  // "</script" or "</style" inside the inlined text would end the element early.
  const js = script.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
  const style = css.outputFiles[0].text.replace(/<\/(style)/gi, '<\\/$1');
  return readFileSync(join(ui, 'sidebar.html'), 'utf8')
    .replace('/*STYLE*/', () => style)
    .replace('/*SCRIPT*/', () => js);
}

if (require.main === module) {
  build({ minify: process.argv.includes('--minify') }).then(
    ({ names, bytes, file, sidebarBytes }) => {
      console.log(`built ${file}: ${(bytes / 1024).toFixed(1)} KiB, entry points: ${names.join(', ')}`);
      console.log(`built dist/Sidebar.html: ${(sidebarBytes / 1024).toFixed(1)} KiB`);
    },
    (e: Error) => {
      console.error(e.message);
      process.exitCode = 1;
    },
  );
}
