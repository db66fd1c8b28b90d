/**
 * The bulk bar: on the page before anything is selected (ticking a row adds nothing above the table; the
 * e2e list-safety spec measures the rows), kept in view while groups are selected, and a run's outcome
 * said once, in its report.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
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

  test('a finished run is said once, in the bar’s report, with no toast repeating it', async () => {
    const { user, queryClient } = renderApp();
    await screen.findByRole('link', { name: 'Support' });
    await user.click(screen.getByRole('checkbox', { name: 'Select Support' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Billing' }));
    const bar = within(screen.getByRole('region', { name: 'Bulk actions' }));
    await user.click(bar.getByRole('button', { name: 'Activate' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Activate 2 groups?' })).getByRole('button', { name: 'Activate 2 groups' }));

    expect(await bar.findByRole('status')).toHaveTextContent('2 groups activated');
    // The run ends by reading the list again; a toast used to follow that read.
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    await act(async () => {});
    expect(screen.getAllByText('2 groups activated')).toHaveLength(1);
    expect(screen.queryByText('All done.')).not.toBeInTheDocument();
  });
});

