import type { CollectionConfig, Field } from 'payload'

import type { Choice, Vocabulary } from '../types.js'

/** The field named `name` at the top level of `fields` or inside rows, collapsibles and tabs. */
function findField(fields: Field[], name: string): Field | undefined {
  for (const field of fields) {
    if ('name' in field && field.name === name) return field
    if (field.type === 'row' || field.type === 'collapsible') {
      const found = findField(field.fields, name)
      if (found) return found
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) continue
        const found = findField(tab.fields, name)
        if (found) return found
      }
    }
  }
  return undefined
}

function choicesOf(collections: CollectionConfig[], slug: string, name: string): Choice[] {
  const collection = collections.find((c) => c.slug === slug)
  const field = collection && findField(collection.fields, name)
  if (!field || field.type !== 'select') {
    throw new Error(`[content-call] the "${slug}" collection needs a select field "${name}"`)
  }
  return field.options.map((option) =>
    typeof option === 'string'
      ? { value: option, label: option }
      : { value: option.value, label: option.label as Choice['label'] },
  )
}

/** The choices the call shares with the app, read once from the app's collections. */
export const readVocabulary = (collections: CollectionConfig[]): Vocabulary => ({
  formats: choicesOf(collections, 'sessions', 'format'),
  languages: choicesOf(collections, 'sessions', 'languages'),
  organizationKinds: choicesOf(collections, 'organizations', 'kind'),
})
