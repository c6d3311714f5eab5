import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';
import { checkPageSize, connectionOf, decodeCursor } from '../../shared/cursor.js';
import { badInput, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import type { Principal } from '../auth/principal.js';
import { requireAdmin, requireOperator, requireSiteAdmin } from '../auth/access.js';
import {
  AUDIT_TARGET_KEYS,
  ReportsRepository,
  type AuditFilterValues,
} from '../reports/reports.repository.js';
import {
  AuditRepository,
  type AuditActor,
  type AuditEntryInput,
  type AuditEntryView,
} from './audit.repository.js';
import type { AuditConnection } from './audit.types.js';

/** Set while an admin (or API key) mutation runs; a service that records its own entry marks it, so it is not doubled. */
const mutationScope = new AsyncLocalStorage<{ recorded: boolean }>();

/**
 * Keys whose values are secrets or personal data the log must not keep: passwords (also initial ones),
 * tokens, birth dates (with the ticket number they are a ticket's login secret), file contents.
 */
const SECRET_KEY = /password|passcode|secret|token|credential|birth|^dob$|content|file/i;
const DATE_LIKE = /^\s*[0-9０-９]{4}[-/年.][0-9０-９]{1,2}[-/月.][0-9０-９]{1,2}/;

/** Strips secrets from what is stored, and from what is read back (entries written before this rule). */
export function redact(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value;
  // Deeper than any input of ours: dropped rather than searched.
  if (depth > 6) return '[omitted]';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) {
    return value.length > 50
      ? { count: value.length, first: value.slice(0, 50).map((v) => redact(v, depth + 1)) }
      : value.map((v) => redact(v, depth + 1));
  }
  const out: Record<string, unknown> = {};
  const entries = Object.entries(value as Record<string, unknown>);
  // A ticket-shaped object (it has a number): any date in it is the holder's birth date, whatever its key.
  const ticketShaped = entries.some(([key]) => /^(ticket)?number$/i.test(key));
  for (const [key, inner] of entries) {
    if (SECRET_KEY.test(key)) continue;
    if (ticketShaped && ((typeof inner === 'string' && DATE_LIKE.test(inner)) || inner instanceof Date))
      continue;
    out[key] = redact(inner, depth + 1);
  }
  return out;
}

/**
 * The audit log: every admin write, who, when, what, before and after. Services that change existing rows
 * record an entry with before/after inside their own transaction; every other admin mutation is recorded
 * by `auditedMutation` (graphql/audit-mutations.ts, around every root mutation) with its input and outcome
 * once it succeeded.
 */
export class AuditService {
  private readonly repository = new AuditRepository();
  private readonly reports = new ReportsRepository();

  async record(em: EntityManager, principal: Principal, entry: AuditEntryInput): Promise<void> {
    const actor = actorOf(principal);
    const scope = mutationScope.getStore();
    if (scope) scope.recorded = true;
    await this.repository.insert(em, actor, {
      ...entry,
      before: redact(entry.before),
      after: redact(entry.after),
    });
  }

  async list(
    em: EntityManager,
    principal: Principal,
    args: AuditFilterValues & { first: number; after: string | null },
  ): Promise<AuditConnection> {
    if (args.siteId) requireSiteAdmin(principal, args.siteId);
    else requireOperator(principal);
    if (args.siteId && !isUuid(args.siteId)) throw notFound('Site');
    for (const key of ['actorAdminUserId', 'actorApiKeyId'] as const) {
      if (args[key] !== null && !isUuid(args[key])) throw badInput('Not an id', key);
    }
    if (args.from && args.to && args.from > args.to) throw badInput('"from" is after "to"', 'from');
    checkPageSize(args.first, 500);
    const afterId = args.after ? decodeCursor('audit', args.after, 1)[0]! : null;
    if (afterId !== null && !/^[0-9]{1,18}$/.test(afterId)) throw notFound('Cursor');
    const { first, after: _after, ...filter } = args;
    const rows = await this.reports.auditPage(em, filter, first, afterId);
    const redacted = rows.map((node) => ({
      ...node,
      before: redact(node.before),
      after: redact(node.after),
    }));
    return connectionOf(redacted, args.first, 'audit', (node) => [node.id]);
  }

  /** Generic entry for an admin mutation that recorded none itself. */
  async recordMutation(
    em: EntityManager,
    principal: Principal,
    action: string,
    args: Record<string, unknown>,
    result: unknown,
  ): Promise<void> {
    if (principal.kind !== 'apiKey') requireAdmin(principal);
    const input = (args.input ?? args) as Record<string, unknown>;
    const outcome = (result ?? null) as Record<string, unknown> | null;
    const siteId = await this.siteOf(em, action, input, outcome);
    await this.repository.insert(em, actorOf(principal), {
      siteId,
      action,
      targetType: null,
      targetId: typeof outcome?.id === 'string' ? outcome.id : null,
      before: null,
      after: redact({ input, result: outcome }),
    });
  }

  /** The site a mutation touched, from its input or result; one lookup at most. */
  private async siteOf(
    em: EntityManager,
    action: string,
    input: Record<string, unknown>,
    result: Record<string, unknown> | null,
  ): Promise<string | null> {
    if (action === 'createSite' && typeof result?.id === 'string') return result.id;
    for (const source of [input, result, result?.slot as Record<string, unknown> | undefined]) {
      if (source && typeof source.siteId === 'string') return source.siteId;
    }
    for (const key of AUDIT_TARGET_KEYS) {
      const id = input[key];
      if (typeof id === 'string') return this.reports.siteOfTarget(em, key, id);
    }
    return null;
  }
}

/** Who wrote: an admin user with their role, or an API key (role API_KEY) named by its id. */
function actorOf(principal: Principal): AuditActor {
  if (principal.kind === 'admin')
    return { adminUserId: principal.adminUserId, apiKeyId: null, role: principal.role };
  if (principal.kind === 'apiKey')
    return { adminUserId: null, apiKeyId: principal.apiKeyId, role: 'API_KEY' };
  return { adminUserId: null, apiKeyId: null, role: principal.kind.toUpperCase() };
}

/** Runs an admin mutation; `recorded` tells whether a service recorded its own entry meanwhile. */
export async function inMutationScope<T>(
  mutation: () => Promise<T>,
): Promise<{ result: T; recorded: boolean }> {
  const scope = { recorded: false };
  const result = await mutationScope.run(scope, mutation);
  return { result, recorded: scope.recorded };
}

export type { AuditEntryView };
