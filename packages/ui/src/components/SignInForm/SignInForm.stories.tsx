import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { SignInForm } from './SignInForm';
import { authStoryMeta, STORY_PASSWORD, storyCustomer, type StoryIntercept, type StoryKit } from '../storyKit';

const CONDITIONAL_LOGIN = '/sauth/v3/auth/login/client/conditional';

const meta = {
  ...authStoryMeta,
  title: 'Components/SignInForm',
  component: SignInForm,
  args: { onSignedIn: fn(), onRegisterRequested: fn(), onForgotPassword: fn() },
  parameters: { emulator: { profiles: [storyCustomer()] } },
} satisfies Meta<typeof SignInForm>;

export default meta;
type Story = StoryObj<typeof meta>;

async function signIn(canvasElement: HTMLElement, email: string, password: string) {
  const canvas = within(canvasElement);
  await userEvent.type(canvas.getByLabelText('E-mail'), email);
  await userEvent.type(canvas.getByLabelText('Password'), password);
  await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
  return canvas;
}

export const Default: Story = {};

export const SignedIn: Story = {
  args: { onSignedIn: undefined },
  play: async ({ canvasElement }) => {
    const canvas = await signIn(canvasElement, 'ann@example.com', STORY_PASSWORD);
    await expect(await canvas.findByText('You are signed in.', {}, { timeout: 5000 })).toBeVisible();
  },
};

export const WrongCredentials: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await signIn(canvasElement, 'ann@example.com', 'Wrong#123');
    await expect(await canvas.findByText('The e-mail or password is incorrect.', {}, { timeout: 5000 })).toBeVisible();
  },
};

export const Locked: Story = {
  parameters: {
    emulator: {
      profiles: [storyCustomer()],
      settings: { bans: { firstThreshold: 1, firstMinutes: 15, secondThreshold: 10, secondMinutes: 30, permanentThreshold: 20 } },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = await signIn(canvasElement, 'ann@example.com', 'Wrong#123');
    await expect(await canvas.findByText(/Try again in 15 minutes/, {}, { timeout: 5000 })).toBeVisible();
  },
};

export const ActivationRequired: Story = {
  parameters: { emulator: { profiles: [storyCustomer({ activated: false })] } },
  play: async ({ canvasElement }) => {
    const canvas = await signIn(canvasElement, 'ann@example.com', STORY_PASSWORD);
    await expect(await canvas.findByRole('button', { name: 'Resend activation e-mail' }, { timeout: 5000 })).toBeVisible();
  },
};

export const RegistrationRequired: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await signIn(canvasElement, 'new@example.com', STORY_PASSWORD);
    await expect(await canvas.findByText('No account yet', {}, { timeout: 5000 })).toBeVisible();
  },
};

export const TermsAcceptanceRequired: Story = {
  parameters: { emulator: { profiles: [storyCustomer()], settings: { requiredAgreements: ['email', 'sms'] } } },
  play: async ({ canvasElement }) => {
    const canvas = await signIn(canvasElement, 'ann@example.com', STORY_PASSWORD);
    await expect(await canvas.findByRole('checkbox', { name: 'E-mail marketing' }, { timeout: 5000 })).toBeVisible();
  },
};

export const MfaRequired: Story = {
  parameters: { emulator: { profiles: [storyCustomer({ mfaRequired: true })] } },
  play: async ({ canvasElement }) => {
    const canvas = await signIn(canvasElement, 'ann@example.com', STORY_PASSWORD);
    await expect(await canvas.findByText('Additional verification required', {}, { timeout: 5000 })).toBeVisible();
  },
};

export const ApprovalRequired: Story = {
  parameters: { emulator: { profiles: [storyCustomer({ approvalRequired: true })] } },
  play: async ({ canvasElement }) => {
    const canvas = await signIn(canvasElement, 'ann@example.com', STORY_PASSWORD);
    await expect(await canvas.findByText('Your account is awaiting approval', {}, { timeout: 5000 })).toBeVisible();
  },
};

export const PermanentlyLocked: Story = {
  parameters: {
    emulator: {
      profiles: [storyCustomer()],
      settings: { bans: { firstThreshold: 1, firstMinutes: 15, secondThreshold: 1, secondMinutes: 30, permanentThreshold: 1 } },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = await signIn(canvasElement, 'ann@example.com', 'Wrong#123');
    await expect(await canvas.findByText(/locked after too many failed attempts/, {}, { timeout: 5000 })).toBeVisible();
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
  play: async ({ canvasElement }) => {
    const canvas = await signIn(canvasElement, 'ann@example.com', STORY_PASSWORD);
    await expect(await canvas.findByText(/PASSWORD_EXPIRED/, {}, { timeout: 5000 })).toBeVisible();
  },
};

/** Device control on: the kit always sends its device id, so the customer signs in. */
export const DeviceControl: Story = {
  args: { onSignedIn: undefined },
  parameters: { emulator: { profiles: [storyCustomer()], settings: { deviceControlMode: 'HARD' } } },
  play: async ({ canvasElement }) => {
    const canvas = await signIn(canvasElement, 'ann@example.com', STORY_PASSWORD);
    await expect(await canvas.findByText('You are signed in.', {}, { timeout: 5000 })).toBeVisible();
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
  play: async ({ canvasElement }) => {
    const canvas = await signIn(canvasElement, 'ann@example.com', STORY_PASSWORD);
    await expect(await canvas.findByText('This device could not be recognised. Reload the page and try again.', {}, { timeout: 5000 })).toBeVisible();
  },
};

/** Every request takes 3 s: the button shows the pending state and the fields are read-only. */
export const SlowNetwork: Story = {
  args: { onSignedIn: undefined },
  parameters: { emulator: { profiles: [storyCustomer()], latencyMs: 3000 } },
  play: async ({ canvasElement }) => {
    const canvas = await signIn(canvasElement, 'ann@example.com', STORY_PASSWORD);
    const button = await canvas.findByRole('button', { name: 'Signing in…' });
    await expect(button).toHaveAttribute('aria-busy', 'true');
    await expect(canvas.getByLabelText('E-mail')).toHaveAttribute('readonly');
    await expect(await canvas.findByText('You are signed in.', {}, { timeout: 10_000 })).toBeVisible();
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
  play: async ({ canvasElement }) => {
    const canvas = await signIn(canvasElement, 'ann@example.com', STORY_PASSWORD);
    await expect(await canvas.findByText('Cannot connect. Check your internet connection and try again.', {}, { timeout: 5000 })).toBeVisible();
    await waitFor(() => expect(canvas.getByLabelText('Password')).toHaveValue(''));
  },
};

export const LoginMode: Story = { args: { mode: 'login', defaultEmail: 'ann@example.com' } };
