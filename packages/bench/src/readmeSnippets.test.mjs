import { describe, expect, it } from 'vitest';
import { checkReadmeSnippets, extractSnippets } from './readmeSnippets.mjs';

describe('README snippets', () => {
  it('extracts ts/tsx blocks, honours @filename and skips nocompile', () => {
    const md = ['```tsx', '// @filename: app/page.tsx', 'export {};', '```', '```ts nocompile', 'x', '```', '```sh', 'ls', '```', '```ts', 'const a = 1;', '```'].join('\n');
    const s = extractSnippets(md);
    expect(s.map((x) => [x.lang, x.filename, x.line])).toEqual([['tsx', 'app/page.tsx', 1], ['ts', undefined, 11]]);
  });

  it('every ts/tsx block of the four published READMEs typechecks', () => {
    const result = checkReadmeSnippets();
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
    expect(result.files).toBeGreaterThan(10);
  }, 300_000);
});
