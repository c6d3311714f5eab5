import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { LRUCache } from 'lru-cache';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import type { AppConfig } from '../config/config.js';
import { MAX_AVAILABILITY_DAYS } from '../modules/slots/slot.service.js';
import { daysBetween, isIsoDate } from '../shared/time.js';

/** What one operation may ask for, over HTTP and over WebSocket alike (settings in config.ts). */
export interface OperationLimits {
  maxAliases: number;
  maxDepth: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
  introspection: boolean;
  /** Bytes of checked documents the WebSocket path keeps (HTTP uses Apollo's own document store). */
  documentCacheBytes: number;
}

export function operationLimitsOf(config: AppConfig): OperationLimits {
  return {
    maxAliases: config.graphqlMaxAliases,
    maxDepth: config.graphqlMaxDepth,
    maxTokens: config.graphqlMaxTokens,
    maxDirectives: config.graphqlMaxDirectives,
    maxCost: config.graphqlMaxCost,
    introspection: config.graphqlIntrospection,
    documentCacheBytes: config.graphqlDocumentCacheBytes,
  };
}

/**
 * The standard shape limits, from graphql-armor (aliases, depth, directives), reported as validation
 * errors instead of thrown. Tokens are capped by graphql-js's own `parse(…, { maxTokens })`, which stops
 * lexing at the limit (armor's token plugin would parse every document a second time).
 */
export function shapeRules(limits: OperationLimits): ValidationRule[] {
  const refuse = (context: ValidationContext | null, error: GraphQLError) =>
    context?.reportError(
      new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      }),
    );
  const reported = { onReject: [refuse], propagateOnRejection: false, exposeLimits: true };
  const { validationRules } = new ApolloArmor({
    blockFieldSuggestion: { enabled: false },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    maxAliases: { n: limits.maxAliases, ...reported },
    maxDepth: { n: limits.maxDepth, ...reported },
    maxDirectives: { n: limits.maxDirectives, ...reported },
  }).protect();
  return validationRules;
}

// ---------------------------------------------------------------------------------------------------
// Cost: ours. A field costs 1 plus its selection times the number of items it returns.

type Variables = Readonly<Record<string, unknown>>;

/** How many items a field returns, from its arguments (and the operation's variables). */
type Multiplier = (args: (name: string) => unknown) => number;

/** Assumed size of a list that has no `first` argument and no weight of its own. */
export const DEFAULT_LIST_SIZE = 10;

/**
 * Our weights, by `Type.field`. Fields with a `first` argument (connections, mailbox) cost by `first`;
 * other lists by DEFAULT_LIST_SIZE unless named here.
 */
export const COST_WEIGHTS: Readonly<Record<string, Multiplier>> = {
  // A date range costs by its days (the range itself is capped; see MAX_AVAILABILITY_DAYS).
  'Query.availability': (args) => {
    const from = args('from');
    const to = args('to');
    if (typeof from !== 'string' || typeof to !== 'string' || !isIsoDate(from) || !isIsoDate(to))
      return MAX_AVAILABILITY_DAYS;
    return Math.min(Math.max(daysBetween(from, to) + 1, 1), MAX_AVAILABILITY_DAYS);
  },
  // Per day of the range above: at most one entry, and a generous number of slots.
  'Availability.days': () => 1,
  'Availability.slots': () => 20,
  'Query.myReservations': () => 4,
};

interface FieldPlan {
  multiplier: Multiplier | undefined;
  /** Argument name → its value node, for the multiplier. */
  arguments: ReadonlyMap<string, ValueNode>;
  argumentDefaults: ReadonlyMap<string, unknown>;
  selection: SetPlan | undefined;
}

/** A selection set: its fields and the fragments it spreads (shared, so a fragment is costed once). */
interface SetPlan {
  fields: FieldPlan[];
  spreads: SetPlan[];
}

interface OperationPlan {
  root: SetPlan;
  variableDefaults: ReadonlyMap<string, ValueNode>;
  /** No multiplier reads a variable: the cost is the same for every request, computed once. */
  readsVariables: boolean;
  constantCost?: number;
}

function literal(node: ValueNode, variables: Variables, defaults: ReadonlyMap<string, ValueNode>): unknown {
  switch (node.kind) {
    case Kind.VARIABLE: {
      const name = node.name.value;
      if (name in variables) return variables[name];
      const fallback = defaults.get(name);
      return fallback ? literal(fallback, variables, new Map()) : undefined;
    }
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    default:
      return undefined;
  }
}

/**
 * Compiles the cost of an operation once per (validated) document; evaluating it with the request's
 * variables is a walk over a few dozen numbers.
 */
export class CostAnalysis {
  private readonly plans = new WeakMap<DocumentNode, Map<string, OperationPlan | null>>();

  constructor(private readonly schema: GraphQLSchema) {}

  costOf(document: DocumentNode, operationName: string | null | undefined, variables: Variables | undefined) {
    const plan = this.planOf(document, operationName ?? null);
    if (!plan) return 0;
    if (plan.constantCost !== undefined) return plan.constantCost;
    const vars = variables ?? {};
    const memo = new Map<SetPlan, number>();
    const costOfSet = (set: SetPlan): number => {
      const known = memo.get(set);
      if (known !== undefined) return known;
      let total = 0;
      for (const field of set.fields) {
        let multiplier = 1;
        if (field.multiplier) {
          const value = field.multiplier((name) => {
            const node = field.arguments.get(name);
            return node ? literal(node, vars, plan.variableDefaults) : field.argumentDefaults.get(name);
          });
          multiplier = Number.isFinite(value) ? Math.max(0, value) : 0;
        }
        total += 1 + (field.selection ? multiplier * costOfSet(field.selection) : 0);
      }
      for (const spread of set.spreads) total += costOfSet(spread);
      memo.set(set, total);
      return total;
    };
    const cost = costOfSet(plan.root);
    if (!plan.readsVariables) plan.constantCost = cost;
    return cost;
  }

  private planOf(document: DocumentNode, operationName: string | null): OperationPlan | null {
    let perDocument = this.plans.get(document);
    if (!perDocument) this.plans.set(document, (perDocument = new Map<string, OperationPlan | null>()));
    const key = operationName ?? '';
    let plan = perDocument.get(key);
    if (plan === undefined) {
      plan = this.compile(document, operationName);
      perDocument.set(key, plan);
    }
    return plan;
  }

  private compile(document: DocumentNode, operationName: string | null): OperationPlan | null {
    const operations = document.definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    const operation = operationName
      ? operations.find((o) => o.name?.value === operationName)
      : operations.length === 1
        ? operations[0]
        : undefined;
    if (!operation) return null;
    const rootType = this.schema.getRootType(operation.operation);
    if (!rootType) return null;
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of document.definitions)
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const compiledFragments = new Map<string, SetPlan>();
    let readsVariables = false;

    const compileSet = (
      node: SelectionSetNode,
      parent: GraphQLNamedType,
      into: SetPlan = { fields: [], spreads: [] },
    ) => {
      for (const selection of node.selections) {
        if (selection.kind === Kind.INLINE_FRAGMENT) {
          const type = selection.typeCondition
            ? (this.schema.getType(selection.typeCondition.name.value) ?? parent)
            : parent;
          compileSet(selection.selectionSet, type, into);
        } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
          const name = selection.name.value;
          let compiled = compiledFragments.get(name);
          const fragment = fragments.get(name);
          if (!compiled && fragment) {
            // Entered before compiling, so a cycle (refused by validation anyway) cannot recurse forever.
            compiledFragments.set(name, (compiled = { fields: [], spreads: [] }));
            const type = this.schema.getType(fragment.typeCondition.name.value) ?? parent;
            compileSet(fragment.selectionSet, type, compiled);
          }
          if (compiled) into.spreads.push(compiled);
        } else {
          const name = selection.name.value;
          // Introspection is off unless a setting turns it on, and __typename is free.
          if (name.startsWith('__')) continue;
          const definition =
            isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
          const fieldType = definition?.type;
          // A connection's page size already counts its edges.
          const own =
            COST_WEIGHTS[`${parent.name}.${name}`] ??
            (parent.name.endsWith('Connection') && name === 'edges' ? () => 1 : undefined);
          const hasFirst = definition?.args.some((a) => a.name === 'first') ?? false;
          const isList = fieldType ? isListType(getNullableType(fieldType)) : false;
          const multiplier: Multiplier | undefined =
            own ??
            (hasFirst ? (args) => Number(args('first')) : isList ? () => DEFAULT_LIST_SIZE : undefined);
          if (multiplier && selection.arguments?.some((a) => a.value.kind === Kind.VARIABLE))
            readsVariables = true;
          into.fields.push({
            multiplier,
            arguments: new Map((selection.arguments ?? []).map((a) => [a.name.value, a.value])),
            argumentDefaults: new Map((definition?.args ?? []).map((a) => [a.name, a.defaultValue])),
            selection:
              selection.selectionSet && fieldType
                ? compileSet(selection.selectionSet, getNamedType(fieldType))
                : undefined,
          });
        }
      }
      return into;
    };
    const root = compileSet(operation.selectionSet, rootType);
    return {
      root,
      readsVariables,
      variableDefaults: new Map(
        (operation.variableDefinitions ?? []).flatMap((v) =>
          v.defaultValue ? [[v.variable.name.value, v.defaultValue] as const] : [],
        ),
      ),
    };
  }
}

/** The refusal of an operation over the budget: a validation failure, before anything runs. */
export function tooCostly(cost: number, maxCost: number): GraphQLError {
  return new GraphQLError(
    `The operation would cost ${Math.ceil(cost)} and the limit is ${maxCost}: ask for fewer items, fewer aliases or a shorter date range.`,
    {
      extensions: {
        code: 'GRAPHQL_VALIDATION_FAILED',
        cost: Math.ceil(cost),
        maxCost,
        http: { status: 400 },
      },
    },
  );
}

/** Apollo: the cost of the resolved operation with this request's variables, before execution. */
export function costLimitPlugin<T extends BaseContext>(
  analysis: CostAnalysis,
  maxCost: number,
): ApolloServerPlugin<T> {
  // One listener for every request: it keeps no state.
  const listener: GraphQLRequestListener<T> = {
    async didResolveOperation({ document, operationName, request }) {
      const cost = analysis.costOf(document, operationName, request.variables);
      if (cost > maxCost) throw tooCostly(cost, maxCost);
    },
  };
  return { requestDidStart: async () => listener };
}

type Verdict = DocumentNode | readonly GraphQLError[];

/**
 * Parsed and validated documents for the WebSocket path, refusals included, keyed by a digest of the text
 * and bounded by (estimated) bytes: a client repeating a document costs one hash and one lookup.
 */
export class CheckedDocuments {
  private readonly verdicts: LRUCache<string, Verdict>;
  private readonly rules: ValidationRule[];

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly limits: OperationLimits,
  ) {
    // Apollo adds the introspection rule itself over HTTP (`introspection: false`).
    this.rules = [
      ...specifiedRules,
      ...shapeRules(limits),
      ...(limits.introspection ? [] : [NoSchemaIntrospectionCustomRule]),
    ];
    // Least recently used goes first once the estimated bytes pass the limit.
    this.verdicts = new LRUCache({ maxSize: Math.max(1, limits.documentCacheBytes) });
  }

  check(query: string): Verdict {
    const key = createHash('sha256').update(query).digest('base64url');
    const cached = this.verdicts.get(key);
    if (cached) return cached;
    let result: Verdict;
    try {
      const document = parse(query, { maxTokens: this.limits.maxTokens, noLocation: false });
      const errors = validate(this.schema, document, this.rules);
      result = errors.length > 0 ? errors.map(withValidationCode) : document;
    } catch (error) {
      result = [
        error instanceof GraphQLError
          ? new GraphQLError(error.message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })
          : new GraphQLError('Could not parse the document', {
              extensions: { code: 'GRAPHQL_PARSE_FAILED' },
            }),
      ];
    }
    // A parsed document takes a few times its text in memory; a refusal is small.
    const bytes = 'kind' in result ? query.length * 8 + 256 : 1024;
    if (bytes <= this.limits.documentCacheBytes) this.verdicts.set(key, result, { size: bytes });
    return result;
  }

  size(): number {
    return this.verdicts.size;
  }
}

function withValidationCode(error: GraphQLError): GraphQLError {
  if (error.extensions.code) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
  });
}
