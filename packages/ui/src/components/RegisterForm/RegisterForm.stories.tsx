import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { RegisterForm } from './RegisterForm';
import { StatesDocsPage, stateStories } from '../fixtures/stateStories';
import { REGISTER_STATES } from '../fixtures/states';
import { authStoryMeta, STORY_PASSWORD, storyCustomer, storyI18n } from '../storyKit';

const DocsPage = () => <StatesDocsPage all={AllStates} one={State} />;

const meta = {
  ...authStoryMeta,
  title: 'Components/RegisterForm',
  tags: ['autodocs'],
  component: RegisterForm,
  args: { onRegistered: fn(), onSignInRequested: fn() },
  // Docs: every state side by side from static fixtures (the emulator stories below show behaviour).
  parameters: { docs: { page: DocsPage } },
} satisfies Meta<typeof RegisterForm>;

export default meta;
type Story = StoryObj<typeof meta>;
type PlayContext = Parameters<NonNullable<Story['play']>>[0];

/** Fills the form and submits, in the toolbar's language. */
async function register(context: PlayContext, email: string, password = STORY_PASSWORD) {
  const { t } = storyI18n(context);
  const canvas = within(context.canvasElement);
  await userEvent.type(canvas.getByLabelText(t('field.email')), email);
  await userEvent.type(canvas.getByLabelText(t('field.password')), password);
  await userEvent.click(canvas.getByRole('button', { name: t('register.submit') }));
  return { canvas, t };
}

export const Default: Story = {};

export const ChecklistPartlyMet: Story = {
  play: async (context) => {
    const { t } = storyI18n(context);
    const { canvasElement } = context;
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText(t('field.password')), 'secret1');
    await expect(canvas.getByText(t('checklist.summary', { met: 3, total: 5 }))).toBeInTheDocument();
    await expect(canvasElement.querySelectorAll('[data-slot="checklist-item"][data-met]')).toHaveLength(3);
  },
};

export const ChecklistFullyMet: Story = {
  play: async (context) => {
    const { t } = storyI18n(context);
    const { canvasElement } = context;
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText(t('field.password')), STORY_PASSWORD);
    await expect(canvas.getByText(t('checklist.allMet'))).toBeInTheDocument();
    const items = canvasElement.querySelectorAll('[data-slot="checklist-item"]');
    await expect(items.length).toBeGreaterThan(0);
    for (const item of items) await expect(item).toHaveAttribute('data-met');
  },
};

export const RequiredAgreements: Story = { parameters: { emulator: { settings: { requiredAgreements: ['email', 'sms'] } } } };

export const EmailTaken: Story = {
  parameters: { emulator: { profiles: [storyCustomer()] } },
  play: async (context) => {
    const { canvas, t } = await register(context, 'ann@example.com');
    await expect(await canvas.findByText(t('error.ACCOUNT_EXISTS'), {}, { timeout: 5000 })).toBeVisible();
  },
};

export const SignedInAtOnce: Story = {
  play: async (context) => {
    const { canvas, t } = await register(context, 'new@example.com');
    await expect(await canvas.findByText(t('register.success'), {}, { timeout: 5000 })).toBeVisible();
  },
};

export const PinRequired: Story = {
  parameters: { emulator: { settings: { registrationType: 'REQUIRE_PIN_CONFIRMATION' } } },
  play: async (context) => {
    const { canvas, t } = await register(context, 'new@example.com');
    await expect(await canvas.findByLabelText(t('pin.label'), {}, { timeout: 5000 })).toBeVisible();
  },
};

export const ActivationRequired: Story = {
  parameters: { emulator: { settings: { registrationType: 'REQUIRE_ACTIVATION' } } },
  play: async (context) => {
    const { canvas, t } = await register(context, 'new@example.com');
    await expect(await canvas.findByText(t('activation.pending.title'), {}, { timeout: 5000 })).toBeVisible();
  },
};

export const EmailConfirmation: Story = {
  parameters: { emulator: { settings: { registrationType: 'REQUIRE_EMAIL_CONFIRMATION' } } },
  play: async (context) => {
    const { canvas, t } = await register(context, 'new@example.com');
    await expect(await canvas.findByText(t('emailConfirmation.pending.title'), {}, { timeout: 5000 })).toBeVisible();
  },
};

// Static states (fixtures, no emulator round-trip): `state` control, and all of them side by side.
const fixtures = stateStories(RegisterForm, REGISTER_STATES);
export const State = { ...fixtures.State };
export const AllStates = { ...fixtures.AllStates };
