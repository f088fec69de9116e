// Auth components (wired into the package API by src/index.ts).
export { SignInForm } from './SignInForm/SignInForm';
export type { SignInFormProps, SignInFormState } from './SignInForm/SignInForm';
export { RegisterForm } from './RegisterForm/RegisterForm';
export type { RegisterFormProps } from './RegisterForm/RegisterForm';
export { PinConfirmation } from './PinConfirmation/PinConfirmation';
export type { PinConfirmationProps, PinConfirmationState } from './PinConfirmation/PinConfirmation';
export { ActivationPending } from './ActivationPending/ActivationPending';
export type { ActivationPendingProps } from './ActivationPending/ActivationPending';
export { EmailConfirmationPending } from './EmailConfirmationPending/EmailConfirmationPending';
export type { EmailConfirmationPendingProps } from './EmailConfirmationPending/EmailConfirmationPending';
