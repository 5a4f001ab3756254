/**
 * The public GraphQL API, run in-process for the site's pages: the same schema, validation
 * rules and access as `POST /api/graphql`, as an anonymous reader. The site sees exactly what
 * any anonymous frontend gets, so moderation and privacy are the API's work, never the site's.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core'

import { configToSchema } from '@payloadcms/graphql'
import {
  type DocumentNode,
  execute,
  type ExecutionArgs,
  type GraphQLError,
  type GraphQLSchema,
  Kind,
  print,
  printSchema,
  specifiedRules,
  validate,
  type ValidationRule,
} from 'graphql'
import {
  createLocalReq,
  getDataLoader,
  isolateObjectProperty,
  type Payload,
  type TypedUser,
} from 'payload'

import { PartError, queryParts } from '../cache/queryParts.js'
import { splitByRootField } from './rootFields.js'

type PublicSchema = {
  schema: GraphQLSchema
  validationRules: (args: ExecutionArgs) => ValidationRule[]
}

type Prepared = {
  wellFormed: readonly GraphQLError[]
  parts: DocumentNode[]
  /** Each part as text, for the root-field cache's keys. */
  keys: string[]
  /** The limits' verdict for an anonymous reader, by the variables it was given. */
  limited: Map<string, readonly GraphQLError[]>
}

/** Variable sets remembered per document (an event page's slug is one each); then forgotten. */
const LIMITED_VARIABLES = 1000

type Built = {
  payload: Payload
  schema: PublicSchema
  sdl?: string
  /** What depends on the schema and the document only, worked out once per document. */
  prepared: WeakMap<DocumentNode, Prepared>
}
// Built once per process from the config the server runs (one copy: scripts/shared-modules.mjs).
let built: Built | undefined

const publicSchema = (payload: Payload): Built => {
  if (built?.payload !== payload) {
    built = {
      payload,
      schema: configToSchema(payload.config) as unknown as PublicSchema,
      prepared: new WeakMap(),
    }
  }
  return built
}

/** The schema as SDL, as `npm run generate` writes it to src/graphql/schema.graphql. */
export const publicSchemaSDL = (payload: Payload): string =>
  (publicSchema(payload).sdl ??= printSchema(publicSchema(payload).schema.schema))

/** A site query the API refused or failed: names the operation and each error. */
export class PublicQueryError extends Error {
  constructor(
    readonly operation: string,
    readonly errors: readonly GraphQLError[],
  ) {
    super(`GraphQL query ${operation}: ${errors.map((e) => e.message).join('; ')}`)
    this.name = 'PublicQueryError'
  }
}

/**
 * Runs one named query (a typed document from src/graphql/operations.ts) as an anonymous
 * reader. Only queries: a document holding a mutation or subscription is refused unread.
 */
export async function publicQuery<Result, Variables extends Record<string, unknown>>(
  payload: Payload,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  return runQuery(payload, document, variables, null)
}

/**
 * The same query as a signed-in staff member sees it (their own access: pending content
 * included), for previews. Never for a page anonymous readers get.
 */
export async function previewQuery<Result, Variables extends Record<string, unknown>>(
  payload: Payload,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  user: TypedUser,
): Promise<Result> {
  return runQuery(payload, document, variables, user)
}

async function runQuery<Result, Variables extends Record<string, unknown>>(
  payload: Payload,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  user: TypedUser | null,
): Promise<Result> {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)
  const name = operations[0]?.name?.value ?? 'anonymous'
  if (operations.length !== 1 || operations[0].operation !== 'query') {
    throw new Error(`${name}: the site runs documents holding exactly one query`)
  }
  // Without a user, access is what anonymous readers have. `payloadAPI` as over HTTP, so hooks
  // that treat the public API differently from the Local API treat these queries the same way.
  const req = await createLocalReq(user ? { user } : {}, payload)
  req.payloadAPI = 'GraphQL'
  // A context of its own per root field (./rootFields.ts), over one request whose locale a
  // resolver may set without the others seeing it, and a data loader of its own, so that what a
  // root field reads is read from its own work (src/cache/reads.ts).
  const context = () => {
    const own = isolateObjectProperty(req, [
      'locale',
      'fallbackLocale',
      'transactionID',
      'payloadDataLoader',
    ])
    own.payloadDataLoader = getDataLoader(own)
    return { req: own, headers: {} }
  }
  const { schema: built, prepared } = publicSchema(payload)
  const { schema, validationRules } = built
  const args = { schema, document, variableValues: variables, contextValue: context() }
  let ready = prepared.get(document)
  if (!ready) {
    const wellFormed = validate(schema, document, specifiedRules)
    const parts = wellFormed.length ? [] : splitByRootField(document)
    ready = { wellFormed, parts, keys: parts.map((part) => print(part)), limited: new Map() }
    prepared.set(document, ready)
  }
  if (ready.wellFormed.length > 0) throw new PublicQueryError(name, ready.wellFormed)
  // The limits weigh the variables too, so they apply to every run, as they would over HTTP; an
  // anonymous reader's verdict depends on nothing else, so it is worked out once per variables.
  const key = user ? null : JSON.stringify(variables)
  let invalid = key === null ? undefined : ready.limited.get(key)
  if (!invalid) {
    invalid = validate(schema, document, validationRules(args))
    if (key !== null) {
      if (ready.limited.size >= LIMITED_VARIABLES) ready.limited.clear()
      ready.limited.set(key, invalid)
    }
  }
  if (invalid.length > 0) throw new PublicQueryError(name, invalid)
  // Each root field apart, at once, kept for anonymous readers under the versions of what it
  // read; answers merged in order. As JSON, as any frontend gets them over HTTP: in-process, a
  // DateTime is a Date object, whose text is not the ISO string its type promises.
  const run = await queryParts(payload, user === null)
  const variablesKey = JSON.stringify(variables)
  const settled = await Promise.allSettled(
    ready.parts.map((part, i) =>
      run(`${ready.keys[i]}\n${variablesKey}`, async () =>
        execute({ ...args, document: part, contextValue: context() }),
      ),
    ),
  )
  const errors = settled.flatMap((outcome) => {
    if (outcome.status === 'fulfilled') return []
    if (outcome.reason instanceof PartError) return outcome.reason.result.errors ?? []
    throw outcome.reason
  })
  if (errors.length) throw new PublicQueryError(name, errors)
  const answers = settled.map((outcome) => (outcome as PromiseFulfilledResult<string>).value)
  return Object.assign({}, ...answers.map((answer) => JSON.parse(answer) as object)) as Result
}
