import type { Site } from './bindings';

/** Sites whose name contains `query` (case-insensitive); names starting with it come first. */
export function filterSites(sites: readonly Site[], query: string, locale?: string): Site[] {
  const q = query.trim().toLocaleLowerCase(locale);
  if (q === '') return [...sites];
  const starts: Site[] = [];
  const contains: Site[] = [];
  for (const site of sites) {
    const name = site.name.toLocaleLowerCase(locale);
    if (name.startsWith(q)) starts.push(site);
    else if (name.includes(q)) contains.push(site);
  }
  return [...starts, ...contains];
}

/** The site whose name equals `text` (case-insensitive, trimmed), if exactly one does. */
export function exactSite(sites: readonly Site[], text: string, locale?: string): Site | null {
  const q = text.trim().toLocaleLowerCase(locale);
  if (q === '') return null;
  const found = sites.filter((s) => s.name.trim().toLocaleLowerCase(locale) === q);
  return found.length === 1 ? found[0] : null;
}
