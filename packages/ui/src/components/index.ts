// Auth components (wired into the package API by src/index.ts).
export { SignInForm } from './SignInForm/SignInForm';
export type { SignInFormProps, SignInFormState } from './SignInForm/SignInForm';
