// Barrel for the kit's own components (import from '../primitives'); the package API is src/index.ts.
export * from './Field';
export * from './TextInput';
export * from './PasswordInput';
export * from './Checkbox';
export * from './Button';
export * from './FormAlert';
export * from './OtpInput';
export * from './Checklist';
export * from './Card';
export * from './Countdown';
export * from './Divider';
export * from './Spinner';
export { cx } from './cx';
