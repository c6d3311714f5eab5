import { readFile, writeFile } from 'node:fs/promises';
import { printSortedSchema } from '../server/src/graphql/schema.js';

/** `--check` fails when the committed schema.graphql differs from what the code emits. */
const path = new URL('../schema.graphql', import.meta.url);
const emitted = await printSortedSchema();
if (process.argv.includes('--check')) {
  const committed = await readFile(path, 'utf8').catch(() => '');
  if (committed !== emitted) {
    console.error('schema.graphql is stale: run `npm run schema` and commit the result.');
    process.exit(1);
  }
  console.log('schema.graphql is current.');
} else {
  await writeFile(path, emitted);
  console.log('schema.graphql written.');
}
