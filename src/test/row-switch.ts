import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/**
 * Answers the list row switch's question with Deactivate: it is asked before a group whose agents take
 * its calls is switched off (a group nobody answers, and switching on, go at once).
 */
export async function confirmRowDeactivate(user: UserEvent, name: string): Promise<void> {
  const dialog = await screen.findByRole('dialog', { name: `Deactivate ${name}?` });
  await user.click(within(dialog).getByRole('button', { name: 'Deactivate' }));
}
