/** The sign-in page in Hindi: chosen, or the browser's preference; switching keeps what was typed. */
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, onTestFinished, test } from 'vitest';
import { GROUP_API_PATH } from '@/api/contract';
import { languageStore } from '@/i18n/language-store';
import { env } from '@/lib/env';
import { renderApp, TEST_API_BASE } from '@/test/render';
import { mockStore, server } from '../../../mocks/node';

beforeEach(() => mockStore.reset({ seedGroups: 4 }));

async function openSignInInHindi() {
  await languageStore.choose('hi');
  const app = renderApp({ route: '/login', signedIn: false });
  await screen.findByRole('heading', { name: 'Group Console', level: 1 });
  return app;
}

describe('the sign-in page in Hindi', () => {
  test('names everything in Hindi, and the page says it is Hindi', async () => {
    await openSignInInHindi();

    expect(screen.getByText('अपने DeepCall एजेंट समूह प्रबंधित करने के लिए साइन इन करें।')).toBeInTheDocument();
    const methods = screen.getByRole('tablist', { name: 'साइन इन का तरीका' });
    expect(within(methods).getByRole('tab', { name: 'सत्र ID' })).toHaveAttribute('aria-selected', 'true');
    expect(within(methods).getByRole('tab', { name: 'यूज़र ID और टोकन' })).toBeInTheDocument();
    expect(screen.getByLabelText('सत्र ID')).toBeInTheDocument();
    expect(screen.getByLabelText('API सर्वर')).toHaveAttribute('placeholder', 'https://v4-api.deepcall.com');
    expect(screen.getByRole('checkbox', { name: 'इस कंप्यूटर पर मुझे याद रखें' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'साइन इन करें' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'भाषा' })).toHaveDisplayValue('हिन्दी');
    const theme = screen.getByRole('combobox', { name: 'थीम' });
    expect([...theme.querySelectorAll('option')].map((option) => option.textContent)).toEqual(['सिस्टम थीम', 'हल्की थीम', 'गहरी थीम']);
    expect(document.documentElement).toHaveAttribute('lang', 'hi');
  });

  test('says what is missing in Hindi', async () => {
    const { user } = await openSignInInHindi();
    await user.click(screen.getByRole('button', { name: 'साइन इन करें' }));
    expect(await screen.findByText('अपना DeepCall सत्र ID दर्ज करें।')).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'यूज़र ID और टोकन' }));
    await user.click(screen.getByRole('button', { name: 'साइन इन करें' }));
    expect(await screen.findByText('अपना DeepCall यूज़र ID दर्ज करें।')).toBeInTheDocument();
    expect(screen.getByText('अपना API टोकन दर्ज करें।')).toBeInTheDocument();
  });

  test('refused credentials: our explanation in Hindi, DeepCall’s own words as it sent them', async () => {
    const { user } = await openSignInInHindi();
    await user.type(screen.getByLabelText('API सर्वर'), TEST_API_BASE);
    await user.type(screen.getByLabelText('सत्र ID'), 'wrong-ssid');
    await user.click(screen.getByRole('button', { name: 'साइन इन करें' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('साइन इन नहीं हो सका');
    expect(alert).toHaveTextContent('DeepCall ने ये क्रेडेंशियल स्वीकार नहीं किए। इन्हें जाँचें और फिर से कोशिश करें।');
    expect(alert).toHaveTextContent('DeepCall ने कहा: “Invalid or expired token”');
  });

  test('a host this build may not talk to is named, with the way to reach it, in either language', async () => {
    const { allowedApiOrigins } = env;
    Object.assign(env, { allowedApiOrigins: ['https://v4-api.deepcall.com'] });
    onTestFinished(() => {
      Object.assign(env, { allowedApiOrigins });
    });
    const { user } = await openSignInInHindi();
    await user.type(screen.getByLabelText('सत्र ID'), 'demo-ssid');
    await user.type(screen.getByLabelText('API सर्वर'), 'https://other.example/');
    await user.click(screen.getByRole('button', { name: 'साइन इन करें' }));
    expect(
      await screen.findByText(
        'यह कंसोल https://v4-api.deepcall.com से बात करने के लिए बनाया गया था। https://other.example इस्तेमाल करने के लिए इसे VITE_DEEPCALL_BASE_URL=https://other.example के साथ फिर से बनाएँ।',
      ),
    ).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'भाषा' }), 'English');
    expect(
      await screen.findByText(
        'This console was built to talk to https://v4-api.deepcall.com. To use https://other.example, rebuild it with VITE_DEEPCALL_BASE_URL=https://other.example.',
      ),
    ).toBeInTheDocument();
  });

  test('a server out of reach is said in Hindi, naming the host', async () => {
    server.use(http.post(`${TEST_API_BASE}${GROUP_API_PATH}/list`, () => HttpResponse.error()));
    const { user } = await openSignInInHindi();
    await user.type(screen.getByLabelText('API सर्वर'), TEST_API_BASE);
    await user.type(screen.getByLabelText('सत्र ID'), 'demo-ssid');
    await user.click(screen.getByRole('button', { name: 'साइन इन करें' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      `${new URL(TEST_API_BASE).host} तक नहीं पहुँचा जा सका। अपना नेटवर्क कनेक्शन और API सर्वर का पता जाँचें, फिर दोबारा कोशिश करें।`,
    );
  });
});

describe('switching the language', () => {
  test('applies at once, keeps what was typed, rewords what is shown, and is remembered', async () => {
    const { user } = renderApp({ route: '/login', signedIn: false });
    await user.click(await screen.findByRole('tab', { name: 'User ID and token' }));
    await user.type(screen.getByLabelText('User ID'), 'demo');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter your API token.')).toBeInTheDocument();
    const userId = screen.getByLabelText('User ID');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'हिन्दी');

    expect(await screen.findByText('अपना API टोकन दर्ज करें।')).toBeInTheDocument();
    // The same field, not a new one: the form was not remounted.
    expect(screen.getByLabelText('यूज़र ID')).toBe(userId);
    expect(userId).toHaveValue('demo');
    expect(screen.getByRole('tab', { name: 'यूज़र ID और टोकन' })).toHaveAttribute('aria-selected', 'true');
    expect(document.documentElement).toHaveAttribute('lang', 'hi');
    expect(localStorage.getItem('group-console.language')).toBe('hi');

    await user.selectOptions(screen.getByRole('combobox', { name: 'भाषा' }), 'English');
    expect(await screen.findByText('Enter your API token.')).toBeInTheDocument();
    expect(screen.getByLabelText('User ID')).toHaveValue('demo');
    expect(document.documentElement).toHaveAttribute('lang', 'en');
  });

  test('each language is listed by its own name, marked with its language', async () => {
    renderApp({ route: '/login', signedIn: false });
    const control = await screen.findByRole('combobox', { name: 'Language' });
    expect([...control.querySelectorAll('option')].map((option) => [option.textContent, option.lang])).toEqual([
      ['English', 'en'],
      ['हिन्दी', 'hi'],
    ]);
  });
});
