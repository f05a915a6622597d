// Helpers of the Berichte screen: calendar quarters, the threshold k and number formatting.
// The figures themselves (and their suppression) come from Rust; nothing here recomputes them.
import type { Hidden, ReportPeriod, Shown, Table } from './bindings';
import { t } from './i18n.svelte';

/** Bounds and default of the threshold k (as in the core: report::K_RANGE, DEFAULT_K). */
export const K_MIN = 2;
export const K_MAX = 50;
export const K_DEFAULT = 3;
/** How many quarters the quarter select offers (the running one and those before it). */
export const QUARTER_CHOICES = 8;

export type Quarter = { year: number; quarter: number };
export type QuarterChoice = Quarter & { id: string; running: boolean };

/** The quarter of a "YYYY-MM-DD" date, or null. */
export function quarterOf(iso: string): Quarter | null {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(iso);
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  return { year: Number(m[1]), quarter: Math.floor((month - 1) / 3) + 1 };
}

export function previousQuarter({ year, quarter }: Quarter): Quarter {
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 };
}

/** "2026-Q3", as the `report` command takes it. */
export function quarterId({ year, quarter }: Quarter): string {
  return `${year}-Q${quarter}`;
}

function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The last `count` quarters up to the one holding `today` (newest first; that one is running). */
export function recentQuarters(today: string, count = QUARTER_CHOICES): QuarterChoice[] {
  let q = quarterOf(today) ?? (quarterOf(todayIso()) as Quarter);
  const out: QuarterChoice[] = [];
  for (let i = 0; i < count; i++) {
    out.push({ ...q, id: quarterId(q), running: i === 0 });
    q = previousQuarter(q);
  }
  return out;
}

/** The last complete quarter before `today`: what a report is usually made for. */
export function lastCompleteQuarter(today: string): string {
  return quarterId(previousQuarter(quarterOf(today) ?? (quarterOf(todayIso()) as Quarter)));
}

/**
 * The workbook's file name as the core gives it in the documents folder (report::xlsx::file_name):
 * "Feldbuch-Bericht-<quarter or from_to>-<UTC time YYYYMMDD-HHMMSS>.xlsx". Suggested in the
 * save dialog, so both ways of saving name a report alike.
 */
export function reportFileName(period: ReportPeriod, now: Date): string {
  const label = period.quarter ?? `${period.from ?? ''}_${period.to ?? ''}`;
  const two = (n: number) => String(n).padStart(2, '0');
  const date = `${now.getUTCFullYear()}${two(now.getUTCMonth() + 1)}${two(now.getUTCDate())}`;
  const time = `${two(now.getUTCHours())}${two(now.getUTCMinutes())}${two(now.getUTCSeconds())}`;
  return `Feldbuch-Bericht-${label}-${date}-${time}.xlsx`;
}

/** A valid k, or null. */
export function validK(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= K_MIN && value <= K_MAX ? value : null;
}

const formats = new Map<string, Intl.NumberFormat>();

function format(locale: string, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${locale}|${key}`;
  let f = formats.get(id);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    formats.set(id, f);
  }
  return f;
}

/** A count (or, with `decimals`, e.g. hours with one decimal) in the locale. */
export function formatCount(value: number, locale: string, decimals = 0): string {
  return format(locale, `n${decimals}`, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** A share 0..1 as a percentage with at most one decimal. */
export function formatShare(value: number, locale: string): string {
  return format(locale, 'share', { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

/** A relative change as a signed percentage ("+25 %", "−10 %", "0 %"). */
export function formatChange(value: number, locale: string): string {
  return format(locale, 'change', { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(value);
}

/** What a small count shows: "< k", k in the locale's digits. */
export function suppressedText(k: number, locale: string): string {
  return `< ${formatCount(k, locale)}`;
}

/** A published number, or null when it is hidden (or missing). */
export function valueOf(cell: Shown<number> | null | undefined): number | null {
  return typeof cell === 'number' ? cell : null;
}

/** Why a number is hidden, or null when it is published. */
export function hiddenOf(cell: Shown<number> | null | undefined): Hidden | null {
  return cell !== null && cell !== undefined && typeof cell === 'object' ? cell.hidden : null;
}

/** What a hidden number shows: "< k" for a small count, its own mark for a cell hidden to
 *  protect one (which may hold any value up to the table's total, so never "< k"). */
export function markText(hidden: Hidden, k: number, locale: string): string {
  return hidden === 'small' ? suppressedText(k, locale) : t('report-mark-protect');
}

/** One bar of a chart: a published value, or its mark (drawn as no bar). */
export type ChartItem = { key: string; label: string; value: number | null; hidden: Hidden | null };

function chartItem(key: string, label: string, cell: Shown<number> | null | undefined): ChartItem {
  return { key, label, value: valueOf(cell), hidden: hiddenOf(cell) };
}

/** The rows of a table with their row totals (e.g. contacts per month). */
export function rowTotalItems(table: Table): ChartItem[] {
  return table.rows.map((row, r) => chartItem(row.key, row.text, table.row_totals?.[r]));
}

/** The columns of a table with their column totals (e.g. contacts per site kind). */
export function colTotalItems(table: Table): ChartItem[] {
  return table.cols.map((col, c) => chartItem(col.key, col.text, table.col_totals?.[c]));
}

/** The largest published value (at least 1, so that zeros draw as no bar). */
export function chartMax(items: ChartItem[]): number {
  return Math.max(1, ...items.map((i) => i.value ?? 0));
}
