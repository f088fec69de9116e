import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { SignOutButton } from './SignOutButton';
import { authStoryMeta, STORY_PASSWORD, storyCustomer } from '../storyKit';

const meta = {
  ...authStoryMeta,
  title: 'Components/SignOutButton',
  component: SignOutButton,
  args: { onSignedOut: fn() },
  parameters: { emulator: { profiles: [storyCustomer()], signedInAs: { email: 'ann@example.com', password: STORY_PASSWORD } } },
} satisfies Meta<typeof SignOutButton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(args.onSignedOut).toHaveBeenCalled(), { timeout: 5000 });
  },
};
export const Everywhere: Story = { args: { everywhere: true } };
