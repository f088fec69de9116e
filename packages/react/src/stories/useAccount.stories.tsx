import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { userEvent, within } from 'storybook/test';
import { useAccount } from '../useAccount';
import { expectState, HOOK_EMAIL, HookDemo, HookForm, HookInput, HookState, hookStoryMeta, signedInAnn } from '../../../../.storybook/hookKit';

/** `useAccount()`: the signed-in customer's personal information, shared and updatable. */
function AccountDemo() {
  const account = useAccount();
  const [firstName, setFirstName] = useState('Anna');
  return (
    <HookDemo hook="useAccount()" description="data is undefined for a visitor; update.mutate(patch) saves and refreshes every reader.">
      <HookState
        values={{
          isLoading: account.isLoading,
          email: account.data?.email,
          firstName: account.data?.firstName ?? undefined,
          lastName: account.data?.lastName ?? undefined,
          update: account.update.status,
        }}
      />
      <HookForm label="Update the first name" onSubmit={() => account.update.mutate({ firstName })}>
        <HookInput label="First name" autoComplete="given-name" value={firstName} onChange={(e) => setFirstName(e.target.value)} />
        <button type="submit" disabled={!account.data || account.update.isPending}>
          Save
        </button>
      </HookForm>
    </HookDemo>
  );
}

const meta = { ...hookStoryMeta, title: 'Hooks/useAccount', component: AccountDemo } satisfies Meta<typeof AccountDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const SignedIn: Story = {
  parameters: { emulator: signedInAnn },
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'email', HOOK_EMAIL);
    await expectState(canvasElement, 'firstName', 'Ann');
  },
};

export const Updated: Story = {
  parameters: { emulator: signedInAnn },
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'firstName', 'Ann');
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Save' }));
    await expectState(canvasElement, 'update', 'success');
    await expectState(canvasElement, 'firstName', 'Anna');
  },
};

export const Visitor: Story = {
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'isLoading', 'false');
    await expectState(canvasElement, 'email', '—');
  },
};
