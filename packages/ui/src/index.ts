// Public API of @synerise-auth/ui. Styles: import '@synerise-auth/ui/styles.css'.
// Catalogues other than English are separate entries: '@synerise-auth/ui/locales/pl'.

// i18n
export { I18nProvider, useI18n, createI18n } from './i18n/I18nProvider';
export type { I18n, I18nProviderProps } from './i18n/I18nProvider';
export { AUTH_ERROR_CODES } from './i18n/formatError';
export type { ErrorCode, ErrorLike } from './i18n/formatError';
export { en as messagesEn } from './i18n/messages/en';
export type { Catalogue } from './i18n/catalogue';
export type { Locale, Message, MessageKey, MessageOverrides, MessageParams, Messages, PluralMessage } from './i18n/types';

// theme
export { ThemeRoot, AuthThemeProvider } from './theme/ThemeRoot';
export type { ThemeMode, ThemeRootProps } from './theme/ThemeRoot';
export { TOKENS, TOKEN_GROUPS } from './theme/tokens';
export type { TokenName } from './theme/tokens';

// primitives
export { Field, useFieldControl } from './primitives/Field';
export type { FieldProps, FieldControlProps } from './primitives/Field';
export { TextInput } from './primitives/TextInput';
export type { TextInputProps } from './primitives/TextInput';
export { PasswordInput } from './primitives/PasswordInput';
export type { PasswordInputProps } from './primitives/PasswordInput';
export { Checkbox } from './primitives/Checkbox';
export type { CheckboxProps } from './primitives/Checkbox';
export { Button } from './primitives/Button';
export type { ButtonProps, ButtonVariant } from './primitives/Button';
export { FormAlert } from './primitives/FormAlert';
export type { FormAlertProps, AlertTone } from './primitives/FormAlert';
export { OtpInput } from './primitives/OtpInput';
export type { OtpInputProps } from './primitives/OtpInput';
export { Checklist } from './primitives/Checklist';
export type { ChecklistProps, ChecklistItem } from './primitives/Checklist';
export { Card, CardHeader, CardTitle, CardDescription, CardBody, CardFooter, FormLayout } from './primitives/Card';
export type { FormLayoutProps, HeadingLevel } from './primitives/Card';
export { Countdown, formatClock } from './primitives/Countdown';
export type { CountdownProps } from './primitives/Countdown';
export { Divider } from './primitives/Divider';
export { Spinner } from './primitives/Spinner';
export type { SpinnerProps } from './primitives/Spinner';

// auth components
export * from './components/index';
