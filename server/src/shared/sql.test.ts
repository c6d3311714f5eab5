import { describe, expect, it } from 'vitest';
import { PreparedStatement } from './sql.js';

describe('PreparedStatement', () => {
  const statement = new PreparedStatement('test_pair', ['uuid', 'int[]'], `select ? as a, ?::int[] as b`);

  it('prepares with numbered parameters and is called by EXECUTE with its parameters as placeholders', () => {
    expect(statement.prepare).toBe('prepare test_pair(uuid, int[]) as select $1 as a, $2::int[] as b');
    expect(statement.call(['x', '{1,2}'])).toEqual({
      sql: 'execute test_pair(?, ?)',
      params: ['x', '{1,2}'],
    });
  });

  it('refuses a call with the wrong number of parameters, a reused name and an unusable name', () => {
    expect(() => statement.call(['x'])).toThrow(/takes 2 parameters, got 1/);
    expect(() => new PreparedStatement('test_pair', [], 'select 1')).toThrow(/taken/);
    expect(() => new PreparedStatement('drop table x;', [], 'select 1')).toThrow(/not usable/);
  });
});
