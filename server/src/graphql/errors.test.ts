import { GraphQLError, locatedError } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import {
  BadInput,
  Conflict,
  CursorExpired,
  NotFound,
  RateLimited,
  badInput,
  forbidden,
  notFound,
  unauthenticated,
} from '../shared/errors.js';
import { AppError, ErrorCode, formatError, withoutInputValues } from './errors.js';

const format = formatError(pino({ level: 'silent' }));

describe('formatError', () => {
  it('masks an unexpected error: no SQL, no stack, code INTERNAL_SERVER_ERROR', () => {
    const leaked = new Error(
      'insert into "reservation" ("id") values ($1) - duplicate key value violates unique constraint',
    );
    const original = new GraphQLError(leaked.message, { originalError: leaked, path: ['bookReservation'] });
    const formatted = format(
      { message: original.message, path: ['bookReservation'], extensions: { stacktrace: ['at x'] } },
      original,
    );
    expect(formatted).toEqual({
      message: 'Internal server error',
      path: ['bookReservation'],
      locations: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('names the first failed input field of a class-validator error and says why, without the value', () => {
    const validationErrors = [
      {
        property: 'rows',
        children: [
          {
            property: '0',
            children: [{ property: 'siteId', constraints: { isUuid: 'siteId must be a UUID' } }],
          },
        ],
      },
      { property: 'name', constraints: { length: 'name must be shorter than or equal to 100 characters' } },
    ];
    const formatted = format(
      {
        message: 'Argument Validation Error',
        path: ['x'],
        extensions: { code: 'BAD_USER_INPUT', validationErrors },
      },
      new GraphQLError('Argument Validation Error'),
    );
    expect(formatted.message).toBe('Argument Validation Error: siteId must be a UUID');
    expect(formatted.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'siteId' });
  });

  it('passes a typed application error through without its stack trace', () => {
    const error = new AppError(ErrorCode.FORBIDDEN, 'You do not manage this site');
    const formatted = format(
      { message: error.message, extensions: { code: 'FORBIDDEN', stacktrace: ['at y'] } },
      error,
    );
    expect(formatted).toEqual({ message: 'You do not manage this site', extensions: { code: 'FORBIDDEN' } });
  });
});

describe('formatError maps domain errors to public codes', () => {
  /** As graphql-js hands a resolver's throw to Apollo: located, with a path, the domain error inside. */
  const thrownByResolver = (error: Error) => {
    const located = locatedError(error, undefined, ['someField']);
    // Apollo has already given it the default code, and a stack trace in development.
    return format(
      { ...located.toJSON(), extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at z'] } },
      located,
    );
  };

  it.each([
    [badInput('first is between 1 and 500', 'first'), 'BAD_USER_INPUT', { field: 'first' }],
    [new BadInput('A vaccine with more than one dose needs an interval'), 'BAD_USER_INPUT', {}],
    [unauthenticated(), 'UNAUTHENTICATED', {}],
    [forbidden(), 'FORBIDDEN', {}],
    [notFound('Site'), 'NOT_FOUND', {}],
    [new NotFound('The upload is gone'), 'NOT_FOUND', {}],
    [new Conflict('This email address is taken', { field: 'email' }), 'CONFLICT', { field: 'email' }],
    [
      new RateLimited('Too many requests', { retryAfterSeconds: 3 }),
      'RATE_LIMITED',
      { retryAfterSeconds: 3 },
    ],
    [
      new CursorExpired('The cursor is older than the log', { field: 'after' }),
      'CURSOR_EXPIRED',
      { field: 'after' },
    ],
  ])('%s → its code, details beside it, message as written', (error, code, details) => {
    expect(thrownByResolver(error)).toEqual({
      message: error.message,
      path: ['someField'],
      extensions: { code, ...details },
    });
  });

  it('words the helpers as clients have always read them', () => {
    expect(notFound('Site').message).toBe('Site not found');
    expect(forbidden().message).toBe('You may not do this');
    expect(unauthenticated().message).toBe('Log in first');
  });

  it('gives the same JSON, key order included, as the GraphQL error it replaces', () => {
    const domain = JSON.stringify(thrownByResolver(new Conflict('taken', { field: 'code' })));
    const graphql = new AppError(ErrorCode.CONFLICT, 'taken', { field: 'code' });
    const located = locatedError(graphql, undefined, ['someField']);
    expect(domain).toBe(JSON.stringify(format(located.toJSON(), located)));
  });

  it('finds a domain error that Apollo wrapped outside a resolver, and keeps its own message', () => {
    const domain = forbidden('You do not manage this site');
    const wrapped = new GraphQLError(`Context creation failed: ${domain.message}`, { originalError: domain });
    expect(
      format({ message: wrapped.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrapped),
    ).toEqual({
      message: 'You do not manage this site',
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('maps a subscription error (formatted from toJSON, no Apollo) the same way', () => {
    const located = locatedError(notFound('Slot'), undefined, ['slotAvailability']);
    expect(format(located.toJSON(), located)).toEqual({
      message: 'Slot not found',
      path: ['slotAvailability'],
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('still masks a plain Error', () => {
    const located = locatedError(new Error('select * from slot'), undefined, ['x']);
    expect(format(located.toJSON(), located).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('turns a domain error into a GraphQL error for plumbing that returns errors', () => {
    expect(AppError.of(unauthenticated('The session has ended; log in again')).toJSON()).toEqual({
      message: 'The session has ended; log in again',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});

describe('withoutInputValues', () => {
  it('keeps where and why of a coercion error, never the value sent', () => {
    const inner = new GraphQLError('Field "email" of required type "String!" was not provided.');
    expect(
      withoutInputValues(
        'Variable "$input" got invalid value { password: "s3cret; at \\"x\\"" }; Field "email" of required type "String!" was not provided.',
        inner,
      ),
    ).toBe(
      'Variable "$input" got an invalid value. Field "email" of required type "String!" was not provided.',
    );
    expect(
      withoutInputValues(
        'Variable "$input" got invalid value 42 at "input.password"; String cannot represent a non string value: 42',
        new GraphQLError('String cannot represent a non string value: 42'),
      ),
    ).toBe(
      'Variable "$input" got an invalid value at "input.password". String cannot represent a non string value.',
    );
    expect(withoutInputValues('Value is not a valid LocalDate: 1990-02-30')).toBe(
      'Value is not a valid LocalDate.',
    );
    expect(withoutInputValues('Value "GOD" does not exist in "AdminRole" enum.')).toBe(
      'The value does not exist in "AdminRole" enum.',
    );
    expect(withoutInputValues('Expected value of type "Int!", found "x".')).toBe(
      'Expected value of type "Int!".',
    );
    expect(withoutInputValues('Cannot query field "x" on type "Query".')).toBe(
      'Cannot query field "x" on type "Query".',
    );
  });
});
