// Auth components (wired into the package API by src/index.ts).
export { SignInForm } from './SignInForm/SignInForm';
export { PinConfirmation } from './PinConfirmation/PinConfirmation';
export type { PinConfirmationProps, PinConfirmationState } from './PinConfirmation/PinConfirmation';
export type { SignInFormProps, SignInFormState } from './SignInForm/SignInForm';
