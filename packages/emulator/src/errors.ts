/** One entry of the `errors[]` array of a Synerise error body. */
export interface FieldError {
  code: string;
  field: string;
  message: string;
  rejectedValue: unknown;
}

/** Fields whose values must never be echoed back (rejectedValue is replaced by null). */
const SECRET_FIELDS = new Set(['password', 'oldPassword', 'pinCode', 'identityProviderToken', 'token', 'apiKey']);

export function fieldError(field: string, code: string, message: string, rejectedValue?: unknown): FieldError {
  return { code, field, message, rejectedValue: SECRET_FIELDS.has(field) ? null : (rejectedValue ?? null) };
}

/** Thrown by handlers; turned into the standard error body by the router. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
    readonly errors: FieldError[] = [],
    readonly headers: Record<string, string> = {},
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  423: 'Locked',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function reasonPhrase(status: number): string {
  return REASONS[status] ?? 'Error';
}

/** `{status, error, message, path, timestamp, errorCode, errors}` (+ extra fields such as retryAfterSeconds). */
export function errorBody(err: HttpError, path: string, nowMs: number): Record<string, unknown> {
  return {
    status: err.status,
    error: reasonPhrase(err.status),
    message: err.message,
    path,
    timestamp: new Date(nowMs).toISOString(),
    errorCode: err.errorCode,
    errors: err.errors,
    ...err.extra,
  };
}

export function validationError(errors: FieldError[], errorCode = 'VALIDATION_ERROR'): HttpError {
  return new HttpError(400, errorCode, 'Request validation failed', errors);
}
