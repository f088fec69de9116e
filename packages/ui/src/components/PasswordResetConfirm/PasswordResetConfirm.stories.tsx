import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { PasswordResetConfirm } from './PasswordResetConfirm';
import { StatesDocsPage, stateStories } from '../fixtures/stateStories';
import { RESET_CONFIRM_STATES } from '../fixtures/states';
import { authStoryMeta, storyCustomer, type StoryKit } from '../storyKit';

const DocsPage = () => <StatesDocsPage all={AllStates} one={State} />;

const meta = {
  ...authStoryMeta,
  title: 'Components/PasswordResetConfirm',
  tags: ['autodocs'],
  component: PasswordResetConfirm,
  args: { token: 'from-the-link', onReset: fn(), onSignInRequested: fn(), onRequestNewLink: fn() },
  // Docs: every state side by side from static fixtures (the emulator stories below show behaviour).
  parameters: { docs: { page: DocsPage },
    emulator: {
      profiles: [storyCustomer()],
      setup: async ({ client }: StoryKit) => client.requestPasswordReset('ann@example.com'),
    },
  },
} satisfies Meta<typeof PasswordResetConfirm>;

export default meta;
type Story = StoryObj<typeof meta>;

async function save(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  await userEvent.type(canvas.getByLabelText('New password'), 'Brand#New1');
  await userEvent.type(canvas.getByLabelText('Repeat new password'), 'Brand#New1');
  await userEvent.click(canvas.getByRole('button', { name: 'Save new password' }));
  return canvas;
}

export const Default: Story = {};

export const Saved: Story = {
  // The real token from the emulator's outbox.
  render: (args, { loaded }) => (
    <PasswordResetConfirm {...args} token={(loaded.kit as StoryKit).emulator.outbox.latest('ann@example.com', 'PASSWORD_RESET')?.token ?? ''} />
  ),
  play: async ({ canvasElement }) => {
    const canvas = await save(canvasElement);
    await expect(await canvas.findByText('Your password has been changed. You can sign in now.', {}, { timeout: 5000 })).toBeVisible();
  },
};

export const InvalidLink: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await save(canvasElement);
    await expect(await canvas.findByText('This link is invalid or has expired. Request a new one.', {}, { timeout: 5000 })).toBeVisible();
  },
};

// Static states (fixtures, no emulator round-trip): `state` control, and all of them side by side.
const fixtures = stateStories(PasswordResetConfirm, RESET_CONFIRM_STATES);
export const State = { ...fixtures.State };
export const AllStates = { ...fixtures.AllStates };
