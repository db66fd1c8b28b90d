import { act, within } from '@testing-library/react';
import { createRoot } from 'react-dom/client';
import { expect, onTestFinished, test, vi } from 'vitest';
import { languageStore } from '@/i18n/language-store';
import { renderSignIn } from './sign-in-entry';

test('the first sign-in page of a visit, for a browser that prefers Hindi, is in Hindi from its first render', async () => {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['hi-IN', 'en']);
  languageStore.restart();
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  onTestFinished(() => {
    act(() => root.unmount());
    container.remove();
  });

  await act(() => renderSignIn(root, () => undefined));

  expect(within(container).getByRole('button', { name: 'साइन इन करें' })).toBeInTheDocument();
  expect(within(container).getByRole('combobox', { name: 'भाषा' })).toHaveDisplayValue('हिन्दी');
  expect(document.documentElement).toHaveAttribute('lang', 'hi');
});
