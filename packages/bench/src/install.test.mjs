import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanNpmEnv, installedVersions, npmErrorSummary } from './install.mjs';

describe('cleanNpmEnv', () => {
  it('drops the npm_* variables pnpm sets for its own run, keeps registry and proxy settings', () => {
    const env = cleanNpmEnv({
      PATH: '/bin', HOME: '/root',
      npm_config_user_agent: 'pnpm/10', npm_package_name: 'synerise-auth-kit', npm_lifecycle_event: 'bench:anchors',
      npm_config_registry: 'https://registry.example/', npm_config_https_proxy: 'http://proxy:3128',
    });
    expect(env).toEqual({
      PATH: '/bin', HOME: '/root',
      npm_config_registry: 'https://registry.example/', npm_config_https_proxy: 'http://proxy:3128',
    });
  });
});

describe('npmErrorSummary', () => {
  it('keeps the error code and the first explaining line, without warnings', () => {
    const output = [
      'npm warn Unknown user config "nodedir".',
      'npm error code ERESOLVE',
      'npm error ERESOLVE unable to resolve dependency tree',
      'npm error',
      'npm error A complete log of this run can be found in: /root/.npm/_logs/x.log',
    ].join('\n');
    expect(npmErrorSummary(output)).toBe('code ERESOLVE — npm error ERESOLVE unable to resolve dependency tree');
  });

  it('falls back to the last line', () => {
    expect(npmErrorSummary('something odd happened\n')).toBe('something odd happened');
    expect(npmErrorSummary('')).toBe('npm install failed');
  });
});

describe('installedVersions', () => {
  /** @type {string} */
  let dir;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads versions from the installed package.json files and skips missing ones', () => {
    dir = mkdtempSync(join(tmpdir(), 'bench-versions-'));
    mkdirSync(join(dir, 'node_modules', '@scope', 'lib'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', '@scope', 'lib', 'package.json'), '{"name":"@scope/lib","version":"1.2.3"}');
    expect(installedVersions(dir, ['@scope/lib', 'missing', '@scope/lib'])).toEqual({ '@scope/lib': '1.2.3' });
  });
});
