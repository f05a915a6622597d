import type { SiteDto } from './bindings';

/** Sites whose name contains `query` (case-insensitive); names starting with it come first. */
export function filterSites(sites: readonly SiteDto[], query: string, locale?: string): SiteDto[] {
  const q = query.trim().toLocaleLowerCase(locale);
  if (q === '') return [...sites];
  const starts: SiteDto[] = [];
  const contains: SiteDto[] = [];
  for (const site of sites) {
    const name = site.name.toLocaleLowerCase(locale);
    if (name.startsWith(q)) starts.push(site);
    else if (name.includes(q)) contains.push(site);
  }
  return [...starts, ...contains];
}

/** The site whose name equals `text` (case-insensitive, trimmed), if exactly one does. */
export function exactSite(sites: readonly SiteDto[], text: string, locale?: string): SiteDto | null {
  const q = text.trim().toLocaleLowerCase(locale);
  if (q === '') return null;
  const found = sites.filter((s) => s.name.trim().toLocaleLowerCase(locale) === q);
  return found.length === 1 ? found[0] : null;
}
