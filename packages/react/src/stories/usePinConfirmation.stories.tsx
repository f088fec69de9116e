import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { userEvent, within } from 'storybook/test';
import { usePinConfirmation } from '../usePinConfirmation';
import { useSession } from '../useSession';
import { expectState, HOOK_PASSWORD, HookDemo, HookForm, HookInput, HookState, hookStoryMeta, mutationValues, type HookKit } from '../../../../.storybook/hookKit';

const EMAIL = 'new@example.com';

/** `usePinConfirmation(email)`: ticking expiry and resend cooldown, plus request/resend/confirm. */
function PinDemo({ email }: { email: string }) {
  const pin = usePinConfirmation(email);
  const session = useSession((s) => s.status);
  const [code, setCode] = useState('');
  return (
    <HookDemo hook="usePinConfirmation(email)" description="The countdowns tick every second and survive a reload; confirm signs the customer in.">
      <HookForm label="Confirm the code" onSubmit={() => pin.confirm.mutate(code)}>
        <HookInput label="Code" inputMode="numeric" autoComplete="one-time-code" value={code} onChange={(e) => setCode(e.target.value)} />
        <button type="submit" disabled={pin.confirm.isPending}>
          Confirm
        </button>
      </HookForm>
      <button type="button" disabled={!pin.canResend || pin.resend.isPending} onClick={() => pin.resend.mutate()}>
        {pin.canResend ? 'Send a new code' : `Resend in ${pin.cooldownSeconds}s`}
      </button>
      <HookState
        values={{
          expiresInSeconds: pin.expiresInSeconds,
          cooldownSeconds: pin.cooldownSeconds,
          canResend: pin.canResend,
          ...mutationValues(pin.confirm),
          session,
        }}
      />
    </HookDemo>
  );
}

const meta = {
  ...hookStoryMeta,
  title: 'Hooks/usePinConfirmation',
  component: PinDemo,
  args: { email: EMAIL },
  parameters: {
    emulator: {
      settings: { registrationType: 'REQUIRE_PIN_CONFIRMATION' },
      // Registration e-mails the PIN: the page starts on the confirmation step.
      setup: async ({ client }: HookKit) => {
        await client.register({ email: EMAIL, password: HOOK_PASSWORD });
      },
    },
  },
} satisfies Meta<typeof PinDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

const enter = async (canvasElement: HTMLElement, code: string) => {
  const canvas = within(canvasElement);
  await userEvent.type(canvas.getByLabelText('Code'), code);
  await userEvent.click(canvas.getByRole('button', { name: 'Confirm' }));
};

export const Pending: Story = {
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'canResend', 'false');
    await expectState(canvasElement, 'expiresInSeconds', /^[1-9]\d*$/);
  },
};

export const Confirmed: Story = {
  play: async ({ canvasElement, loaded }) => {
    await enter(canvasElement, (loaded.kit as HookKit).emulator.outbox.latest(EMAIL, 'PIN')?.pin ?? '');
    await expectState(canvasElement, 'status', 'success');
    await expectState(canvasElement, 'session', 'authenticated');
  },
};

export const WrongPin: Story = {
  play: async ({ canvasElement, loaded }) => {
    const pin = (loaded.kit as HookKit).emulator.outbox.latest(EMAIL, 'PIN')?.pin ?? '';
    await enter(canvasElement, pin === '000000' ? '111111' : '000000');
    await expectState(canvasElement, 'error', 'PIN_INVALID');
  },
};
