import type { ComponentProps, ReactNode } from 'react';
import { Spinner, cx } from '../../primitives';
import { ProviderMark, type ProviderMarkName } from './ProviderMark';

export interface SocialButtonProps extends Omit<ComponentProps<'button'>, 'children'> {
  /** Logo and colours; none for a generic OAuth provider. */
  provider?: ProviderMarkName;
  pending?: boolean;
  children: ReactNode;
}

/**
 * A provider's "Continue with …" button with its mark. While pending it stays focusable
 * (aria-disabled, clicks ignored) so focus is never dropped to `<body>` mid-flow.
 */
export function SocialButton({ provider, pending = false, className, onClick, children, ...props }: SocialButtonProps) {
  return (
    <button
      type="button"
      data-slot="social-button"
      {...props}
      className={cx('sa-button sa-social-button', className)}
      data-variant="secondary"
      data-block=""
      data-provider={provider}
      data-loading={pending || undefined}
      aria-busy={pending || undefined}
      aria-disabled={pending || undefined}
      onClick={(event) => {
        if (!pending) onClick?.(event);
      }}
    >
      {pending ? <Spinner decorative /> : provider ? <ProviderMark provider={provider} /> : null}
      <span>{children}</span>
    </button>
  );
}
