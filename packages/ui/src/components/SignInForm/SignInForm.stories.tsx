import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { SignInForm } from './SignInForm';
import { StatesDocsPage, stateStories } from '../fixtures/stateStories';
import { SIGN_IN_STATES } from '../fixtures/states';
import { authStoryMeta, STORY_PASSWORD, storyCustomer, storyI18n, type StoryIntercept, type StoryKit } from '../storyKit';

const CONDITIONAL_LOGIN = '/sauth/v3/auth/login/client/conditional';

const DocsPage = () => <StatesDocsPage all={AllStates} one={State} />;

const meta = {
  ...authStoryMeta,
  title: 'Components/SignInForm',
  tags: ['autodocs'],
  component: SignInForm,
  args: { onSignedIn: fn(), onRegisterRequested: fn(), onForgotPassword: fn() },
  // Docs: every state side by side from static fixtures (the emulator stories below show behaviour).
  parameters: { docs: { page: DocsPage }, emulator: { profiles: [storyCustomer()] } },
} satisfies Meta<typeof SignInForm>;

export default meta;
type Story = StoryObj<typeof meta>;
type PlayContext = Parameters<NonNullable<Story['play']>>[0];

/** Types the credentials and submits, in the toolbar's language. */
async function signIn(context: PlayContext, email: string, password: string) {
  const { t } = storyI18n(context);
  const canvas = within(context.canvasElement);
  await userEvent.type(canvas.getByLabelText(t('field.email')), email);
  await userEvent.type(canvas.getByLabelText(t('field.password')), password);
  await userEvent.click(canvas.getByRole('button', { name: t('signIn.submit') }));
  return { canvas, t };
}

const seen = async (canvas: ReturnType<typeof within>, text: string | RegExp, timeout = 5000) => {
  await expect(await canvas.findByText(text, {}, { timeout })).toBeVisible();
};

export const Default: Story = {};

export const SignedIn: Story = {
  args: { onSignedIn: undefined },
  play: async (context) => {
    const { canvas, t } = await signIn(context, 'ann@example.com', STORY_PASSWORD);
    await seen(canvas, t('signIn.success'));
  },
};

export const WrongCredentials: Story = {
  play: async (context) => {
    const { canvas, t } = await signIn(context, 'ann@example.com', 'Wrong#123');
    await seen(canvas, t('error.INVALID_CREDENTIALS'));
  },
};

export const Locked: Story = {
  parameters: {
    emulator: {
      profiles: [storyCustomer()],
      settings: { bans: { firstThreshold: 1, firstMinutes: 15, secondThreshold: 10, secondMinutes: 30, permanentThreshold: 20 } },
    },
  },
  play: async (context) => {
    const { canvas, t } = await signIn(context, 'ann@example.com', 'Wrong#123');
    await seen(canvas, t('error.ACCOUNT_LOCKED.retry', { minutes: 15 }));
  },
};

export const PermanentlyLocked: Story = {
  parameters: {
    emulator: {
      profiles: [storyCustomer()],
      settings: { bans: { firstThreshold: 1, firstMinutes: 15, secondThreshold: 1, secondMinutes: 30, permanentThreshold: 1 } },
    },
  },
  play: async (context) => {
    const { canvas, t } = await signIn(context, 'ann@example.com', 'Wrong#123');
    await seen(canvas, t('error.ACCOUNT_LOCKED'));
  },
};

export const ActivationRequired: Story = {
  parameters: { emulator: { profiles: [storyCustomer({ activated: false })] } },
  play: async (context) => {
    const { canvas, t } = await signIn(context, 'ann@example.com', STORY_PASSWORD);
    await expect(await canvas.findByRole('button', { name: t('activation.resend') }, { timeout: 5000 })).toBeVisible();
  },
};

export const RegistrationRequired: Story = {
  play: async (context) => {
    const { canvas, t } = await signIn(context, 'new@example.com', STORY_PASSWORD);
    await seen(canvas, t('status.registrationRequired.title'));
  },
};

export const TermsAcceptanceRequired: Story = {
  parameters: { emulator: { profiles: [storyCustomer()], settings: { requiredAgreements: ['email', 'sms'] } } },
  play: async (context) => {
    const { canvas, t } = await signIn(context, 'ann@example.com', STORY_PASSWORD);
    await expect(await canvas.findByRole('checkbox', { name: t('agreement.email') }, { timeout: 5000 })).toBeVisible();
  },
};

export const MfaRequired: Story = {
  parameters: { emulator: { profiles: [storyCustomer({ mfaRequired: true })] } },
  play: async (context) => {
    const { canvas, t } = await signIn(context, 'ann@example.com', STORY_PASSWORD);
    await seen(canvas, t('status.mfaRequired.title'));
  },
};

export const ApprovalRequired: Story = {
  parameters: { emulator: { profiles: [storyCustomer({ approvalRequired: true })] } },
  play: async (context) => {
    const { canvas, t } = await signIn(context, 'ann@example.com', STORY_PASSWORD);
    await seen(canvas, t('status.approvalRequired.title'));
  },
};

/** A status this kit does not know (rewritten reply): shown, never a crash. */
const unknownStatus: StoryIntercept = async (request, next) => {
  const response = await next(request);
  if (!request.url.endsWith(CONDITIONAL_LOGIN)) return response;
  return Response.json({ status: 'PASSWORD_EXPIRED', conditions: [] });
};

export const UnknownStatus: Story = {
  parameters: { emulator: { profiles: [storyCustomer()], intercept: unknownStatus } },
  play: async (context) => {
    const { canvas, t } = await signIn(context, 'ann@example.com', STORY_PASSWORD);
    await seen(canvas, t('status.unknown.description', { status: 'PASSWORD_EXPIRED' }));
  },
};

/** Device control on: the kit always sends its device id, so the customer signs in. */
export const DeviceControl: Story = {
  args: { onSignedIn: undefined },
  parameters: { emulator: { profiles: [storyCustomer()], settings: { deviceControlMode: 'HARD' } } },
  play: async (context) => {
    const { canvas, t } = await signIn(context, 'ann@example.com', STORY_PASSWORD);
    await seen(canvas, t('signIn.success'));
  },
};

/** Device control on and the device id lost on the way (stripped here): the server refuses. */
const withoutDeviceId: StoryIntercept = async (request, next) => {
  if (!request.url.endsWith(CONDITIONAL_LOGIN)) return next(request);
  const { deviceId: _dropped, ...body } = (await request.json()) as Record<string, unknown>;
  return next(new Request(request.url, { method: 'POST', headers: request.headers, body: JSON.stringify(body) }));
};

export const DeviceNotRecognised: Story = {
  parameters: { emulator: { profiles: [storyCustomer()], settings: { deviceControlMode: 'HARD' }, intercept: withoutDeviceId } },
  play: async (context) => {
    const { canvas, t } = await signIn(context, 'ann@example.com', STORY_PASSWORD);
    await seen(canvas, t('error.DEVICE_REQUIRED'));
  },
};

/** Every request takes 3 s: the button shows the pending state and the fields are read-only. */
export const SlowNetwork: Story = {
  args: { onSignedIn: undefined },
  parameters: { emulator: { profiles: [storyCustomer()], latencyMs: 3000 } },
  play: async (context) => {
    const { canvas, t } = await signIn(context, 'ann@example.com', STORY_PASSWORD);
    const button = await canvas.findByRole('button', { name: t('signIn.submitting') });
    await expect(button).toHaveAttribute('aria-busy', 'true');
    await expect(canvas.getByLabelText(t('field.email'))).toHaveAttribute('readonly');
    await seen(canvas, t('signIn.success'), 10_000);
  },
};

/** Offline: the request never reaches the server (a network-error fault). */
export const NetworkError: Story = {
  parameters: {
    emulator: {
      profiles: [storyCustomer()],
      setup: async ({ emulator }: StoryKit) => emulator.faults.inject('network-error', { path: CONDITIONAL_LOGIN, count: 10 }),
    },
  },
  play: async (context) => {
    const { canvas, t } = await signIn(context, 'ann@example.com', STORY_PASSWORD);
    await seen(canvas, t('error.NETWORK'));
    await waitFor(() => expect(canvas.getByLabelText(t('field.password'))).toHaveValue(''));
  },
};

export const LoginMode: Story = { args: { mode: 'login', defaultEmail: 'ann@example.com' } };

// Static states (fixtures, no emulator round-trip): `state` control, and all of them side by side.
const fixtures = stateStories(SignInForm, SIGN_IN_STATES);
export const State = { ...fixtures.State };
export const AllStates = { ...fixtures.AllStates };
