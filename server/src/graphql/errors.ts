import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';

/**
 * The fixed set of `extensions.code` values a client can see. Domain outcomes a caller must handle
 * (slot full, already booked…) are not errors: they are `error { code message }` in result types.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const PUBLIC_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
  }
}

export const badInput = (message: string, field?: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});
export const notFound = (what: string) => new AppError(ErrorCode.NOT_FOUND, `${what} not found`);
export const forbidden = (message = 'You may not do this') => new AppError(ErrorCode.FORBIDDEN, message);
export const unauthenticated = (message = 'Log in first') => new AppError(ErrorCode.UNAUTHENTICATED, message);

/** class-validator's errors keep only property, constraints and children: never the submitted target/value. */
function withoutValues(errors: unknown): unknown {
  if (!Array.isArray(errors)) return undefined;
  return errors.map((error: unknown) => {
    if (typeof error !== 'object' || error === null) return {};
    const { property, constraints, children } = error as Record<string, unknown>;
    return {
      property,
      constraints,
      ...(Array.isArray(children) && children.length ? { children: withoutValues(children) } : {}),
    };
  });
}

/**
 * graphql-js and scalar libraries quote the rejected value (`Variable "$input" got invalid value
 * { password: … }; …`, `String cannot represent a non string value: …`, `Value is not a valid LocalDate: …`,
 * `Expected value of type "X", found …`): keep where and why, drop what was sent.
 */
export function withoutInputValues(message: string, cause?: unknown): string {
  const variable = /^Variable "\$([^"]+)" got invalid value /.exec(message);
  if (variable) {
    const inner = cause instanceof Error ? cause.message : '';
    const at = / at "([^"]*)"; /.exec(message.slice(variable[0].length));
    const reason = inner ? ` ${reasonWithoutValue(inner)}` : '';
    return `Variable "$${variable[1]}" got an invalid value${at ? ` at "${at[1]}"` : ''}.${reason}`;
  }
  const literal = /^(Expected value of type "[^"]*"), found /.exec(message);
  if (literal) return `${literal[1]}.`;
  return reasonWithoutValue(message);
}

function reasonWithoutValue(message: string): string {
  const enumValue = /^Value .* does not exist in ("[^"]+") enum\./s.exec(message);
  if (enumValue) return `The value does not exist in ${enumValue[1]} enum.`;
  // Scalars word it "<what is wrong>: <the value>" (or, for DateTime, with the value after a space).
  const scalar =
    /^((?:[\w ]+ cannot represent|Value is not|Can only)[^:]*): /s.exec(message) ??
    /^(\w+ cannot represent an invalid [\w-]+) /.exec(message);
  return scalar ? `${scalar[1]}.` : message;
}

/** graphql-js suggests field and type names ("Did you mean …?"): a map of the schema for strangers. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * One place maps every error to a public shape, over HTTP and over WebSocket; anything unexpected is
 * logged and masked.
 */
export function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PUBLIC_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const { stacktrace: _stack, http: _http, validationErrors, ...extensions } = formatted.extensions ?? {};
      // Our own errors (thrown by resolvers, so with a path) word their messages themselves.
      const message =
        formatted.path || (code !== 'GRAPHQL_VALIDATION_FAILED' && code !== ErrorCode.BAD_USER_INPUT)
          ? formatted.message
          : withoutInputValues(
              formatted.message,
              error instanceof GraphQLError ? error.originalError : undefined,
            );
      return {
        ...formatted,
        message: message.replace(SUGGESTION, ''),
        extensions:
          validationErrors === undefined
            ? extensions
            : { ...extensions, validationErrors: withoutValues(validationErrors) },
      };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error');
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
