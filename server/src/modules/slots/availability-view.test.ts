import { describe, expect, it } from 'vitest';
import { AvailabilityView } from './availability-view.js';
import { SlotStatus } from './slot.entity.js';
import type { SlotView } from './slot.types.js';

const inAnHour = () => new Date(Date.now() + 3_600_000);
function slot(id: string, reserved: number, capacity = 2, status: SlotStatus = SlotStatus.OPEN): SlotView {
  return {
    id,
    siteId: 'site',
    venueId: 'venue',
    vaccineId: 'vaccine',
    startsAt: inAnHour(),
    endsAt: inAnHour(),
    capacity,
    reserved,
    status,
  };
}

describe('AvailabilityView', () => {
  it('knows a slot full only from a read at its last state, for its own site, while open and not started', () => {
    const view = new AvailabilityView();
    expect(view.knownFull('s1', 'site')).toBe(false);
    view.learn([slot('s1', 2)], view.mark());
    expect(view.knownFull('s1', 'site')).toBe(true);
    expect(view.knownFull('s1', 'other site')).toBe(false);
    view.learn([slot('s1', 1)], view.mark());
    expect(view.knownFull('s1', 'site')).toBe(false);
    view.learn([slot('s1', 2, 2, SlotStatus.CLOSED)], view.mark());
    expect(view.knownFull('s1', 'site')).toBe(false);
    view.learn([{ ...slot('s1', 2), startsAt: new Date(Date.now() - 1000) }], view.mark());
    expect(view.knownFull('s1', 'site')).toBe(false);
  });

  it('a change forgets the slot at once, and a read begun before the change does not bring it back', () => {
    const view = new AvailabilityView();
    view.learn([slot('s1', 2)], view.mark());
    const before = view.mark();
    view.changed(['s1']);
    expect(view.knownFull('s1', 'site')).toBe(false);
    view.learn([slot('s1', 2)], before);
    view.learnRefusal(slot('s1', 2), 'SLOT_FULL', undefined, before);
    expect(view.knownFull('s1', 'site')).toBe(false);
    view.learn([slot('s1', 2)], view.mark());
    expect(view.knownFull('s1', 'site')).toBe(true);
  });

  it('answers with the refusal the database gave, forgotten when the dose-2 slot changes; SLOT_FULL on a SEPARATE site', () => {
    const view = new AvailabilityView();
    view.learn([slot('s1', 2)], view.mark());
    expect(view.refusalFor('s1', 'site')).toBeUndefined();
    view.learnRefusal(slot('s1', 2), 'SECOND_DOSE_UNAVAILABLE', 's2', view.mark());
    expect(view.refusalFor('s1', 'site')).toBe('SECOND_DOSE_UNAVAILABLE');
    view.changed(['s2']);
    expect(view.refusalFor('s1', 'site')).toBeUndefined();
    expect(view.knownFull('s1', 'site')).toBe(true);
    view.learnSiteMode('site', 'SEPARATE');
    expect(view.refusalFor('s1', 'site')).toBe('SLOT_FULL');
  });

  it('while the bus is down it forgets and learns nothing; reads begun before it came back are not learned', () => {
    const view = new AvailabilityView();
    view.learnSiteMode('site', 'SEPARATE');
    view.learn([slot('s1', 2)], view.mark());
    view.connection(false);
    expect(view.knownFull('s1', 'site')).toBe(false);
    const during = view.mark();
    view.learn([slot('s1', 2)], during);
    expect(view.knownFull('s1', 'site')).toBe(false);
    view.connection(true);
    view.learn([slot('s1', 2)], during);
    expect(view.knownFull('s1', 'site')).toBe(false);
    view.learn([slot('s1', 2)], view.mark());
    expect(view.refusalFor('s1', 'site')).toBe('SLOT_FULL');
  });

  it('forgets everything when slots change in ways no event describes, and reads under way are not learned', () => {
    const view = new AvailabilityView();
    view.learnSiteMode('site', 'SEPARATE');
    view.learn([slot('s1', 2)], view.mark());
    const before = view.mark();
    view.forgetAll();
    expect(view.knownFull('s1', 'site')).toBe(false);
    view.learn([slot('s1', 2)], before);
    expect(view.knownFull('s1', 'site')).toBe(false);
    view.learn([slot('s1', 2)], view.mark());
    expect(view.refusalFor('s1', 'site')).toBe('SLOT_FULL');
  });

  it('an entry older than its maximum age is not trusted', async () => {
    const view = new AvailabilityView(20);
    view.learn([slot('s1', 2)], view.mark());
    expect(view.knownFull('s1', 'site')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(view.knownFull('s1', 'site')).toBe(false);
  });
});
