import { describe, expect, it } from 'vitest';
import { municipalityName } from './municipality-name';

describe('the municipality a typed code names', () => {
  it('names a city, a special ward of Tokyo and a ward of a designated city, prefecture first', async () => {
    expect(await municipalityName('011002')).toBe('北海道札幌市');
    expect(await municipalityName('131016')).toBe('東京都千代田区');
    expect(await municipalityName('011011')).toBe('北海道札幌市中央区');
  });

  it('names nothing for a code failing the check digit, a prefecture code or a code not on the list', async () => {
    expect(await municipalityName('131017')).toBeNull();
    expect(await municipalityName('130001')).toBeNull();
    expect(await municipalityName('13101')).toBeNull();
    // 99999 + its check digit passes the rule but names no municipality
    const sum = 9 * 6 + 9 * 5 + 9 * 4 + 9 * 3 + 9 * 2;
    expect(await municipalityName(`99999${(11 - (sum % 11)) % 10}`)).toBeNull();
  });
});
