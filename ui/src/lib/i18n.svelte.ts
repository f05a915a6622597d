// Fluent localisation shared with the Rust side: the locales/<lang>/*.ftl files are bundled at
// build time and one FluentBundle per locale is built from all files of that locale.
// The current locale is reactive state, so every t() call in a template re-renders on a switch.
import { FluentBundle, FluentNumber, FluentResource, type FluentVariable } from '@fluent/bundle';
import type { IpcError, Locale } from './bindings';
import * as api from './api';

export type MessageArgs = Record<string, FluentVariable>;

export const DEFAULT_LOCALE = 'de';
export const KNOWN_LOCALES: readonly string[] = ['de', 'en', 'tr', 'ar', 'uk'];
const RTL_LOCALES = new Set(['ar', 'fa', 'he', 'ur']);

// The command line's own messages (cli.ftl) and the Windows installer's (installer.ftl) are not
// needed in the window.
const sources = import.meta.glob(['../../../locales/*/*.ftl', '!../../../locales/*/cli.ftl', '!../../../locales/*/installer.ftl'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

function buildBundles(): Map<string, FluentBundle> {
  const byLocale = new Map<string, string[]>();
  for (const path of Object.keys(sources).sort()) {
    const match = /locales\/([^/]+)\/[^/]+\.ftl$/.exec(path);
    if (!match) continue;
    const list = byLocale.get(match[1]) ?? [];
    list.push(sources[path]);
    byLocale.set(match[1], list);
  }
  const bundles = new Map<string, FluentBundle>();
  for (const [locale, texts] of byLocale) {
    const bundle = new FluentBundle(locale, { useIsolating: true });
    for (const text of texts) {
      const errors = bundle.addResource(new FluentResource(text));
      if (errors.length > 0 && import.meta.env.DEV) {
        console.warn(`Feldbuch i18n: problems in a ${locale} .ftl file`, errors);
      }
    }
    bundles.set(locale, bundle);
  }
  return bundles;
}

const bundles = buildBundles();

/** Locales for which at least one .ftl file exists. */
export const availableLocales: readonly string[] = [...bundles.keys()];

const state = $state({ locale: DEFAULT_LOCALE });

export function dirFor(locale: string): 'rtl' | 'ltr' {
  return RTL_LOCALES.has(locale.split('-')[0]) ? 'rtl' : 'ltr';
}

/** Maps e.g. "de-DE" or "AR" to a locale we have messages for, or null. */
export function normaliseLocale(locale: string | null | undefined): string | null {
  if (!locale) return null;
  const lower = locale.trim().toLowerCase().replace('_', '-');
  if (bundles.has(lower)) return lower;
  const base = lower.split('-')[0];
  return bundles.has(base) ? base : null;
}

export const i18n = {
  get locale(): string {
    return state.locale;
  },
  get dir(): 'rtl' | 'ltr' {
    return dirFor(state.locale);
  },
};

/** Switches the UI locale locally (no IPC): re-renders all strings and sets <html lang dir>. */
export function applyLocale(locale: string): void {
  const next = normaliseLocale(locale) ?? DEFAULT_LOCALE;
  state.locale = next;
  if (typeof document !== 'undefined') {
    document.documentElement.lang = next;
    document.documentElement.dir = dirFor(next);
  }
}

/** Switches the locale in the UI at once, then tells Rust. Resolves with the error, if any. */
export async function switchLocale(locale: string): Promise<IpcError | null> {
  applyLocale(locale);
  try {
    // Always one of ours (normalised above); the core checks it again.
    await api.setLocale({ locale: state.locale as Locale });
    return null;
  } catch (error) {
    return error as IpcError;
  }
}

const warned = new Set<string>();
function warnOnce(key: string, ...details: unknown[]): void {
  if (!import.meta.env.DEV || warned.has(key)) return;
  warned.add(key);
  console.warn(`Feldbuch i18n: ${key}`, ...details);
}

/** Formats message `id` in an explicit locale. A missing message yields the id itself. */
export function tIn(locale: string, id: string, args?: MessageArgs | null): string {
  const bundle = bundles.get(locale);
  const message = bundle?.getMessage(id);
  if (!bundle || !message || !message.value) {
    warnOnce(`missing message "${id}" in ${locale}`);
    return id;
  }
  const errors: Error[] = [];
  const text = bundle.formatPattern(message.value, args ?? null, errors);
  if (errors.length > 0) warnOnce(`problems formatting "${id}" in ${locale}`, errors);
  return unisolateNumbers(text);
}

/**
 * Fluent wraps every placeable in FSI … PDI (U+2068/U+2069) so that e.g. a Latin site name
 * inside Arabic text keeps its own direction. Numbers and other letter-free values need no
 * isolation; dropping it there keeps counts and times plain text ("3 anonyme Personen").
 */
function unisolateNumbers(text: string): string {
  return text.replace(/\u2068([^\u2068\u2069\p{L}]*)\u2069/gu, '$1');
}

/** Formats message `id` in the current locale (reactive). */
export function t(id: string, args?: MessageArgs | null): string {
  return tIn(state.locale, id, args);
}

/** A message to show later: an IpcError from Rust or one produced by the UI (id from ui.ftl). */
export type UiMessage = { code: string; args: MessageArgs };

/** Renders an IpcError or UiMessage (its code is a Fluent id) in the current locale. */
export function tError(error: IpcError | UiMessage): string {
  const args: MessageArgs = {};
  for (const [key, value] of Object.entries(error.args ?? {})) {
    if (value === undefined || value === null) continue;
    // Rust sends every argument as a string; integers go to Fluent as numbers so that plural
    // selectors and number formatting apply (the Rust Localizer does the same).
    args[key] = typeof value === 'string' && /^-?\d+$/.test(value) ? new FluentNumber(Number(value), { useGrouping: false })
        : value;
  }
  return t(error.code, args);
}

/** A message produced by the UI itself; `code` is a message id from ui.ftl. */
export function uiError(code: string, args: MessageArgs = {}): UiMessage {
  return { code, args };
}
