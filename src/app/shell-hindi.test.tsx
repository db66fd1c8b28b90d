/** The signed-in frame in Hindi; switching there applies at once and keeps what was typed. */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, test } from 'vitest';
import { languageStore } from '@/i18n/language-store';
import { renderApp } from '@/test/render';
import { mockStore } from '../../mocks/node';

beforeEach(() => mockStore.reset({ seedGroups: 4 }));

describe('the header in Hindi', () => {
  test('names its links, controls and Sign out in Hindi; the product name and host stay as they are', async () => {
    await languageStore.choose('hi');
    renderApp();
    const header = await screen.findByRole('banner');

    expect(within(header).getByRole('link', { name: 'Group Console' })).toHaveAttribute('href', '/groups');
    expect(within(header).getByText('deepcall.test')).toBeInTheDocument();
    expect(within(header).getByRole('link', { name: 'एजेंट' })).toHaveAttribute('href', '/agents');
    expect(within(header).getByRole('link', { name: 'ऑडिट लॉग' })).toHaveAttribute('href', '/audit');
    expect(within(header).getByRole('button', { name: 'साइन आउट' })).toBeInTheDocument();
    const theme = within(header).getByRole('combobox', { name: 'थीम' });
    expect([...theme.querySelectorAll('option')].map((option) => option.textContent)).toEqual(['सिस्टम थीम', 'हल्की थीम', 'गहरी थीम']);
    expect(within(header).getByRole('combobox', { name: 'भाषा' })).toHaveDisplayValue('हिन्दी');
    expect(document.documentElement).toHaveAttribute('lang', 'hi');
  });

  test('the keyboard shortcuts help is in Hindi, its close button named in Hindi too', async () => {
    await languageStore.choose('hi');
    const { user } = renderApp();
    await screen.findByRole('link', { name: 'Support' });

    await user.keyboard('?');
    const help = await screen.findByRole('dialog', { name: 'कीबोर्ड शॉर्टकट' });
    expect(within(help).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['कुंजी', 'काम']);
    expect(within(help).getByText('समूह खोजें')).toBeInTheDocument();
    expect(within(help).getByText('नया समूह')).toBeInTheDocument();
    expect(within(help).getByText('ये शॉर्टकट दिखाएँ')).toBeInTheDocument();
    await user.click(within(help).getByRole('button', { name: 'बंद करें' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'कीबोर्ड शॉर्टकट' })).not.toBeInTheDocument());
  });

  test('an unknown address says so in Hindi', async () => {
    await languageStore.choose('hi');
    renderApp({ route: '/no/such/page' });
    expect(await screen.findByRole('heading', { name: 'पेज नहीं मिला', level: 1 })).toBeInTheDocument();
    expect(screen.getByText('इस पते पर कुछ नहीं है।')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'समूहों पर जाएँ' })).toHaveAttribute('href', '/groups');
  });
});

describe('switching the language in the header', () => {
  test('applies at once, without losing the search typed or the page, and back again', async () => {
    const { user } = renderApp();
    await screen.findByRole('link', { name: 'Support' });
    const search = screen.getByRole('searchbox', { name: 'Search groups' });
    await user.type(search, 'sup');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'हिन्दी');

    expect(await screen.findByRole('button', { name: 'साइन आउट' })).toBeInTheDocument();
    expect(search).toBeInTheDocument();
    expect(search).toHaveValue('sup');
    expect(screen.getByRole('link', { name: 'Support' })).toBeInTheDocument();
    expect(localStorage.getItem('group-console.language')).toBe('hi');

    await user.selectOptions(screen.getByRole('combobox', { name: 'भाषा' }), 'English');
    expect(await screen.findByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expect(search).toHaveValue('sup');
    expect(document.documentElement).toHaveAttribute('lang', 'en');
  });
});
