import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { PinConfirmation } from './PinConfirmation';
import { StatesDocsPage, stateStories } from '../fixtures/stateStories';
import { PIN_STATES } from '../fixtures/states';
import { authStoryMeta, STORY_PASSWORD, storyI18n, type EmulatorParameters, type StoryKit } from '../storyKit';

const EMAIL = 'new@example.com';

const pinWorkspace = (settings: EmulatorParameters['settings'] = {}): EmulatorParameters => ({
  settings: { registrationType: 'REQUIRE_PIN_CONFIRMATION', ...settings },
  // Registration e-mails the PIN: the story starts on the confirmation step.
  setup: async ({ client }: StoryKit) => {
    await client.register({ email: EMAIL, password: STORY_PASSWORD });
  },
});

const DocsPage = () => <StatesDocsPage all={AllStates} one={State} />;

const meta = {
  ...authStoryMeta,
  title: 'Components/PinConfirmation',
  tags: ['autodocs'],
  component: PinConfirmation,
  args: { email: EMAIL, onConfirmed: fn(), onChangeEmail: fn() },
  // Docs: every state side by side from static fixtures (the emulator stories below show behaviour).
  parameters: { docs: { page: DocsPage }, emulator: pinWorkspace() },
} satisfies Meta<typeof PinConfirmation>;

export default meta;
type Story = StoryObj<typeof meta>;
type PlayContext = Parameters<NonNullable<Story['play']>>[0];

/** The code field, labelled in the toolbar's language. */
const codeField = (context: PlayContext) => within(context.canvasElement).getByLabelText(storyI18n(context).t('pin.label'));

/** A pattern for a message whose `{param}` is a number that ticks (e.g. "Resend in 57s"). */
function ticking(context: PlayContext, key: 'pin.resendIn' | 'pin.expiresIn', param: string): RegExp {
  const text = storyI18n(context).t(key, { [param]: 'NUMBER' }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${text.replace('NUMBER', '[\\d:]+')}$`);
}

/** PIN entry: the code was just e-mailed; the expiry counts down and resend waits. */
export const Default: Story = {
  play: async (context) => {
    await expect(codeField(context)).toBeVisible();
    const expiry = context.canvasElement.querySelector('[data-slot="pin-expiry"]');
    await waitFor(() => expect(expiry?.textContent ?? '').toMatch(ticking(context, 'pin.expiresIn', 'time')), { timeout: 5000 });
  },
};

export const FourDigits: Story = { parameters: { emulator: pinWorkspace({ pinConfirmationLength: 4 }) } };

export const Confirmed: Story = {
  play: async (context) => {
    const { args, loaded } = context;
    const pin = (loaded.kit as StoryKit).emulator.outbox.latest(EMAIL, 'PIN')?.pin ?? '';
    await userEvent.type(codeField(context), pin);
    await waitFor(() => expect(args.onConfirmed).toHaveBeenCalled(), { timeout: 5000 });
  },
};

export const WrongPin: Story = {
  play: async (context) => {
    const pin = (context.loaded.kit as StoryKit).emulator.outbox.latest(EMAIL, 'PIN')?.pin ?? '';
    await userEvent.type(codeField(context), pin === '000000' ? '111111' : '000000');
    await expect(await within(context.canvasElement).findByText(storyI18n(context).t('error.PIN_INVALID'), {}, { timeout: 5000 })).toBeVisible();
  },
};

export const Expired: Story = {
  parameters: { emulator: pinWorkspace({ pinConfirmationValidInSeconds: 1, pinResendCooldownSeconds: 1 }) },
  play: async (context) => {
    await expect(await within(context.canvasElement).findByText(storyI18n(context).t('pin.expired'), {}, { timeout: 5000 })).toBeVisible();
  },
};

/** Resend cooldown: "Send a new code" stays disabled while the workspace cooldown runs. */
export const ResendCooldown: Story = {
  play: async (context) => {
    const resend = await within(context.canvasElement).findByRole('button', { name: ticking(context, 'pin.resendIn', 'seconds') }, { timeout: 5000 });
    await expect(resend).toBeDisabled();
  },
};

/** After the cooldown (the client's clock jumps a minute ahead): a new code is sent on request. */
export const Resent: Story = {
  parameters: { emulator: pinWorkspace({ pinResendCooldownSeconds: 1 }) },
  play: async (context) => {
    const { loaded } = context;
    const { t } = storyI18n(context);
    const canvas = within(context.canvasElement);
    (loaded.kit as StoryKit).clock.advance(61_000);
    const resend = await canvas.findByRole('button', { name: t('pin.resend') }, { timeout: 5000 });
    await userEvent.click(resend);
    await expect(await canvas.findByText(t('pin.resent'), {}, { timeout: 5000 })).toBeVisible();
    await expect((loaded.kit as StoryKit).emulator.outbox.all().filter((m) => m.kind === 'PIN')).toHaveLength(2);
  },
};

// Static states (fixtures, no emulator round-trip): `state` control, and all of them side by side.
const fixtures = stateStories(PinConfirmation, PIN_STATES);
export const State = { ...fixtures.State };
export const AllStates = { ...fixtures.AllStates };
