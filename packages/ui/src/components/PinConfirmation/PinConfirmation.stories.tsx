import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { PinConfirmation } from './PinConfirmation';
import { authStoryMeta, STORY_PASSWORD, type EmulatorParameters, type StoryKit } from '../storyKit';

const EMAIL = 'new@example.com';

const pinWorkspace = (settings: EmulatorParameters['settings'] = {}): EmulatorParameters => ({
  settings: { registrationType: 'REQUIRE_PIN_CONFIRMATION', ...settings },
  // Registration e-mails the PIN: the story starts on the confirmation step.
  setup: async ({ client }: StoryKit) => {
    await client.register({ email: EMAIL, password: STORY_PASSWORD });
  },
});

const meta = {
  ...authStoryMeta,
  title: 'Components/PinConfirmation',
  component: PinConfirmation,
  args: { email: EMAIL, onConfirmed: fn(), onChangeEmail: fn() },
  parameters: { emulator: pinWorkspace() },
} satisfies Meta<typeof PinConfirmation>;

export default meta;
type Story = StoryObj<typeof meta>;

/** PIN entry: the code was just e-mailed; the expiry counts down and resend waits. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByLabelText('Verification code')).toBeVisible();
    await expect(await canvas.findByText(/The code expires in/, {}, { timeout: 5000 })).toBeVisible();
  },
};

export const FourDigits: Story = { parameters: { emulator: pinWorkspace({ pinConfirmationLength: 4 }) } };

export const Confirmed: Story = {
  play: async ({ canvasElement, args, loaded }) => {
    const pin = (loaded.kit as StoryKit).emulator.outbox.latest(EMAIL, 'PIN')?.pin ?? '';
    await userEvent.type(within(canvasElement).getByLabelText('Verification code'), pin);
    await waitFor(() => expect(args.onConfirmed).toHaveBeenCalled(), { timeout: 5000 });
  },
};

export const WrongPin: Story = {
  play: async ({ canvasElement, loaded }) => {
    const pin = (loaded.kit as StoryKit).emulator.outbox.latest(EMAIL, 'PIN')?.pin ?? '';
    await userEvent.type(within(canvasElement).getByLabelText('Verification code'), pin === '000000' ? '111111' : '000000');
    await expect(await within(canvasElement).findByText('The code is incorrect. Check it and try again.', {}, { timeout: 5000 })).toBeVisible();
  },
};

export const Expired: Story = {
  parameters: { emulator: pinWorkspace({ pinConfirmationValidInSeconds: 1, pinResendCooldownSeconds: 1 }) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('The code has expired. Request a new one.', {}, { timeout: 5000 })).toBeVisible();
  },
};

/** Resend cooldown: "Send a new code" stays disabled while the workspace cooldown runs. */
export const ResendCooldown: Story = {
  play: async ({ canvasElement }) => {
    const resend = await within(canvasElement).findByRole('button', { name: /Resend in \d+s/ }, { timeout: 5000 });
    await expect(resend).toBeDisabled();
  },
};

/** After the cooldown (the client's clock jumps a minute ahead): a new code is sent on request. */
export const Resent: Story = {
  parameters: { emulator: pinWorkspace({ pinResendCooldownSeconds: 1 }) },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    (loaded.kit as StoryKit).clock.advance(61_000);
    const resend = await canvas.findByRole('button', { name: 'Send a new code' }, { timeout: 5000 });
    await userEvent.click(resend);
    await expect(await canvas.findByText('We sent you a new code.', {}, { timeout: 5000 })).toBeVisible();
    await expect((loaded.kit as StoryKit).emulator.outbox.all().filter((m) => m.kind === 'PIN')).toHaveLength(2);
  },
};
