import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { SignInForm } from './SignInForm';
import { authStoryMeta, STORY_PASSWORD, storyCustomer } from '../storyKit';

const meta = {
  ...authStoryMeta,
  title: 'Auth/SignInForm',
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

export const LoginMode: Story = { args: { mode: 'login', defaultEmail: 'ann@example.com' } };
