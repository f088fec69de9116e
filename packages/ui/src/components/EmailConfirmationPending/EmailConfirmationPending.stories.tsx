import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { EmailConfirmationPending } from './EmailConfirmationPending';

const meta = {
  title: 'Components/EmailConfirmationPending',
  tags: ['autodocs'],
  component: EmailConfirmationPending,
  args: { email: 'ann@example.com', onContinue: fn() },
} satisfies Meta<typeof EmailConfirmationPending>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithoutContinue: Story = { args: { onContinue: undefined } };
