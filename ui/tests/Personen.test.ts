import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../src/lib/api', async (importOriginal) =>
  (await import('./api-mock')).mockedApi(await importOriginal()),
);

import * as api from '../src/lib/api';
import type { Consent, Contact } from '../src/lib/bindings';
import Personen from '../src/components/Personen.svelte';
import { formatDate, localDay } from '../src/lib/format';
import { applyLocale, t } from '../src/lib/i18n.svelte';
import { loadExtensions } from '../src/lib/extensions.svelte';
import { resetApiMocks } from './api-mock';
import { contact, followUp, partners, person, personPage, personSummaries, plain, referral, sites, vocabulary } from './fixtures';

const m = vi.mocked(api);
const byId = (id: string) => screen.getByTestId(id);

const documentation: Consent = { id: 'co-doc', scope: 'documentation', form: 'written', given_on: '2025-11-01', withdrawn_on: null, partner_id: null, partner_name: null };
const reporting: Consent = { id: 'co-rep', scope: 'participant-reporting', form: 'verbal', given_on: '2025-11-02', withdrawn_on: null, partner_id: null, partner_name: null };

function setup(volunteer = false) {
  const user = userEvent.setup();
  render(Personen, { props: { vocabulary, volunteer } });
  return user;
}

async function openPerson(user: ReturnType<typeof userEvent.setup>, index = 0) {
  await vi.waitFor(() => expect(screen.getAllByTestId('person-result')).toHaveLength(personSummaries.length));
  await user.click(screen.getAllByTestId('person-result')[index]);
  await vi.waitFor(() => expect(byId('person-page-heading')).toBeTruthy());
}

beforeEach(() => {
  applyLocale('de');
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  resetApiMocks(api);
  m.searchPersons.mockResolvedValue(personSummaries);
  m.listPartners.mockResolvedValue(partners);
  m.personPage.mockResolvedValue(personPage());
});
afterEach(() => cleanup());

describe('Personen: search', () => {
  it('lists persons on open and searches with the filters on submit', async () => {
    const user = setup();
    await vi.waitFor(() => expect(screen.getAllByTestId('person-result')).toHaveLength(2));
    expect(m.searchPersons).toHaveBeenCalledWith({ text: null, district: null, marker: null, include_closed: false });
    const first = plain(screen.getAllByTestId('person-result')[0].textContent);
    expect(first).toContain('MK-1980');
    expect(first).toContain('Nordend');
    expect(first).toContain(t('marker-einsam'));
    expect(plain(screen.getAllByTestId('person-result')[1].textContent)).toContain(t('person-status-closed'));

    await user.type(byId('persons-search-text'), ' MK ');
    await user.type(byId('persons-search-district'), 'Nord');
    await user.selectOptions(byId('persons-search-marker'), 'wohnungslos');
    await user.click(byId('persons-search-closed'));
    await user.click(byId('persons-search-submit'));
    expect(m.searchPersons).toHaveBeenLastCalledWith({ text: 'MK', district: 'Nord', marker: 'wohnungslos', include_closed: true });
    // Only on submit: typing alone does not search (every search is logged).
    expect(m.searchPersons).toHaveBeenCalledTimes(2);
  });

  it('a search again after a change wins over a search still running', async () => {
    let finishFirst: (found: typeof personSummaries) => void = () => {};
    m.searchPersons.mockImplementationOnce(() => new Promise((resolve) => (finishFirst = resolve)));
    const newest = [{ ...personSummaries[0], id: 'p-new', pseudonym: 'ZK-2001' }, ...personSummaries];
    m.searchPersons.mockResolvedValueOnce(newest);
    m.addPerson.mockResolvedValue(person({ id: 'p-new', pseudonym: 'ZK-2001' }));
    m.personPage.mockResolvedValue(personPage({ person: person({ id: 'p-new', pseudonym: 'ZK-2001' }) }));
    const user = setup();
    expect((byId('persons-search-submit') as HTMLButtonElement).disabled).toBe(true);
    await user.type(byId('person-new-pseudonym'), 'ZK-2001');
    await user.click(byId('person-new-submit'));
    await vi.waitFor(() => expect(m.searchPersons).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(screen.getAllByTestId('person-result')).toHaveLength(3));
    expect((byId('persons-search-submit') as HTMLButtonElement).disabled).toBe(false);
    // The first search (sent before the person was added) finishes last: its results are dropped.
    finishFirst(personSummaries);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.getAllByTestId('person-result')).toHaveLength(3);
    expect(plain(screen.getAllByTestId('person-result')[0].textContent)).toContain('ZK-2001');
  });

  it('opens a person with exactly one audited person_page read', async () => {
    const user = setup();
    await openPerson(user);
    expect(m.personPage).toHaveBeenCalledTimes(1);
    expect(m.personPage).toHaveBeenCalledWith({ id: 'p-mk', contacts: 50 });
    expect(plain(byId('person-page-heading').textContent)).toBe('MK-1980');
    expect(document.activeElement).toBe(byId('person-page-heading'));
    expect(screen.getAllByTestId('person-result')[0].getAttribute('aria-current')).toBe('true');

    // Changing something on the page does not read it again.
    m.giveConsent.mockResolvedValue(person({ consents: [documentation] }));
    await user.click(byId('consent-give-submit'));
    await vi.waitFor(() => expect(screen.getAllByTestId('consent-row')).toHaveLength(1));
    expect(m.personPage).toHaveBeenCalledTimes(1);

    await user.click(byId('person-page-close'));
    expect(screen.queryByTestId('person-page')).toBeNull();
    expect(byId('person-none')).toBeTruthy();
  });

  it('note search shows hits as plain text and its errors', async () => {
    const user = setup();
    m.searchNotes.mockRejectedValueOnce({ code: 'error-search-no-words', args: {} });
    await user.click(byId('notes-search-submit'));
    expect(byId('notes-search-error').textContent).toBe(t('error-search-no-words'));

    m.searchNotes.mockResolvedValueOnce([
      { contact_id: 'c1', date: '2025-11-03', site_id: 'site-park', site_name: 'Stadtpark', kind: 'beratung', kind_ext: null, persons: [], excerpt: 'über <img src=x onerror="window.pwned=1"> Wohnung' },
    ]);
    await user.type(byId('notes-search-query'), ' Wohnung ');
    await user.click(byId('notes-search-submit'));
    expect(m.searchNotes).toHaveBeenLastCalledWith({ text: 'Wohnung' });
    await vi.waitFor(() => expect(screen.getAllByTestId('note-hit')).toHaveLength(1));
    const hit = screen.getAllByTestId('note-hit')[0];
    expect(hit.querySelector('img')).toBeNull();
    expect(byId('note-hit-excerpt').textContent).toBe('über <img src=x onerror="window.pwned=1"> Wohnung');
    expect(plain(hit.textContent)).toContain('Stadtpark');
    expect(screen.queryByTestId('notes-search-error')).toBeNull();
  });

  it('volunteers see no note search, no Auskunft/erase, no referral form and no real-name form', async () => {
    m.personPage.mockResolvedValue(personPage({ person: person({ consents: [documentation, reporting] }) }));
    const user = setup(true);
    expect(screen.queryByTestId('notes-search')).toBeNull();
    expect(screen.queryByTestId('notes-search-query')).toBeNull();
    await openPerson(user);
    expect(screen.queryByTestId('person-rights')).toBeNull();
    expect(screen.queryByTestId('rights-erase')).toBeNull();
    expect(screen.queryByTestId('rights-auskunft')).toBeNull();
    expect(screen.queryByTestId('refer-form')).toBeNull();
    expect(screen.queryByTestId('person-identity')).toBeNull();
    expect(screen.queryByTestId('enrolment')).toBeNull();
    expect(screen.queryByTestId('referral-next-vereinbart')).toBeNull();
    // Follow-ups stay available.
    expect(byId('followup-form')).toBeTruthy();
  });
});

describe('Personen: new person', () => {
  it('requires a pseudonym, then sends the form and opens the new person', async () => {
    const user = setup();
    await user.click(byId('person-new-submit'));
    expect(m.addPerson).not.toHaveBeenCalled();
    expect(byId('person-new-error').textContent).toBe(t('person-new-error-pseudonym'));
    expect(document.activeElement).toBe(byId('person-new-pseudonym'));

    m.addPerson.mockResolvedValue(person({ id: 'p-new', pseudonym: 'ZK-2001' }));
    m.personPage.mockResolvedValue(personPage({ person: person({ id: 'p-new', pseudonym: 'ZK-2001' }) }));
    await user.type(byId('person-new-pseudonym'), ' ZK-2001 ');
    await user.type(byId('person-new-birth-year'), '2001');
    await user.selectOptions(byId('person-new-gender'), 'divers');
    await user.type(byId('person-new-languages'), 'TR, ar,, tr');
    await user.click(byId('person-new-marker-fluchterfahrung'));
    await user.click(byId('person-new-marker-alleinerziehend'));
    await user.click(byId('person-new-submit'));
    expect(m.addPerson).toHaveBeenCalledWith({
      pseudonym: 'ZK-2001', birth_year: 2001, age_band: null, gender: 'divers', languages: ['tr', 'ar'],
      district: null, markers: ['alleinerziehend', 'fluchterfahrung'], real_name: null, contact_info: null,
    });
    await vi.waitFor(() => expect(m.personPage).toHaveBeenCalledWith({ id: 'p-new', contacts: 50 }));
    expect(plain(byId('person-new-status').textContent)).toContain('ZK-2001');
    expect((byId('person-new-pseudonym') as HTMLInputElement).value).toBe('');
    // The list is searched again so that the new person shows up.
    expect(m.searchPersons).toHaveBeenCalledTimes(2);
  });

  it('sends an age band instead of a year of birth, and clears it after saving', async () => {
    const user = setup();
    const options = [...(byId('person-new-age-band') as HTMLSelectElement).options];
    expect(options.map((o) => o.value)).toEqual(['', ...vocabulary.age_bands]);
    expect(options.map((o) => o.textContent)).toEqual([t('qe-option-unset'), ...vocabulary.age_bands.map((b) => t(`age-band-${b}`))]);

    m.addPerson.mockResolvedValue(person({ id: 'p-new', pseudonym: 'OS-55', birth_year: null, age_band: '55-64' }));
    m.personPage.mockResolvedValue(personPage({ person: person({ id: 'p-new', pseudonym: 'OS-55' }) }));
    await user.type(byId('person-new-pseudonym'), 'OS-55');
    await user.selectOptions(byId('person-new-age-band'), '55-64');
    await user.click(byId('person-new-submit'));
    expect(m.addPerson).toHaveBeenCalledWith(expect.objectContaining({ pseudonym: 'OS-55', birth_year: null, age_band: '55-64' }));
    await vi.waitFor(() => expect((byId('person-new-age-band') as HTMLSelectElement).value).toBe(''));
  });

  it('shows a Rust error of add_person', async () => {
    const user = setup();
    m.addPerson.mockRejectedValue({ code: 'error-invalid-birth-year', args: { min: '1900', max: '2025', value: '1800' } });
    await user.type(byId('person-new-pseudonym'), 'X');
    await user.click(byId('person-new-submit'));
    expect(byId('person-new-error').textContent).toBe(t('error-invalid-birth-year', { min: '1900', max: '2025', value: '1800' }));
  });
});

describe('Personen: person page', () => {
  it('consents: forwarding needs a partner; give and withdraw update the page', async () => {
    const user = setup();
    await openPerson(user);
    expect(plain(byId('consents').textContent)).toContain(t('consents-empty'));
    expect(screen.queryByTestId('consent-partner')).toBeNull();

    await user.selectOptions(byId('consent-scope'), 'forwarding');
    await user.click(byId('consent-give-submit'));
    expect(m.giveConsent).not.toHaveBeenCalled();
    expect(byId('consent-error').textContent).toBe(t('consents-error-partner'));

    const forwarding: Consent = { id: 'co-fw', scope: 'forwarding', form: 'verbal', given_on: '2025-11-05', withdrawn_on: null, partner_id: 'pa-tafel', partner_name: 'Tafel Nord' };
    m.giveConsent.mockResolvedValue(person({ consents: [forwarding] }));
    await user.selectOptions(byId('consent-partner'), 'pa-tafel');
    await user.selectOptions(byId('consent-form'), 'verbal');
    await fireEvent.input(byId('consent-date'), { target: { value: '2025-11-05' } });
    await user.click(byId('consent-give-submit'));
    expect(m.giveConsent).toHaveBeenCalledWith({
      person_id: 'p-mk', scope: 'forwarding', form: 'verbal', given_on: '2025-11-05', partner_id: 'pa-tafel',
    });
    await vi.waitFor(() => expect(screen.getAllByTestId('consent-row')).toHaveLength(1));
    expect(plain(screen.getAllByTestId('consent-row')[0].textContent)).toContain('Tafel Nord');

    m.withdrawConsent.mockResolvedValue(person({ consents: [{ ...forwarding, withdrawn_on: '2025-11-21' }] }));
    await user.click(byId('consent-withdraw'));
    expect(m.withdrawConsent).toHaveBeenCalledWith({ id: 'co-fw' });
    await vi.waitFor(() => expect(screen.queryByTestId('consent-withdraw')).toBeNull());
    expect(plain(byId('consent-status').textContent)).toBe(t('consents-withdrawn'));
  });

  it('real name and contact data are editable only with an active documentation consent', async () => {
    const user = setup();
    await openPerson(user);
    expect(screen.queryByTestId('person-real-name')).toBeNull();
    expect(byId('person-identity-locked')).toBeTruthy();

    m.giveConsent.mockResolvedValue(person({ consents: [documentation], revision: 2 }));
    await user.click(byId('consent-give-submit'));
    await vi.waitFor(() => expect(byId('person-real-name')).toBeTruthy());

    m.editPerson.mockResolvedValue(person({ consents: [documentation], real_name: 'Meryem Kaya', revision: 3 }));
    await user.type(byId('person-real-name'), ' Meryem Kaya ');
    await user.click(byId('person-identity-save'));
    expect(m.editPerson).toHaveBeenCalledWith({
      id: 'p-mk',
      // Only the two identity fields: every other field is absent, so it stays as it is.
      changes: { real_name: 'Meryem Kaya', contact_info: '' },
    });
    await vi.waitFor(() => expect((byId('person-real-name') as HTMLInputElement).value).toBe('Meryem Kaya'));
  });

  it('enrolment appears with a participant-reporting consent', async () => {
    m.personPage.mockResolvedValue(personPage({ person: person({ consents: [reporting] }) }));
    const user = setup();
    await openPerson(user);
    m.enrolParticipant.mockResolvedValue(
      person({
        consents: [reporting],
        participant: { entry_date: '2025-11-21', exit_date: null, employment: 'arbeitslos', education: null, household: null, exit_result: {} },
      }),
    );
    await user.selectOptions(byId('enrol-employment'), 'arbeitslos');
    await user.selectOptions(byId('enrol-education'), 'isced-3-4');
    await user.click(byId('enrol-submit'));
    expect(m.enrolParticipant).toHaveBeenCalledWith({
      id: 'p-mk',
      participation: { entry_date: null, employment: 'arbeitslos', education: 'isced-3-4', household: null },
    });
    await vi.waitFor(() => expect(plain(byId('person-details').textContent)).toContain(t('employment-arbeitslos')));
    // Enrolled: the form now changes the enrolment data, prefilled.
    expect(plain(byId('enrolment').textContent)).toContain(t('enrol-edit-heading'));
    expect((byId('enrol-employment') as HTMLSelectElement).value).toBe('arbeitslos');
    expect((byId('enrol-entry') as HTMLInputElement).value).toBe('2025-11-21');
    expect(plain(byId('enrol-status').textContent)).toBe(t('enrol-saved'));
  });

  it('timeline: referral steps from `next`, follow-up done, notes as text', async () => {
    const user = setup();
    await openPerson(user);
    const contact = within(byId('timeline-contacts'));
    expect(contact.getByTestId('timeline-contact-note').textContent).toBe('<b>fett</b>');
    expect(byId('timeline-contacts').querySelector('b')).toBeNull();
    expect(plain(byId('timeline-attendance').textContent)).toContain('Repair-Café Oktober');
    expect(plain(byId('timeline-followups').textContent)).toContain(t('followup-overdue'));

    expect(screen.getByTestId('referral-next-vereinbart')).toBeTruthy();
    expect(screen.getByTestId('referral-next-abgebrochen')).toBeTruthy();
    expect(screen.queryByTestId('referral-next-wahrgenommen')).toBeNull();
    m.setReferralStatus.mockResolvedValue(
      referral({ status: 'vereinbart', next: ['wahrgenommen', 'nicht-wahrgenommen', 'abgebrochen'] }),
    );
    await user.click(byId('referral-next-vereinbart'));
    expect(m.setReferralStatus).toHaveBeenCalledWith({ id: 'r1', status: 'vereinbart' });
    await vi.waitFor(() => expect(screen.getByTestId('referral-next-wahrgenommen')).toBeTruthy());
    expect(plain(byId('timeline-referrals').textContent)).toContain(t('referral-status-vereinbart'));

    m.completeFollowup.mockResolvedValue({ ...personPage().followups[0], done_on: '2025-11-21', overdue: false });
    await user.click(byId('timeline-followup-done'));
    expect(m.completeFollowup).toHaveBeenCalledWith({ id: 'f1' });
    await vi.waitFor(() => expect(screen.queryByTestId('timeline-followup-done')).toBeNull());

    m.setReferralStatus.mockRejectedValueOnce({ code: 'error-referral-status-step', args: { from: 'a', to: 'b' } });
    await user.click(byId('referral-next-wahrgenommen'));
    expect(byId('timeline-error').textContent).toBe(t('error-referral-status-step', { from: 'a', to: 'b' }));
  });

  it('refers to a partner, choosing among the partner’s services, and adds a follow-up', async () => {
    const user = setup();
    await openPerson(user);
    await user.click(byId('refer-submit'));
    expect(byId('refer-error').textContent).toBe(t('refer-error-partner'));

    expect((byId('refer-service') as HTMLSelectElement).disabled).toBe(true);
    await user.selectOptions(byId('refer-partner'), 'pa-tafel');
    const options = [...(byId('refer-service') as HTMLSelectElement).options].map((o) => o.value);
    expect(options).toEqual(['', 'sv-1', 'sv-2']);
    await user.selectOptions(byId('refer-service'), 'sv-2');
    await user.type(byId('refer-note'), 'Termin Di');
    m.addReferral.mockResolvedValue(referral({ id: 'r2', service_name: 'Kleiderkammer' }));
    await user.click(byId('refer-submit'));
    expect(m.addReferral).toHaveBeenCalledWith({
      partner_id: 'pa-tafel', service_id: 'sv-2', person_id: 'p-mk', contact_id: null, note: 'Termin Di',
    });
    await vi.waitFor(() => expect(screen.getAllByTestId('timeline-referral')).toHaveLength(2));

    await user.click(byId('followup-form-submit'));
    expect(byId('followup-form-error').textContent).toBe(t('followup-form-error-due'));
    m.addFollowup.mockResolvedValue(followUp({ id: 'f2', due_on: '2025-12-01', what: 'Antrag prüfen', overdue: false }));
    await fireEvent.input(byId('followup-form-due'), { target: { value: '2025-12-01' } });
    await user.type(byId('followup-form-what'), 'Antrag prüfen');
    await user.click(byId('followup-form-submit'));
    expect(m.addFollowup).toHaveBeenCalledWith({ due: '2025-12-01', what: 'Antrag prüfen', person_id: 'p-mk' });
    await vi.waitFor(() => expect(screen.getAllByTestId('timeline-followup')).toHaveLength(2));
  });

  it('refers from a contact line: the form takes the contact id along with the person id', async () => {
    const contacts = [
      ...personPage().contacts,
      contact({ id: 'c2', date: '2025-11-10', site_id: 'site-kita-sonne', site_name: 'Kita Sonnenschein', kind: 'erstkontakt', persons: ['p-mk'] }),
    ];
    m.personPage.mockResolvedValue(personPage({ contacts }));
    const user = setup();
    await openPerson(user);
    expect(screen.queryByTestId('refer-contact')).toBeNull();
    const buttons = screen.getAllByTestId('timeline-contact-refer');
    expect(buttons).toHaveLength(2);
    expect(buttons[1].textContent?.trim()).toBe(t('timeline-contact-refer'));

    // Keyboard only: focus the button of the second contact and press Enter.
    buttons[1].focus();
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(document.activeElement).toBe(byId('refer-partner')));
    expect(plain(byId('refer-contact').textContent)).toContain('Kita Sonnenschein');

    await user.selectOptions(byId('refer-partner'), 'pa-sb');
    m.addReferral.mockResolvedValue(
      referral({ id: 'r3', partner_id: 'pa-sb', partner_name: 'Schuldnerberatung', service_name: null, contact_id: 'c2' }),
    );
    await user.click(byId('refer-submit'));
    expect(m.addReferral).toHaveBeenCalledWith({
      partner_id: 'pa-sb', service_id: null, person_id: 'p-mk', contact_id: 'c2', note: null,
    });
    await vi.waitFor(() => expect(screen.getAllByTestId('timeline-referral')).toHaveLength(2));
    // The new referral names its contact; the form is back to a plain person referral.
    const from = within(screen.getAllByTestId('timeline-referral')[0]).getByTestId('timeline-referral-contact');
    expect(plain(from.textContent)).toBe(plain(t('timeline-referral-from-contact', { date: formatDate('2025-11-10', 'de') })));
    expect(screen.getAllByTestId('timeline-referral-contact')).toHaveLength(1);
    expect(screen.queryByTestId('refer-contact')).toBeNull();

    // A contact link can be dropped again before saving.
    await user.click(screen.getAllByTestId('timeline-contact-refer')[0]);
    await vi.waitFor(() => expect(byId('refer-contact')).toBeTruthy());
    await user.click(byId('refer-contact-clear'));
    expect(screen.queryByTestId('refer-contact')).toBeNull();
    expect(document.activeElement).toBe(byId('refer-partner'));
    await user.selectOptions(byId('refer-partner'), 'pa-tafel');
    m.addReferral.mockResolvedValue(referral({ id: 'r4' }));
    await user.click(byId('refer-submit'));
    expect(m.addReferral).toHaveBeenLastCalledWith(expect.objectContaining({ person_id: 'p-mk', contact_id: null }));
  });

  it('volunteers get no referral button on contact lines', async () => {
    m.personPage.mockResolvedValue(personPage({ person: person({ consents: [documentation] }) }));
    const user = setup(true);
    await openPerson(user);
    expect(screen.getAllByTestId('timeline-contact')).toHaveLength(1);
    expect(screen.queryByTestId('timeline-contact-refer')).toBeNull();
    expect(screen.queryByTestId('refer-form')).toBeNull();
  });

  it('Auskunft shows the path of the written file', async () => {
    const user = setup();
    await openPerson(user);
    m.exportAuskunft.mockResolvedValue({ path: '/home/ak/Dokumente/Feldbuch-Auskunft-2025-11-21-090000-abc12345.txt' });
    await user.click(byId('rights-auskunft'));
    expect(m.exportAuskunft).toHaveBeenCalledWith({ id: 'p-mk' });
    await vi.waitFor(() =>
      expect(plain(byId('rights-auskunft-status').textContent)).toContain('/home/ak/Dokumente/Feldbuch-Auskunft-2025-11-21-090000-abc12345.txt'),
    );
  });

  it('erasure requires typing the pseudonym, then shows what was erased', async () => {
    const user = setup();
    await openPerson(user);
    await user.click(byId('rights-erase'));
    expect(document.activeElement).toBe(byId('rights-erase-input'));
    const confirm = byId('rights-erase-confirm') as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    await user.type(byId('rights-erase-input'), 'MK-198');
    expect(confirm.disabled).toBe(true);
    await user.keyboard('{Enter}');
    expect(m.erasePerson).not.toHaveBeenCalled();
    expect(plain(byId('person-rights').textContent)).toContain(t('rights-erase-mismatch'));

    // Cancel drops the typed text.
    await user.click(byId('rights-erase-cancel'));
    expect(document.activeElement).toBe(byId('rights-erase'));
    await user.click(byId('rights-erase'));
    expect((byId('rights-erase-input') as HTMLInputElement).value).toBe('');

    m.erasePerson.mockResolvedValue({
      contacts_anonymised: 4, notes_erased: 3, referrals_anonymised: 0, followups_deleted: 1, consents_deleted: 2, attendance_anonymised: 1,
    });
    await user.type(byId('rights-erase-input'), 'MK-1980');
    expect((byId('rights-erase-confirm') as HTMLButtonElement).disabled).toBe(false);
    await user.click(byId('rights-erase-confirm'));
    expect(m.erasePerson).toHaveBeenCalledWith({ id: 'p-mk' });
    await vi.waitFor(() => expect(byId('erasure-report')).toBeTruthy());
    const report = plain(byId('erasure-report').textContent);
    expect(report).toContain('MK-1980');
    expect(report).toContain(`${t('rights-erased-contacts')} 4`);
    expect(report).toContain(`${t('rights-erased-notes')} 3`);
    expect(screen.queryByTestId('person-page')).toBeNull();
    expect(m.searchPersons).toHaveBeenCalledTimes(2);
  });

  it('shows a person_page error', async () => {
    m.personPage.mockRejectedValue({ code: 'error-forbidden', args: {} });
    const user = setup();
    await vi.waitFor(() => expect(screen.getAllByTestId('person-result')).toHaveLength(2));
    await user.click(screen.getAllByTestId('person-result')[0]);
    await vi.waitFor(() => expect(byId('person-page-error').textContent).toBe(t('error-forbidden')));
  });
});

describe('Personen: the team and hand-overs', () => {
  it('links a person for the team, asks first when the team knows the fields, and unlinks', async () => {
    const user = setup();
    await openPerson(user);
    expect((byId('person-link-year') as HTMLInputElement).value).toBe('1980');
    expect((byId('person-link-gender') as HTMLSelectElement).value).toBe('weiblich');

    // Initials missing: nothing is sent.
    await user.click(byId('person-link-submit'));
    expect(m.linkPerson).not.toHaveBeenCalled();
    expect(byId('person-link-error').textContent).toBe(t('person-link-fields-required'));

    m.linkPerson.mockResolvedValueOnce({ linked: false, matches: 1 });
    await user.type(byId('person-link-initials'), 'mk');
    await user.click(byId('person-link-submit'));
    expect(m.linkPerson).toHaveBeenLastCalledWith({
      id: 'p-mk', link: { initials: 'mk', birth_year: 1980, gender: 'weiblich', confirm: false },
    });
    await vi.waitFor(() => expect(byId('person-link-question').textContent).toBe(t('person-link-question', { count: 1 })));
    expect(screen.queryByTestId('person-link-state')).toBeNull();

    m.linkPerson.mockResolvedValueOnce({ linked: true, matches: 1 });
    await user.click(byId('person-link-same'));
    expect(m.linkPerson).toHaveBeenLastCalledWith({
      id: 'p-mk', link: { initials: 'mk', birth_year: 1980, gender: 'weiblich', confirm: true },
    });
    await vi.waitFor(() => expect(byId('person-link-state').textContent).toBe(t('person-link-linked')));

    m.unlinkPerson.mockResolvedValue(person({ linked: false, revision: 3 }));
    await user.click(byId('person-unlink'));
    expect(m.unlinkPerson).toHaveBeenCalledWith({ id: 'p-mk' });
    await vi.waitFor(() => expect(byId('person-link-submit')).toBeTruthy());
  });

  it('a person handed to a colleague is read-only here, and says to whom', async () => {
    const user = setup();
    m.personPage.mockResolvedValue(personPage({ handed_to: 'BB', person: person({ consents: [documentation] }) }));
    await openPerson(user);
    await vi.waitFor(() =>
      expect(plain(byId('person-handed-over').textContent)).toBe(plain(t('person-handed-over', { initials: 'BB' }))),
    );
    expect(screen.getAllByTestId('consent-row')).toHaveLength(1);
    for (const form of ['person-link', 'consent-give', 'consent-withdraw', 'refer-form', 'followup-form']) {
      expect(screen.queryByTestId(form)).toBeNull();
    }
  });
});

describe('Personen: corrections on the person page', () => {
  const enrolled = person({
    consents: [reporting],
    participant: {
      entry_date: '2025-09-01', exit_date: null, employment: 'arbeitslos', education: null, household: null, exit_result: {},
    },
  });

  beforeEach(() => {
    m.listSites.mockResolvedValue(sites);
    m.listPersons.mockResolvedValue([{ id: 'p-mk', pseudonym: 'MK-1980' }]);
  });

  it('a contact of the timeline opens for correcting; the saved one shows its new note', async () => {
    const user = setup();
    await openPerson(user);
    const line = byId('timeline-contact');
    expect(line.dataset.contact).toBe('c1');
    m.editContact.mockImplementation(async ({ id, changes }) => ({ ...personPage().contacts[0], id, ...(changes as Partial<Contact>) }));
    await user.click(within(line).getByTestId('contact-edit'));
    // Below the timeline's "Kontakte" (h3), the form's heading is an h4.
    expect(document.activeElement?.tagName).toBe('H4');
    await vi.waitFor(() => expect(plain(byId('ce-persons-chip').textContent)).toContain('MK-1980'));
    expect((byId('ce-site') as HTMLSelectElement).value).toBe('site-park');
    await user.clear(byId('ce-duration'));
    await user.type(byId('ce-duration'), '40');
    await user.clear(byId('ce-note'));
    await user.type(byId('ce-note'), 'Antrag besprochen');
    await user.click(byId('ce-save'));
    expect(m.editContact).toHaveBeenCalledWith({ id: 'c1', changes: { duration_min: 40, note: 'Antrag besprochen' } });
    await vi.waitFor(() => expect(byId('timeline-contact-note').textContent).toBe('Antrag besprochen'));
    expect(screen.queryByTestId('contact-edit-form')).toBeNull();
    expect(plain(byId('timeline-status').textContent)).toBe(t('rec-contact-saved'));
    // The person page is not read again (each read is audited).
    expect(m.personPage).toHaveBeenCalledTimes(1);
  });

  it('a contact that no longer names the person leaves the timeline; a deleted one too', async () => {
    const contacts = [...personPage().contacts, contact({ id: 'c2', date: '2025-11-10', persons: ['p-mk'] })];
    m.personPage.mockResolvedValue(personPage({ contacts }));
    m.editContact.mockImplementation(async ({ id, changes }) => ({ ...contacts[0], id, ...(changes as Partial<Contact>) }));
    m.deleteContact.mockResolvedValue(undefined);
    const user = setup();
    await openPerson(user);
    expect(screen.getAllByTestId('timeline-contact')).toHaveLength(2);
    await user.click(screen.getAllByTestId('contact-edit')[0]);
    await vi.waitFor(() => expect(screen.getAllByTestId('ce-persons-chip')).toHaveLength(1));
    await user.click(byId('ce-persons-remove'));
    await user.click(byId('ce-save'));
    expect(m.editContact).toHaveBeenCalledWith({ id: 'c1', changes: { persons: [] } });
    await vi.waitFor(() => expect(screen.getAllByTestId('timeline-contact')).toHaveLength(1));

    await user.click(byId('contact-edit'));
    await user.click(byId('ce-delete'));
    await user.click(byId('ce-delete-confirm'));
    expect(m.deleteContact).toHaveBeenCalledWith({ id: 'c2' });
    await vi.waitFor(() => expect(screen.queryAllByTestId('timeline-contact')).toHaveLength(0));
    expect(plain(byId('timeline-status').textContent)).toBe(t('contact-deleted'));
  });

  it('corrects a referral: another partner (which drops the service), then the note', async () => {
    const user = setup();
    await openPerson(user);
    await user.click(byId('referral-edit'));
    expect((byId('referral-edit-partner') as HTMLSelectElement).value).toBe('pa-tafel');
    expect((byId('referral-edit-service') as HTMLSelectElement).value).toBe('sv-1');
    // The same partner keeps a service: "no particular service" cannot be sent for it.
    const none = (byId('referral-edit-service') as HTMLSelectElement).options[0];
    expect(none.disabled).toBe(true);
    await user.selectOptions(byId('referral-edit-service'), 'sv-2');
    m.editReferral.mockResolvedValueOnce(referral({ service_id: 'sv-2', service_name: 'Kleiderkammer', revision: 2 }));
    await user.click(byId('referral-edit-save'));
    expect(m.editReferral).toHaveBeenCalledWith({ id: 'r1', changes: { service_id: 'sv-2' } });
    await vi.waitFor(() => expect(plain(byId('timeline-referral').textContent)).toContain('Kleiderkammer'));
    expect(plain(byId('timeline-status').textContent)).toBe(t('rec-referral-saved'));

    await user.click(byId('referral-edit'));
    await user.selectOptions(byId('referral-edit-partner'), 'pa-sb');
    expect((byId('referral-edit-service') as HTMLSelectElement).value).toBe('');
    await user.type(byId('referral-edit-note'), 'Termin am Dienstag');
    m.editReferral.mockResolvedValueOnce(
      referral({ partner_id: 'pa-sb', partner_name: 'Schuldnerberatung', service_id: null, service_name: null, note: 'Termin am Dienstag' }),
    );
    await user.click(byId('referral-edit-save'));
    expect(m.editReferral).toHaveBeenLastCalledWith({ id: 'r1', changes: { partner_id: 'pa-sb', note: 'Termin am Dienstag' } });
    await vi.waitFor(() => expect(plain(byId('timeline-referral').textContent)).toContain('Schuldnerberatung'));
    expect(plain(byId('timeline-referral').textContent)).toContain('Termin am Dienstag');
  });

  it('a referral to an archived partner keeps it as the current choice; a refusal keeps the form', async () => {
    m.personPage.mockResolvedValue(
      personPage({ referrals: [referral({ partner_id: 'pa-alt', partner_name: 'Stadtteilbüro', service_id: null, service_name: null })] }),
    );
    const user = setup();
    await openPerson(user);
    await user.click(byId('referral-edit'));
    const select = byId('referral-edit-partner') as HTMLSelectElement;
    expect(select.value).toBe('pa-alt');
    expect(plain(select.selectedOptions[0].textContent)).toBe(plain(t('rec-partner-archived', { name: 'Stadtteilbüro' })));
    m.editReferral.mockRejectedValueOnce({ code: 'error-text-too-long', args: { field: 'note', max: '500' } });
    await user.type(byId('referral-edit-note'), 'sehr lang');
    await user.click(byId('referral-edit-save'));
    expect(m.editReferral).toHaveBeenCalledWith({ id: 'r1', changes: { note: 'sehr lang' } });
    await vi.waitFor(() => expect(byId('referral-edit-error').textContent).toBe(t('error-text-too-long', { field: 'note', max: '500' })));
    expect((byId('referral-edit-note') as HTMLInputElement).value).toBe('sehr lang');
  });

  it('reschedules an open follow-up and reopens a done one', async () => {
    m.personPage.mockResolvedValue(
      personPage({ followups: [followUp(), followUp({ id: 'f2', what: 'Antrag abgeben', done_on: '2025-11-15', overdue: false })] }),
    );
    const user = setup();
    await openPerson(user);
    expect(screen.getAllByTestId('followup-reschedule')).toHaveLength(1);
    await user.click(byId('followup-reschedule'));
    expect(document.activeElement).toBe(byId('followup-due'));
    expect((byId('followup-due') as HTMLInputElement).value).toBe('2025-11-18');
    expect((byId('followup-what') as HTMLInputElement).value).toBe('Rückruf');

    m.editFollowup.mockRejectedValueOnce({ code: 'error-invalid-date', args: { value: '2025-13-01' } });
    await user.clear(byId('followup-due'));
    await user.type(byId('followup-due'), '2025-13-01');
    await user.click(byId('followup-reschedule-save'));
    expect(m.editFollowup).toHaveBeenCalledWith({ id: 'f1', due: '2025-13-01' });
    await vi.waitFor(() => expect(byId('followup-reschedule-error').textContent).toBe(t('error-invalid-date', { value: '2025-13-01' })));
    expect((byId('followup-due') as HTMLInputElement).value).toBe('2025-13-01');

    m.editFollowup.mockResolvedValueOnce(followUp({ due_on: '2025-12-05', overdue: false }));
    await user.clear(byId('followup-due'));
    await user.type(byId('followup-due'), '2025-12-05');
    await user.click(byId('followup-reschedule-save'));
    expect(m.editFollowup).toHaveBeenLastCalledWith({ id: 'f1', due: '2025-12-05' });
    await vi.waitFor(() => expect(screen.queryByTestId('followup-due')).toBeNull());
    const open = screen.getAllByTestId('timeline-followup')[0];
    expect(plain(open.textContent)).toContain(plain(t('followup-due', { date: formatDate('2025-12-05', 'de') })));
    expect(open.classList.contains('overdue')).toBe(false);
    expect(document.activeElement).toBe(byId('followup-reschedule'));

    m.reopenFollowup.mockResolvedValue(followUp({ id: 'f2', what: 'Antrag abgeben', done_on: null, overdue: false }));
    await user.click(byId('followup-reopen'));
    expect(m.reopenFollowup).toHaveBeenCalledWith({ id: 'f2' });
    await vi.waitFor(() => expect(screen.queryByTestId('followup-reopen')).toBeNull());
    expect(screen.getAllByTestId('timeline-followup-done')).toHaveLength(2);
  });

  it('closes the case with a date and a reason, and reopens it', async () => {
    const user = setup();
    await openPerson(user);
    expect(screen.queryByTestId('person-reopen')).toBeNull();
    await user.click(byId('person-close'));
    expect(document.activeElement).toBe(byId('person-close-date'));
    expect((byId('person-close-date') as HTMLInputElement).value).toBe(localDay());

    // A refusal keeps the form and what was typed.
    m.closePerson.mockRejectedValueOnce({ code: 'error-date-in-future', args: { value: '2099-01-01' } });
    await user.clear(byId('person-close-date'));
    await user.type(byId('person-close-date'), '2099-01-01');
    await user.type(byId('person-close-reason'), 'Umzug nach Kassel');
    await user.click(byId('person-close-save'));
    await vi.waitFor(() => expect(byId('person-close-error').textContent).toBe(t('error-date-in-future', { value: '2099-01-01' })));
    expect((byId('person-close-reason') as HTMLInputElement).value).toBe('Umzug nach Kassel');

    m.closePerson.mockResolvedValueOnce(
      person({ status: 'closed', closed_on: '2025-11-20', close_reason: 'Umzug nach Kassel', revision: 2 }),
    );
    await user.clear(byId('person-close-date'));
    await user.type(byId('person-close-date'), '2025-11-20');
    await user.click(byId('person-close-save'));
    expect(m.closePerson).toHaveBeenLastCalledWith({ id: 'p-mk', reason: 'Umzug nach Kassel', on: '2025-11-20' });
    await vi.waitFor(() => expect(byId('person-reopen')).toBeTruthy());
    const details = plain(byId('person-details').textContent);
    expect(details).toContain(t('person-status-closed'));
    expect(details).toContain(plain(t('person-closed-on', { date: formatDate('2025-11-20', 'de') })));
    expect(byId('person-close-reason-shown').textContent).toBe('Umzug nach Kassel');
    expect(plain(byId('person-case-status').textContent)).toBe(t('rec-case-closed-done'));
    expect(document.activeElement).toBe(byId('person-reopen'));

    m.reopenPerson.mockResolvedValue(person({ revision: 3 }));
    await user.click(byId('person-reopen'));
    expect(m.reopenPerson).toHaveBeenCalledWith({ id: 'p-mk' });
    await vi.waitFor(() => expect(byId('person-close')).toBeTruthy());
    expect(plain(byId('person-details').textContent)).toContain(t('person-status-active'));
    expect(screen.queryByTestId('person-close-reason-shown')).toBeNull();
    expect(plain(byId('person-case-status').textContent)).toBe(t('rec-case-reopened'));
  });

  it('records an ESF exit with the chosen results and shows the recorded ones', async () => {
    m.personPage.mockResolvedValue(personPage({ person: enrolled }));
    const user = setup();
    await openPerson(user);
    expect(screen.queryByTestId('person-exit-recorded')).toBeNull();
    const legends = [...byId('person-exit').querySelectorAll('fieldset legend')].map((l) => plain(l.textContent));
    expect(legends).toEqual([
      t('report-result-job-searching'), t('report-result-in-education'), t('report-result-qualification'), t('report-result-employed'),
    ]);
    // Nothing recorded yet: every indicator starts as "not recorded".
    for (const name of ['job-searching', 'in-education', 'qualification', 'employed']) {
      expect((byId(`person-exit-${name}-unset`) as HTMLInputElement).checked).toBe(true);
    }
    await user.clear(byId('person-exit-date'));
    await user.type(byId('person-exit-date'), '2025-11-15');
    await user.click(byId('person-exit-employed-yes'));
    await user.click(byId('person-exit-job-searching-no'));
    m.exitParticipant.mockResolvedValue({
      ...enrolled,
      revision: 2,
      participant: { ...enrolled.participant!, exit_date: '2025-11-15', exit_result: { employed: true, job_searching: false } },
    });
    await user.click(byId('person-exit-save'));
    expect(m.exitParticipant).toHaveBeenCalledWith({ id: 'p-mk', on: '2025-11-15', result: { job_searching: false, employed: true } });

    await vi.waitFor(() => expect(byId('person-exit-recorded')).toBeTruthy());
    expect(plain(byId('person-exit-recorded').textContent)).toBe(formatDate('2025-11-15', 'de'));
    expect(byId('person-exit-recorded-employed').textContent).toBe(t('label-yes'));
    expect(byId('person-exit-recorded-job-searching').textContent).toBe(t('label-no'));
    expect(byId('person-exit-recorded-qualification').textContent).toBe(t('rec-exit-unset'));
    expect(plain(byId('person-exit-status').textContent)).toBe(t('rec-exit-saved'));
    // The form now starts from what is recorded.
    expect((byId('person-exit-employed-yes') as HTMLInputElement).checked).toBe(true);
    expect((byId('person-exit-date') as HTMLInputElement).value).toBe('2025-11-15');
    expect(byId('person-exit-save').textContent?.trim()).toBe(t('rec-exit-change'));
  });

  it('an exit before the entry is refused with the core’s message, the answers stay', async () => {
    m.personPage.mockResolvedValue(personPage({ person: enrolled }));
    m.exitParticipant.mockRejectedValue({ code: 'error-exit-before-entry', args: { value: '2025-08-01' } });
    const user = setup();
    await openPerson(user);
    await user.clear(byId('person-exit-date'));
    await user.type(byId('person-exit-date'), '2025-08-01');
    await user.click(byId('person-exit-qualification-yes'));
    await user.click(byId('person-exit-save'));
    expect(m.exitParticipant).toHaveBeenCalledWith({ id: 'p-mk', on: '2025-08-01', result: { qualification: true } });
    await vi.waitFor(() => expect(byId('person-exit-error').textContent).toBe(t('error-exit-before-entry', { value: '2025-08-01' })));
    expect((byId('person-exit-qualification-yes') as HTMLInputElement).checked).toBe(true);
    expect((byId('person-exit-date') as HTMLInputElement).value).toBe('2025-08-01');
  });

  it('volunteers may correct contacts, but not referrals, cases or exits', async () => {
    m.personPage.mockResolvedValue(personPage({ person: { ...enrolled, consents: [documentation, reporting] } }));
    const user = setup(true);
    await openPerson(user);
    expect(screen.getAllByTestId('contact-edit')).toHaveLength(1);
    expect(screen.queryByTestId('referral-edit')).toBeNull();
    expect(screen.queryByTestId('person-case')).toBeNull();
    expect(screen.queryByTestId('person-close')).toBeNull();
    expect(screen.queryByTestId('person-exit')).toBeNull();
    await user.click(byId('contact-edit'));
    expect(screen.queryByTestId('ce-note')).toBeNull();
  });
});

describe('Personen: correcting a person', () => {
  const input = (id: string) => byId(id) as HTMLInputElement;

  async function openEdit(user: ReturnType<typeof userEvent.setup>) {
    await openPerson(user);
    await user.click(byId('person-edit'));
    await vi.waitFor(() => expect(byId('person-edit-form')).toBeTruthy());
  }

  it('starts from the record, sends only what changed and shows the saved values', async () => {
    const user = setup();
    await openEdit(user);
    expect(document.activeElement?.id).toBe('person-edit-heading');
    expect(input('person-edit-pseudonym').value).toBe('MK-1980');
    expect(input('person-edit-birth-year').value).toBe('1980');
    expect((byId('person-edit-age-band') as HTMLSelectElement).value).toBe('');
    expect((byId('person-edit-gender') as HTMLSelectElement).value).toBe('weiblich');
    expect(input('person-edit-district').value).toBe('Nordend');
    expect(input('person-edit-languages').value).toBe('tr, de');
    expect(input('person-edit-marker-einsam').checked).toBe(true);
    expect(input('person-edit-marker-wohnungslos').checked).toBe(false);
    // The new-person form keeps its own fields beside it.
    expect(input('person-new-pseudonym').value).toBe('');

    await user.clear(byId('person-edit-pseudonym'));
    await user.type(byId('person-edit-pseudonym'), ' MK-81 ');
    await user.clear(byId('person-edit-birth-year'));
    await user.selectOptions(byId('person-edit-age-band'), '30-54');
    await user.clear(byId('person-edit-district'));
    await user.type(byId('person-edit-district'), 'Bornheim');
    await user.clear(byId('person-edit-languages'));
    await user.type(byId('person-edit-languages'), 'tr, de, AR,, de');
    await user.click(byId('person-edit-marker-wohnungslos'));
    await user.click(byId('person-edit-marker-einsam'));
    await user.click(byId('person-edit-marker-alleinerziehend'));
    m.editPerson.mockResolvedValue(
      person({
        pseudonym: 'MK-81', birth_year: null, age_band: '30-54', district: 'Bornheim', languages: ['tr', 'de', 'ar'],
        markers: ['wohnungslos', 'alleinerziehend'], revision: 2,
      }),
    );
    await user.click(byId('person-edit-save'));
    expect(m.editPerson).toHaveBeenCalledTimes(1);
    // Gender stayed as it was: it is not sent. The markers go as the whole new list.
    expect(m.editPerson.mock.calls[0][0]).toStrictEqual({
      id: 'p-mk',
      changes: {
        pseudonym: 'MK-81', birth_year: null, age_band: '30-54', district: 'Bornheim', languages: ['tr', 'de', 'ar'],
        markers: ['wohnungslos', 'alleinerziehend'],
      },
    });

    await vi.waitFor(() => expect(screen.queryByTestId('person-edit-form')).toBeNull());
    expect(plain(byId('person-page-heading').textContent)).toBe('MK-81');
    // Without a year of birth the age band is shown.
    expect(screen.queryByTestId('person-birth-year-shown')).toBeNull();
    expect(byId('person-age-band-shown').textContent).toBe(t('age-band-30-54'));
    expect(byId('person-gender-shown').textContent).toBe(t('gender-weiblich'));
    expect(byId('person-district-shown').textContent).toBe('Bornheim');
    expect(byId('person-languages-shown').textContent).toBe('tr, de, ar');
    const markers = plain(byId('person-markers-shown').textContent);
    expect(markers).toContain(t('marker-wohnungslos'));
    expect(markers).toContain(t('marker-alleinerziehend'));
    expect(markers).not.toContain(t('marker-einsam'));
    expect(plain(byId('person-edit-status').textContent)).toBe(t('rec-person-saved'));
    expect(document.activeElement).toBe(byId('person-edit'));
    // The search lists pseudonym, district and markers: it runs again; the page is not read again.
    await vi.waitFor(() => expect(m.searchPersons).toHaveBeenCalledTimes(2));
    expect(m.personPage).toHaveBeenCalledTimes(1);

    // Opened again, the form starts from the saved record.
    await user.click(byId('person-edit'));
    expect(input('person-edit-pseudonym').value).toBe('MK-81');
    expect(input('person-edit-birth-year').value).toBe('');
    expect(input('person-edit-languages').value).toBe('tr, de, ar');
    expect(screen.queryByTestId('person-edit-status')).toBeNull();
  });

  it('a year typed sends the number, a cleared choice sends ""; Ctrl+Enter saves, nothing changed sends nothing', async () => {
    m.personPage.mockResolvedValue(personPage({ person: person({ birth_year: null, age_band: '55-64' }) }));
    const user = setup();
    await openPerson(user);
    expect(byId('person-age-band-shown').textContent).toBe(t('age-band-55-64'));
    expect(screen.queryByTestId('person-birth-year-shown')).toBeNull();

    // Saving what was not changed only closes the form.
    await user.click(byId('person-edit'));
    await user.click(byId('person-edit-save'));
    expect(screen.queryByTestId('person-edit-form')).toBeNull();
    expect(m.editPerson).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(document.activeElement).toBe(byId('person-edit')));

    await user.click(byId('person-edit'));
    expect((byId('person-edit-age-band') as HTMLSelectElement).value).toBe('55-64');
    await user.type(byId('person-edit-birth-year'), '1961');
    await user.selectOptions(byId('person-edit-gender'), '');
    m.editPerson.mockResolvedValue(person({ birth_year: 1961, age_band: '55-64', gender: null, revision: 2 }));
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(m.editPerson.mock.calls[0][0]).toStrictEqual({ id: 'p-mk', changes: { birth_year: 1961, gender: '' } });
    await vi.waitFor(() => expect(screen.queryByTestId('person-edit-form')).toBeNull());
    expect(byId('person-birth-year-shown').textContent).toBe('1961');
    expect(byId('person-age-band-shown').textContent).toBe(t('age-band-55-64'));
    expect(byId('person-gender-shown').textContent).toBe(t('value-none'));
  });

  it('a refused correction keeps what was typed and shows the core’s message; an empty pseudonym is not sent', async () => {
    const user = setup();
    await openEdit(user);
    await user.clear(byId('person-edit-pseudonym'));
    await user.click(byId('person-edit-save'));
    expect(m.editPerson).not.toHaveBeenCalled();
    expect(byId('person-edit-error').textContent).toBe(t('person-new-error-pseudonym'));
    expect(document.activeElement).toBe(byId('person-edit-pseudonym'));
    expect(byId('person-edit-pseudonym').getAttribute('aria-invalid')).toBe('true');

    await user.type(byId('person-edit-pseudonym'), 'MK-1980');
    await user.clear(byId('person-edit-birth-year'));
    await user.type(byId('person-edit-birth-year'), '1800');
    await user.click(byId('person-edit-marker-grundsicherung'));
    const refusal = { code: 'error-invalid-birth-year', args: { min: '1900', max: '2025', value: '1800' } };
    m.editPerson.mockRejectedValue(refusal);
    await user.click(byId('person-edit-save'));
    expect(m.editPerson.mock.calls[0][0]).toStrictEqual({ id: 'p-mk', changes: { birth_year: 1800, markers: ['grundsicherung', 'einsam'] } });
    await vi.waitFor(() => expect(byId('person-edit-error').textContent).toBe(t('error-invalid-birth-year', refusal.args)));
    expect(byId('person-edit-form')).toBeTruthy();
    expect(input('person-edit-birth-year').value).toBe('1800');
    expect(input('person-edit-marker-grundsicherung').checked).toBe(true);
    // The record shown is unchanged.
    expect(byId('person-birth-year-shown').textContent).toBe('1980');
    expect(m.searchPersons).toHaveBeenCalledTimes(1);
  });

  it('Cancel and Escape send nothing and leave the record as it was', async () => {
    const user = setup();
    await openEdit(user);
    await user.clear(byId('person-edit-district'));
    await user.type(byId('person-edit-district'), 'Bockenheim');
    await user.click(byId('person-edit-cancel'));
    expect(screen.queryByTestId('person-edit-form')).toBeNull();
    await vi.waitFor(() => expect(document.activeElement).toBe(byId('person-edit')));

    await user.click(byId('person-edit'));
    // What was typed before the cancel is gone.
    expect(input('person-edit-district').value).toBe('Nordend');
    await user.click(byId('person-edit-marker-behinderung'));
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('person-edit-form')).toBeNull();
    await vi.waitFor(() => expect(document.activeElement).toBe(byId('person-edit')));

    expect(m.editPerson).not.toHaveBeenCalled();
    expect(byId('person-district-shown').textContent).toBe('Nordend');
    expect(plain(byId('person-markers-shown').textContent)).not.toContain(t('marker-behinderung'));
    expect(plain(byId('person-edit-status').textContent)).toBe('');
  });

  it('volunteers may correct the persons they registered (never their real names)', async () => {
    const user = setup(true);
    await openEdit(user);
    await user.clear(byId('person-edit-pseudonym'));
    await user.type(byId('person-edit-pseudonym'), 'MK-80');
    m.editPerson.mockResolvedValue(person({ pseudonym: 'MK-80', revision: 2 }));
    await user.click(byId('person-edit-save'));
    expect(m.editPerson.mock.calls[0][0]).toStrictEqual({ id: 'p-mk', changes: { pseudonym: 'MK-80' } });
    await vi.waitFor(() => expect(plain(byId('person-page-heading').textContent)).toBe('MK-80'));
    expect(screen.queryByTestId('person-identity')).toBeNull();
  });
});

describe('Personen: a person met many times', () => {
  it('opens with the newest 50 contacts and loads all on request', async () => {
    const many = Array.from({ length: 50 }, (_, i) => contact({ id: `c${i}`, persons: ['p-mk'] }));
    const all = [...many, contact({ id: 'c-old', date: '2024-01-02', persons: ['p-mk'] })];
    m.personPage
      .mockResolvedValueOnce(personPage({ contacts: many, contacts_total: 51 }))
      .mockResolvedValueOnce(personPage({ contacts: all, contacts_total: 51 }));
    const user = setup();
    await openPerson(user);
    expect(m.personPage).toHaveBeenLastCalledWith({ id: 'p-mk', contacts: 50 });
    expect(await screen.findAllByTestId('timeline-contact')).toHaveLength(50);
    expect(plain(byId('timeline-contacts-shown').textContent)).toContain('51');
    await user.click(byId('timeline-contacts-all'));
    await waitFor(() => expect(screen.getAllByTestId('timeline-contact')).toHaveLength(51));
    expect(m.personPage).toHaveBeenLastCalledWith({ id: 'p-mk' });
    expect(screen.queryByTestId('timeline-contacts-all')).toBeNull();
  });
});

describe("Personen: the programme's own markers", () => {
  const input = (id: string) => byId(id) as HTMLInputElement;

  afterEach(async () => {
    m.vocabExtensions.mockResolvedValue([]);
    await loadExtensions();
  });

  it('names them, offers them as checkboxes and keeps them in a correction', async () => {
    m.vocabExtensions.mockResolvedValue([
      { kind: 'marker', id: 'sprachbarriere', parent: null, labels: { de: 'Sprachbarriere', en: 'Language barrier', tr: 'Dil engeli', ar: 'حاجز اللغة', uk: 'Мовний барʼєр' } },
    ]);
    await loadExtensions();
    m.personPage.mockResolvedValue(personPage({ person: person({ own_markers: ['sprachbarriere'] }) }));
    const user = setup();
    await openPerson(user);
    expect(plain(byId('person-markers-shown').textContent)).toBe(`${t('marker-einsam')} Sprachbarriere`);
    expect(input('person-new-marker-sprachbarriere').checked).toBe(false);
    await user.click(byId('person-edit'));
    await vi.waitFor(() => expect(byId('person-edit-form')).toBeTruthy());
    expect(input('person-edit-marker-sprachbarriere').checked).toBe(true);
    await user.click(byId('person-edit-marker-wohnungslos'));
    m.editPerson.mockResolvedValue(person({ markers: ['wohnungslos', 'einsam'], own_markers: ['sprachbarriere'], revision: 2 }));
    await user.click(byId('person-edit-save'));
    expect(m.editPerson.mock.calls[0][0]).toStrictEqual({ id: 'p-mk', changes: { markers: ['wohnungslos', 'einsam', 'sprachbarriere'] } });
  });
});
