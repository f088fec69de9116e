// Prop getters in the React Aria style: each returns plain, typed props that a custom UI
// spreads on its elements; your own props passed in win, event handlers are chained and
// aria-describedby lists are joined.
import { useId } from 'react';

type AnyFn = (...args: never[]) => unknown;

export function mergeProps<A extends object, B extends object>(base: A, user?: B): A & B {
  if (!user) return base as A & B;
  const out = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(user)) {
    const mine = out[key];
    if (/^on[A-Z]/.test(key) && typeof mine === 'function' && typeof value === 'function') {
      out[key] = (...args: never[]) => {
        (value as AnyFn)(...args);
        (mine as AnyFn)(...args);
      };
    } else if (key === 'aria-describedby' && typeof mine === 'string' && typeof value === 'string') {
      out[key] = `${mine} ${value}`;
    } else if (value !== undefined) out[key] = value;
  }
  return out as A & B;
}

/** Stable ids for one step's elements. */
export function useStepIds(prefix: string) {
  const base = `sa-${prefix}${useId().replace(/:/g, '')}`;
  return {
    heading: `${base}-heading`,
    error: `${base}-error`,
    field: (name: string) => `${base}-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`,
    fieldError: (name: string) => `${base}-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}-error`,
  };
}

export type StepIds = ReturnType<typeof useStepIds>;

export const joinIds = (...ids: Array<string | false | undefined>): string | undefined => ids.filter(Boolean).join(' ') || undefined;

/** Values of a submitted form by field name (strings; checkboxes by `agreements.<name>`). */
export function readForm(form: HTMLFormElement): { get(name: string): string; agreements(): Record<string, boolean> } {
  const data = new FormData(form);
  return {
    get: (name) => {
      const v = data.get(name);
      return typeof v === 'string' ? v : '';
    },
    agreements: () => {
      const out: Record<string, boolean> = {};
      for (const el of Array.from(form.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name^="agreements."]'))) {
        out[el.name.slice('agreements.'.length)] = el.checked;
      }
      return out;
    },
  };
}
