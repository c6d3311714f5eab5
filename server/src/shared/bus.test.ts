import { describe, expect, it } from 'vitest';
import { chunkForNotify } from './bus.js';

describe('chunkForNotify', () => {
  it('keeps every item, in order, in chunks whose JSON stays under the limit', () => {
    const items = Array.from(
      { length: 500 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    const chunks = chunkForNotify(items, 1000);
    expect(chunks.flat()).toEqual(items);
    for (const chunk of chunks) expect(Buffer.byteLength(JSON.stringify(chunk))).toBeLessThanOrEqual(1000);
    expect(chunkForNotify([])).toEqual([]);
  });
});
