import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ActivationPending } from './ActivationPending';
import { authStoryMeta, storyCustomer } from '../storyKit';

const meta = {
  ...authStoryMeta,
  title: 'Components/ActivationPending',
  tags: ['autodocs'],
  component: ActivationPending,
  args: { email: 'ann@example.com', onBackToSignIn: fn() },
  parameters: { emulator: { profiles: [storyCustomer({ activated: false })] } },
} satisfies Meta<typeof ActivationPending>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Resent: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Resend activation e-mail' }));
    await expect(await canvas.findByText('We sent the activation e-mail again.', {}, { timeout: 5000 })).toBeVisible();
  },
};
