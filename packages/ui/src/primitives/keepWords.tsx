import type { ReactNode } from 'react';

/**
 * Keeps hyphenated words ("e-mail", "SMS-y") on one line: browsers may wrap after a hyphen,
 * which reads as "e-/mail" in a narrow label. Other nodes pass through unchanged; the text
 * (and so the accessible name) stays the same.
 */
export function keepWords(content: ReactNode): ReactNode {
  if (typeof content !== 'string' || !content.includes('-')) return content;
  return content.split(/(\S*\w-\w\S*)/).map((part, i) =>
    i % 2 === 1 ? (
      <span key={i} className="sa-nowrap">
        {part}
      </span>
    ) : (
      part
    ),
  );
}
