import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

import { invoke } from '@tauri-apps/api/core';
import * as api from '../src/lib/api';

const invokeMock = vi.mocked(invoke);

describe('api', () => {
  beforeEach(() => {
    invokeMock.mockReset();
    api.setLockedHandler(null);
  });

  it('passes a thrown IpcError through unchanged', async () => {
    const error = { code: 'error-invalid-duration', args: { max: '1440' } };
    invokeMock.mockRejectedValueOnce(error);
    await expect(api.today({ limit: null })).rejects.toBe(error);
  });

  it.each([
    ['a string', 'command today not found'],
    ['an Error', new Error('boom')],
    ['undefined', undefined],
    ['an object without code', { message: 'nope' }],
    ['a non-string code', { code: 42, args: {} }],
  ])('maps %s to error-internal', async (_label, thrown) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    invokeMock.mockRejectedValueOnce(thrown);
    await expect(api.listSites()).rejects.toEqual({ code: 'error-internal', args: {} });
  });

  it('completes an IpcError that lacks args', async () => {
    invokeMock.mockRejectedValueOnce({ code: 'error-locked' });
    await expect(api.profile()).rejects.toEqual({ code: 'error-locked', args: {} });
  });

  it('calls the locked handler on error-locked only', async () => {
    const onLocked = vi.fn();
    api.setLockedHandler(onLocked);
    invokeMock.mockRejectedValueOnce({ code: 'error-invalid-date', args: {} });
    await expect(api.today({ limit: null })).rejects.toBeTruthy();
    expect(onLocked).not.toHaveBeenCalled();
    invokeMock.mockRejectedValueOnce({ code: 'error-locked', args: {} });
    await expect(api.today({ limit: null })).rejects.toBeTruthy();
    expect(onLocked).toHaveBeenCalledTimes(1);
  });

  it('uses the command names and camelCase argument keys of docs/IPC.md', async () => {
    invokeMock.mockResolvedValue(undefined);
    const contact = {
      site: 's', kind: 'beratung', date: null, start: null, duration_min: 10, anonymous_count: 0,
      anonymous_age_band: null, anonymous_gender: null, topics: [], note: null,
      persons: [], follow_up: null, language: null, interpreter: false, outcome: null,
    };
    const req = { locale: 'de', display_name: 'A', initials: 'A', team: null, role: 'worker', passphrase: 'p' } as const;
    await api.appStatus();
    await api.vocabulary();
    await api.setup(req);
    await api.unlock({ passphrase: 'pw' });
    await api.unlockWithRecovery({ recovery_key: 'KEY', new_passphrase: 'new' });
    await api.lock();
    await api.setLocale({ locale: 'tr' });
    await api.setAutoLock({ minutes: 7 });
    await api.activity();
    await api.profile();
    await api.listSites();
    await api.addSite({ name: 'n', kind: 'kita', district: null });
    await api.addContact(contact);
    await api.today({ limit: 50 });
    await api.deleteContact({ id: 'c1' });
    expect(invokeMock.mock.calls).toEqual([
      ['app_status', { req: null }],
      ['vocabulary', { req: null }],
      ['setup', { req }],
      ['unlock', { req: { passphrase: 'pw' } }],
      ['unlock_with_recovery', { req: { recovery_key: 'KEY', new_passphrase: 'new' } }],
      ['lock', { req: null }],
      ['set_locale', { req: { locale: 'tr' } }],
      ['set_auto_lock', { req: { minutes: 7 } }],
      ['activity', { req: null }],
      ['profile', { req: null }],
      ['list_sites', { req: null }],
      ['add_site', { req: { name: 'n', kind: 'kita', district: null } }],
      ['add_contact', { req: contact }],
      ['today', { req: { limit: 50 } }],
      ['delete_contact', { req: { id: 'c1' } }],
    ]);
  });

  it('maps the workflow commands to their names and camelCase argument keys', async () => {
    invokeMock.mockResolvedValue(undefined);
    const query = { text: 'MK', district: null, marker: 'einsam', includeClosed: false };
    const person = {
      pseudonym: 'MK-1980', birthYear: 1980, ageBand: null, gender: null, languages: ['tr'], district: null,
      markers: [], realName: null, contactInfo: null,
    };
    const consent = { personId: 'p1', scope: 'forwarding', form: 'written', givenOn: null, partnerId: 'pa1' };
    const enrolment = { entryDate: '2025-11-01', employment: 'arbeitslos', education: null, household: null };
    const partner = { name: 'Tafel', kind: 'verein', district: null, address: null, contact_person: null, services: ['Essen'] };
    const referral = { partnerId: 'pa1', service: 'Essen', personId: 'p1', contactId: null, note: null };
    const activity = {
      kind: 'repair-cafe', title: 'Repair-Café', date: null, start: '15:00', durationMinutes: 120, siteId: 's1',
      volunteersCount: 2, anonymousCount: 5, note: null, personIds: ['p1'],
    };
    await api.searchPersons(query);
    await api.addPerson(person);
    await api.editPerson('p1', { ...person, pseudonym: null });
    await api.personPage('p1');
    await api.giveConsent(consent);
    await api.withdrawConsent('co1');
    await api.enrolParticipant('p1', enrolment);
    await api.closePerson('p1', null);
    await api.searchNotes('Wohnung');
    await api.exportAuskunft('p1');
    await api.erasePerson('p1');
    await api.listPartners();
    await api.addPartner(partner);
    await api.listVisitSlots();
    await api.addVisitSlot({ site_id: 's1', weekday: 2, start: '08:00', end: '10:00' });
    await api.addReferral(referral);
    await api.setReferralStatus('r1', 'vereinbart');
    await api.listReferrals(true);
    await api.addActivity(activity);
    await api.listActivities();
    await api.setAttendance('a1', ['p1', 'p2'], 3);
    await api.listFollowups(false);
    await api.addFollowup('2025-12-01', 'Anrufen', null);
    await api.completeFollowup('f1');
    await api.saveDraft('quick-entry', '{}');
    await api.loadDraft('person');
    await api.clearDraft('activity');
    await api.retention();
    await api.setRetention('notes', null);
    await api.applyRetention(['notes', 'done-followups']);
    await api.auditLog(null, 120);
    expect(invokeMock.mock.calls).toEqual([
      ['search_persons', { query }],
      ['add_person', { person }],
      ['edit_person', { id: 'p1', changes: { ...person, pseudonym: null } }],
      ['person_page', { id: 'p1' }],
      ['give_consent', { consent }],
      ['withdraw_consent', { id: 'co1' }],
      ['enrol_participant', { id: 'p1', enrolment }],
      ['close_person', { id: 'p1', reason: null }],
      ['search_notes', { query: 'Wohnung' }],
      ['export_auskunft', { id: 'p1' }],
      ['erase_person', { id: 'p1' }],
      ['list_partners', { req: null }],
      ['add_partner', { req: partner }],
      ['list_visit_slots', { req: null }],
      ['add_visit_slot', { req: { site_id: 's1', weekday: 2, start: '08:00', end: '10:00' } }],
      ['add_referral', { referral }],
      ['set_referral_status', { id: 'r1', status: 'vereinbart' }],
      ['list_referrals', { openOnly: true }],
      ['add_activity', { activity }],
      ['list_activities', undefined],
      ['set_attendance', { id: 'a1', personIds: ['p1', 'p2'], anonymousCount: 3 }],
      ['list_followups', { open: false }],
      ['add_followup', { due: '2025-12-01', what: 'Anrufen', personId: null }],
      ['complete_followup', { id: 'f1' }],
      ['save_draft', { slot: 'quick-entry', body: '{}' }],
      ['load_draft', { slot: 'person' }],
      ['clear_draft', { slot: 'activity' }],
      ['retention', undefined],
      ['set_retention', { category: 'notes', years: null }],
      ['apply_retention', { categories: ['notes', 'done-followups'] }],
      ['audit_log', { entityId: null, before: 120 }],
    ]);
  });

  it('maps the report commands to report/write_report with { period, k, locale }', async () => {
    invokeMock.mockResolvedValue(undefined);
    const quarter = { quarter: '2026-Q3', from: null, to: null };
    const range = { quarter: null, from: '2026-01-05', to: '2026-02-20' };
    await api.report(quarter, 3, 'de');
    await api.writeReport(range, null, 'ar');
    expect(invokeMock.mock.calls).toEqual([
      ['report', { period: quarter, k: 3, locale: 'de' }],
      ['write_report', { period: range, k: null, locale: 'ar' }],
    ]);
  });

  it('maps the backup commands to their names and camelCase argument keys', async () => {
    invokeMock.mockResolvedValue(null);
    await api.backupStatus();
    await api.backupNow();
    await api.restoreBackup('feldbuch-2025-11-21T07-30-00Z-scheduled.fbk', 'geheim');
    expect(invokeMock.mock.calls).toEqual([
      ['backup_status', undefined],
      ['backup_now', undefined],
      ['restore_backup', { fileName: 'feldbuch-2025-11-21T07-30-00Z-scheduled.fbk', passphrase: 'geheim' }],
    ]);
  });

  it('normalises a rejected workflow command like any other', async () => {
    const onLocked = vi.fn();
    api.setLockedHandler(onLocked);
    invokeMock.mockRejectedValueOnce({ code: 'error-person-needs-consent', args: { pseudonym: 'MK' } });
    await expect(api.addFollowup('2025-12-01', 'x', 'p1')).rejects.toEqual({
      code: 'error-person-needs-consent', args: { pseudonym: 'MK' },
    });
    invokeMock.mockRejectedValueOnce({ code: 'error-locked' });
    await expect(api.personPage('p1')).rejects.toEqual({ code: 'error-locked', args: {} });
    expect(onLocked).toHaveBeenCalledTimes(1);
  });
});
