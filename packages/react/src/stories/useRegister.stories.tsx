import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { userEvent, within } from 'storybook/test';
import { useRegister } from '../useAuthActions';
import { useSession } from '../useSession';
import { expectState, HOOK_PASSWORD, HookDemo, HookForm, HookInput, HookState, hookStoryMeta, mutationValues } from '../../../../.storybook/hookKit';

/** `useRegister()`: the result says what comes next for the workspace's registration type. */
function RegisterDemo() {
  const register = useRegister();
  const session = useSession((s) => s.status);
  const [email, setEmail] = useState('new@example.com');
  const [password, setPassword] = useState(HOOK_PASSWORD);
  return (
    <HookDemo hook="useRegister()" description="Resolves with signedIn (AUTOMATIC), checkEmail (REQUIRE_EMAIL_CONFIRMATION), activationRequired (REQUIRE_ACTIVATION) or pinRequired (REQUIRE_PIN_CONFIRMATION).">
      <HookForm label="Create an account" onSubmit={() => register.mutate({ email, password })}>
        <HookInput label="E-mail" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} />
        <HookInput label="Password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        <button type="submit" disabled={register.isPending}>
          Create account
        </button>
      </HookForm>
      <HookState values={{ ...mutationValues(register), next: register.data?.status, session }} />
    </HookDemo>
  );
}

const meta = { ...hookStoryMeta, title: 'Hooks/useRegister', component: RegisterDemo } satisfies Meta<typeof RegisterDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

const expectNext = (next: string, session: string) => async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  await userEvent.click(within(canvasElement).getByRole('button', { name: 'Create account' }));
  await expectState(canvasElement, 'next', next);
  await expectState(canvasElement, 'session', session);
};

export const Automatic: Story = { play: expectNext('signedIn', 'authenticated') };

export const EmailConfirmation: Story = {
  parameters: { emulator: { settings: { registrationType: 'REQUIRE_EMAIL_CONFIRMATION' } } },
  play: expectNext('checkEmail', 'authenticated'),
};

export const Activation: Story = {
  parameters: { emulator: { settings: { registrationType: 'REQUIRE_ACTIVATION' } } },
  play: expectNext('activationRequired', 'anonymous'),
};

export const PinConfirmation: Story = {
  parameters: { emulator: { settings: { registrationType: 'REQUIRE_PIN_CONFIRMATION' } } },
  play: expectNext('pinRequired', 'anonymous'),
};

export const EmailTaken: Story = {
  parameters: { emulator: { profiles: [{ email: 'new@example.com', password: HOOK_PASSWORD }] } },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Create account' }));
    await expectState(canvasElement, 'error', 'ACCOUNT_EXISTS');
  },
};
