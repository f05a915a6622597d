// Static rules the strict CSP and the RTL layout depend on. Each rule names what would break.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const UI_DIR = resolve(__dirname, '..');
const SRC_DIR = join(UI_DIR, 'src');

function files(dir: string, pattern: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path, pattern));
    else if (pattern.test(name)) out.push(path);
  }
  return out;
}

const svelteFiles = files(SRC_DIR, /\.svelte$/);
const codeFiles = files(SRC_DIR, /\.(ts|svelte)$/);

/** CSS of a file: the <style> blocks of a component, or the whole .css file. */
function css(path: string): string {
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.css')) return text;
  return [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
}

/** Markup of a component without script and style. */
function markup(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '');
}

function offenders(paths: string[], extract: (p: string) => string, pattern: RegExp): string[] {
  const found: string[] = [];
  for (const path of paths) {
    extract(path)
      .split('\n')
      .forEach((line) => {
        if (pattern.test(line)) found.push(`${relative(UI_DIR, path)}: ${line.trim()}`);
      });
  }
  return found;
}

describe('source rules', () => {
  it('never uses {@html} (notes may contain markup that must not execute)', () => {
    expect(offenders(svelteFiles, markup, /\{@html\b/)).toEqual([]);
  });

  it('has no style attributes or style: directives (CSP style-src self)', () => {
    expect(offenders(svelteFiles, markup, /\sstyle(=|:)/)).toEqual([]);
  });

  it('has no transitions or animations (they inject <style> at runtime)', () => {
    expect(offenders(svelteFiles, markup, /\s(transition|in|out|animate):[a-z]/)).toEqual([]);
    expect(offenders(codeFiles, (p) => readFileSync(p, 'utf8'), /from 'svelte\/(transition|animate)'/)).toEqual([]);
  });

  it('has no eval, new Function, remote URLs or Tauri API outside the generated client and ipc.ts', () => {
    const read = (p: string) => readFileSync(p, 'utf8');
    expect(offenders(codeFiles, read, /\beval\(|new Function\(/)).toEqual([]);
    expect(offenders(codeFiles, read, /https?:\/\/(?!ipc\.localhost)/)).toEqual([]);
    const invokers = codeFiles.filter((p) => /@tauri-apps\/api/.test(read(p)));
    expect(invokers.map((p) => relative(UI_DIR, p)).sort()).toEqual(
      ['api.ts', 'ipc.ts'].map((f) => join('src', 'lib', f)),
    );
  });

  it('opens the system dialogs only through src/lib/dialog.ts, and has no file inputs', () => {
    const read = (p: string) => readFileSync(p, 'utf8');
    const plugins = codeFiles.filter((p) => /@tauri-apps\/plugin-/.test(read(p)));
    expect(plugins.map((p) => relative(UI_DIR, p))).toEqual([join('src', 'lib', 'dialog.ts')]);
    // Every path is chosen in the system's dialog, never typed nor picked by the web view.
    expect(offenders(svelteFiles, markup, /type=["']file["']|webkitdirectory/)).toEqual([]);
  });

  it('has no field a path can be typed into (only read-only ones show a path)', () => {
    const fields: string[] = [];
    for (const path of svelteFiles) {
      // An <input> or <textarea> tag, with {…} expressions (which may hold ">") inside it.
      for (const tag of markup(path).match(/<(input|textarea)\b(?:[^>{]|\{[^}]*\})*>/g) ?? []) {
        // What the field is called and what it is bound to, in words: "enrol-path", "pathsText".
        const named = [...tag.matchAll(/\b(?:id|data-testid|bind:value)=["{]([^"}]*)/g)].map((m) => m[1]).join(' ');
        const words = named.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/);
        if (words.some((w) => /^(path|folder|file)s?$/.test(w)) && !/\sreadonly\b/.test(tag)) {
          fields.push(`${relative(UI_DIR, path)}: ${tag.replace(/\s+/g, ' ')}`);
        }
      }
    }
    expect(fields).toEqual([]);
  });

  it('uses logical CSS properties only (dir="rtl" must just work)', () => {
    const styles = [...svelteFiles, ...files(SRC_DIR, /\.css$/)];
    const physical =
      /^\s*(margin|padding|border)-(left|right|top|bottom)\b|^\s*(left|right|top|bottom)\s*:|^\s*(min-|max-)?(width|height)\s*:|text-align\s*:\s*(left|right)|float\s*:\s*(left|right)|clear\s*:\s*(left|right)/;
    expect(offenders(styles, css, physical)).toEqual([]);
    // Shorthands with 3 or 4 values are physical (top right bottom left).
    const shorthand = /^\s*(margin|padding|inset|border-width|border-color|border-style)\s*:\s*\S+\s+\S+\s+\S+/;
    expect(offenders(styles, css, shorthand)).toEqual([]);
  });

  it('index.html has no inline script or style', () => {
    const html = readFileSync(join(UI_DIR, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<style/);
    expect(html).not.toMatch(/\sstyle=/);
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\ssrc=/);
  });
});
