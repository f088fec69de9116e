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

/**
 * Focus management for step transitions (WAI-ARIA dialog pattern): after the step changes
 * (not on the first render), focus moves to the new step's heading (`getHeadingProps()`,
 * or any h1–h3 made focusable) or else its first field, and the heading's text is announced
 * through a polite live region. Leaving `booting` moves nothing (it is the first real step).
 */
export function useFlowFocus(step: FlowStep): FlowFocus {
  const container = useRef<HTMLElement | null>(null);
  const shown = useRef(step);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (shown.current === step) return;
    const previous = shown.current;
    shown.current = step;
    // Leaving `booting` is the first real render, not a transition: focus stays where it is.
    if (previous === 'booting') return;
    const root = container.current;
    if (!root) return;
    const heading = root.querySelector<HTMLElement>('[data-flow-heading], h1, h2, h3');
    const target = heading ?? root.querySelector<HTMLElement>('input, select, textarea, button');
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
