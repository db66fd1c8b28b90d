/** The Audit log page in Hindi: its words, the entries' changes and times, counts and the clearing dialog. */
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { openDB } from 'idb';
import { beforeEach, describe, expect, test } from 'vitest';
import { makeRecord } from '@/features/change-record/change-record';
import { languageStore } from '@/i18n/language-store';
import { renderApp, TEST_API_BASE } from '@/test/render';
import { mockStore } from '../../../mocks/node';
import { auditLog } from './audit-log';

/** The demo account signed in with its session ID, as the log names it (never the secret). */
const account = `${TEST_API_BASE}|ssid`;

beforeEach(async () => {
  mockStore.reset({ seedGroups: 4 });
  await auditLog.all('nobody');
  const db = await openDB('group-console.audit');
  await db.clear('entries');
  await db.clear('accounts');
  db.close();
});

describe('the Audit log page in Hindi', () => {
  test('says what the log is, its entries and counts, in Hindi', async () => {
    await languageStore.choose('hi');
    const { user } = renderApp({ route: '/groups' });
    const at = Date.UTC(2026, 0, 5, 9, 30);
    auditLog.write(account, makeRecord({ kind: 'update', groupId: '1002', groupName: 'Support', before: { name: 'Support', active: true }, after: { name: 'Support', active: false }, ok: true }, at));
    auditLog.write(account, makeRecord({ kind: 'delete', groupId: '1003', groupName: 'Billing', ok: false, error: 'Not allowed' }, at + 1000));
    await auditLog.flush();

    await user.click(await screen.findByRole('link', { name: 'ऑडिट लॉग' }));
    expect(await screen.findByRole('heading', { name: 'ऑडिट लॉग', level: 1 })).toBeInTheDocument();
    expect(screen.getByText(/नवीनतम 20,000 प्रविष्टियाँ या पिछले 365 दिन/)).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'ऑडिट लॉग की प्रविष्टियाँ' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    expect(within(table).getByRole('columnheader', { name: 'कब' })).toBeInTheDocument();
    expect(within(table).getByText('सक्रिय → निष्क्रिय')).toBeInTheDocument();
    expect(within(table).getByText('हटाया गया')).toBeInTheDocument();
    expect(within(table).getByText('विफल')).toBeInTheDocument();
    // The time in Hindi, as Intl writes it for this zone.
    const when = new Intl.DateTimeFormat('hi', { dateStyle: 'medium', timeStyle: 'medium' }).format(at);
    expect(within(table).getByText(when)).toBeInTheDocument();
    expect(screen.getByText('2 प्रविष्टियाँ')).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'समूह का नाम' }), 'bill');
    expect(await screen.findByText('2 प्रविष्टियों में से 1')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'बदलाव का प्रकार' }), 'नाम या स्थिति');
    expect(await screen.findByText('इन फ़िल्टरों से कोई प्रविष्टि मेल नहीं खाती।')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'इस ब्राउज़र का लॉग साफ़ करें' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'इस ब्राउज़र का लॉग साफ़ करें?' }));
    await user.click(dialog.getByRole('button', { name: 'लॉग साफ़ करें' }));
    expect(await screen.findByText('इस ब्राउज़र में इस खाते के लिए अभी कोई बदलाव दर्ज नहीं हुआ है।')).toBeInTheDocument();
  });

  test('one entry is singular', async () => {
    await languageStore.choose('hi');
    renderApp({ route: '/groups' });
    auditLog.write(account, makeRecord({ kind: 'create', groupId: '1009', groupName: 'Renewals', after: { name: 'Renewals', active: true }, ok: true }));
    await auditLog.flush();
    window.history.pushState(null, '', '/audit');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(await screen.findByText('1 प्रविष्टि')).toBeInTheDocument();
    expect(screen.getByText('“Renewals”, सक्रिय के रूप में बनाया गया')).toBeInTheDocument();
  });
});
