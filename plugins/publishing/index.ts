import type { Config, Field, Plugin } from 'payload'

import { assignNextNumber } from '../../src/fields/serialNumber.js'

const nobody = () => false

/** The session's number in frab schedule XML (`<event id="…">`): assigned once, never changed. */
const scheduleIdField: Field = {
  name: 'scheduleId',
  type: 'number',
  unique: true,
  index: true,
  label: { en: 'Schedule id', es: 'Id en el programa' },
  access: { create: nobody, update: nobody },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: {
      en: 'Its number in the schedule apps read (/events/ID/schedule.xml). Assigned once.',
      es: 'Su número en el programa que leen las apps (/events/ID/schedule.xml). Se asigna una vez.',
    },
  },
}

/**
 * Publishing: what feeds need from the content model. The feeds themselves are served by the
 * Express layer (`src/routes/feeds.ts`) from this plugin's services.
 */
export const publishingPlugin =
  (): Plugin =>
  (config: Config): Config => {
    if (!config.collections?.some((c) => c.slug === 'sessions')) {
      throw new Error('[publishing] the "sessions" collection does not exist')
    }
    return {
      ...config,
      collections: config.collections.map((collection) =>
        collection.slug !== 'sessions'
          ? collection
          : {
              ...collection,
              fields: [...collection.fields, scheduleIdField],
              hooks: {
                ...collection.hooks,
                beforeChange: [
                  assignNextNumber('scheduleId'),
                  ...(collection.hooks?.beforeChange ?? []),
                ],
              },
            },
      ),
    }
  }
