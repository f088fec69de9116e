import type { Meta, StoryObj } from '@storybook/react-vite';
import { useSession } from '../useSession';
import { expectState, HOOK_EMAIL, HookDemo, HookState, hookStoryMeta, signedInAnn } from '../../../../.storybook/hookKit';

/** `useSession()`: the whole snapshot; `useSession(s => s.status)`: re-renders only when the status changes. */
function SessionDemo() {
  const session = useSession();
  const status = useSession((s) => s.status);
  return (
    <HookDemo hook="useSession()" description="The session snapshot: status, profile UUID, realm, token expiry and profile. Never the token.">
      <HookState
        values={{
          status,
          realm: session.realm,
          uuid: session.uuid,
          email: session.profile?.email,
          expiresAt: session.expiresAt === undefined ? undefined : new Date(session.expiresAt).toISOString(),
        }}
      />
    </HookDemo>
  );
}

const meta = { ...hookStoryMeta, title: 'Hooks/useSession', component: SessionDemo } satisfies Meta<typeof SessionDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Anonymous: Story = {
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'status', 'anonymous');
    await expectState(canvasElement, 'realm', 'anonymous_client');
  },
};

export const SignedIn: Story = {
  parameters: { emulator: signedInAnn },
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'status', 'authenticated');
    await expectState(canvasElement, 'email', HOOK_EMAIL);
  },
};
