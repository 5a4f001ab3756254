import type { Field, FieldAccess } from 'payload'

const nobody = () => false

/** The event's number in the Hyperactive feed, and Hyperactive's own columns. */
export const feedFields = (staffOnly: FieldAccess): Field[] => [
  {
    name: 'feedId',
    type: 'number',
    unique: true,
    index: true,
    label: { en: 'Feed id', es: 'Id en el feed' },
    access: { create: nobody, update: nobody },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: {
        en: 'Its number in /events/ID.xml: the Hyperactive id when imported, assigned once otherwise.',
        es: 'Su número en /events/ID.xml: el id de Hyperactive si se importó; si no, se asigna una vez.',
      },
    },
  },
  {
    name: 'hyperactive',
    type: 'group',
    label: { en: 'Hyperactive (imported calendar)', es: 'Hyperactive (calendario importado)' },
    access: { create: nobody, update: nobody },
    admin: {
      condition: (data) => Boolean(data?.hyperactive?.original),
      description: {
        en: 'Filled by the Hyperactive import; kept so the event exports exactly as it came in.',
        es: 'Lo rellena la importación de Hyperactive; se guarda para exportarlo tal como llegó.',
      },
    },
    fields: [
      { name: 'collectiveId', type: 'number', admin: { readOnly: true } },
      { name: 'userId', type: 'number', admin: { readOnly: true } },
      { name: 'source', type: 'text', admin: { readOnly: true } },
      { name: 'createdOn', type: 'date', admin: { readOnly: true } },
      { name: 'updatedOn', type: 'date', admin: { readOnly: true } },
      // The imported elements (admin note included): staff only, never shown as a form.
      { name: 'original', type: 'json', access: { read: staffOnly }, admin: { hidden: true } },
      { name: 'fingerprints', type: 'json', access: { read: staffOnly }, admin: { hidden: true } },
    ],
  },
]

/** A series' number in `<event-group-id>`: the source's for imported series, assigned otherwise. */
export const seriesIdField: Field = {
  name: 'hyperactiveId',
  type: 'number',
  unique: true,
  index: true,
  label: { en: 'Series id in the feed', es: 'Id de la serie en el feed' },
  access: { create: nobody, update: nobody },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: {
      en: 'Its event-group-id in /events.xml: the Hyperactive one when imported, assigned once otherwise.',
      es: 'Su event-group-id en /events.xml: el de Hyperactive si se importó; si no, se asigna una vez.',
    },
  },
}

/** The Hyperactive collective an organization stands for (`<collective-id>`), set by imports. */
export const collectiveIdField: Field = {
  name: 'hyperactiveCollectiveId',
  type: 'number',
  index: true,
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: {
      en: 'Collective id in an imported Hyperactive calendar',
      es: 'Id del colectivo en un calendario Hyperactive importado',
    },
  },
}
