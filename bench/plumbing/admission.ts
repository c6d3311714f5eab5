/**
 * The HTTP admission queue: the hand-written one (bench/plumbing/baseline, as before p-limit) vs the p-limit
 * one in server/src/graphql/admission.ts vs p-queue. 512 clients loop enter → a few awaits of "work" →
 * release, with 64 places, until 1,000,000 requests were admitted; admissions per second, best of 3 rounds
 * each, modes interleaved. `npx tsx bench/plumbing/admission.ts`
 */
import PQueue from 'p-queue';
import { RequestAdmission } from '../../server/src/graphql/admission.js';
import { RequestAdmission as HandWritten } from './baseline/admission.js';

const REQUESTS = 1_000_000;
const CLIENTS = 512;
const PLACES = 64;

interface Admission {
  enter(): Promise<(() => void) | undefined>;
}

/** p-queue behind the same interface, for comparison. */
class WithPQueue implements Admission {
  private readonly queue = new PQueue({ concurrency: PLACES });
  async enter(): Promise<(() => void) | undefined> {
    if (this.queue.pending >= PLACES && this.queue.size >= CLIENTS * 2) return undefined;
    return new Promise((admitted) => {
      void this.queue.add(() => new Promise<void>((release) => admitted(release)));
    });
  }
}

async function run(admission: Admission): Promise<number> {
  let left = REQUESTS;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (left-- > 0) {
        const release = await admission.enter();
        if (!release) throw new Error('refused');
        for (let i = 0; i < 3; i++) await Promise.resolve();
        release();
      }
    }),
  );
  return REQUESTS / ((performance.now() - started) / 1000);
}

const best: Record<string, number> = { 'hand-written': 0, 'p-limit': 0, 'p-queue': 0 };
for (let round = 0; round < 3; round++) {
  best['hand-written'] = Math.max(best['hand-written']!, await run(new HandWritten(PLACES, CLIENTS * 2)));
  best['p-limit'] = Math.max(best['p-limit']!, await run(new RequestAdmission(PLACES, CLIENTS * 2)));
  best['p-queue'] = Math.max(best['p-queue']!, await run(new WithPQueue()));
}
for (const [name, perSecond] of Object.entries(best)) {
  console.log(
    `${name.padEnd(12)} ${Math.round(perSecond).toLocaleString('en')} admissions/s ` +
      `(${(1e6 / perSecond).toFixed(2)} µs each; ÷ hand-written ${(perSecond / best['hand-written']!).toFixed(2)})`,
  );
}
