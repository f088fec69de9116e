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
  title: 'Auth/PinConfirmation',
  component: PinConfirmation,
  args: { email: EMAIL, onConfirmed: fn(), onChangeEmail: fn() },
  parameters: { emulator: pinWorkspace() },
} satisfies Meta<typeof PinConfirmation>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

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
