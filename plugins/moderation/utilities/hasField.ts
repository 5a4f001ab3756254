import type { Field } from 'payload'

/**
 * Whether `name` is a field of this document's top level, looking through the containers that
 * do not nest data (rows, collapsibles, unnamed tabs), so a collection can bring its own.
 */
export const hasField = (fields: Field[], name: string): boolean =>
  fields.some((field) => {
    if ('name' in field && field.name === name) return true
    if (field.type === 'row' || field.type === 'collapsible') return hasField(field.fields, name)
    if (field.type === 'tabs') {
      return field.tabs.some((tab) =>
        'name' in tab && tab.name ? tab.name === name : hasField(tab.fields, name),
      )
    }
    return false
  })
