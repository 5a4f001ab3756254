/**
 * One query document as several, one per root field (by response key): Payload's resolvers keep
 * the locale and fallback locale of a root field on the request shared by the whole operation
 * (`context.req`), so in a query mixing them across root fields (a page's words with the English
 * fallback beside the same words without it) nested relationships and joins resolve with the
 * last root field's. Run apart, each root field has a request of its own; root fields of a query
 * are independent, so the merged answer is the same as one execution's would be.
 */
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  print,
  type SelectionNode,
} from 'graphql'

/**
 * The root selections as fields, with fragment spreads and inline fragments at the root opened;
 * null when one of those carries a directive (opening it would drop the directive).
 */
function rootFields(
  selections: readonly SelectionNode[],
  fragments: Map<string, FragmentDefinitionNode>,
  seen: ReadonlySet<string> = new Set(),
): FieldNode[] | null {
  const fields: FieldNode[] = []
  for (const selection of selections) {
    if (selection.kind === Kind.FIELD) {
      fields.push(selection)
      continue
    }
    if ((selection.directives?.length ?? 0) > 0) return null
    let inner: FieldNode[] | null = []
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = rootFields(selection.selectionSet.selections, fragments, seen)
    } else {
      const name = selection.name.value
      const fragment = fragments.get(name)
      // A cycle is refused by validation before anything runs; here it only must not loop.
      if (fragment && !seen.has(name)) {
        inner = rootFields(fragment.selectionSet.selections, fragments, new Set([...seen, name]))
      }
    }
    if (inner === null) return null
    fields.push(...inner)
  }
  return fields
}

/**
 * The operation split by the root fields' response keys, each document with the fragments. A
 * document whose root holds a directive on a fragment spread or inline fragment is returned
 * whole.
 */
export function splitByRootField(document: DocumentNode): DocumentNode[] {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )
  if (!operation) return [document]
  const fragmentDefinitions = document.definitions.filter(
    (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION,
  )
  const fragments = new Map(fragmentDefinitions.map((f) => [f.name.value, f]))
  const fields = rootFields(operation.selectionSet.selections, fragments)
  if (!fields) return [document]
  const groups = new Map<string, FieldNode[]>()
  for (const field of fields) {
    const key = field.alias?.value ?? field.name.value
    groups.set(key, [...(groups.get(key) ?? []), field])
  }
  if (groups.size <= 1 && [...groups.values()].every((group) => group.length === 1)) {
    return [document]
  }
  return [...groups.values()].map((group) => ({
    kind: Kind.DOCUMENT,
    definitions: [
      { ...operation, selectionSet: { kind: Kind.SELECTION_SET, selections: merged(group) } },
      ...fragmentDefinitions,
    ],
  }))
}

/**
 * One response key asked for twice (a page's own `Site { intro }` beside its frame's
 * `Site { name }`) as one field with both selections: Payload's `select: true` reads only the
 * first field node of a response key, and left the second's fields null. Validation has made
 * their names and arguments the same; fields whose directives differ are left apart.
 */
function merged(group: FieldNode[]): FieldNode[] {
  const [first] = group
  if (group.length === 1 || !first) return group
  const directives = (field: FieldNode) => (field.directives ?? []).map((d) => print(d)).join(' ')
  if (group.some((field) => directives(field) !== directives(first) || !field.selectionSet)) {
    return group
  }
  return [
    {
      ...first,
      selectionSet: {
        kind: Kind.SELECTION_SET,
        selections: group.flatMap((field) => field.selectionSet!.selections),
      },
    },
  ]
}
