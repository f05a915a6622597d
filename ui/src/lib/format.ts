// Dates and times from Rust ("YYYY-MM-DD", "HH:MM") formatted with Intl in the given locale.

function parseDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(date.getTime()) ? null : date;
}

const STYLES = {
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  medium: { day: 'numeric', month: 'short', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit' },
  dateTime: { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

// One formatter per locale and style: making an Intl.DateTimeFormat costs far more than using
// one, and a list formats a date or time on every row.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, style: keyof typeof STYLES): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, STYLES[style]);
    formatters.set(key, f);
  }
  return f;
}

/** Today in the local calendar, `YYYY-MM-DD` (what the core calls a date). */
export function localDay(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The local time of day, `HH:MM`. */
export function localTime(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

export function formatDate(iso: string, locale: string, style: 'long' | 'medium' = 'medium'): string {
  const date = parseDate(iso);
  if (!date) return iso;
  return formatter(locale, style).format(date);
}

/** A month from Rust ("YYYY-MM"), e.g. "November 2025". */
export function formatMonth(yyyyMm: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(yyyyMm);
  if (!m) return yyyyMm;
  return formatter(locale, 'month').format(new Date(Number(m[1]), Number(m[2]) - 1, 1));
}

export function formatTime(hhmm: string, locale: string): string {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m) return hhmm;
  const date = new Date(2000, 0, 1, Number(m[1]), Number(m[2]));
  return formatter(locale, 'time').format(date);
}

/** An RFC 3339 timestamp from Rust (UTC) as local date and time in the given locale. */
export function formatDateTime(rfc3339: string, locale: string): string {
  const date = new Date(rfc3339);
  if (Number.isNaN(date.getTime())) return rfc3339;
  return formatter(locale, 'dateTime').format(date);
}

/** A file size in kB (rounded up) or, from 1 MB, in MB with one decimal (decimal units, as the CLI shows them). */
export function formatBytes(bytes: number, locale: string): string {
  if (bytes >= 1_000_000) {
    const mb = { style: 'unit', unit: 'megabyte', minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;
    return new Intl.NumberFormat(locale, mb).format(bytes / 1e6);
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte' }).format(Math.ceil(bytes / 1000));
}
