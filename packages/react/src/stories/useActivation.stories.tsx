import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { useActivation } from '../useAuthActions';
import { expectState, HOOK_EMAIL, HookDemo, HookForm, HookInput, HookState, hookCustomer, hookStoryMeta, type HookKit } from '../../../../.storybook/hookKit';

/** `useActivation()`: `request(email)` e-mails the activation link, `confirm(token)` activates. */
function ActivationDemo() {
  const { request, confirm } = useActivation();
  const [token, setToken] = useState('');
  return (
    <HookDemo hook="useActivation()" description="The token arrives in the activation link (here: read it from the emulator's outbox).">
      <button type="button" disabled={request.isPending} onClick={() => request.mutate(HOOK_EMAIL)}>
        Send the activation e-mail to {HOOK_EMAIL}
      </button>
      <HookForm label="Activate" onSubmit={() => confirm.mutate(token)}>
        <HookInput label="Token from the link" value={token} onChange={(e) => setToken(e.target.value)} />
        <button type="submit" disabled={confirm.isPending}>
          Activate
        </button>
      </HookForm>
      <HookState values={{ request: request.status, confirm: confirm.status, error: (confirm.error ?? request.error)?.code }} />
    </HookDemo>
  );
}

const meta = {
  ...hookStoryMeta,
  title: 'Hooks/useActivation',
  component: ActivationDemo,
  parameters: { emulator: { profiles: [hookCustomer({ activated: false })] } },
} satisfies Meta<typeof ActivationDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Activated: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const { emulator } = loaded.kit as HookKit;
    await userEvent.click(canvas.getByRole('button', { name: /Send the activation e-mail/ }));
    await expectState(canvasElement, 'request', 'success');
    await userEvent.type(canvas.getByLabelText('Token from the link'), emulator.outbox.latest(HOOK_EMAIL, 'ACTIVATION')?.token ?? '');
    await userEvent.click(canvas.getByRole('button', { name: 'Activate' }));
    await expectState(canvasElement, 'confirm', 'success');
    await expect(emulator.getProfile(HOOK_EMAIL)?.activated).toBe(true);
  },
};

export const InvalidToken: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Token from the link'), 'not-a-token');
    await userEvent.click(canvas.getByRole('button', { name: 'Activate' }));
    await expectState(canvasElement, 'confirm', 'error');
  },
};

export const Idle: Story = {
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'request', 'idle');
    await expectState(canvasElement, 'confirm', 'idle');
  },
};
