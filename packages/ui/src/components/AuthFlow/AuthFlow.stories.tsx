import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { AuthFlow } from './AuthFlow';
import { GoogleSignInButton } from '../GoogleSignInButton/GoogleSignInButton';
import { authStoryMeta, STORY_PASSWORD, storyCustomer, type StoryKit } from '../storyKit';

const meta = {
  ...authStoryMeta,
  title: 'Components/AuthFlow',
  component: AuthFlow,
  args: { onSignedIn: fn(), onViewChange: fn() },
  parameters: { emulator: { profiles: [storyCustomer()] } },
} satisfies Meta<typeof AuthFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

export const SignIn: Story = {};

export const WithSocial: Story = {
  render: (args, { loaded }) => {
    const kit = loaded.kit as StoryKit;
    return (
      <AuthFlow
        {...args}
        social={(done) => <GoogleSignInButton getIdentityToken={() => kit.emulator.identity.mint({ provider: 'GOOGLE', email: 'ann@example.com' })} onSignedIn={done} />}
      />
    );
  },
};

export const Register: Story = { args: { initialView: 'register' } };

export const RegisterWithPin: Story = {
  args: { initialView: 'register' },
  parameters: { emulator: { settings: { registrationType: 'REQUIRE_PIN_CONFIRMATION' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('E-mail'), 'new@example.com');
    await userEvent.type(canvas.getByLabelText('Password'), STORY_PASSWORD);
    await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
    await expect(await canvas.findByLabelText('Verification code', {}, { timeout: 5000 })).toBeVisible();
  },
};

export const ForgotPassword: Story = { args: { initialView: 'resetRequest', defaultEmail: 'ann@example.com' } };

export const ResetLink: Story = { args: { initialView: 'resetConfirm', resetToken: 'from-the-link' } };

/** `hideRegistration`: no "create an account" link or offer; an unknown e-mail gets a message. */
export const HideRegistration: Story = {
  args: { hideRegistration: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText('E-mail'), 'nobody@example.com');
    await userEvent.type(canvas.getByLabelText('Password'), STORY_PASSWORD);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expect(await canvas.findByText('No account yet', {}, { timeout: 5000 })).toBeVisible();
    await expect(canvas.queryByRole('button', { name: /create an account/i })).toBeNull();
  },
};

/** Controlled `view` (e.g. from the URL): the shop's own tabs move the flow; `onViewChange` reports the flow's moves. */
export const ControlledView: Story = {
  render: function Render(args) {
    const [view, setView] = useState<'signIn' | 'register'>('register');
    return (
      <>
        <nav aria-label="Shop tabs">
          <button type="button" onClick={() => setView('signIn')}>Shop tab: sign in</button>{' '}
          <button type="button" onClick={() => setView('register')}>Shop tab: register</button>
        </nav>
        <AuthFlow {...args} view={view} onViewChange={(next) => { args.onViewChange?.(next); if (next === 'signIn' || next === 'register') setView(next); }} />
      </>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Create an account' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Shop tab: sign in' }));
    await expect(await canvas.findByRole('heading', { name: 'Sign in' })).toBeVisible();
  },
};
