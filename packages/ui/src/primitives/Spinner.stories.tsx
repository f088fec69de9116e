import type { Meta, StoryObj } from '@storybook/react-vite';
import { Spinner } from './Spinner';

const meta = {
  title: 'Primitives/Spinner',
  component: Spinner,
} satisfies Meta<typeof Spinner>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const CustomLabel: Story = { args: { label: 'Checking your session…' } };
export const Large: Story = { render: (args) => <span style={{ fontSize: '2rem', color: 'var(--sa-color-primary)' }}><Spinner {...args} /></span> };
