import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getOperationAST,
  isObjectType,
  Kind,
  type DocumentNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Principal } from '../modules/auth/principal.js';
import { SITE_FIELDS_ANYONE_SEES } from '../modules/sites/site.service.js';
import type { GraphQLContext } from './context.js';

/**
 * The fields an answer from memory may select, per type. An operation whose only root field is one of
 * `ROOT_FIELDS`, selecting nothing else, is answered wholly from what that field's use case noted
 * (`answeredFromMemory`): a refusal of a slot known full (its `reservations` are empty, so anything may be
 * asked of them), a kept month view (its slots' own columns; not `days`, which depend on the clock, nor a
 * slot's venue or vaccine, read apart) or a kept site's public settings.
 */
const ROOT_FIELDS = new Set(['Mutation.bookReservation', 'Query.availability', 'Query.site']);
const SELECTABLE: Record<string, ReadonlySet<string> | 'any'> = {
  BookReservationResult: new Set(['ok', 'error', 'reservations']),
  BookingError: new Set(['code', 'message']),
  Reservation: 'any',
  Availability: new Set(['slots']),
  Slot: new Set(['id', 'startsAt', 'endsAt', 'capacity', 'status', 'remaining', 'venueId', 'vaccineId']),
  // A site's public settings (kept by code).
  Site: SITE_FIELDS_ANYONE_SEES,
};

/** True when this operation asks for nothing but one answer that memory can give (see ROOT_FIELDS). */
export function answerableFromMemory(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
): boolean {
  const operation = getOperationAST(document, operationName);
  if (!operation) return false;
  const root = schema.getRootType(operation.operation);
  if (!root) return false;
  const fragments = new Map(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [],
    ),
  );
  let rootFields = 0;
  // Every selection of `set` on `type`: known fields only; fragments only on that type; @skip/@include only.
  const fits = (type: GraphQLObjectType, set: SelectionSetNode, isRoot: boolean): boolean =>
    set.selections.every((selection) => {
      if (selection.directives?.some((d) => d.name.value !== 'skip' && d.name.value !== 'include'))
        return false;
      if (selection.kind !== Kind.FIELD) {
        const fragment =
          selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
        if (!fragment || (fragment.typeCondition && fragment.typeCondition.name.value !== type.name))
          return false;
        return fits(type, fragment.selectionSet, isRoot);
      }
      const name = selection.name.value;
      if (name === '__typename') return true;
      if (isRoot) {
        rootFields += 1;
        if (!ROOT_FIELDS.has(`${type.name}.${name}`)) return false;
      } else {
        const selectable = SELECTABLE[type.name];
        if (selectable === 'any') return true;
        if (!selectable?.has(name)) return false;
      }
      if (!selection.selectionSet) return true;
      const fieldType = getNamedType(type.getFields()[name]?.type);
      return isObjectType(fieldType) && fits(fieldType, selection.selectionSet, false);
    });
  return fits(root, operation.selectionSet, true) && rootFields === 1;
}

/** An answer as Apollo sent it, kept while the memory it came from holds. */
interface Answer {
  status: number;
  headers: [string, string][];
  body: string;
  holds: () => boolean;
  /** The `sqlStatements` extension in `body` (`exposeSqlStatementCount`), else undefined. */
  sqlStatements: number | undefined;
}

/**
 * The bytes of answers that came from memory (refusals of full slots, kept month views), per request body
 * and scope, so the crowd at an opening costs no GraphQL work (bench/README.md, issue 17 part 2: Apollo's
 * pipeline and execution were most of a refusal's and a month view's server CPU). An answer is served only
 * while the memory it came from still holds: the same events that change that memory retire it; no clock.
 * A request still passes the rate limit, the admission queue and the session lookup first; its document and
 * variables are the kept answer's, so the depth, cost and validation verdicts are the same as then.
 */
export class AnswerCache {
  private readonly answers = new LRUCache<string, Answer>({
    max: 20_000,
    maxSize: 64 * 1024 * 1024,
    sizeCalculation: (answer, key) => answer.body.length + key.length,
  });
  /**
   * Requests whose answer may be kept (answerableFromMemory, no errors), marked by `plugin`: by their
   * EntityManager fork, which is the request's own (Apollo hands plugins a shallow copy of the context).
   */
  private readonly answerable = new WeakSet<GraphQLContext['em']>();
  /** answerableFromMemory per parsed document (Apollo keeps one per query text) and operation name. */
  private readonly shapes = new WeakMap<DocumentNode, Map<string, boolean>>();

  /**
   * Who gets the same answer: everyone of a recipient's site, or every anonymous caller. Admins and API keys
   * (scopes of their own, never cached sessions) are always executed.
   */
  static scopeOf(principal: Principal): string | undefined {
    if (principal.kind === 'recipient') return `recipient ${principal.siteId}`;
    if (principal.kind === 'anonymous') return 'anonymous';
    return undefined;
  }

  static keyOf(scope: string, accept: string | undefined, contentType: string | undefined, body: string) {
    return `${scope}\n${accept ?? ''}\n${contentType ?? ''}\n${body}`;
  }

  /** The kept answer, if its memory still holds and (with the statement count exposed) it would say the same. */
  get(key: string, sqlStatements: number): Answer | undefined {
    const answer = this.answers.get(key);
    if (!answer) return undefined;
    if (!answer.holds()) {
      this.answers.delete(key);
      return undefined;
    }
    if (answer.sqlStatements !== undefined && answer.sqlStatements !== sqlStatements) return undefined;
    return answer;
  }

  /** Keeps an executed answer if its operation was answerable and its use case answered from memory. */
  keep(key: string, context: GraphQLContext | undefined, answer: Answer): void {
    if (context && this.answerable.has(context.em) && answer.status === 200 && answer.holds())
      this.answers.set(key, answer);
  }

  /** Marks the operations that are answerableFromMemory and answered without errors. */
  plugin(schema: GraphQLSchema): ApolloServerPlugin<GraphQLContext> {
    const { answerable, shapes } = this;
    // Walked once per document, not on every request that sends it.
    const answerableOnce = (document: DocumentNode, operationName: string | null | undefined) => {
      let byName = shapes.get(document);
      if (!byName) shapes.set(document, (byName = new Map<string, boolean>()));
      let known = byName.get(operationName ?? '');
      if (known === undefined)
        byName.set(operationName ?? '', (known = answerableFromMemory(schema, document, operationName)));
      return known;
    };
    return {
      async requestDidStart() {
        return {
          async didResolveOperation({ document, operationName, contextValue }) {
            if (answerableOnce(document, operationName)) answerable.add(contextValue.em);
          },
          async willSendResponse({ response, contextValue }) {
            if (response.body.kind !== 'single' || response.body.singleResult.errors?.length)
              answerable.delete(contextValue.em);
          },
        };
      },
    };
  }

  size(): number {
    return this.answers.size;
  }
}
