import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { RegisterForm } from './RegisterForm';
import { authStoryMeta, STORY_PASSWORD, storyCustomer } from '../storyKit';

const meta = {
  ...authStoryMeta,
  title: 'Components/RegisterForm',
  component: RegisterForm,
  args: { onRegistered: fn(), onSignInRequested: fn() },
} satisfies Meta<typeof RegisterForm>;

export default meta;
type Story = StoryObj<typeof meta>;

async function register(canvasElement: HTMLElement, email: string, password = STORY_PASSWORD) {
  const canvas = within(canvasElement);
  await userEvent.type(canvas.getByLabelText('E-mail'), email);
  await userEvent.type(canvas.getByLabelText('Password'), password);
  await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
  return canvas;
}

export const Default: Story = {};

export const ChecklistPartlyMet: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Password'), 'secret1');
    await expect(canvas.getByText('Requirements met: 3 of 5.')).toBeInTheDocument();
    await expect(canvasElement.querySelectorAll('[data-slot="checklist-item"][data-met]')).toHaveLength(3);
  },
};

export const ChecklistFullyMet: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Password'), STORY_PASSWORD);
    await expect(canvas.getByText('All requirements met.')).toBeInTheDocument();
    const items = canvasElement.querySelectorAll('[data-slot="checklist-item"]');
    await expect(items.length).toBeGreaterThan(0);
    for (const item of items) await expect(item).toHaveAttribute('data-met');
  },
};

export const RequiredAgreements: Story = { parameters: { emulator: { settings: { requiredAgreements: ['email', 'sms'] } } } };

export const EmailTaken: Story = {
  parameters: { emulator: { profiles: [storyCustomer()] } },
  play: async ({ canvasElement }) => {
    const canvas = await register(canvasElement, 'ann@example.com');
    await expect(await canvas.findByText('An account with this e-mail already exists. Sign in instead.', {}, { timeout: 5000 })).toBeVisible();
  },
};

export const SignedInAtOnce: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await register(canvasElement, 'new@example.com');
    await expect(await canvas.findByText('Your account has been created.', {}, { timeout: 5000 })).toBeVisible();
  },
};

export const PinRequired: Story = {
  parameters: { emulator: { settings: { registrationType: 'REQUIRE_PIN_CONFIRMATION' } } },
  play: async ({ canvasElement }) => {
    const canvas = await register(canvasElement, 'new@example.com');
    await expect(await canvas.findByLabelText('Verification code', {}, { timeout: 5000 })).toBeVisible();
  },
};

export const ActivationRequired: Story = {
  parameters: { emulator: { settings: { registrationType: 'REQUIRE_ACTIVATION' } } },
  play: async ({ canvasElement }) => {
    const canvas = await register(canvasElement, 'new@example.com');
    await expect(await canvas.findByText('Activate your account', {}, { timeout: 5000 })).toBeVisible();
  },
};

export const EmailConfirmation: Story = {
  parameters: { emulator: { settings: { registrationType: 'REQUIRE_EMAIL_CONFIRMATION' } } },
  play: async ({ canvasElement }) => {
    const canvas = await register(canvasElement, 'new@example.com');
    await expect(await canvas.findByText('Confirm your e-mail', {}, { timeout: 5000 })).toBeVisible();
  },
};
