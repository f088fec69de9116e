// What a packed tarball may hold: dist (with source maps), package.json, README, LICENSE.
// Used by check-packages on the file list of `pnpm pack` (paths relative to the package root).

/** Files a tarball must never carry (test/story helpers, sources, fixtures). */
export const FORBIDDEN_FILES = [
  { pattern: /^src\//, reason: 'sources (src/) are not shipped: dist only' },
  { pattern: /\.(test|spec)\.[cm]?[jt]sx?$/, reason: 'a test file' },
  { pattern: /\.stories\.[cm]?[jt]sx?$/, reason: 'a story' },
  { pattern: /(^|\/)(testing\/harness|harness)\.[cm]?[jt]sx?$/, reason: 'the test harness' },
  { pattern: /(^|\/)(storyKit|socialStories)\.[cm]?[jt]sx?$/, reason: 'a Storybook helper' },
  { pattern: /(^|\/)examples\//, reason: 'examples' },
  { pattern: /(^|\/)(test|__tests__|fixtures)\//, reason: 'test files' },
  { pattern: /\.tsbuildinfo$/, reason: 'build info' },
];

const ALLOWED_TOP_LEVEL = /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|dist\/.+)$/;

/**
 * Problems of a tarball's file list; `[]` when clean.
 * @param {string[]} files paths inside the tarball without the leading `package/`
 * @param {{ clientEntries?: string[], read?: (file: string) => string, packedExports?: unknown, workspaceExports?: unknown }} [options]
 *   clientEntries: built files that must start with a 'use client' directive (read through `read`);
 *   packedExports / workspaceExports: `exports` of the packed and of the workspace package.json
 *   (every packed target must be in the tarball; no subpath may get lost on the way, e.g. one
 *   missing from publishConfig.exports)
 * @returns {string[]}
 */
export function tarballProblems(files, options = {}) {
  /** @type {string[]} */
  const problems = [];
  for (const file of files) {
    const forbidden = FORBIDDEN_FILES.find(({ pattern }) => pattern.test(file));
    if (forbidden) problems.push(`${file}: ${forbidden.reason}`);
    else if (!ALLOWED_TOP_LEVEL.test(file)) problems.push(`${file}: only dist/, package.json, README.md and LICENSE are shipped`);
  }
  for (const required of ['package.json', 'README.md', 'LICENSE']) {
    if (!files.includes(required)) problems.push(`${required} is missing`);
  }
  for (const file of files.filter((f) => /^dist\/.+\.js$/.test(f))) {
    if (!files.includes(`${file}.map`)) problems.push(`${file}: no source map`);
  }
  for (const entry of options.clientEntries ?? []) {
    if (!files.includes(entry)) problems.push(`${entry}: client entry missing`);
    else if (options.read && !/^\s*['"]use client['"];?/.test(options.read(entry))) {
      problems.push(`${entry}: does not start with 'use client' (Next.js server components cannot import it)`);
    }
  }
  if (options.packedExports !== undefined) {
    for (const target of exportTargets(options.packedExports)) {
      const file = target.replace(/^\.\//, '');
      if (!files.includes(file)) problems.push(`exports target ${target} is not in the tarball`);
    }
    const packedKeys = subpaths(options.packedExports);
    for (const key of subpaths(options.workspaceExports)) {
      if (!packedKeys.includes(key)) problems.push(`export "${key}" is lost when packed (add it to publishConfig.exports)`);
    }
  }
  return problems;
}

/**
 * @param {unknown} exports
 * @returns {string[]}
 */
function subpaths(exports) {
  return exports && typeof exports === 'object' && Object.keys(exports).every((k) => k.startsWith('.')) ? Object.keys(exports) : ['.'];
}

/**
 * Every file path an exports map points at (all conditions).
 * @param {unknown} value
 * @returns {string[]}
 */
function exportTargets(value) {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(exportTargets);
  return [];
}
