import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Checkbox } from './Checkbox';

const meta = {
  title: 'Primitives/Checkbox',
  component: Checkbox,
  args: { label: 'I want to receive news and offers by e-mail.' },
  decorators: [(Story) => <div style={{ maxWidth: '24rem' }}><Story /></div>],
} satisfies Meta<typeof Checkbox>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Unchecked: Story = {
  play: async ({ canvasElement }) => {
    const box = within(canvasElement).getByRole('checkbox');
    await userEvent.click(within(canvasElement).getByText(/news and offers/));
    await expect(box).toBeChecked();
  },
};
export const Checked: Story = { args: { defaultChecked: true } };
export const WithHint: Story = { args: { hint: 'Optional. You can change it at any time in your account.' } };
export const WithLinkAndError: Story = {
  args: {
    label: <>I accept the <a href="#terms">terms of service</a>.</>,
    error: 'You need to accept this to continue.',
    required: true,
  },
};
export const Disabled: Story = { args: { disabled: true, defaultChecked: true } };
