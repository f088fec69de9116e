import { describe, expect, it } from 'vitest';
import { AccountMenu } from './AccountMenu';
import { SLOW, createHarness, customer, renderWithAuth, screen, waitFor } from '../testing/harness';

// Issue 13: a session the server revoked must not keep the menu greeting the customer after a reload.
describe('AccountMenu with a revoked session', SLOW, () => {
  it('a reload restores the stored session, the account load gets 401, and the menu offers sign-in instead', async () => {
    const harness = createHarness({ profiles: [customer()] });
    await harness.client.start();
    await harness.client.signIn({ email: 'ann@example.com', password: customer().password! });
    harness.emulator.revokeAll();
    harness.reload(); // same storage: the stored token still looks valid
    await renderWithAuth(<AccountMenu onSignInRequested={() => undefined} />, { harness });
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
    await waitFor(() => expect(harness.client.getSnapshot().status).toBe('anonymous'));
    expect(screen.queryByRole('button', { name: 'Account' })).toBeNull();
    expect(screen.queryByText(/Hi, Ann/)).toBeNull();
  });
});
