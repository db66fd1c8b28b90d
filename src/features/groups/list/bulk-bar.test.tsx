/**
 * The bulk bar: on the page before anything is selected (ticking a row adds nothing above the table; the
 * e2e list-safety spec measures the rows), and kept in view while groups are selected.
 */
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, test } from 'vitest';
import { renderApp } from '@/test/render';
import { mockStore } from '../../../../mocks/node';

beforeEach(() => mockStore.reset({ seedGroups: 8 }));

describe('the bulk bar', () => {
  test('is there before anything is selected, so ticking a row inserts nothing above the rows; it sticks while groups are selected', async () => {
    const { user } = renderApp();
    await screen.findByRole('link', { name: 'Support' });
    const region = screen.getByRole('region', { name: 'Bulk actions' });
    expect(within(region).getByText('Tick groups to activate, deactivate or delete several at once.')).toBeInTheDocument();
    expect(region).not.toHaveAttribute('data-sticky');
    const table = screen.getByRole('table');
    expect(region.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    await user.click(screen.getByRole('checkbox', { name: 'Select Support' }));

    expect(screen.getByRole('region', { name: 'Bulk actions' })).toBe(region);
    expect(within(region).getByText('1 group selected')).toBeInTheDocument();
    expect(region).toHaveAttribute('data-sticky');
    // The selection's actions took the hint's place in the same bar.
    expect(within(region).queryByText('Tick groups to activate, deactivate or delete several at once.')).not.toBeInTheDocument();

    await user.click(within(region).getByRole('button', { name: 'Clear selection' }));
    expect(region).not.toHaveAttribute('data-sticky');
  });
});

