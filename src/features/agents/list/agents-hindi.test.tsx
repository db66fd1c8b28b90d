/** The Agents view in Hindi: headings, counts as Hindi plurals, the Show filter, a bulk dialog. */
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, test } from 'vitest';
import { languageStore } from '@/i18n/language-store';
import { renderApp } from '@/test/render';
import { mockStore } from '../../../../mocks/node';

beforeEach(() => mockStore.reset({ seedGroups: 8, seedAgents: 20 }));

async function openAgentsInHindi() {
  await languageStore.choose('hi');
  const app = renderApp({ route: '/agents' });
  await screen.findByRole('heading', { name: 'एजेंट', level: 1 });
  await screen.findByText('20 एजेंट');
  return app;
}

describe('the Agents view in Hindi', () => {
  test('names the view, its search, Show filter, coverage and table in Hindi', async () => {
    await openAgentsInHindi();
    expect(screen.getByRole('link', { name: 'CSV आयात करें' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'सदस्यताएँ निर्यात करें' })).toBeInTheDocument();
    expect(screen.getByLabelText('एजेंट खोजें')).toHaveAttribute('placeholder', 'नाम या ईमेल से एजेंट खोजें');
    expect(screen.getByRole('heading', { name: 'कवरेज' })).toBeInTheDocument();
    expect(screen.getByText('सक्रिय समूह जिनकी कॉल कोई नहीं लेता')).toBeInTheDocument();
    const show = screen.getByRole('radiogroup', { name: 'दिखाएँ' });
    expect(within(show).getByRole('radio', { name: 'किसी समूह में नहीं' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'दिखाए गए सभी एजेंट चुनें' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^नाम/ })).toBeInTheDocument();
  });

  test('a search that narrows the rows counts them in Hindi, and says when nothing matches', async () => {
    const { user } = await openAgentsInHindi();
    await user.type(screen.getByLabelText('एजेंट खोजें'), 'zzz');
    expect(await screen.findByText('“zzz” से कोई एजेंट मेल नहीं खाता')).toBeInTheDocument();
    expect(screen.getByText('20 एजेंटों में से 0 दिखाया गया')).toBeInTheDocument();
    // The search box's own clear button has the same name (as in English): the empty state's comes last.
    await user.click(screen.getAllByRole('button', { name: 'खोज साफ़ करें' }).at(-1) as HTMLElement);
    expect(await screen.findByText('20 एजेंट')).toBeInTheDocument();
  });

  test('a bulk action on one agent: its title in the singular, and a missing group said in Hindi', async () => {
    const { user } = await openAgentsInHindi();
    const boxes = screen.getAllByRole('checkbox', { name: /चुनें$/ }).filter((box) => box.getAttribute('aria-label') !== 'दिखाए गए सभी एजेंट चुनें');
    await user.click(boxes[0] as HTMLElement);
    await user.click(screen.getByRole('button', { name: 'समूह में जोड़ें…' }));
    const dialog = within(await screen.findByRole('dialog', { name: '1 एजेंट को समूहों में जोड़ें' }));
    expect(dialog.getByText('एक या अधिक समूह।')).toBeInTheDocument();
    await user.click(dialog.getByRole('button', { name: 'जोड़ें' }));
    expect(await dialog.findByText('कम से कम एक समूह चुनें।')).toBeInTheDocument();
    await user.click(dialog.getByRole('button', { name: 'रद्द करें' }));
  });
});
