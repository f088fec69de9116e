import { expect } from 'vitest';
import { axeViolations } from '../../testing/axe';

/** Fails with the readable list of axe-core violations found in `container`. */
export async function expectAccessible(container: Element): Promise<void> {
  expect(await axeViolations(container)).toEqual([]);
}
