import { useCallback, useEffect, useRef, useState } from 'react';
import type { FlowStep } from '@synerise-auth/core';

export interface LiveRegionProps {
  role: 'status';
  'aria-live': 'polite';
  'aria-atomic': true;
  children: string;
}

export interface FlowFocus {
  /** Spread on the element that contains the steps. */
  getContainerProps(): { ref: (element: HTMLElement | null) => void; 'data-step': FlowStep };
  /** Spread on a (visually hidden) element: announces the new step's heading. */
  getLiveRegionProps(): LiveRegionProps;
}

export interface FlowFocusOptions {
  /**
   * Focus the first field of the first real step (after `booting`, or on mount when not
   * booting), e.g. in a dialog opened from the keyboard. Default false: focus stays where it is.
   */
  autoFocus?: boolean;
  /**
   * Where focus goes after a transition instead of the new step's heading, e.g. back to the
   * social button after its "create an account?" offer was declined; `null`/`undefined`: the heading.
   */
  getFocusTarget?: (root: HTMLElement, step: FlowStep, previous: FlowStep) => HTMLElement | null | undefined;
}

const FIELD = 'input:not([type="hidden"]), select, textarea';

/**
 * Focus management for step transitions (WAI-ARIA dialog pattern): after the step changes
 * (not on the first render), focus moves to the step's `[data-flow-focus]` element, else its
 * heading (`getHeadingProps()`, or any h1–h3 made focusable), else its first field, and the
 * heading's text is announced through a polite live region. Leaving `booting` moves nothing
 * (it is the first real step) unless `autoFocus`, which focuses that step's first field.
 */
export function useFlowFocus(step: FlowStep, options: FlowFocusOptions = {}): FlowFocus {
  const container = useRef<HTMLElement | null>(null);
  const shown = useRef<FlowStep | null>(null);
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (shown.current === step) return;
    const previous = shown.current;
    shown.current = step;
    const root = container.current;
    if (!root || step === 'booting') return;
    // The first real step is not a transition: focus stays where it is (or the first field).
    if (previous === null || previous === 'booting') {
      if (optionsRef.current.autoFocus) root.querySelector<HTMLElement>(FIELD)?.focus();
      return;
    }
    const heading = root.querySelector<HTMLElement>('[data-flow-heading], h1, h2, h3');
    const target =
      optionsRef.current.getFocusTarget?.(root, step, previous) ??
      root.querySelector<HTMLElement>('[data-flow-focus]') ??
      heading ??
      root.querySelector<HTMLElement>(`${FIELD}, button`);
    if (!target) return;
    if (target === heading && !heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    target.focus();
    setAnnouncement(heading?.textContent?.trim() ?? '');
  }, [step]);

  const ref = useCallback((element: HTMLElement | null) => {
    container.current = element;
  }, []);

  return {
    getContainerProps: () => ({ ref, 'data-step': step }),
    getLiveRegionProps: () => ({ role: 'status', 'aria-live': 'polite', 'aria-atomic': true, children: announcement }),
  };
}
