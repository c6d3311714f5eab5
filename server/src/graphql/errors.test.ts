import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { AppError, ErrorCode, formatError } from './errors.js';

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
