import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Proves the lint config keeps the layers apart: these snippets are linted as if they lived
// at the given paths, and each must be rejected with the layering message.
const root = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function messagesFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.message);
}

describe('layering lint rules', () => {
  it.each([
    ["import { useState } from 'react';\nexport const x = useState;\n", /framework-free/],
    ['export const now = () => Date.now();\n', /Clock port/],
    ['export const now = () => new Date();\n', /Clock port/],
    ['export const t = () => setTimeout(() => undefined, 1);\n', /injected port/],
    ['export const w = () => window.location.href;\n', /injected port/],
    ['export const s = () => localStorage.getItem("a");\n', /injected port/],
    ['export const f = () => globalThis.fetch("/x");\n', /injected ports/],
    ["import { SignInForm } from '@synerise-auth/ui';\nexport const x = SignInForm;\n", /upper layer/],
  ])('core rejects %#', async (code, expected) => {
    const messages = await messagesFor(code, 'packages/core/src/fixture.ts');
    expect(messages.some((m) => expected.test(m))).toBe(true);
  });

  it('core test fakes are held to the same rule (they ship in core)', async () => {
    const code = 'export const t = () => globalThis.performance.now() + Date.now();\n';
    const messages = await messagesFor(code, 'packages/core/src/testing/fixture.ts');
    expect(messages.some((m) => /injected ports/.test(m))).toBe(true);
    expect(messages.some((m) => /Clock port/.test(m))).toBe(true);
  });

  it('core accepts time from an injected clock', async () => {
    const code = 'export const now = (clock: { now(): number }) => clock.now();\nexport const d = (ms: number) => new Date(ms);\n';
    expect(await messagesFor(code, 'packages/core/src/fixture.ts')).toEqual([]);
  });

  it('react may not import ui', async () => {
    const code = "import { SignInForm } from '@synerise-auth/ui';\nexport const x = SignInForm;\n";
    const messages = await messagesFor(code, 'packages/react/src/fixture.ts');
    expect(messages.some((m) => /react may not import ui/.test(m))).toBe(true);
  });

  it('the emulator imports nothing of ours', async () => {
    const code = "import { createAuthClient } from '@synerise-auth/core';\nexport const x = createAuthClient;\n";
    const messages = await messagesFor(code, 'packages/emulator/src/fixture.ts');
    expect(messages.some((m) => /stands for the server/.test(m))).toBe(true);
  });

  it('nothing imports apps/', async () => {
    const code = "import { App } from '../../../apps/demo/src/App';\nexport const x = App;\n";
    const messages = await messagesFor(code, 'packages/ui/src/fixture.ts');
    expect(messages.some((m) => /apps\//.test(m))).toBe(true);
  });

  it('no dangerouslySetInnerHTML in the kit', async () => {
    const code = 'export const X = () => <div dangerouslySetInnerHTML={{ __html: "x" }} />;\n';
    const messages = await messagesFor(code, 'packages/ui/src/fixture.tsx');
    expect(messages.some((m) => /dangerouslySetInnerHTML/.test(m))).toBe(true);
  });
});
