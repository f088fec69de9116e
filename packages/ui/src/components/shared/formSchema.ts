import { standardSchemaResolver } from '@hookform/resolvers/standard-schema';
import type { FieldValues, Resolver } from 'react-hook-form';

/**
 * Form validation as a Standard Schema (https://standardschema.dev) fed to react-hook-form
 * through `@hookform/resolvers/standard-schema`. Field checks return a message KEY (never
 * text), so the UI translates them; the password check delegates to core's password-policy
 * schema (a zod/mini schema, itself a Standard Schema), so the rules live in one place.
 */
export type FieldCheck<V> = (value: unknown, values: V) => string | undefined;

interface Issue {
  message: string;
  path: PropertyKey[];
}

/** Anything that implements Standard Schema v1 synchronously (zod/mini schemas do). */
export interface StandardSchemaLike {
  '~standard': { validate(value: unknown): unknown };
}

type SchemaArg<V extends FieldValues> = Parameters<typeof standardSchemaResolver<V, unknown, V>>[0];

export function formResolver<V extends FieldValues>(checks: { [K in keyof V]?: FieldCheck<V> }): Resolver<V> {
  const schema = {
    '~standard': {
      version: 1 as const,
      vendor: 'synerise-auth',
      validate(input: unknown) {
        const values = (input ?? {}) as V;
        const issues: Issue[] = [];
        for (const key of Object.keys(checks) as Array<keyof V & string>) {
          const message = checks[key]?.(values[key], values);
          if (message !== undefined) issues.push({ message, path: [key] });
        }
        return issues.length > 0 ? { issues } : { value: values };
      },
    },
  };
  return standardSchemaResolver(schema as unknown as SchemaArg<V>) as unknown as Resolver<V>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const checks = {
  required: (value: unknown): string | undefined =>
    typeof value === 'string' ? (value.trim() === '' ? 'validation.required' : undefined) : value ? undefined : 'validation.required',
  email: (value: unknown): string | undefined => {
    const text = typeof value === 'string' ? value.trim() : '';
    if (text === '') return 'validation.required';
    return EMAIL.test(text) ? undefined : 'validation.email';
  },
  /** Runs a Standard Schema (core's password policy schema) and maps any issue to one key. */
  schema:
    (schema: StandardSchemaLike | undefined, key: string) =>
    (value: unknown): string | undefined => {
      if (typeof value !== 'string' || value === '') return 'validation.required';
      if (!schema) return undefined;
      const result = schema['~standard'].validate(value) as { issues?: unknown[] } | Promise<unknown>;
      if (result instanceof Promise) return undefined;
      return result.issues && result.issues.length > 0 ? key : undefined;
    },
  optional: (): undefined => undefined,
};
