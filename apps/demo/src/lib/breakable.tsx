import { Fragment, type ReactNode } from 'react';

/**
 * An e-mail address (or other dotted value) with line-break opportunities only at sensible
 * points: before "@" and before each "." after it, so narrow panels wrap
 * "ada.nowak / @example / .com" instead of splitting a word.
 */
export function breakable(value: string): ReactNode {
  const parts = value.split(/(?=[@.])/);
  return parts.map((part, i) => (
    <Fragment key={i}>
      {i > 0 ? <wbr /> : null}
      {part}
    </Fragment>
  ));
}
