import type { Config, Field } from 'payload'

/** A field's description in both admin languages. */
export type Words = { en: string; es: string }
/** Descriptions by field path (`accessibility.notes`), per collection or global slug. */
export type DescriptionMap = Record<string, Words>

const describeAll = (
  fields: Field[],
  own: DescriptionMap,
  shared: DescriptionMap,
  prefix = '',
): Field[] =>
  fields.map((field) => {
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({
          ...tab,
          fields: describeAll(
            tab.fields,
            own,
            shared,
            'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix,
          ),
        })),
      }
    }
    if (field.type === 'row' || field.type === 'collapsible') {
      return { ...field, fields: describeAll(field.fields, own, shared, prefix) }
    }
    if (!('name' in field)) return field
    const path = `${prefix}${field.name}`
    const words = own[path] ?? shared[path]
    const described =
      words && !(field.admin as { description?: unknown } | undefined)?.description
        ? ({ ...field, admin: { ...field.admin, description: words } } as Field)
        : field
    if (described.type === 'group' || described.type === 'array') {
      return { ...described, fields: describeAll(described.fields, own, shared, `${path}.`) }
    }
    return described
  })

/**
 * Gives the fields of the named collections and globals the plain descriptions organizers read
 * under them (a field that has one keeps it); `shared` serves fields of any of them by path.
 */
export const describeFields =
  (descriptions: Record<string, DescriptionMap>, shared: DescriptionMap = {}) =>
  (config: Config): Config => ({
    ...config,
    collections: config.collections?.map((collection) =>
      descriptions[collection.slug]
        ? {
            ...collection,
            fields: describeAll(collection.fields, descriptions[collection.slug]!, shared),
          }
        : collection,
    ),
    globals: config.globals?.map((global) =>
      descriptions[global.slug]
        ? { ...global, fields: describeAll(global.fields, descriptions[global.slug]!, shared) }
        : global,
    ),
  })
