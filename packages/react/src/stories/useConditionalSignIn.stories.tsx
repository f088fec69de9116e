import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { userEvent, within } from 'storybook/test';
import { useConditionalSignIn } from '../useAuthActions';
import { expectState, HOOK_EMAIL, HOOK_PASSWORD, HookDemo, HookForm, HookInput, HookState, hookCustomer, hookStoryMeta, mutationValues } from '../../../../.storybook/hookKit';

/** `useConditionalSignIn()`: never creates an account; resolves with a status instead of throwing. */
function ConditionalSignInDemo() {
  const signIn = useConditionalSignIn();
  const [email, setEmail] = useState(HOOK_EMAIL);
  const [password, setPassword] = useState(HOOK_PASSWORD);
  const result = signIn.data;
  return (
    <HookDemo hook="useConditionalSignIn()" description="Resolves with success, unauthorized, activationRequired, registrationRequired, termsAcceptanceRequired, mfaRequired or approvalRequired.">
      <HookForm label="Conditional sign-in" onSubmit={() => signIn.mutate({ email, password })}>
        <HookInput label="E-mail" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} />
        <HookInput label="Password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        <button type="submit" disabled={signIn.isPending}>
          Sign in
        </button>
      </HookForm>
      <HookState
        values={{
          ...mutationValues(signIn),
          result: result?.status,
          conditions: result && 'conditions' in result ? result.conditions : undefined,
        }}
      />
    </HookDemo>
  );
}

const meta = {
  ...hookStoryMeta,
  title: 'Hooks/useConditionalSignIn',
  component: ConditionalSignInDemo,
  parameters: { emulator: { profiles: [hookCustomer()] } },
} satisfies Meta<typeof ConditionalSignInDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

const expectResult = (status: string) => async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const canvas = within(canvasElement);
  await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
  await expectState(canvasElement, 'result', status);
  await expectState(canvasElement, 'status', 'success');
};

export const Success: Story = { play: expectResult('success') };

export const ActivationRequired: Story = {
  parameters: { emulator: { profiles: [hookCustomer({ activated: false })] } },
  play: expectResult('activationRequired'),
};

export const RegistrationRequired: Story = {
  parameters: { emulator: { profiles: [] } },
  play: expectResult('registrationRequired'),
};

export const TermsAcceptanceRequired: Story = {
  parameters: { emulator: { profiles: [hookCustomer()], settings: { requiredAgreements: ['email'] } } },
  play: expectResult('termsAcceptanceRequired'),
};
