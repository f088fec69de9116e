import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { useI18n } from '../i18n/I18nProvider';
import { Field, type FieldProps } from './Field';
import { TextInput } from './TextInput';

function EmailField(props: Omit<FieldProps, 'label' | 'children'> & { disabled?: boolean }) {
  const { t } = useI18n();
  const { disabled, ...field } = props;
  return (
    <Field label={t('field.email')} {...field}>
      <TextInput type="email" autoComplete="email" defaultValue={props.error ? 'ada@' : ''} disabled={disabled} />
    </Field>
  );
}

const meta = {
  title: 'Primitives/Field',
  component: EmailField,
  decorators: [(Story) => <div style={{ maxWidth: '24rem' }}><Story /></div>],
} satisfies Meta<typeof EmailField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithHint: Story = { args: { hint: 'We will send the order confirmation here.' } };
export const Required: Story = { args: { required: true } };
export const Disabled: Story = { args: { disabled: true, hint: 'You cannot change your e-mail here.' } };

export const WithError: Story = {
  args: { error: 'Enter a valid e-mail address, e.g. name@example.com.', hint: 'We will send the order confirmation here.' },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(/Enter a valid e-mail address/);
  },
};

export const WithErrorDark: Story = { ...WithError, globals: { theme: 'dark' } };
