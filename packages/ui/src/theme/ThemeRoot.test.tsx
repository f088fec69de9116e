import { render } from '@testing-library/react';
import type { CSSProperties } from 'react';
import { describe, expect, it } from 'vitest';
import { AuthThemeProvider, ThemeRoot } from './ThemeRoot';

describe('ThemeRoot', () => {
  it('sets sa-root, data-sa-theme (light by default) and keeps own classes', () => {
    const { container } = render(<ThemeRoot className="shop">x</ThemeRoot>);
    const root = container.firstElementChild as HTMLElement;
    expect(root.className).toBe('sa-root shop');
    expect(root.dataset.saTheme).toBe('light');
    expect(root.dataset.slot).toBe('root');
  });

  it('passes theme, dir and token overrides through', () => {
    const style = { '--sa-color-primary': '#7c3aed' } as CSSProperties;
    const { container } = render(<AuthThemeProvider theme="auto" dir="rtl" style={style}>x</AuthThemeProvider>);
    const root = container.firstElementChild as HTMLElement;
    expect(root.dataset.saTheme).toBe('auto');
    expect(root.getAttribute('dir')).toBe('rtl');
    expect(root.style.getPropertyValue('--sa-color-primary')).toBe('#7c3aed');
  });

  it('cannot lose its theme attribute through rest props', () => {
    const { container } = render(<ThemeRoot theme="dark" {...{ 'data-sa-theme': 'light' }} />);
    expect((container.firstElementChild as HTMLElement).dataset.saTheme).toBe('dark');
  });
});
