import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';
import { Divider } from './Divider';
import { pl } from '../locales/pl';

describe('Divider', () => {
  it('shows the translated "or" or custom content', () => {
    const { container, rerender } = render(<I18nProvider catalogue={pl}><Divider /></I18nProvider>);
    expect(container.textContent).toBe('lub');
    rerender(<Divider>or continue with</Divider>);
    expect(container.querySelector('[data-slot=divider]')?.textContent).toBe('or continue with');
  });
});
