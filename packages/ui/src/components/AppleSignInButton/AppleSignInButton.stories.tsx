import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { AppleSignInButton } from './AppleSignInButton';
import { withMintedToken } from '../social/socialStories';
import { authStoryMeta, storyCustomer } from '../storyKit';

const meta = {
  ...authStoryMeta,
  title: 'Components/Social/AppleSignInButton',
  component: AppleSignInButton,
  args: { onSignedIn: fn() },
  parameters: { emulator: { profiles: [storyCustomer()] } },
} satisfies Meta<typeof AppleSignInButton>;

export default meta;
type Story = StoryObj<typeof meta>;

const continueWith = async (canvasElement: HTMLElement) => {
  const canvas = within(canvasElement);
  await userEvent.click(canvas.getByRole('button', { name: 'Continue with Apple' }));
  return canvas;
};

/** Offline identity token (minted by the emulator) for a known customer: signed in. */
export const KnownCustomer: Story = {
  render: withMintedToken(AppleSignInButton, 'APPLE', 'ann@example.com'),
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Continue with Apple' }));
    await waitFor(() => expect(args.onSignedIn).toHaveBeenCalled(), { timeout: 5000 });
  },
};

export const CreateAccountOffer: Story = {
  render: withMintedToken(AppleSignInButton, 'APPLE', 'new@example.com'),
  play: async ({ canvasElement }) => {
    const canvas = await continueWith(canvasElement);
    await expect(await canvas.findByText('Create an account with Apple?', {}, { timeout: 5000 })).toBeVisible();
  },
};

export const TermsRequired: Story = {
  render: withMintedToken(AppleSignInButton, 'APPLE', 'ann@example.com'),
  parameters: { emulator: { profiles: [storyCustomer()], settings: { requiredAgreements: ['email'] } } },
  play: async ({ canvasElement }) => {
    const canvas = await continueWith(canvasElement);
    await expect(await canvas.findByRole('checkbox', { name: 'E-mail marketing' }, { timeout: 5000 })).toBeVisible();
  },
};
