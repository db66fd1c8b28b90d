/** A group's page in Hindi: its form, the name's limit and errors, Deactivate's impact, Delete. */
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, test } from 'vitest';
import { createTranslator } from 'use-intl';
import { languageStore } from '@/i18n/language-store';
import english from '@/i18n/messages/en/groupEdit.json';
import hindi from '@/i18n/messages/hi/groupEdit.json';
import { renderApp } from '@/test/render';
import { mockStore } from '../../../../mocks/node';

// Seeded: 1003 Billing (active, with agents).
beforeEach(() => mockStore.reset({ seedGroups: 8 }));

async function openBillingInHindi() {
  await languageStore.choose('hi');
  const app = renderApp({ route: '/groups/1003' });
  const name = await screen.findByRole('textbox', { name: 'नाम' });
  return { ...app, name };
}

describe('a group’s page in Hindi', () => {
  test('names the form’s controls in Hindi, with the status explained', async () => {
    await openBillingInHindi();
    expect(screen.getByRole('heading', { name: 'Billing', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← सभी समूह' })).toBeInTheDocument();
    const active = screen.getByRole('switch', { name: 'सक्रिय' });
    expect(active).toHaveAccessibleDescription('इस समूह के एजेंट इसकी कॉल पाते हैं।');
    expect(screen.getByRole('button', { name: 'सहेजें' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'समूह हटाएँ' })).toBeInTheDocument();
  });

  test('the name’s limit and the schema’s errors are said in Hindi, numbers grouped', async () => {
    const { user, name } = await openBillingInHindi();
    await user.click(name);
    await user.paste(` ${'y'.repeat(80)}`);
    expect(name).toHaveAccessibleDescription('100 अक्षरों में से 88');
    await user.paste('y'.repeat(15));
    expect(name).toHaveAccessibleDescription('100 अक्षरों में से 103 — 3 ज़्यादा');
    await user.click(screen.getByRole('button', { name: 'सहेजें' }));
    expect(await screen.findByText('नाम 100 अक्षरों या उससे कम में रखें।')).toBeInTheDocument();

    await user.clear(name);
    expect(await screen.findByText('समूह का नाम दर्ज करें।')).toBeInTheDocument();
  });

  test('switching it off asks first, counting the agents it affects', async () => {
    const { user } = await openBillingInHindi();
    await user.click(screen.getByRole('switch', { name: 'सक्रिय' }));
    expect(screen.getByRole('switch', { name: 'सक्रिय' })).toHaveAccessibleDescription(
      'निष्क्रिय: समूह अपने एजेंट और इतिहास रखता है, पर बंद है।',
    );
    await user.click(screen.getByRole('button', { name: 'सहेजें' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Billing निष्क्रिय करें?' }));
    expect(await dialog.findByText(/^\d+ एजेंट असाइन (है|हैं); उनमें से \d+ इस समूह की कॉल (लेता है|लेते हैं)।/)).toHaveTextContent(
      'समूह निष्क्रिय रहने तक उन्हें इसकी कोई कॉल नहीं मिलेगी।',
    );
    expect(dialog.getByRole('button', { name: 'निष्क्रिय करें और सहेजें' })).toBeInTheDocument();
    await user.click(dialog.getByRole('button', { name: 'रद्द करें' }));
  });

  test('Delete names the group and what goes with it', async () => {
    const { user } = await openBillingInHindi();
    await user.click(screen.getByRole('button', { name: 'समूह हटाएँ' }));
    const dialog = await screen.findByRole('dialog', { name: 'Billing हटाएँ?' });
    expect(dialog).toHaveTextContent('इसके एजेंट असाइनमेंट भी इसके साथ हट जाते हैं।');
    expect(dialog).toHaveTextContent('हटाना स्थायी है और इसे पलटा नहीं जा सकता');
    expect(within(dialog).getByRole('button', { name: 'हटाएँ' })).toBeInTheDocument();
  });
});

describe('the catalog’s plurals', () => {
  const counts = [0, 1, 2, 100_000];
  const say = (locale: 'en' | 'hi') =>
    createTranslator({ locale, messages: { groupEdit: locale === 'en' ? english : hindi }, namespace: 'groupEdit' });

  test('Hindi: 0 and 1 take the singular, 2 and 1,00,000 the plural, grouped in lakhs', () => {
    const t = say('hi');
    expect(counts.map((count) => t('members.guardUnsaved', { count }))).toEqual([
      '0 सदस्य बदलाव सहेजा नहीं गया है।',
      '1 सदस्य बदलाव सहेजा नहीं गया है।',
      '2 सदस्य बदलाव सहेजे नहीं गए हैं।',
      '1,00,000 सदस्य बदलाव सहेजे नहीं गए हैं।',
    ]);
  });

  test('English: one for 1 only, grouped in thousands', () => {
    const t = say('en');
    expect(counts.map((count) => t('add.addCount', { count }))).toEqual(['Add 0 agents', 'Add 1 agent', 'Add 2 agents', 'Add 100,000 agents']);
  });
});
