import { describe, expect, it } from 'vitest';
import { SlotGate, type Admission } from './slot-gate.js';

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('SlotGate', () => {
  it('lets at most the configured number through per slot and admits the others in arrival order', async () => {
    const gate = new SlotGate(2);
    const order: number[] = [];
    const admissions = [1, 2, 3, 4].map((n) =>
      gate.enter(['slot-a'], 0).then((a) => {
        order.push(n);
        return a;
      }),
    );
    await settle();
    expect(order).toEqual([1, 2]);

    const [first] = await Promise.all(admissions.slice(0, 2));
    (first as Extract<Admission, { admitted: true }>).release();
    await settle();
    expect(order).toEqual([1, 2, 3]);
  });

  it('once a slot is found full, requests that read it earlier are refused without waiting; later readers go through', async () => {
    const gate = new SlotGate(1);
    const holder = (await gate.enter(['slot-a'], 10)) as Extract<Admission, { admitted: true }>;
    const waiting = gate.enter(['slot-a'], 20);

    gate.markFull('slot-a', 30);
    holder.release();

    expect(await waiting).toEqual({ admitted: false, fullSlotId: 'slot-a' });
    expect(await gate.enter(['slot-a'], 5)).toEqual({ admitted: false, fullSlotId: 'slot-a' });
    expect((await gate.enter(['slot-a'], 40)).admitted).toBe(true);
  });

  it('enters several slots in id order and names the full one', async () => {
    const gate = new SlotGate(1);
    gate.markFull('slot-b', 50);
    expect(await gate.enter(['slot-b', 'slot-a'], 10)).toEqual({ admitted: false, fullSlotId: 'slot-b' });
    // slot-a was entered first and is free again.
    expect((await gate.enter(['slot-a'], 10)).admitted).toBe(true);
  });

  it('forgets slots that are idle and were never full', async () => {
    const gate = new SlotGate(1);
    const admission = (await gate.enter(['slot-a', 'slot-b'], 0)) as Extract<Admission, { admitted: true }>;
    expect(gate.size()).toBe(2);
    admission.release();
    expect(gate.size()).toBe(0);
  });
});
