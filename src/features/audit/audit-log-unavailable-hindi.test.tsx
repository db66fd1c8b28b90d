import { screen, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { languageStore } from '@/i18n/language-store';
import { renderApp } from '@/test/render';

describe('without IndexedDB, in Hindi', () => {
  test('the Audit log page says in Hindi that the log is not being kept, and why', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await languageStore.choose('hi');
    renderApp({ route: '/audit' });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('ऑडिट लॉग नहीं रखा जा रहा है')).toBeInTheDocument();
    expect(alert).toHaveTextContent('यह ब्राउज़र इसे सहेज नहीं सकता (यह ब्राउज़र IndexedDB नहीं देता)');
    expect(await screen.findByText('इस ब्राउज़र में इस खाते के लिए अभी कोई बदलाव दर्ज नहीं हुआ है।')).toBeInTheDocument();
    vi.unstubAllGlobals();
  });
});
