/**
 * What one GraphQL request may cost, checked before anything runs (graphql-js validation rules
 * that Payload adds to every operation). Payload's own complexity rule counts fields once, so a
 * list nested in a list (`Sessions(limit:100){docs{event{sessions(limit:100)…}}}`) or 300
 * aliases of one list cost it almost nothing while the server builds millions of documents.
 * Here every list multiplies what it holds: a `limit` argument counts as that many documents,
 * `limit: 0`, or `pagination: false` without a `limit`, as an unbounded list (every adapter keeps a
 * positive `limit` when pagination is off: it only skips the count), other lists as `LIST_SIZE`.
 */
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases'
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import {
  type ExecutionArgs,
  getNullableType,
  GraphQLError,
  isListType,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'
import { type ComplexityEstimator, createComplexityRule } from 'graphql-query-complexity'

import { isStaffUser } from '../access/roles.js'

export type QueryLimits = {
  /** Largest cost: one per field, lists multiply what they hold. */
  cost: number
  /** Deepest nesting of selections. */
  depth: number
  /** Most aliases in one operation. */
  aliases: number
}

/** Anonymous readers: a page of 100 events with 40 fields, or 20 events of 10 sessions each. */
export const ANONYMOUS_LIMITS: QueryLimits = { cost: 5_000, depth: 8, aliases: 30 }
/** Staff (the admin uses REST; GraphQL clients of staff get ten times the room). */
export const STAFF_LIMITS: QueryLimits = { cost: 50_000, depth: 12, aliases: 100 }

/** Items a list without a `limit` (a hasMany relationship, an array) is counted as. */
export const LIST_SIZE = 10
/** Documents a list asked for without a bound (`limit: 0`, `pagination: false`) counts as. */
export const UNBOUNDED_LIST = 10_000

const number = (name: string) => {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return undefined
  const value = Number(raw)
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new Error(`${name} must be a positive whole number, not "${raw}"`)
  }
  return value
}

/** The limits with GRAPHQL_MAX_COST / _DEPTH / _ALIASES (anonymous) and GRAPHQL_STAFF_MAX_* applied. */
export function queryLimitsFromEnv(): { anonymous: QueryLimits; staff: QueryLimits } {
  const read = (prefix: string, defaults: QueryLimits): QueryLimits => ({
    cost: number(`${prefix}_COST`) ?? defaults.cost,
    depth: number(`${prefix}_DEPTH`) ?? defaults.depth,
    aliases: number(`${prefix}_ALIASES`) ?? defaults.aliases,
  })
  return {
    anonymous: read('GRAPHQL_MAX', ANONYMOUS_LIMITS),
    staff: read('GRAPHQL_STAFF_MAX', STAFF_LIMITS),
  }
}

/** One per field; a list multiplies the cost of each of its items by how many it may hold. */
export const listCostEstimator: ComplexityEstimator = ({ args, childComplexity, field, type }) => {
  const limitArg = field.args.find((arg) => arg.name === 'limit')
  if (limitArg) {
    const asked =
      args.limit ?? (args.pagination === false ? 0 : (limitArg.defaultValue ?? LIST_SIZE))
    const size = typeof asked !== 'number' || asked <= 0 ? UNBOUNDED_LIST : asked
    return 1 + childComplexity * size
  }
  // `docs` of a paginated answer is counted by its parent's `limit`.
  const returnsList = isListType(getNullableType(field.type))
  if (returnsList && field.name !== 'docs' && type.name !== 'Query') {
    return 1 + childComplexity * LIST_SIZE
  }
  return 1 + childComplexity
}

/** graphql-armor's rules throw by default; these report the refusal as a validation error. */
const reported = (message: string) => ({
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null) => context?.reportError(new GraphQLError(message)),
  ],
})

const formatted = (n: number) => n.toLocaleString('en-US')

/** The rules for one request, chosen by who sends it (Payload passes the execution args). */
export function queryLimitRules(
  limits = queryLimitsFromEnv(),
): (args: ExecutionArgs) => ValidationRule[] {
  return (args) => {
    const context = args.contextValue as { req?: { user?: unknown } } | undefined
    const staff = isStaffUser(context?.req?.user as { roles?: string[] } | undefined)
    const { cost, depth, aliases } = staff ? limits.staff : limits.anonymous
    const who = staff ? 'staff' : 'anonymous readers'
    return [
      maxDepthRule({
        n: depth,
        flattenFragments: true,
        ...reported(`Query too deep: selections may nest at most ${depth} levels for ${who}`),
      }) as ValidationRule,
      maxAliasesRule({
        n: aliases,
        ...reported(`Too many aliases: at most ${aliases} in one query for ${who}`),
      }) as ValidationRule,
      createComplexityRule({
        maximumComplexity: cost,
        variables: args.variableValues ?? undefined,
        estimators: [listCostEstimator],
        createError: (max, actual) =>
          new GraphQLError(
            `Query too costly: it may build about ${formatted(actual)} fields of documents, and ` +
              `${formatted(max)} is the limit for ${who}. Ask for fewer documents (a smaller ` +
              '`limit`), fewer nested lists, or fewer fields.',
          ),
      }),
    ]
  }
}
