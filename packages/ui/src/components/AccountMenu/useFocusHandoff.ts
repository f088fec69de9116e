import { useEffect, useRef, useState, type RefObject } from 'react';

/** How long after a sign-in / sign-out a lost focus is still handed to the menu. */
const HANDOFF_MS = 10_000;

const lostFocus = () => !document.activeElement || document.activeElement === document.body;

/**
 * WAI-ARIA disclosure pattern around a control that changes with the session: after a
 * sign-in or sign-out the control focus was on is gone (the "Sign in" button, the menu's
 * "Sign out"), or a dialog closes and tries to return focus to it. Instead of dropping to
 * `<body>`, focus lands on the menu's new control (`target`), and `announce` is set for the
 * live region. Nothing moves when focus is somewhere that still exists.
 */
export function useFocusHandoff<S extends string>(status: S, target: RefObject<HTMLElement | null>, settled: (status: S) => boolean): S | null {
  const previous = useRef(status);
  const [changedTo, setChangedTo] = useState<S | null>(null);

  useEffect(() => {
    const before = previous.current;
    previous.current = status;
    if (before === status || !settled(before) || !settled(status)) return;
    setChangedTo(status);
    const focusTarget = () => target.current?.focus();
    if (lostFocus()) {
      focusTarget();
      // Done, unless a modal dialog still makes the page inert (then wait for it to close).
      if (document.activeElement === target.current) return;
    }
    // Focus is elsewhere (e.g. inside a sign-in dialog): take it if it is dropped soon.
    const check = (event: Event) => {
      if (event instanceof FocusEvent && event.relatedTarget) return;
      window.requestAnimationFrame(() => {
        if (!lostFocus()) return;
        focusTarget();
        // Still inert behind a closing modal: try again on its `close`.
        if (document.activeElement === target.current) stop();
      });
    };
    const timer = window.setTimeout(() => stop(), HANDOFF_MS);
    const stop = () => {
      window.clearTimeout(timer);
      document.removeEventListener('focusout', check, true);
      document.removeEventListener('close', check, true);
    };
    document.addEventListener('focusout', check, true);
    // A <dialog> closing while focus already sat on <body> sends no focusout.
    document.addEventListener('close', check, true);
    return stop;
  }, [status, target, settled]);

  return changedTo;
}
