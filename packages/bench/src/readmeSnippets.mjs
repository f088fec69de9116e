// Extracts the ```ts / ```tsx blocks of the published packages' READMEs and typechecks them
// with tsc (strict, moduleResolution bundler, jsx react-jsx) against the workspace sources.
// A block whose first line is `// @filename: app/layout.tsx` is written under that name, shared
// with the other named blocks of the same README (so they may import each other); any other
// block is its own module. ```tsx nocompile marks a fragment that is not checked.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const README_PACKAGES = ['core', 'react', 'ui', 'emulator'];

/** @param {string} markdown */
export function extractSnippets(markdown) {
  /** @type {{ lang: string; line: number; code: string; filename: string | undefined }[]} */
  const out = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^```(ts|tsx)(\s+\S.*)?\s*$/.exec(lines[i] ?? '');
    if (!open) continue;
    const info = (open[2] ?? '').trim();
    const start = i;
    const body = [];
    for (i += 1; i < lines.length && !/^```\s*$/.test(lines[i] ?? ''); i += 1) body.push(lines[i] ?? '');
    if (info.split(/\s+/).includes('nocompile')) continue;
    const hint = /^\/\/ @filename: (\S+)\s*$/.exec(body[0] ?? '');
    out.push({ lang: open[1] ?? 'ts', line: start + 1, code: body.join('\n') + '\n', filename: hint?.[1] });
  }
  return out;
}

const compilerOptions = {
  target: 'ES2022',
  lib: ['ES2023', 'DOM', 'DOM.Iterable'],
  module: 'ESNext',
  moduleResolution: 'Bundler',
  moduleDetection: 'force',
  customConditions: ['source'],
  jsx: 'react-jsx',
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  esModuleInterop: true,
  allowImportingTsExtensions: true,
  types: ['node'],
  baseUrl: '.',
  // Optional peers live in the package that tests them, not at the workspace root.
  paths: {
    '@tanstack/react-query': ['../packages/react/node_modules/@tanstack/react-query'],
    msw: ['../packages/emulator/node_modules/msw'],
    'msw/*': ['../packages/emulator/node_modules/msw/*'],
  },
};

/** Writes every snippet to <root>/.readme-snippets and runs tsc; returns { ok, output, files }. */
export function checkReadmeSnippets() {
  const dir = join(root, '.readme-snippets');
  rmSync(dir, { recursive: true, force: true });
  /** @type {Map<string, string>} */
  const origin = new Map();
  for (const pkg of README_PACKAGES) {
    const readme = join(root, 'packages', pkg, 'README.md');
    extractSnippets(readFileSync(readme, 'utf8')).forEach((s, n) => {
      const file = s.filename ? join(dir, pkg, 'files', s.filename) : join(dir, pkg, `snippet-${n}-line-${s.line}.${s.lang}`);
      if (origin.has(file)) throw new Error(`packages/${pkg}/README.md:${s.line}: @filename ${s.filename} used twice`);
      origin.set(file, `packages/${pkg}/README.md:${s.line}`);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, s.code);
    });
  }
  writeFileSync(join(dir, 'styles.d.ts'), "declare module '*.css';\n");
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['**/*.ts', '**/*.tsx'] }, null, 2));
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
    return { ok: true, output: '', files: origin.size };
  } catch (error) {
    const raw = String(/** @type {{ stdout?: string }} */ (error).stdout ?? error);
    // Point each diagnostic at the README block it came from.
    const output = raw.replace(/^(\S+?\.tsx?)\((\d+),(\d+)\)/gm, (m, f, l) => {
      const src = origin.get(join(dir, f));
      return src ? `${src} (+${l}) ${relative(dir, join(dir, f))}` : m;
    });
    return { ok: false, output, files: origin.size };
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = checkReadmeSnippets();
  process.stdout.write(`${result.ok ? `README snippets: ${result.files} modules typecheck` : result.output}\n`);
  process.exitCode = result.ok ? 0 : 1;
}
