/** An agent's page in Hindi: their groups, a pending change counted as a Hindi plural, the picker. */
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, test } from 'vitest';
import { languageStore } from '@/i18n/language-store';
import { renderApp } from '@/test/render';
import { mockStore } from '../../../../mocks/node';

// The seed puts Sara Garcia in four groups, taking calls for each (agent-page.test.tsx).
const SARA = 'ag-demo-6';
beforeEach(() => mockStore.reset({ seedGroups: 8, seedAgents: 20 }));

async function openSaraInHindi() {
  await languageStore.choose('hi');
  const app = renderApp({ route: `/agents/${SARA}` });
  await screen.findByRole('table', { name: 'इनके समूह' });
  return app;
}

describe('an agent’s page in Hindi', () => {
  test('their groups, each with its call switch and Remove, in Hindi', async () => {
    await openSaraInHindi();
    expect(screen.getByRole('link', { name: '← सभी एजेंट' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'इनके समूह', level: 2 })).toBeInTheDocument();
    expect(screen.getByText('4 समूहों में; 4 की कॉल लेते हैं।')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Billing की कॉल लेते हैं' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Billing से हटाएँ' })).toBeInTheDocument();
    expect(screen.getAllByText('निष्क्रिय').length).toBeGreaterThan(0);
  });

  test('a pending change is counted in the singular, and Save groups is in Hindi', async () => {
    const { user } = await openSaraInHindi();
    await user.click(screen.getByRole('button', { name: 'Billing से हटाएँ' }));
    const bar = within(screen.getByRole('region', { name: 'बाकी समूह बदलाव' }));
    expect(bar.getByText('1 समूह बदलाव सहेजा नहीं गया: सिर्फ़ “समूह सहेजें” इसे सहेजता है।')).toBeInTheDocument();
    expect(bar.getByText('−1 समूह')).toBeInTheDocument();
    expect(bar.getByRole('button', { name: 'समूह सहेजें' })).toBeInTheDocument();
    await user.click(bar.getByRole('button', { name: 'छोड़ें' }));
  });

  test('the group picker counts the groups they are not in', async () => {
    const { user } = await openSaraInHindi();
    await user.click(screen.getByRole('button', { name: 'समूहों में जोड़ें' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'समूहों में जोड़ें' }));
    expect(dialog.getByLabelText('समूह खोजें')).toBeInTheDocument();
    expect(dialog.getByText('4 समूह जिनमें Sara Garcia नहीं हैं')).toBeInTheDocument();
    expect(dialog.getByText('अभी कोई समूह नहीं चुना गया')).toBeInTheDocument();
  });
});
