import { execFile } from 'node:child_process';
import { cp, mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
let fixture: string;

/** A tiny server tree that breaks each kind of rule once. */
const FILES: Record<string, string> = {
  // a cycle between two services
  'server/src/modules/a/a.service.ts': "import { b } from '../b/b.service.js';\nexport const a = () => b;\n",
  'server/src/modules/b/b.service.ts':
    "import { a } from '../a/a.service.js';\nimport { rowsOfA } from '../a/a.repository.js';\nexport const b = () => [a, rowsOfA];\n",
  // a service reaching up into the GraphQL plumbing and a GraphQL library
  'server/src/modules/c/c.service.ts':
    "import type { Context } from '../../graphql/context.js';\nimport { GraphQLError } from 'graphql';\nexport const c = (x: Context) => new GraphQLError(x);\n",
  'server/src/modules/a/a.repository.ts': 'export const rowsOfA = 1;\n',
  'server/src/graphql/context.ts': 'export type Context = string;\n',
  // shared reaching into a module
  'server/src/shared/helper.ts': "import { a } from '../modules/a/a.service.js';\nexport const helper = a;\n",
};

async function cruise(): Promise<{ rule: string; from: string; to: string }[]> {
  const bin = join(root, 'node_modules/.bin/depcruise');
  const config = join(root, '.dependency-cruiser.cjs');
  const run = promisify(execFile);
  const { stdout } = await run(bin, ['server/src', '--config', config, '--output-type', 'json'], {
    cwd: fixture,
  }).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
  const result = JSON.parse(stdout) as {
    summary: { violations: { rule: { name: string }; from: string; to: string }[] };
  };
  return result.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
}

describe('.dependency-cruiser.cjs', () => {
  beforeAll(async () => {
    fixture = await mkdtemp(join(tmpdir(), 'depcruise-fixture-'));
    for (const [path, text] of Object.entries(FILES)) {
      await mkdir(dirname(join(fixture, path)), { recursive: true });
      await writeFile(join(fixture, path), text);
    }
    await cp(join(root, 'tsconfig.json'), join(fixture, 'tsconfig.json'));
    await symlink(join(root, 'node_modules'), join(fixture, 'node_modules'));
  });
  afterAll(async () => {
    await rm(fixture, { recursive: true, force: true });
  });

  it('fails on a cycle, an import up a layer, and a module reaching into another’s internals', async () => {
    const violations = await cruise();
    const found = (rule: string, from: string) => violations.some((v) => v.rule === rule && v.from === from);
    expect(found('no-circular', 'server/src/modules/a/a.service.ts')).toBe(true);
    expect(found('domain-stays-below-the-edge', 'server/src/modules/c/c.service.ts')).toBe(true);
    expect(found('domain-without-graphql-libraries', 'server/src/modules/c/c.service.ts')).toBe(true);
    expect(found('module-internals-stay-inside', 'server/src/modules/b/b.service.ts')).toBe(true);
    expect(found('shared-is-the-ground', 'server/src/shared/helper.ts')).toBe(true);
  }, 60_000);
});
