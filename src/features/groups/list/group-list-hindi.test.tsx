/** The groups list in Hindi: its words, its counts as whole phrases that agree, and the bulk confirmation. */
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, test } from 'vitest';
import { languageStore } from '@/i18n/language-store';
import { renderApp } from '@/test/render';
import { mockStore } from '../../../../mocks/node';

// Seeded ids: 1001 Inside Sales, 1002 Support, 1003 Billing, …
beforeEach(() => mockStore.reset({ seedGroups: 8 }));

async function openListInHindi() {
  await languageStore.choose('hi');
  const app = renderApp();
  await screen.findByRole('link', { name: 'Billing' });
  return app;
}

describe('the groups list in Hindi', () => {
  test('names the page, its controls and its table in Hindi', async () => {
    await openListInHindi();

    expect(screen.getByRole('heading', { name: 'समूह', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'नया समूह' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'समूह खोजें' })).toHaveAttribute('placeholder', 'नाम से समूह खोजें');
    const status = within(screen.getByRole('radiogroup', { name: 'स्थिति' }));
    expect(status.getByRole('radio', { name: /^सक्रिय/ })).toBeInTheDocument();
    expect(status.getByRole('radio', { name: /^निष्क्रिय/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'CSV निर्यात करें' })).toBeInTheDocument();
    expect(screen.getByText('8 समूह')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /^नाम/ })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Billing सक्रिय' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Billing हटाएँ' })).toBeInTheDocument();
    // Dates as Hindi writes them, whatever the browser's own language.
    const created = new Intl.DateTimeFormat('hi', { dateStyle: 'medium' }).format(new Date(2025, 0, 6));
    expect(screen.getAllByText(created).length).toBeGreaterThan(0);
    expect(screen.getByText('कई समूहों को एक साथ सक्रिय, निष्क्रिय करने या हटाने के लिए उन पर टिक करें।')).toBeInTheDocument();
  });

  test('counts the selection with the verb agreeing, and asks in Hindi before a bulk deactivation', async () => {
    const { user } = await openListInHindi();
    const bar = within(screen.getByRole('region', { name: 'एक साथ कार्रवाइयाँ' }));

    await user.click(screen.getByRole('checkbox', { name: 'Inside Sales चुनें' }));
    expect(bar.getByText('1 समूह चुना गया')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Support चुनें' }));
    expect(bar.getByText('2 समूह चुने गए')).toBeInTheDocument();
    expect(bar.getByRole('button', { name: 'चयन हटाएँ' })).toBeInTheDocument();

    await user.click(bar.getByRole('button', { name: 'निष्क्रिय करें' }));
    const dialog = within(await screen.findByRole('dialog', { name: '2 समूह निष्क्रिय करें?' }));
    expect(await dialog.findByText(/^इन समूहों में \d+ एजेंट असाइनमेंट; इनमें से \d+ कॉल लेते हैं।$/)).toBeInTheDocument();
    expect(dialog.getByRole('button', { name: 'रद्द करें' })).toBeInTheDocument();
    expect(dialog.getByRole('button', { name: '2 समूह निष्क्रिय करें' })).toBeInTheDocument();
  });

  test('a search without matches says so in Hindi, with the term as typed', async () => {
    const { user } = await openListInHindi();
    await user.type(screen.getByRole('searchbox', { name: 'समूह खोजें' }), 'zebra');
    expect(await screen.findByText('कोई समूह “zebra” से मेल नहीं खाता')).toBeInTheDocument();
    expect(screen.getByText('8 समूहों में से 0 मेल खाता है')).toBeInTheDocument();
    // The search field's own clear button, and the one under the message.
    expect(screen.getAllByRole('button', { name: 'खोज साफ़ करें' })).toHaveLength(2);
  });
});
