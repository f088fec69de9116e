import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { userEvent, within } from 'storybook/test';
import { useSignIn } from '../useAuthActions';
import { useSession } from '../useSession';
import { expectState, HOOK_EMAIL, HOOK_PASSWORD, HookDemo, HookForm, HookInput, HookState, hookCustomer, hookStoryMeta, mutationValues } from '../../../../.storybook/hookKit';

/** `useSignIn()`: the plain RaaS login (creates the account when the workspace allows it). */
function SignInDemo() {
  const signIn = useSignIn();
  const session = useSession((s) => s.status);
  const [email, setEmail] = useState(HOOK_EMAIL);
  const [password, setPassword] = useState('');
  return (
    <HookDemo hook="useSignIn()" description="mutate({ email, password }) signs in; the error is an AuthError with a code.">
      <HookForm label="Sign in" onSubmit={() => signIn.mutate({ email, password })}>
        <HookInput label="E-mail" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} />
        <HookInput label="Password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        <button type="submit" disabled={signIn.isPending}>
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </button>
      </HookForm>
      <HookState values={{ ...mutationValues(signIn), session }} />
    </HookDemo>
  );
}

const meta = {
  ...hookStoryMeta,
  title: 'Hooks/useSignIn',
  component: SignInDemo,
  parameters: { emulator: { profiles: [hookCustomer()] } },
} satisfies Meta<typeof SignInDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

async function submit(canvasElement: HTMLElement, password: string) {
  const canvas = within(canvasElement);
  await userEvent.type(canvas.getByLabelText('Password'), password);
  await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
  return canvas;
}

export const Default: Story = {};

export const SignedIn: Story = {
  play: async ({ canvasElement }) => {
    await submit(canvasElement, HOOK_PASSWORD);
    await expectState(canvasElement, 'status', 'success');
    await expectState(canvasElement, 'session', 'authenticated');
  },
};

export const WrongPassword: Story = {
  play: async ({ canvasElement }) => {
    await submit(canvasElement, 'Wrong#123');
    await expectState(canvasElement, 'error', 'INVALID_CREDENTIALS');
    await expectState(canvasElement, 'status', 'error');
    await expectState(canvasElement, 'session', 'anonymous');
  },
};
