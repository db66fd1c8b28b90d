/**
 * Deleting 2,000 groups: the confirmation shows the number grouped as the language writes it, and the
 * number typed to confirm is accepted with or without its grouping separator, in English and in Hindi.
 */
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, test } from 'vitest';
import { languageStore } from '@/i18n/language-store';
import { renderApp } from '@/test/render';
import { mockStore } from '../../../../mocks/node';

const GROUPS = 2000;

beforeEach(() => mockStore.reset({ seedGroups: GROUPS }));

async function openDelete(words: { total: string; all: string; selectAll: string; region: string; selected: string; deleteSelected: string; dialog: string }) {
  const app = renderApp();
  await screen.findByText(words.total);
  // The status filter's count too.
  expect(screen.getByRole('radio', { name: words.all })).toBeInTheDocument();
  await app.user.click(screen.getByRole('checkbox', { name: words.selectAll }));
  const bar = within(screen.getByRole('region', { name: words.region }));
  expect(bar.getByText(words.selected)).toBeInTheDocument();
  await app.user.click(bar.getByRole('button', { name: words.deleteSelected }));
  return { ...app, dialog: within(await screen.findByRole('dialog', { name: words.dialog })) };
}

describe('the typed number of groups to delete', () => {
  test('English: shown as 2,000; “2000” and “2,000” confirm, a misplaced separator does not', async () => {
    const { user, dialog } = await openDelete({
      total: '2,000 groups',
      all: 'All 2,000',
      selectAll: 'Select all groups shown',
      region: 'Bulk actions',
      selected: '2,000 groups selected',
      deleteSelected: 'Delete selected',
      dialog: 'Delete 2,000 groups?',
    });
    const field = dialog.getByRole('textbox', { name: 'Type 2,000 to delete 2,000 groups' });
    const confirm = dialog.getByRole('button', { name: 'Delete 2,000 groups' });

    await user.type(field, '20,00');
    expect(await dialog.findByText('Type 2,000, the number of groups to delete.')).toBeInTheDocument();
    expect(confirm).toBeDisabled();

    for (const typed of ['2000', '2,000']) {
      await user.clear(field);
      await user.type(field, typed);
      await expect.poll(() => confirm.hasAttribute('disabled'), { message: typed }).toBe(false);
    }
  });

  test('Hindi: shown as 2,000; “2000” and “2,000” confirm', async () => {
    await languageStore.choose('hi');
    const { user, dialog } = await openDelete({
      total: '2,000 समूह',
      all: 'सभी 2,000',
      selectAll: 'दिखाए गए सभी समूह चुनें',
      region: 'एक साथ कार्रवाइयाँ',
      selected: '2,000 समूह चुने गए',
      deleteSelected: 'चुने गए हटाएँ',
      dialog: '2,000 समूह हटाएँ?',
    });
    const field = dialog.getByRole('textbox', { name: '2,000 समूह हटाने के लिए 2,000 टाइप करें' });
    const confirm = dialog.getByRole('button', { name: '2,000 समूह हटाएँ' });

    await user.type(field, '200');
    expect(await dialog.findByText('2,000 टाइप करें, यानी हटाए जाने वाले समूहों की संख्या।')).toBeInTheDocument();
    expect(confirm).toBeDisabled();

    for (const typed of ['2000', '2,000']) {
      await user.clear(field);
      await user.type(field, typed);
      await expect.poll(() => confirm.hasAttribute('disabled'), { message: typed }).toBe(false);
    }
  });
});
