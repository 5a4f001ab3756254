import type { Field, FieldAccess } from 'payload'

const nobody = () => false

/** The event's number in the Hyperactive feed, and Hyperactive's own columns. */
export const feedFields = (staffOnly: FieldAccess): Field[] => [
  {
    type: 'collapsible',
    label: { en: 'In the shared calendar feed', es: 'En el feed de calendario compartido' },
    admin: { position: 'sidebar', initCollapsed: true },
    fields: [
      {
        name: 'feedId',
        type: 'number',
        unique: true,
        index: true,
        label: { en: 'Number in the feed', es: 'Número en el feed' },
        access: { create: nobody, update: nobody },
        admin: {
          readOnly: true,
          description: {
            en: 'Other community calendars that read ours know this event by this number. It is set once and never changes; an imported event keeps the number it had.',
            es: 'Otros calendarios comunitarios que leen el nuestro conocen este evento por este número. Se asigna una vez y no cambia; un evento importado conserva el que traía.',
          },
        },
      },
    ],
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
      {
        name: 'collectiveId',
        type: 'number',
        label: { en: 'Collective number there', es: 'Número del colectivo allí' },
        admin: { readOnly: true },
      },
      {
        name: 'userId',
        type: 'number',
        label: { en: 'Account number there', es: 'Número de la cuenta allí' },
        admin: { readOnly: true },
      },
      {
        name: 'source',
        type: 'text',
        label: { en: 'Where it came from', es: 'De dónde vino' },
        admin: { readOnly: true },
      },
      {
        name: 'createdOn',
        type: 'date',
        label: { en: 'Created there', es: 'Creado allí' },
        admin: { readOnly: true },
      },
      {
        name: 'updatedOn',
        type: 'date',
        label: { en: 'Last changed there', es: 'Último cambio allí' },
        admin: { readOnly: true },
      },
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
  label: { en: 'Series number in the feed', es: 'Número de la serie en el feed' },
  access: { create: nobody, update: nobody },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: {
      en: 'Other community calendars that read ours know this series by this number. Set once; an imported series keeps its own.',
      es: 'Otros calendarios comunitarios que leen el nuestro conocen esta serie por este número. Se asigna una vez; una serie importada conserva el suyo.',
    },
  },
}

/** The Hyperactive collective an organization stands for (`<collective-id>`), set by imports. */
export const collectiveIdField: Field = {
  name: 'hyperactiveCollectiveId',
  type: 'number',
  index: true,
  label: {
    en: 'Collective number in an imported calendar',
    es: 'Número del colectivo en un calendario importado',
  },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: {
      en: 'Set by an import: the number this organization has in the community calendar its events came from.',
      es: 'Lo pone una importación: el número que esta organización tiene en el calendario comunitario del que vinieron sus eventos.',
    },
  },
}
