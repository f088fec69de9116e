import { describe, expect, it } from 'vitest';
import { OAuthSignInButton } from './OAuthSignInButton';
import { expectAccessible } from '../testing/axe';
import { SLOW, createHarness, customer, renderWithAuth, screen } from '../testing/harness';

describe('OAuthSignInButton', SLOW, () => {
  it('shows server statuses that need the customer to act', async () => {
    const harness = createHarness({ profiles: [customer({ approvalRequired: true })], locale: 'pl' });
    const mint = () => harness.emulator.identity.mint({ provider: 'OAUTH', email: 'ann@example.com' });
    const { user, container } = await renderWithAuth(<OAuthSignInButton providerName="Shop ID" getIdentityToken={mint} />, { harness });
    await user.click(screen.getByRole('button', { name: 'Kontynuuj przez Shop ID' }));
    expect(await screen.findByText('Konto czeka na zatwierdzenie')).toBeTruthy();
    await expectAccessible(container);
  });
});
