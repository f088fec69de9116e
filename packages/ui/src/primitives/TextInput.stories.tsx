import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { TextInput } from './TextInput';

const meta = {
  title: 'Primitives/TextInput',
  component: TextInput,
  args: { 'aria-label': 'First name', autoComplete: 'given-name' },
  decorators: [(Story) => <div style={{ maxWidth: '24rem' }}><Story /></div>],
} satisfies Meta<typeof TextInput>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'First name' });
    await userEvent.type(input, 'Ada');
    await expect(input).toHaveValue('Ada');
  },
};
export const Filled: Story = { args: { defaultValue: 'Ada' } };
export const Invalid: Story = { args: { defaultValue: '', 'aria-invalid': true } };
export const Disabled: Story = { args: { defaultValue: 'Ada', disabled: true } };
