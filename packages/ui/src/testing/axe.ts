import axe from 'axe-core';

/**
 * Runs axe-core on a container and returns the violations as readable strings (empty = ok).
 * jsdom has no layout, so colour contrast is left to the Storybook browser tests.
 */
export async function axeViolations(container: Element): Promise<string[]> {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
