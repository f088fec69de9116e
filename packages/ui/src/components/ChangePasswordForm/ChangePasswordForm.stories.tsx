import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ChangePasswordForm } from './ChangePasswordForm';
import { authStoryMeta, STORY_PASSWORD, storyCustomer } from '../storyKit';

const meta = {
  ...authStoryMeta,
  title: 'Components/ChangePasswordForm',
  component: ChangePasswordForm,
  args: { onChanged: fn() },
  parameters: { emulator: { profiles: [storyCustomer()], signedInAs: { email: 'ann@example.com', password: STORY_PASSWORD } } },
} satisfies Meta<typeof ChangePasswordForm>;

export default meta;
type Story = StoryObj<typeof meta>;

async function change(canvasElement: HTMLElement, current: string) {
  const canvas = within(canvasElement);
  await userEvent.type(canvas.getByLabelText('Current password'), current);
  await userEvent.type(canvas.getByLabelText('New password'), 'Brand#New1');
  await userEvent.type(canvas.getByLabelText('Repeat new password'), 'Brand#New1');
  await userEvent.click(canvas.getByRole('button', { name: 'Change password' }));
  return canvas;
}

export const Default: Story = {};

export const Changed: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await change(canvasElement, STORY_PASSWORD);
    await expect(await canvas.findByText('Your password has been changed.', {}, { timeout: 5000 })).toBeVisible();
  },
};

export const WrongCurrentPassword: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await change(canvasElement, 'Wrong#123');
    await expect(await canvas.findByText('Your current password is incorrect.', {}, { timeout: 5000 })).toBeVisible();
  },
};
