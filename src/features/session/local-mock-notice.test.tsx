import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { expect, onTestFinished, test } from 'vitest';
import { LanguageProvider } from '@/i18n/language-provider';
import { env } from '@/lib/env';
import { renderApp } from '@/test/render';
import { SignInScreen } from './sign-in-screen';

const NOTICE = 'This build talks to the local mock API';

/** The build settings a production build made without VITE_DEEPCALL_BASE_URL has (vite.config.ts). */
function builtWithoutDeepCallHost() {
  const { localMockApi, defaultBaseUrl } = env;
  Object.assign(env, { localMockApi: true, defaultBaseUrl: 'http://127.0.0.1:8787' });
  onTestFinished(() => {
    Object.assign(env, { localMockApi, defaultBaseUrl });
  });
}

test('a build made without a DeepCall host says on its sign-in page that it talks to the local mock API', async () => {
  builtWithoutDeepCallHost();
  renderApp({ route: '/login', signedIn: false });

  const notice = await screen.findByRole('note', { name: NOTICE });
  expect(notice).toHaveTextContent('VITE_DEEPCALL_BASE_URL');
  expect(notice).toHaveTextContent('http://127.0.0.1:8787');
});

test('the first sign-in page of a visit (rendered without the router) says so too', () => {
  builtWithoutDeepCallHost();
  render(
    <LanguageProvider>
      <MantineProvider env="test">
        <SignInScreen onSignedIn={() => {}} />
      </MantineProvider>
    </LanguageProvider>,
  );

  expect(screen.getByRole('note', { name: NOTICE })).toBeInTheDocument();
});

test('a build for a DeepCall host shows no such notice', () => {
  render(
    <LanguageProvider>
      <MantineProvider env="test">
        <SignInScreen onSignedIn={() => {}} />
      </MantineProvider>
    </LanguageProvider>,
  );

  expect(screen.getByRole('heading', { name: 'Group Console', level: 1 })).toBeInTheDocument();
  expect(screen.queryByText(NOTICE)).not.toBeInTheDocument();
});
