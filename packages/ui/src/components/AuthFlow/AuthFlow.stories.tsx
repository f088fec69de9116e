import type { Meta, StoryObj } from '@storybook/react-vite';
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
