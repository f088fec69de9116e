import { describe, expect, it, vi } from 'vitest';
import { mergeProps } from './props';

describe('mergeProps', () => {
  it('chains handlers (yours first), joins aria-describedby, lets your other props win', () => {
    const calls: string[] = [];
    const base = { id: 'a', type: 'email', onChange: vi.fn(() => calls.push('base')), 'aria-describedby': 'err' };
    const merged = mergeProps(base, { type: 'text', onChange: () => calls.push('yours'), 'aria-describedby': 'hint', placeholder: undefined });
    merged.onChange();
    expect(calls).toEqual(['yours', 'base']);
    expect(merged).toMatchObject({ id: 'a', type: 'text', 'aria-describedby': 'err hint' });
    expect('placeholder' in merged).toBe(false);
    expect(mergeProps(base)).toBe(base);
  });
});
