import { describe, expect, it } from 'vitest';
import { AuthError } from '../errors/AuthError';
import { errorFieldsToForm } from './formErrors';

describe('errorFieldsToForm', () => {
  it('maps field errors to {field: code}, first per field wins', () => {
    const error = new AuthError('VALIDATION', {
      fieldErrors: [
        { field: 'email', code: 'INVALID_FORMAT' },
        { field: 'password', code: 'TOO_SHORT' },
        { field: 'password', code: 'MISSING_DIGIT' },
        { field: 'agreements.email', code: 'REQUIRED' },
      ],
    });
    expect(errorFieldsToForm(error)).toEqual({ email: 'INVALID_FORMAT', password: 'TOO_SHORT', 'agreements.email': 'REQUIRED' });
  });

  it('is empty for errors without fields and ignores __proto__', () => {
    expect(errorFieldsToForm(new AuthError('NETWORK'))).toEqual({});
    const out = errorFieldsToForm({ fieldErrors: [{ field: '__proto__', code: 'X' }, { field: 'constructor', code: 'Y' }] });
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(out).toEqual({ constructor: 'Y' });
  });
});
