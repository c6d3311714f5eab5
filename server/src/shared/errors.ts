/**
 * Domain errors: what a service raises when a request cannot go on. They know nothing of GraphQL;
 * `graphql/errors.ts` turns them into `extensions.code` values in one place. Domain outcomes a caller
 * must handle (slot full, already booked…) are not errors: they are `error { code message }` in results.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  /** A change-feed cursor older than the event log keeps: resync from the roster, then follow a fresh cursor. */
  CURSOR_EXPIRED: 'CURSOR_EXPIRED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Extra fields a client sees beside the code (`field`, `retryAfterSeconds`…). */
export type ErrorDetails = Record<string, unknown>;

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  constructor(
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadInput extends DomainError {
  readonly code = ErrorCode.BAD_USER_INPUT;
}
export class Unauthenticated extends DomainError {
  readonly code = ErrorCode.UNAUTHENTICATED;
}
export class Forbidden extends DomainError {
  readonly code = ErrorCode.FORBIDDEN;
}
export class NotFound extends DomainError {
  readonly code = ErrorCode.NOT_FOUND;
}
export class Conflict extends DomainError {
  readonly code = ErrorCode.CONFLICT;
}
export class RateLimited extends DomainError {
  readonly code = ErrorCode.RATE_LIMITED;
}

export class CursorExpired extends DomainError {
  readonly code = ErrorCode.CURSOR_EXPIRED;
}

export const badInput = (message: string, field?: string) => new BadInput(message, field ? { field } : {});
export const notFound = (what: string) => new NotFound(`${what} not found`);
export const forbidden = (message = 'You may not do this') => new Forbidden(message);
export const unauthenticated = (message = 'Log in first') => new Unauthenticated(message);
