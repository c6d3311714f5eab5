import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { REQUIRES_SCOPE } from '../modules/api-keys/api-key.types.js';
import { createSchema } from './schema.js';

describe('API key scopes in the published schema', () => {
  it('every operation an API key may call names its scope (or "any API key") in its description', async () => {
    const schema = await createSchema();
    const roots = [schema.getQueryType()!, schema.getMutationType()!, schema.getSubscriptionType()!];
    const open: string[] = [];
    for (const type of roots) {
      for (const field of Object.values(type.getFields())) {
        const scopes = field.extensions?.[REQUIRES_SCOPE] as string[] | undefined;
        if (!scopes?.length) continue;
        open.push(field.name);
        const said = field.description ?? '';
        const named = scopes.every((scope) => said.includes(scope)) || /any (API key|scope)/.test(said);
        expect(named, `${type.name}.${field.name}: ${said}`).toBe(true);
      }
    }
    expect(open).toEqual(expect.arrayContaining(['tickets', 'upsertTickets', 'changes', 'webhookEndpoints']));
  });
});
