import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
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

  it('passes a typed application error through without its stack trace', () => {
    const error = new AppError(ErrorCode.FORBIDDEN, 'You do not manage this site');
    const formatted = format(
      { message: error.message, extensions: { code: 'FORBIDDEN', stacktrace: ['at y'] } },
      error,
    );
    expect(formatted).toEqual({ message: 'You do not manage this site', extensions: { code: 'FORBIDDEN' } });
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
