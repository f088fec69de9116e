import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { userEvent, within } from 'storybook/test';
import { usePasswordReset } from '../useAuthActions';
import { expectState, HOOK_EMAIL, HookDemo, HookForm, HookInput, HookState, hookCustomer, hookStoryMeta, type HookKit } from '../../../../.storybook/hookKit';

/** `usePasswordReset()`: `request(email)` mails a link, `confirm({ token, password })` sets the password. */
function PasswordResetDemo() {
  const { request, confirm } = usePasswordReset();
  const [email, setEmail] = useState(HOOK_EMAIL);
  const [token, setToken] = useState('');
  const [password, setPassword] = useState('');
  return (
    <HookDemo hook="usePasswordReset()" description="The request succeeds whether or not the account exists (no e-mail enumeration).">
      <HookForm label="Request a reset link" onSubmit={() => request.mutate(email)}>
        <HookInput label="E-mail" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} />
        <button type="submit" disabled={request.isPending}>
          Send reset link
        </button>
      </HookForm>
      <HookForm label="Set a new password" onSubmit={() => confirm.mutate({ token, password })}>
        <HookInput label="Token from the link" value={token} onChange={(e) => setToken(e.target.value)} />
        <HookInput label="New password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        <button type="submit" disabled={confirm.isPending}>
          Save new password
        </button>
      </HookForm>
      <HookState values={{ request: request.status, confirm: confirm.status, error: (confirm.error ?? request.error)?.code }} />
    </HookDemo>
  );
}

const meta = {
  ...hookStoryMeta,
  title: 'Hooks/usePasswordReset',
  component: PasswordResetDemo,
  parameters: { emulator: { profiles: [hookCustomer()] } },
} satisfies Meta<typeof PasswordResetDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Requested: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Send reset link' }));
    await expectState(canvasElement, 'request', 'success');
  },
};

export const Confirmed: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Send reset link' }));
    await expectState(canvasElement, 'request', 'success');
    const token = (loaded.kit as HookKit).emulator.outbox.latest(HOOK_EMAIL, 'PASSWORD_RESET')?.token ?? '';
    await userEvent.type(canvas.getByLabelText('Token from the link'), token);
    await userEvent.type(canvas.getByLabelText('New password'), 'Brand#New1');
    await userEvent.click(canvas.getByRole('button', { name: 'Save new password' }));
    await expectState(canvasElement, 'confirm', 'success');
  },
};

export const InvalidLink: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Token from the link'), 'from-an-old-link');
    await userEvent.type(canvas.getByLabelText('New password'), 'Brand#New1');
    await userEvent.click(canvas.getByRole('button', { name: 'Save new password' }));
    await expectState(canvasElement, 'confirm', 'error');
    await expectState(canvasElement, 'error', 'TOKEN_INVALID');
  },
};
