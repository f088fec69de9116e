import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { useSignOut } from '../useAuthActions';
import { useSession } from '../useSession';
import { expectState, HookDemo, HookState, hookStoryMeta, mutationValues, signedInAnn } from '../../../../.storybook/hookKit';

/** `useSignOut()`: back to anonymous (optionally a new profile UUID, or on every device). */
function SignOutDemo() {
  const signOut = useSignOut();
  const session = useSession();
  return (
    <HookDemo hook="useSignOut()" description="mutate() keeps the profile UUID; mutate({ mode: 'clearSession', fromAllDevices: true }) starts afresh everywhere.">
      <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
        <button type="button" disabled={signOut.isPending} onClick={() => signOut.mutate()}>
          Sign out
        </button>
        <button type="button" disabled={signOut.isPending} onClick={() => signOut.mutate({ mode: 'clearSession', fromAllDevices: true })}>
          Sign out on all devices
        </button>
      </div>
      <HookState values={{ ...mutationValues(signOut), session: session.status, uuid: session.uuid }} />
    </HookDemo>
  );
}

const meta = { ...hookStoryMeta, title: 'Hooks/useSignOut', component: SignOutDemo, parameters: { emulator: signedInAnn } } satisfies Meta<typeof SignOutDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const SignedIn: Story = {
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'session', 'authenticated');
  },
};

export const SignedOut: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expectState(canvasElement, 'session', 'authenticated');
    const uuid = canvas.getByTestId('state-uuid').textContent;
    await userEvent.click(canvas.getByRole('button', { name: 'Sign out' }));
    await expectState(canvasElement, 'session', 'anonymous');
    await expect(canvas.getByTestId('state-uuid')).toHaveTextContent(uuid ?? '');
  },
};

export const SignedOutEverywhere: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expectState(canvasElement, 'session', 'authenticated');
    const uuid = canvas.getByTestId('state-uuid').textContent ?? '';
    await userEvent.click(canvas.getByRole('button', { name: 'Sign out on all devices' }));
    await expectState(canvasElement, 'session', 'anonymous');
    await expect(canvas.getByTestId('state-uuid')).not.toHaveTextContent(uuid);
  },
};
