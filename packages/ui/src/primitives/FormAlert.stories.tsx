import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Button } from './Button';
import { FormAlert } from './FormAlert';

const meta = {
  title: 'Primitives/FormAlert',
  component: FormAlert,
  decorators: [(Story) => <div style={{ maxWidth: '28rem' }}><Story /></div>],
} satisfies Meta<typeof FormAlert>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Error: Story = {
  args: { tone: 'error', children: 'The e-mail or password is incorrect.' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent('incorrect');
  },
};
export const Info: Story = { args: { tone: 'info', children: 'We sent you a new code.' } };
export const Success: Story = { args: { tone: 'success', title: 'Password changed', children: 'You can sign in with your new password now.' } };
export const Warning: Story = { args: { tone: 'warning', children: 'Your session will expire in 2 minutes.' } };
export const WithAction: Story = {
  args: {
    tone: 'error',
    title: 'Your account is not active yet',
    children: 'Click the link in the activation e-mail we sent you.',
    action: <Button variant="link">Resend activation e-mail</Button>,
  },
};
export const AllTonesDark: Story = {
  globals: { theme: 'dark' },
  render: () => (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <FormAlert tone="error">The e-mail or password is incorrect.</FormAlert>
      <FormAlert tone="info">We sent you a new code.</FormAlert>
      <FormAlert tone="success">Your password has been changed.</FormAlert>
      <FormAlert tone="warning">Your session will expire soon.</FormAlert>
    </div>
  ),
};
