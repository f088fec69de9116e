import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createSyneriseEmulator } from '@synerise-auth/emulator';
import { SyneriseAuthKit } from './SyneriseAuthKit';
import { AuthFlow } from '../AuthFlow/AuthFlow';
import { en } from '../../i18n/messages/en';
import type { Catalogue } from '../../i18n/catalogue';
import { SLOW } from '../testing/harness';

/** A shop's own catalogue: typed against the English keys, a few translated, the rest English. */
const de: Catalogue = {
  locale: 'de',
  messages: { ...en, 'signIn.title': 'Anmelden', 'signIn.submit': 'Anmelden', 'field.email': 'E-Mail' },
};

describe('SyneriseAuthKit', SLOW, () => {
  it('is provider + i18n + theme in one: a German catalogue, a dark ThemeRoot, the flow running', async () => {
    const emulator = createSyneriseEmulator({});
    const { container } = render(
      <SyneriseAuthKit apiKey="test-key" baseUrl={emulator.baseUrl} fetch={(request) => emulator.fetch(request)} catalogue={de} theme="dark" themeProps={{ className: 'shop-theme' }}>
        <AuthFlow />
      </SyneriseAuthKit>,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(root.className).toBe('sa-root shop-theme');
    expect(root.dataset.saTheme).toBe('dark');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Anmelden' })).toBeTruthy());
    expect(screen.getByRole('button', { name: 'Anmelden' })).toBeTruthy();
    expect(screen.getByLabelText('E-Mail')).toBeTruthy();
    expect(screen.getByLabelText('Password')).toBeTruthy(); // untranslated keys fall back to the catalogue's English
  });
});
