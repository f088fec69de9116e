import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FlowStep } from '@synerise-auth/core';
import { useFlowFocus, type FlowFocusOptions } from './useFlowFocus';

function Steps({ step, options }: { step: FlowStep; options?: FlowFocusOptions }) {
  const focus = useFlowFocus(step, options);
  return (
    <div {...focus.getContainerProps()}>
      {step === 'booting' ? null : (
        <>
          <h2>{step}</h2>
          <input aria-label="E-mail" />
          {step === 'socialOffer' ? <div role="group" aria-label="offer" tabIndex={-1} data-flow-focus="" /> : <button type="button">Google</button>}
        </>
      )}
      <p {...focus.getLiveRegionProps()} />
    </div>
  );
}

describe('useFlowFocus', () => {
  it('moves nothing on the first real step, then focuses the new step heading and announces it', () => {
    const { rerender, getByRole } = render(<Steps step="booting" />);
    rerender(<Steps step="signIn" />);
    expect(document.activeElement).toBe(document.body);
    rerender(<Steps step="register" />);
    expect(document.activeElement).toBe(getByRole('heading', { name: 'register' }));
    expect(getByRole('status').textContent).toBe('register');
  });

  it('autoFocus: the first field of the first real step, after booting or on mount', () => {
    const booted = render(<Steps step="booting" options={{ autoFocus: true }} />);
    booted.rerender(<Steps step="signIn" options={{ autoFocus: true }} />);
    expect(document.activeElement).toBe(booted.getByLabelText('E-mail'));
    booted.unmount();
    const mounted = render(<Steps step="resetRequest" options={{ autoFocus: true }} />);
    expect(document.activeElement).toBe(mounted.getByLabelText('E-mail'));
  });

  it('prefers [data-flow-focus] over the heading, and getFocusTarget over both', () => {
    const getFocusTarget: FlowFocusOptions['getFocusTarget'] = (root, _step, previous) =>
      previous === 'socialOffer' ? root.querySelector<HTMLElement>('button') : null;
    const { rerender, getByRole } = render(<Steps step="signIn" options={{ getFocusTarget }} />);
    rerender(<Steps step="socialOffer" options={{ getFocusTarget }} />);
    expect(document.activeElement).toBe(getByRole('group', { name: 'offer' }));
    rerender(<Steps step="signIn" options={{ getFocusTarget }} />);
    expect(document.activeElement).toBe(getByRole('button', { name: 'Google' }));
  });
});
