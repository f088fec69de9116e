// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SyneriseAuthProvider } from '@synerise-auth/react';
import { I18nProvider } from '../../i18n';
import { AuthFlow } from './AuthFlow';

describe('AuthFlow on the server', () => {
  it('renders the booting step: no sign-in form in the HTML a signed-in customer receives', () => {
    const html = renderToString(
      <SyneriseAuthProvider apiKey="emulator-api-key">
        <I18nProvider>
          <AuthFlow />
        </I18nProvider>
      </SyneriseAuthProvider>,
    );
    expect(html).toContain('data-view="booting"');
    expect(html).toContain('Loading…');
    expect(html).not.toContain('<form');
    expect(html).not.toContain('type="password"');
  });
});
