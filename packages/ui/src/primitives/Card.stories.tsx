import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { useI18n } from '../i18n/I18nProvider';
import { Button } from './Button';
import { Card, CardBody, CardDescription, CardFooter, CardHeader, CardTitle, FormLayout } from './Card';
import { Divider } from './Divider';
import { Field } from './Field';
import { FormAlert } from './FormAlert';
import { PasswordInput } from './PasswordInput';
import { TextInput } from './TextInput';

/** How the primitives compose into a form (the real SignInForm adds hooks and validation). */
function SignInMock({ error, loading }: { error?: string; loading?: boolean }) {
  const { t } = useI18n();
  return (
    <FormLayout
      title={t('signIn.title')}
      description={t('signIn.description')}
      onSubmit={(e) => e.preventDefault()}
      footer={<>{t('signIn.noAccount')} <Button variant="link">{t('signIn.createAccount')}</Button></>}
    >
      <Button variant="secondary" block>{t('social.google')}</Button>
      <Divider />
      <FormAlert tone="error">{error}</FormAlert>
      <Field label={t('field.email')}>
        <TextInput type="email" autoComplete="email" defaultValue="ada@example.com" />
      </Field>
      <Field label={t('field.password')}>
        <PasswordInput defaultValue="secret" />
      </Field>
      <Button variant="link">{t('signIn.forgotPassword')}</Button>
      <Button type="submit" block loading={loading} loadingText={t('signIn.submitting')}>{t('signIn.submit')}</Button>
    </FormLayout>
  );
}

const meta = {
  title: 'Primitives/Card & FormLayout',
  component: SignInMock,
} satisfies Meta<typeof SignInMock>;

export default meta;
type Story = StoryObj<typeof meta>;

export const FormLayoutComposition: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('form')).toHaveAccessibleName(canvas.getByRole('heading', { level: 2 }).textContent ?? '');
  },
};
export const WithError: Story = { args: { error: 'The e-mail or password is incorrect.' } };
export const Submitting: Story = { args: { loading: true } };
export const Dark: Story = { args: { error: 'The e-mail or password is incorrect.' }, globals: { theme: 'dark' } };
export const Brand: Story = { globals: { theme: 'brand' } };
export const PolishRightToLeft: Story = { globals: { locale: 'pl', dir: 'rtl' } };

export const CardParts: Story = {
  render: () => (
    <Card aria-label="Check your inbox">
      <CardHeader>
        <CardTitle>Check your inbox</CardTitle>
        <CardDescription>We sent an activation link to ada@example.com.</CardDescription>
      </CardHeader>
      <CardBody>
        <Button variant="secondary">Resend activation e-mail</Button>
      </CardBody>
      <CardFooter>
        <Button variant="link">Back to sign in</Button>
      </CardFooter>
    </Card>
  ),
};
