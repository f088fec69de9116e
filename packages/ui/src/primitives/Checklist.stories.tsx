import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { useI18n } from '../i18n/I18nProvider';
import { Checklist } from './Checklist';

/** Password rules as the registration form will show them. */
function PasswordRules({ met }: { met: readonly boolean[] }) {
  const { t } = useI18n();
  const labels = [
    t('password.rule.minLength', { min: 8 }),
    t('password.rule.lowercase'),
    t('password.rule.uppercase'),
    t('password.rule.number'),
    t('password.rule.special'),
  ];
  return <Checklist title={t('password.rulesTitle')} items={labels.map((label, i) => ({ id: String(i), label, met: met[i] ?? false }))} />;
}

const meta = {
  title: 'Primitives/Checklist',
  component: PasswordRules,
} satisfies Meta<typeof PasswordRules>;

export default meta;
type Story = StoryObj<typeof meta>;

export const NoneMet: Story = { args: { met: [false, false, false, false, false] } };
export const PartlyMet: Story = {
  args: { met: [true, true, false, true, false] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('3');
  },
};
export const FullyMet: Story = { args: { met: [true, true, true, true, true] } };
export const PartlyMetDark: Story = { ...PartlyMet, globals: { theme: 'dark' } };
export const PartlyMetPolish: Story = { ...PartlyMet, globals: { locale: 'pl' } };
