import { describe, expect, it } from 'vitest';
import { RequestAdmission } from './admission.js';

describe('RequestAdmission', () => {
  it('works on at most `max` requests, lets the others in first come first served, and turns away a full queue', async () => {
    const admission = new RequestAdmission(2, 2);
    const first = (await admission.enter())!;
    const second = (await admission.enter())!;
    const order: string[] = [];
    const third = admission.enter().then((release) => (order.push('third'), release));
    const fourth = admission.enter().then((release) => (order.push('fourth'), release));

    expect(await admission.enter()).toBeUndefined();
    expect(admission.waiting()).toBe(2);

    first();
    first();
    await third;
    expect(order).toEqual(['third']);
    second();
    (await fourth)!();
    expect(order).toEqual(['third', 'fourth']);
    expect(admission.waiting()).toBe(0);
  });

  it('admits everything when the limit is 0', async () => {
    const admission = new RequestAdmission(0, 0);
    const releases = await Promise.all(Array.from({ length: 100 }, () => admission.enter()));
    expect(releases.every((r) => typeof r === 'function')).toBe(true);
  });
});
