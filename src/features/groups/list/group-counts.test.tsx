/**
 * The groups list's counts through its catalogs, as the screens format them: grouped as the language
 * writes numbers (100,000 in English, 1,00,000 in Hindi), in the total, the agents column, the status
 * filter, the selection, the bulk confirmation and the run's report.
 */
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { createTranslator } from 'use-intl';
import { describe, expect, test } from 'vitest';
import { LanguageProvider } from '@/i18n/language-provider';
import { languageStore } from '@/i18n/language-store';
import commonEn from '@/i18n/messages/en/common.json';
import groupsListEn from '@/i18n/messages/en/groupsList.json';
import commonHi from '@/i18n/messages/hi/common.json';
import groupsListHi from '@/i18n/messages/hi/groupsList.json';
import type { Language } from '@/i18n/languages';
import { BulkSelection } from '@/lib/bulk-bar';
import { SegmentedRadios } from '@/lib/segmented-radios';

const catalogs = { en: { common: commonEn, groupsList: groupsListEn }, hi: { common: commonHi, groupsList: groupsListHi } };

function translator(locale: Language) {
  const messages = catalogs[locale];
  return {
    list: createTranslator({ locale, messages, namespace: 'groupsList' }),
    common: createTranslator({ locale, messages, namespace: 'common' }),
  };
}

const count = 100_000;

describe('counts of 1,00,000 groups', () => {
  test('English groups thousands', () => {
    const { list, common } = translator('en');
    expect(list('body.total', { count })).toBe('100,000 groups');
    expect(list('table.agentCount', { count: 1234 })).toBe('1,234');
    expect(common('bulkBar.selectedGroups', { count })).toBe('100,000 groups selected');
    expect(common('bulkBar.selectedAgents', { count })).toBe('100,000 agents selected');
    expect(list('confirm.title', { action: 'delete', count })).toBe('Delete 100,000 groups?');
    expect(list('confirm.button', { action: 'deactivate', count })).toBe('Deactivate 100,000 groups');
    expect(list('confirm.typeLabel', { count })).toBe('Type 100,000 to delete 100,000 groups');
    expect(list('confirm.typeError', { count })).toBe('Type 100,000, the number of groups to delete.');
    expect(list('bulk.done', { action: 'activate', count })).toBe('100,000 groups activated');
    expect(list('bulk.failed', { count })).toBe('100,000 failed');
    expect(list('bulk.notRun', { count })).toBe('100,000 not attempted (cancelled)');
  });

  test('Hindi groups lakhs', () => {
    const { list, common } = translator('hi');
    expect(list('body.total', { count })).toBe('1,00,000 समूह');
    expect(list('table.agentCount', { count: 123_456 })).toBe('1,23,456');
    expect(common('bulkBar.selectedGroups', { count })).toBe('1,00,000 समूह चुने गए');
    expect(common('bulkBar.selectedAgents', { count })).toBe('1,00,000 एजेंट चुने गए');
    expect(list('confirm.title', { action: 'delete', count })).toBe('1,00,000 समूह हटाएँ?');
    expect(list('confirm.typeLabel', { count })).toBe('1,00,000 समूह हटाने के लिए 1,00,000 टाइप करें');
    expect(list('bulk.done', { action: 'delete', count })).toBe('1,00,000 समूह हटाए गए');
    expect(list('bulk.notDone', { count })).toBe('1,00,000 नहीं हुए (आपका सत्र समाप्त हो गया)');
  });

  test('small counts keep their plural forms (Hindi: 0 and 1 singular)', () => {
    const en = translator('en');
    const hi = translator('hi');
    expect([0, 1, 2].map((n) => en.common('bulkBar.selectedGroups', { count: n }))).toEqual(['0 groups selected', '1 group selected', '2 groups selected']);
    expect([0, 1, 2].map((n) => hi.common('bulkBar.selectedGroups', { count: n }))).toEqual(['0 समूह चुना गया', '1 समूह चुना गया', '2 समूह चुने गए']);
  });
});

describe('the bulk bar with 1,00,000 groups ticked', () => {
  const renderBar = () =>
    render(
      <LanguageProvider>
        <MantineProvider env="test">
          <BulkSelection count={count} noun="group" notShown={2500} onClear={() => undefined}>
            {null}
          </BulkSelection>
        </MantineProvider>
      </LanguageProvider>,
    );

  test('English: 100,000 groups selected, including 2,500 not shown', () => {
    renderBar();
    expect(screen.getByText('100,000 groups selected')).toBeInTheDocument();
    expect(screen.getByText('including 2,500 not shown', { exact: false })).toBeInTheDocument();
  });

  test('Hindi: 1,00,000 समूह चुने गए', async () => {
    await languageStore.choose('hi');
    renderBar();
    expect(screen.getByText('1,00,000 समूह चुने गए')).toBeInTheDocument();
    expect(screen.getByText('जिनमें से 2,500 दिख नहीं रहे', { exact: false })).toBeInTheDocument();
  });
});

describe('the status filter’s counts', () => {
  const renderRadios = () =>
    render(
      <LanguageProvider>
        <MantineProvider env="test">
          <SegmentedRadios label="Status" options={[{ value: 'all', label: 'All' }]} value="all" counts={{ all: count }} onChange={() => undefined} />
        </MantineProvider>
      </LanguageProvider>,
    );

  test('grouped in English (100,000) and in Hindi (1,00,000)', async () => {
    const { unmount } = renderRadios();
    expect(screen.getByRole('radio', { name: 'All 100,000' })).toBeInTheDocument();
    unmount();
    await languageStore.choose('hi');
    renderRadios();
    expect(screen.getByRole('radio', { name: 'All 1,00,000' })).toBeInTheDocument();
  });
});
