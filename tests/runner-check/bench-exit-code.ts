// Runner check (scripts/check-runner.sh): a bench whose check fails sets process.exitCode = 1 after using the
// embedded PostgreSQL, as bench:rush and bench:kill do; the process must exit 1 (it once exited 0).
import { startDatabase } from '../../bench/lib/infra.js';

const db = await startDatabase('runner-check', 20);
await db.stop();
console.log('Bench check: FAILED on purpose');
process.exitCode = 1;
