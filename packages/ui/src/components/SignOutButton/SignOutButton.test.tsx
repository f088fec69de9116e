import { describe, expect, it, vi } from 'vitest';
import { SignOutButton } from './SignOutButton';
import { SLOW, renderSignedIn, screen, waitFor } from '../testing/harness';

describe('SignOutButton', SLOW, () => {
  it('signs out (everywhere when asked) back to an anonymous session', async () => {
    const onSignedOut = vi.fn();
    const { user, harness } = await renderSignedIn(<SignOutButton everywhere onSignedOut={onSignedOut} />);
    await user.click(screen.getByRole('button', { name: 'Sign out on all devices' }));
    await waitFor(() => expect(onSignedOut).toHaveBeenCalledTimes(1));
    expect(harness.client.getSnapshot().status).toBe('anonymous');
    expect(harness.emulator.requestLog.count({ path: /logout/ })).toBe(1);
  });
});
