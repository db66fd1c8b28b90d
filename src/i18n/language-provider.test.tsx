import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { expect, test } from 'vitest';
import { defineNamespace, type Namespace, type NamespaceName } from './catalogs';
import { LanguageProvider, useNamespace } from './language-provider';
import { languageStore } from './language-store';

test('a screen whose Hindi words are not in yet waits for them (Suspense), never showing English first', async () => {
  await languageStore.choose('hi');
  // A screen whose code (and English) arrives after Hindi was chosen, its Hindi file still on its way.
  let deliver: (catalog: unknown) => void = () => undefined;
  const lateScreen: Namespace<NamespaceName> = defineNamespace('test-late-screen' as NamespaceName, { title: 'Late screen' } as never, {
    hi: () => new Promise((resolve) => (deliver = (catalog) => resolve({ default: catalog }))),
  });
  function LateScreen() {
    const t = useNamespace(lateScreen) as unknown as (key: 'title') => string;
    return <h1>{t('title')}</h1>;
  }

  await act(async () => {
    render(
      <LanguageProvider>
        <Suspense fallback={<p>waiting</p>}>
          <LateScreen />
        </Suspense>
      </LanguageProvider>,
    );
  });
  expect(screen.getByText('waiting')).toBeInTheDocument();
  expect(screen.queryByText('Late screen')).not.toBeInTheDocument();

  await act(async () => deliver({ title: 'देर से आई स्क्रीन' }));
  expect(await screen.findByRole('heading', { name: 'देर से आई स्क्रीन' })).toBeInTheDocument();
});
