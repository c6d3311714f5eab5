import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import { DomainError, ErrorCode, type ErrorDetails } from '../shared/errors.js';

export { ErrorCode };

const PUBLIC_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** A GraphQL error with a public code, for plumbing that hands back errors rather than throwing them. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}) {
    super(message, { extensions: { code, ...details } });
  }

  static of(error: DomainError): AppError {
    return new AppError(error.code, error.message, error.details);
  }
}

/** The domain error behind a GraphQL error, however deeply graphql-js or Apollo wrapped it. */
function domainErrorOf(error: unknown): DomainError | undefined {
  for (let cause = error; cause;) {
    if (cause instanceof DomainError) return cause;
    cause = cause instanceof GraphQLError ? cause.originalError : undefined;
  }
  return undefined;
}

/** A domain error's message, code and details, in the place and order a thrown `AppError` has them. */
function withDomainCode(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const domain = domainErrorOf(error);
  if (!domain) return formatted;
  const { code: _code, ...rest } = formatted.extensions ?? {};
  return {
    ...formatted,
    message: domain.message,
    extensions: { code: domain.code, ...domain.details, ...rest },
  };
}

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

/**
 * The first failed rule of class-validator's errors, at its leaf input field: type-graphql's own message
 * ("Argument Validation Error") names neither, while `extensions.field` is where clients look.
 */
export function firstValidationFailure(errors: unknown): { field: string; message: string } | undefined {
  if (!Array.isArray(errors)) return undefined;
  for (const error of errors as unknown[]) {
    if (typeof error !== 'object' || error === null) continue;
    const { property, constraints, children } = error as Record<string, unknown>;
    const first: unknown =
      constraints && typeof constraints === 'object'
        ? Object.values(constraints as Record<string, unknown>)[0]
        : undefined;
    if (typeof property === 'string' && typeof first === 'string') return { field: property, message: first };
    const inner = firstValidationFailure(children);
    if (inner) return inner;
  }
  return undefined;
}

/** graphql-js suggests field and type names ("Did you mean …?"): a map of the schema for strangers. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * One place maps every error to a public shape, over HTTP and over WebSocket: a domain error gets its
 * code here; anything unexpected is logged and masked.
 */
export function formatError(logger: Logger) {
  return (raw: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const formatted = withDomainCode(raw, error);
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
      const failure = firstValidationFailure(validationErrors);
      return {
        ...formatted,
        message: failure ? `Argument Validation Error: ${failure.message}` : message.replace(SUGGESTION, ''),
        extensions:
          validationErrors === undefined
            ? extensions
            : {
                ...extensions,
                ...(failure && extensions.field === undefined ? { field: failure.field } : {}),
                validationErrors: withoutValues(validationErrors),
              },
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
