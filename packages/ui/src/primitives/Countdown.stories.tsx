import type { Meta, StoryObj } from '@storybook/react-vite';
import { Countdown } from './Countdown';

const meta = {
  title: 'Primitives/Countdown',
  component: Countdown,
  args: { seconds: 299 },
} satisfies Meta<typeof Countdown>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Clock: Story = {};
export const PinExpiry: Story = { args: { message: 'pin.expiresIn' } };
export const ResendCooldown: Story = { args: { seconds: 42, message: 'pin.resendIn' } };
export const Expired: Story = { args: { seconds: 0 } };
