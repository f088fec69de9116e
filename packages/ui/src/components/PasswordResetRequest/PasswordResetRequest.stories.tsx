import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { PasswordResetRequest } from './PasswordResetRequest';
import { StatesDocsPage, stateStories } from '../fixtures/stateStories';
import { RESET_REQUEST_STATES } from '../fixtures/states';
import { authStoryMeta, storyCustomer } from '../storyKit';

const DocsPage = () => <StatesDocsPage all={AllStates} one={State} />;

const meta = {
  ...authStoryMeta,
  title: 'Components/PasswordResetRequest',
  tags: ['autodocs'],
  component: PasswordResetRequest,
  args: { onSent: fn(), onBackToSignIn: fn() },
  // Docs: every state side by side from static fixtures (the emulator stories below show behaviour).
  parameters: { docs: { page: DocsPage }, emulator: { profiles: [storyCustomer()] } },
} satisfies Meta<typeof PasswordResetRequest>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Sent: Story = {
  args: { defaultEmail: 'ann@example.com' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Send reset link' }));
    await expect(await canvas.findByText(/If an account exists for ann@example.com/, {}, { timeout: 5000 })).toBeVisible();
  },
};

// Static states (fixtures, no emulator round-trip): `state` control, and all of them side by side.
const fixtures = stateStories(PasswordResetRequest, RESET_REQUEST_STATES);
export const State = { ...fixtures.State };
export const AllStates = { ...fixtures.AllStates };
