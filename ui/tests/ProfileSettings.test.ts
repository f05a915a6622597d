import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../src/lib/api', async (importOriginal) =>
  (await import('./api-mock')).mockedApi(await importOriginal()),
);

import * as api from '../src/lib/api';
import type { Profile } from '../src/lib/bindings';
import Settings from '../src/components/Settings.svelte';
import ProfileSettings from '../src/components/settings/ProfileSettings.svelte';
import { applyLocale, t } from '../src/lib/i18n.svelte';
import { resetApiMocks } from './api-mock';
import { plain, vocabulary, workerProfile } from './fixtures';

const m = vi.mocked(api);
const byId = (id: string) => screen.getByTestId(id);
const value = (id: string) => (byId(id) as HTMLInputElement).value;
const withTeam: Profile = { ...workerProfile, team: 'Nordend' };

beforeEach(() => {
  applyLocale('de');
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  resetApiMocks(api);
});
afterEach(() => cleanup());

describe('Einstellungen: Profil bearbeiten', () => {
  it('starts from the profile and sends only the changed fields, trimmed', async () => {
    const user = userEvent.setup();
    const onchanged = vi.fn();
    const saved: Profile = { ...withTeam, display_name: 'Aylin Kaya-Demir' };
    m.editProfile.mockResolvedValue(saved);
    render(ProfileSettings, { props: { profile: withTeam, onchanged } });
    expect(value('profile-display-name')).toBe('Aylin Kaya');
    expect(value('profile-initials')).toBe('AK');
    expect(value('profile-team')).toBe('Nordend');
    expect(screen.getByLabelText(t('settings-profile-name'))).toBe(byId('profile-display-name'));

    await user.type(byId('profile-display-name'), '-Demir ');
    await user.click(byId('profile-save'));
    expect(m.editProfile).toHaveBeenCalledWith({ display_name: 'Aylin Kaya-Demir' });
    await vi.waitFor(() => expect(plain(byId('profile-status').textContent)).toBe(t('profile-saved')));
    expect(onchanged).toHaveBeenCalledWith(saved);
    expect(value('profile-display-name')).toBe('Aylin Kaya-Demir');
  });

  it('clears the team with an empty text', async () => {
    const user = userEvent.setup();
    m.editProfile.mockResolvedValue({ ...withTeam, team: null });
    render(ProfileSettings, { props: { profile: withTeam } });
    await user.clear(byId('profile-team'));
    await user.click(byId('profile-save'));
    expect(m.editProfile).toHaveBeenCalledWith({ team: '' });
    await vi.waitFor(() => expect(plain(byId('profile-status').textContent)).toBe(t('profile-saved')));
    expect(value('profile-team')).toBe('');
  });

  it('sends nothing when nothing changed', async () => {
    const user = userEvent.setup();
    render(ProfileSettings, { props: { profile: withTeam } });
    await user.type(byId('profile-initials'), ' ');
    await user.click(byId('profile-save'));
    expect(m.editProfile).not.toHaveBeenCalled();
    expect(plain(byId('profile-status').textContent)).toBe(t('dir-unchanged'));
  });

  it('shows a refusal in the language of the UI and keeps what was typed', async () => {
    const user = userEvent.setup();
    const onchanged = vi.fn();
    m.editProfile.mockRejectedValue({ code: 'error-invalid-initials', args: { value: 'A1' } });
    render(ProfileSettings, { props: { profile: withTeam, onchanged } });
    await user.clear(byId('profile-initials'));
    await user.type(byId('profile-initials'), 'A1');
    await user.type(byId('profile-team'), ' Süd');
    await user.click(byId('profile-save'));
    expect(m.editProfile).toHaveBeenCalledWith({ initials: 'A1', team: 'Nordend Süd' });
    await vi.waitFor(() => expect(byId('profile-error').textContent).toBe(t('error-invalid-initials', { value: 'A1' })));
    expect(byId('profile-error').getAttribute('role')).toBe('alert');
    expect(value('profile-initials')).toBe('A1');
    expect(value('profile-team')).toBe('Nordend Süd');
    expect(onchanged).not.toHaveBeenCalled();
  });

  it('on the settings page, a saved change shows in the profile at once', async () => {
    const user = userEvent.setup();
    const saved: Profile = { ...workerProfile, initials: 'AKD', team: 'Team Süd' };
    m.editProfile.mockResolvedValue(saved);
    render(Settings, { props: { vocabulary, auto_lock_minutes: 5 } });
    await vi.waitFor(() => expect(value('profile-display-name')).toBe('Aylin Kaya'));
    m.profile.mockResolvedValue(saved);
    await user.clear(byId('profile-initials'));
    await user.type(byId('profile-initials'), 'AKD');
    await user.type(byId('profile-team'), 'Team Süd');
    await user.click(byId('profile-save'));
    expect(m.editProfile).toHaveBeenCalledWith({ initials: 'AKD', team: 'Team Süd' });
    await vi.waitFor(() => expect(plain(byId('settings-profile').textContent)).toContain('Team Süd'));
    expect(plain(byId('settings-profile').textContent)).toContain('AKD');
    expect(value('profile-team')).toBe('Team Süd');
  });
});
