/** Where "now" comes from. Tests move a clock instead of sleeping; production uses the system clock. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
