// A mocked api.ts for component tests: every command wrapper is a vi.fn() with a harmless
// default (empty lists, no draft), the error helpers stay real.
import { vi } from 'vitest';
import type * as Api from '../src/lib/api';
import { exportStatus, reportDto, workerProfile } from './fixtures';

type ApiModule = typeof Api;

const KEEP = new Set(['isIpcError', 'toIpcError', 'setLockedHandler']);

export function mockedApi(original: ApiModule): ApiModule {
  const out: Record<string, unknown> = { ...original };
  for (const [name, value] of Object.entries(original)) {
    if (typeof value === 'function' && !KEEP.has(name)) out[name] = vi.fn();
  }
  return out as ApiModule;
}

/** Resets every mocked command and gives it its default answer. */
export function resetApiMocks(api: ApiModule): void {
  for (const fn of Object.values(api)) if (vi.isMockFunction(fn)) fn.mockReset();
  const m = vi.mocked(api);
  for (const fn of [m.saveDraft, m.clearDraft, m.activity, m.lock, m.setLocale, m.setAutoLock]) {
    fn.mockResolvedValue(undefined);
  }
  m.loadDraft.mockResolvedValue(null);
  m.profile.mockResolvedValue(workerProfile);
  m.report.mockImplementation(async () => reportDto());
  m.writeReport.mockImplementation(async () => ({ path: '/home/ak/Dokumente/Feldbuch-Bericht-2025-Q3.xlsx', report: reportDto() }));
  m.exportStatus.mockResolvedValue(exportStatus());
  m.backupStatus.mockResolvedValue({ backups: [], problem: null, running: null });
  m.journal.mockResolvedValue({ entries: [], next: null });
  m.today.mockResolvedValue({ date: '2025-11-21', contacts: [], contacts_total: 0, follow_ups_due: [], follow_ups_upcoming: [], planned_visits: [] });
  for (const fn of [
    m.listSites, m.searchPersons, m.pickPersons, m.listPersons, m.searchNotes, m.listPartners, m.listVisitSlots, m.listActivities,
    m.listReferrals, m.listFollowups, m.retention, m.auditLog, m.exportHistory, m.mergeConflicts, m.enrolledDevices, m.team,
    m.districts, m.programmes, m.vocabExtensions,
  ]) {
    (fn as ReturnType<typeof vi.fn>).mockResolvedValue([]);
  }
  // With nothing archived, the directory holds exactly the active records.
  m.allSites.mockImplementation(() => m.listSites());
  m.allPartners.mockImplementation(() => m.listPartners());
}
