// Pure: proves that code a storefront does not import (core's testing fakes) is absent from a
// bundle, twice over: no byte of any file under `dir` in the output, and no marker string.
// The markers are checked against a control bundle that imports the fakes, so a marker that
// stopped existing in the fakes cannot make the check pass vacuously.

/**
 * @typedef {{ code: string, bytesByInput: Record<string, number> }} BundleText
 * @typedef {{ ok: boolean, problems: string[], checked: { files: number, markers: string[] } }} AbsenceResult
 */

/** The built testing entry's folder, as esbuild names inputs (relative, `/`-separated). */
export const TESTING_FAKES_DIR = 'core/dist/testing/';

/** Strings that only the testing fakes' code contains (simulated tabs' default key, offline fetch). */
export const TESTING_FAKES_MARKERS = ['emulator-api-key', 'Failed to fetch'];

/**
 * @param {string} input  esbuild input path
 * @param {string} dir
 */
const isUnder = (input, dir) => input.replaceAll('\\', '/').includes(dir);

/**
 * @param {BundleText} bundle  the bundle that must not contain the code
 * @param {BundleText} control  a bundle that does import it (markers must be found there)
 * @param {{ dir: string, markers: string[] }} what
 * @returns {AbsenceResult}
 */
export function checkAbsent(bundle, control, { dir, markers }) {
  const problems = [];
  const controlFiles = Object.entries(control.bytesByInput).filter(([input, bytes]) => isUnder(input, dir) && bytes > 0);
  if (controlFiles.length === 0) problems.push(`control bundle has no code from ${dir}`);
  for (const marker of markers) {
    if (!control.code.includes(marker)) problems.push(`marker "${marker}" is missing from the control bundle`);
    if (bundle.code.includes(marker)) problems.push(`marker "${marker}" is in the bundle`);
  }
  for (const [input, bytes] of Object.entries(bundle.bytesByInput)) {
    if (isUnder(input, dir) && bytes > 0) problems.push(`${input} leaves ${bytes} B in the bundle`);
  }
  return { ok: problems.length === 0, problems, checked: { files: controlFiles.length, markers } };
}

/**
 * @param {string} label
 * @param {AbsenceResult} result
 * @returns {string}
 */
export function formatAbsenceLine(label, result) {
  if (result.ok) return `TREE-SHAKE ok ${label}: 0 B from ${result.checked.files} files, markers ${result.checked.markers.map((m) => `"${m}"`).join(', ')} absent`;
  return `TREE-SHAKE FAIL ${label}: ${result.problems.join('; ')}`;
}
