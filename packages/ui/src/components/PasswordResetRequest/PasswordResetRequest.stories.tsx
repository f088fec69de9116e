import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { PasswordResetRequest } from './PasswordResetRequest';
import { authStoryMeta, storyCustomer } from '../storyKit';

const meta = {
  ...authStoryMeta,
  title: 'Components/PasswordResetRequest',
  component: PasswordResetRequest,
  args: { onSent: fn(), onBackToSignIn: fn() },
  parameters: { emulator: { profiles: [storyCustomer()] } },
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
