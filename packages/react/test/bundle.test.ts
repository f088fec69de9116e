// @vitest-environment node
import { build, type Metafile } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The main entry must not pull @tanstack/react-query (an optional peer) nor anything of the
// /query entry: bundle a hooks-only app from src with esbuild and read what went in.

const src = fileURLToPath(new URL('../src/', import.meta.url));

async function bundle(contents: string): Promise<{ inputs: string[]; text: string }> {
  const result = await build({
    stdin: { contents, resolveDir: src, loader: 'tsx' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['source'],
    external: ['react', 'react-dom', 'react/jsx-runtime'],
    metafile: true,
    logLevel: 'silent',
  });
  const metafile = result.metafile as Metafile;
  return { inputs: Object.keys(metafile.inputs), text: result.outputFiles[0]!.text };
}

describe('bundles', () => {
  it('a hooks-only app (provider + useSession + useSignIn + useSignOut) contains no react-query and nothing of /query', async () => {
    const { inputs, text } = await bundle(
      "export { SyneriseAuthProvider, useSession, useSignIn, useSignOut } from './index';",
    );
    expect(inputs.some((path) => path.includes('src/index.ts'))).toBe(true);
    expect(inputs.filter((path) => /@tanstack|react-query|query-core/.test(path))).toEqual([]);
    expect(inputs.filter((path) => path.includes('src/query/'))).toEqual([]);
    expect(text).not.toMatch(/@tanstack|QueryObserver|MutationObserver/);
  });

  it('the whole main entry contains no react-query either', async () => {
    const { inputs, text } = await bundle("export * from './index';");
    expect(inputs.filter((path) => /@tanstack|src\/query\//.test(path))).toEqual([]);
    expect(text).not.toMatch(/@tanstack|QueryObserver|MutationObserver/);
  });

  it('(control) the /query entry does pull react-query, so the checks above can fail', async () => {
    const { inputs } = await bundle("export * from './query/index';");
    expect(inputs.some((path) => path.includes('@tanstack'))).toBe(true);
  });
});
