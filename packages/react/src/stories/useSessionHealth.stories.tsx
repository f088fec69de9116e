import type { Meta, StoryObj } from '@storybook/react-vite';
import { useSessionHealth } from '../useSession';
import { expectState, HookDemo, HookState, hookStoryMeta, signedInAnn } from '../../../../.storybook/hookKit';

/** `useSessionHealth({ tick: true })`: refresh diagnostics with live countdowns. */
function SessionHealthDemo() {
  const health = useSessionHealth({ tick: true });
  return (
    <HookDemo hook="useSessionHealth({ tick: true })" description="Diagnostics of the token refresh: countdowns, last error, online, leader tab. For a dev panel or a “reconnecting…” banner.">
      <HookState
        values={{
          status: health.status,
          online: health.online,
          isLeader: health.isLeader,
          refreshing: health.refreshing,
          secondsUntilRefresh: health.secondsUntilRefresh,
          secondsUntilExpiry: health.secondsUntilExpiry,
          secondsUntilRetry: health.secondsUntilRetry,
          lastError: health.lastError?.code,
        }}
      />
    </HookDemo>
  );
}

const meta = { ...hookStoryMeta, title: 'Hooks/useSessionHealth', component: SessionHealthDemo } satisfies Meta<typeof SessionHealthDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const SignedIn: Story = {
  parameters: { emulator: signedInAnn },
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'status', 'authenticated');
    await expectState(canvasElement, 'online', 'true');
    await expectState(canvasElement, 'secondsUntilExpiry', /^\d+$/);
  },
};

export const Anonymous: Story = {
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'status', 'anonymous');
  },
};
