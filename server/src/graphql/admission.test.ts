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

  it('lets requests with a session in before anonymous ones, each in order of arrival', async () => {
    const admission = new RequestAdmission(1, 10);
    const working = (await admission.enter('anonymous'))!;
    const order: string[] = [];
    const waiting = [
      ['visitor 1', 'anonymous'],
      ['booking 1', 'session'],
      ['visitor 2', 'anonymous'],
      ['booking 2', 'session'],
    ].map(([name, kind]) =>
      admission.enter(kind as 'session' | 'anonymous').then((release) => {
        order.push(name!);
        return release!;
      }),
    );
    expect(admission.waiting()).toBe(4);
    working();
    for (const next of [1, 3, 0, 2]) (await waiting[next]!)();
    expect(order).toEqual(['booking 1', 'booking 2', 'visitor 1', 'visitor 2']);
    expect(admission.waiting()).toBe(0);
  });

  it('admits everything when the limit is 0', async () => {
    const admission = new RequestAdmission(0, 0);
    const releases = await Promise.all(Array.from({ length: 100 }, () => admission.enter()));
    expect(releases.every((r) => typeof r === 'function')).toBe(true);
  });
});
