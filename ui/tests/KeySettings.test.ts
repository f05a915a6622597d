import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../src/lib/api', async (importOriginal) =>
  (await import('./api-mock')).mockedApi(await importOriginal()),
);

import * as api from '../src/lib/api';
import KeySettings from '../src/components/settings/KeySettings.svelte';
import { applyLocale, t } from '../src/lib/i18n.svelte';
import { resetApiMocks } from './api-mock';
import { plain } from './fixtures';

const m = vi.mocked(api);
const byId = (id: string) => screen.getByTestId(id);
const value = (id: string) => (byId(id) as HTMLInputElement).value;

beforeEach(() => {
  applyLocale('de');
  resetApiMocks(api);
});
afterEach(() => cleanup());

describe('Einstellungen: Schlüssel', () => {
  it('changes the passphrase after the checks, and empties the fields', async () => {
    const user = userEvent.setup();
    render(KeySettings);
    await user.type(byId('passphrase-current'), 'altes passwort');
    await user.type(byId('passphrase-new'), 'kurz');
    await user.type(byId('passphrase-repeat'), 'kurz');
    await user.click(byId('passphrase-change-submit'));
    expect(m.changePassphrase).not.toHaveBeenCalled();
    expect(byId('passphrase-error')).toBeTruthy();

    await user.clear(byId('passphrase-new'));
    await user.type(byId('passphrase-new'), 'ganz neues passwort');
    await user.clear(byId('passphrase-repeat'));
    await user.type(byId('passphrase-repeat'), 'ganz anderes passwort');
    await user.click(byId('passphrase-change-submit'));
    expect(m.changePassphrase).not.toHaveBeenCalled();

    // A wrong current passphrase: refused by the core, the current field emptied.
    await user.clear(byId('passphrase-repeat'));
    await user.type(byId('passphrase-repeat'), 'ganz neues passwort');
    m.changePassphrase.mockRejectedValueOnce({ code: 'error-wrong-passphrase', args: {} });
    await user.click(byId('passphrase-change-submit'));
    await vi.waitFor(() => expect(byId('passphrase-error')).toBeTruthy());
    expect(value('passphrase-current')).toBe('');

    m.changePassphrase.mockResolvedValue(undefined);
    await user.type(byId('passphrase-current'), 'altes passwort');
    await user.click(byId('passphrase-change-submit'));
    await vi.waitFor(() => expect(plain(byId('passphrase-status').textContent)).toBe(t('settings-passphrase-changed')));
    expect(m.changePassphrase).toHaveBeenLastCalledWith({ current: 'altes passwort', new: 'ganz neues passwort' });
    expect([value('passphrase-current'), value('passphrase-new'), value('passphrase-repeat')]).toEqual(['', '', '']);
  });

  it('shows a new recovery key once, until it is written down', async () => {
    const user = userEvent.setup();
    m.newRecoveryKey.mockResolvedValue({ recovery_key: 'AAAA-BBBB-CCCC' });
    render(KeySettings);
    await user.type(byId('recovery-passphrase'), 'mein passwort');
    await user.click(byId('recovery-new-submit'));
    await vi.waitFor(() => expect(byId('recovery-new-key').textContent).toBe('AAAA-BBBB-CCCC'));
    expect(m.newRecoveryKey).toHaveBeenCalledWith({ passphrase: 'mein passwort' });
    await user.click(byId('recovery-new-done'));
    expect(screen.queryByTestId('recovery-new-key')).toBeNull();
    expect(value('recovery-passphrase')).toBe('');
  });
});
