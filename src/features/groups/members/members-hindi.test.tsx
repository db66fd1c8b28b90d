/** The members editor in Hindi: its table, the pending bar's plurals, Add agents, Move, Copy and the leave question. */
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, test } from 'vitest';
import { languageStore } from '@/i18n/language-store';
import { renderApp } from '@/test/render';
import { mockStore } from '../../../../mocks/node';

const BILLING = 1003;
beforeEach(() => mockStore.reset({ seedGroups: 8 }));

function demo() {
  const account = mockStore.account('demo');
  if (!account) throw new Error('no demo account');
  return account;
}

/** Billing's members' names, as the server holds them. */
function memberNames(): string[] {
  const ids = new Set(mockStore.relationsOf(demo(), BILLING).map((r) => r.agent_unique_id));
  return demo()
    .agents.filter((a) => ids.has(a.agent_unique_id))
    .map((a) => a.name);
}

async function openBillingInHindi() {
  await languageStore.choose('hi');
  const app = renderApp({ route: `/groups/${BILLING}` });
  const table = await screen.findByRole('table', { name: 'इस समूह के एजेंट' });
  return { ...app, table };
}

describe('the members editor in Hindi', () => {
  test('the table, its counts and each member’s controls are in Hindi', async () => {
    const { table } = await openBillingInHindi();
    expect(screen.getByRole('heading', { name: 'इस समूह के एजेंट', level: 2 })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'कॉल लेता है' })).toBeInTheDocument();
    expect(screen.getByText(/^\d+ एजेंट, \d+ कॉल लेते हैं$/)).toBeInTheDocument();
    const [first = ''] = memberNames();
    expect(screen.getByRole('switch', { name: `${first} कॉल लेता है` })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `${first} हटाएँ` })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'एजेंट जोड़ें' })).toBeInTheDocument();
  });

  test('pending changes are counted, one and then two, and leaving asks in Hindi', async () => {
    const { user } = await openBillingInHindi();
    const [first = '', second = ''] = memberNames();
    await user.click(screen.getByRole('button', { name: `${first} हटाएँ` }));
    const bar = within(screen.getByRole('region', { name: 'बाकी सदस्य बदलाव' }));
    expect(bar.getByText('1 सदस्य बदलाव सहेजा नहीं गया है: इसे केवल सदस्य सहेजें सहेजता है।')).toBeInTheDocument();
    await user.click(screen.getByRole('switch', { name: `${second} कॉल लेता है` }));
    expect(bar.getByText('2 सदस्य बदलाव सहेजे नहीं गए हैं: इन्हें केवल सदस्य सहेजें सहेजता है।')).toBeInTheDocument();
    expect(bar.getByRole('button', { name: 'सदस्य सहेजें' })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: '← सभी समूह' }));
    const leave = await screen.findByRole('dialog', { name: 'बिना सहेजे छोड़ें?' });
    expect(leave).toHaveTextContent('2 सदस्य बदलाव सहेजे नहीं गए हैं। अभी छोड़ने पर वे खो जाएँगे।');
    await user.click(within(leave).getByRole('button', { name: 'इसी पेज पर रहें' }));
  });

  test('Add agents: search, one chosen in the singular', async () => {
    const { user } = await openBillingInHindi();
    await user.click(screen.getByRole('button', { name: 'एजेंट जोड़ें' }));
    const picker = within(await screen.findByRole('dialog', { name: 'एजेंट जोड़ें' }));
    expect(picker.getByRole('textbox', { name: 'एजेंट खोजें' })).toHaveAccessibleDescription('नाम या ईमेल से');
    expect(picker.getByText(/^\d+ एजेंट इस समूह में नहीं हैं$/)).toBeInTheDocument();
    expect(picker.getByText('अभी कोई नहीं चुना गया')).toBeInTheDocument();
    const [box] = within(picker.getByRole('group', { name: 'इस समूह से बाहर के एजेंट' })).getAllByRole('checkbox');
    if (!box) throw new Error('expected an agent outside Billing');
    await user.click(box);
    expect(picker.getByText('1 चुना गया; वह कॉल लेगा')).toBeInTheDocument();
    expect(picker.getByRole('button', { name: '1 एजेंट जोड़ें' })).toBeEnabled();
  });

  test('Move and Copy speak Hindi', async () => {
    const { user } = await openBillingInHindi();
    const [first = ''] = memberNames();
    await user.click(screen.getByRole('checkbox', { name: `${first} चुनें` }));
    await user.click(screen.getByRole('button', { name: 'समूह में ले जाएँ…' }));
    const move = within(await screen.findByRole('dialog', { name: '1 एजेंट को दूसरे समूह में ले जाएँ' }));
    expect(await move.findByRole('textbox', { name: 'समूह खोजें' })).toBeInTheDocument();
    expect(move.getByText(/^\d+ समूह$/)).toBeInTheDocument();
    await user.click(move.getByRole('button', { name: 'रद्द करें' }));

    await user.click(screen.getByRole('button', { name: 'समूह की कॉपी बनाएँ' }));
    const copy = within(await screen.findByRole('dialog', { name: 'Billing की कॉपी बनाएँ' }));
    expect(copy.getByRole('textbox', { name: 'कॉपी का नाम' })).toBeInTheDocument();
    expect(copy.getByText(/^Billing के \d+ एजेंटों \(\d+ कॉल लेते हैं\) के साथ एक नया समूह, जैसा सहेजा गया है।$/)).toBeInTheDocument();
  });
});
