import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { OAuthSignInButton } from './OAuthSignInButton';
import { withMintedToken } from '../social/socialStories';
import { authStoryMeta, storyCustomer } from '../storyKit';

const meta = {
  ...authStoryMeta,
  title: 'Components/Social/OAuthSignInButton',
  component: OAuthSignInButton,
  args: { providerName: 'Shop ID', onSignedIn: fn(), getIdentityToken: () => Promise.reject(new Error('replaced by the story')) },
  parameters: { emulator: { profiles: [storyCustomer()] } },
} satisfies Meta<typeof OAuthSignInButton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Offline identity token (minted by the emulator) for a known customer: signed in. */
export const KnownCustomer: Story = {
  render: withMintedToken(OAuthSignInButton, 'OAUTH', 'ann@example.com'),
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Continue with Shop ID' }));
    await waitFor(() => expect(args.onSignedIn).toHaveBeenCalled(), { timeout: 5000 });
  },
};

export const ProviderFailed: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with Shop ID' }));
    await expect(await canvas.findByText('Signing in with Shop ID did not work. Try again or use another method.', {}, { timeout: 5000 })).toBeVisible();
  },
};

export const AwaitingApproval: Story = {
  render: withMintedToken(OAuthSignInButton, 'OAUTH', 'ann@example.com'),
  parameters: { emulator: { profiles: [storyCustomer({ approvalRequired: true })] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with Shop ID' }));
    await expect(await canvas.findByText('Your account is awaiting approval', {}, { timeout: 5000 })).toBeVisible();
  },
};
