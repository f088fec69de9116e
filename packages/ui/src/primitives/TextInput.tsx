import type { ComponentProps } from 'react';
import { cx } from './cx';
import { useFieldControl } from './Field';

export type TextInputProps = ComponentProps<'input'>;

/** Themed `<input>`; inside a Field it picks up id and aria wiring. Ref is forwarded (React 19 ref prop). */
export function TextInput({ className, type = 'text', ...props }: TextInputProps) {
  const control = useFieldControl(props);
  return <input data-slot="input" type={type} {...control} className={cx('sa-input', className)} />;
}
