/** Recent changes in Hindi: the button's count, the drawer, each change as it reads, its time and note. */
import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, test } from 'vitest';
import { makeRecord } from '@/features/change-record/change-record';
import { accountKey, sessionStore } from '@/features/session/session-store';
import { languageStore } from '@/i18n/language-store';
import { findNotification, renderApp } from '@/test/render';
import { mockStore } from '../../../../mocks/node';
import { recentChanges } from './recent-changes';

beforeEach(() => mockStore.reset({ seedGroups: 4 }));

describe('Recent changes in Hindi', () => {
  test('names the button with its count, and says each change, its outcome and its note in Hindi', async () => {
    await languageStore.choose('hi');
    const { user } = renderApp();
    const account = accountKey(sessionStore.get()!);
    recentChanges.add(
      account,
      makeRecord({
        kind: 'update',
        groupId: '1002',
        groupName: 'Support',
        before: { name: 'Support', active: true },
        after: { name: 'Support', active: false },
        ok: true,
        note: 'Support was renamed to Support EU elsewhere; the new name was kept.',
        noteFacts: { kind: 'renamedElsewhere', from: 'Support', to: 'Support EU' },
      }),
    );
    await user.click(await screen.findByRole('button', { name: 'हाल के बदलाव (1)' }));
    const drawer = within(await screen.findByRole('dialog', { name: 'हाल के बदलाव' }));
    expect(drawer.getByText('Support: निष्क्रिय किया गया (सक्रिय → निष्क्रिय)')).toBeInTheDocument();
    expect(drawer.getByText('हो गया')).toBeInTheDocument();
    expect(drawer.getByText('Support का नाम कहीं और Support EU कर दिया गया था; नया नाम रखा गया।')).toBeInTheDocument();
    expect(drawer.getByRole('button', { name: 'पूर्ववत करें: Support: निष्क्रिय किया गया (सक्रिय → निष्क्रिय)' })).toBeInTheDocument();

    // A failure's reason from its facts: DeepCall's code explained in Hindi, the change path's refusal in Hindi.
    const failed = { groupId: '1003', groupName: 'Billing', ok: false } as const;
    recentChanges.add(
      account,
      makeRecord({ ...failed, kind: 'delete', error: 'Your DeepCall account is not allowed to do this.', errorFacts: { source: 'api', kind: 'deepcall', module: 'Group', code: 1015, facts: {} } }),
    );
    recentChanges.add(
      account,
      makeRecord({
        ...failed,
        kind: 'update',
        before: { name: 'Billing', active: true },
        after: { name: 'Billing', active: false },
        error: 'DeepCall answered, but…',
        errorFacts: { source: 'change', refusal: { key: 'statusNotHeld', values: { name: 'Billing', status: 'active' } } },
      }),
    );
    expect(await screen.findByRole('button', { name: 'हाल के बदलाव (3)', hidden: true })).toBeInTheDocument();
    expect(drawer.getByText('Billing हटाया गया')).toBeInTheDocument();
    expect(drawer.getAllByText('विफल')).toHaveLength(2);
    expect(drawer.getByText('आपके DeepCall खाते को यह करने की अनुमति नहीं है। किसी व्यवस्थापक से यह अनुमति माँगें।')).toBeInTheDocument();
    expect(drawer.getByText(/^DeepCall ने जवाब दिया, पर Billing को दोबारा पढ़ने पर वह अब भी सक्रिय दिखता है/)).toBeInTheDocument();
  });

  test('with nothing yet, the button has no count and the drawer says so in Hindi', async () => {
    await languageStore.choose('hi');
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'हाल के बदलाव' }));
    expect(await screen.findByText('इस सत्र में अभी कोई बदलाव नहीं।')).toBeInTheDocument();
  });

  test('an undo refused says why in Hindi, and its notice follows a switch back to English', async () => {
    await languageStore.choose('hi');
    const { user } = renderApp();
    const support = mockStore.account('demo')!.groups.find((g) => g.name === 'Support')!;
    // Recorded as switched off, while the server still has it on: the undo is refused, nothing is sent.
    recentChanges.add(
      accountKey(sessionStore.get()!),
      makeRecord({ kind: 'update', groupId: String(support.id), groupName: 'Support', before: { name: 'Support', active: true }, after: { name: 'Support', active: false }, ok: true }),
    );
    await user.click(await screen.findByRole('button', { name: 'हाल के बदलाव (1)' }));
    const drawer = within(await screen.findByRole('dialog', { name: 'हाल के बदलाव' }));
    await user.click(drawer.getByRole('button', { name: 'पूर्ववत करें: Support: निष्क्रिय किया गया (सक्रिय → निष्क्रिय)' }));

    const toast = await findNotification('पूर्ववत नहीं हो सका');
    expect(toast.getByText(/^इसके बाद इसे फिर से बदला गया \(अब यह “Support”, सक्रिय है, “Support”, निष्क्रिय नहीं\)/)).toBeInTheDocument();

    await act(() => languageStore.choose('en'));
    const english = await findNotification('Could not undo');
    expect(english.getByText(/^It was changed again since \(it is now “Support”, active, not “Support”, inactive\)/)).toBeInTheDocument();
  });
});
