import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { userEvent, within } from 'storybook/test';
import { useChangePassword } from '../useAuthActions';
import { expectState, HOOK_PASSWORD, HookDemo, HookForm, HookInput, HookState, hookStoryMeta, mutationValues, signedInAnn } from '../../../../.storybook/hookKit';

/** `useChangePassword()`: the signed-in customer changes their password. */
function ChangePasswordDemo() {
  const change = useChangePassword();
  const [oldPassword, setOld] = useState('');
  const [newPassword, setNew] = useState('Brand#New1');
  return (
    <HookDemo hook="useChangePassword()" description="mutate({ oldPassword, newPassword }); a wrong current password fails with INVALID_CREDENTIALS.">
      <HookForm label="Change password" onSubmit={() => change.mutate({ oldPassword, newPassword })}>
        <HookInput label="Current password" type="password" autoComplete="current-password" value={oldPassword} onChange={(e) => setOld(e.target.value)} />
        <HookInput label="New password" type="password" autoComplete="new-password" value={newPassword} onChange={(e) => setNew(e.target.value)} />
        <button type="submit" disabled={change.isPending}>
          Change password
        </button>
      </HookForm>
      <HookState values={mutationValues(change)} />
    </HookDemo>
  );
}

const meta = { ...hookStoryMeta, title: 'Hooks/useChangePassword', component: ChangePasswordDemo, parameters: { emulator: signedInAnn } } satisfies Meta<typeof ChangePasswordDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

const change = async (canvasElement: HTMLElement, current: string) => {
  const canvas = within(canvasElement);
  await userEvent.type(canvas.getByLabelText('Current password'), current);
  await userEvent.click(canvas.getByRole('button', { name: 'Change password' }));
};

export const Changed: Story = {
  play: async ({ canvasElement }) => {
    await change(canvasElement, HOOK_PASSWORD);
    await expectState(canvasElement, 'status', 'success');
  },
};

export const WrongCurrentPassword: Story = {
  play: async ({ canvasElement }) => {
    await change(canvasElement, 'Wrong#123');
    await expectState(canvasElement, 'status', 'error');
  },
};
