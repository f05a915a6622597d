// Runs after `vite build`: the app is served under a strict CSP (no inline script or style,
// no data: URLs, no eval), so the build output must not contain any of those.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const problems = [];

const html = readFileSync(join(dist, 'index.html'), 'utf8');
for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
  if (!/\ssrc=/.test(tag)) problems.push(`inline <script> in index.html: ${tag}`);
}
if (/<script\b[^>]*>[^<\s]/.test(html)) problems.push('script with inline content in index.html');
if (/<style\b/i.test(html)) problems.push('<style> in index.html');
if (/\sstyle=/i.test(html)) problems.push('style="" attribute in index.html');
if (/\son[a-z]+=/i.test(html)) problems.push('inline event handler in index.html');
if (/(src|href)=["'](data:|https?:|\/\/)/i.test(html)) problems.push('data: or remote URL in index.html');

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else {
      if (name.endsWith('.map')) problems.push(`source map in dist: ${name}`);
      if (/\.(js|css)$/.test(name)) {
        const text = readFileSync(path, 'utf8');
        if (/sourceMappingURL=data:/.test(text)) problems.push(`inline source map in ${name}`);
        if (name.endsWith('.css') && /url\(\s*['"]?(data:|https?:|\/\/)/.test(text)) problems.push(`data:/remote url() in ${name}`);
        if (name.endsWith('.js') && /\beval\(|new Function\(/.test(text)) problems.push(`eval/new Function in ${name}`);
      }
    }
  }
}
walk(dist);

if (problems.length > 0) {
  console.error('dist violates the Content-Security-Policy rules:\n  ' + problems.join('\n  '));
  process.exit(1);
}
console.log('dist/index.html: no inline script or style; no source maps, data: URLs or eval.');
