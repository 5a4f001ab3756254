import type { CollectionConfig, Config, Field, Plugin } from 'payload'

import { assignNextNumber, DEFAULT_ADMIN_GROUP, roleOption } from '../shared/index.js'
import { webhookDeliveries } from './collections/WebhookDeliveries.js'
import { webhooksCollection } from './collections/Webhooks.js'
import {
  DEFAULT_FEED_SOURCES,
  PUBLISHING_OPTIONS,
  sanitizeWebhookOptions,
  WEBHOOK_QUEUE,
} from './defaults.js'
import {
  captureBeforeChange,
  captureBeforeDelete,
  deliverAfterChange,
  deliverAfterDelete,
} from './hooks/webhookHooks.js'
import { deliverWebhookTask } from './jobs/deliverWebhook.js'
import { feedClockCollection, recordRemoval } from './services/clock.js'
import type { PublishingPluginOptions } from './types.js'
import { describeFields } from '../shared/index.js'
import { PUBLISHING_DESCRIPTIONS } from './descriptions.js'

export { feedChangedAt } from './services/clock.js'
export {
  DELIVERIES_SLUG,
  PUBLISHING_OPTIONS,
  WEBHOOK_QUEUE,
  webhookOptionsFromEnv,
  WEBHOOKS_SLUG,
} from './defaults.js'
export type { PublishingPluginOptions } from './types.js'
export { signDelivery } from './utilities/signature.js'
export { recurrenceProblem } from './utilities/series.js'
export { WEBHOOK_EVENTS } from './utilities/webhookEvents.js'

const nobody = () => false

/** The session's number in frab schedule XML (`<event id="…">`): assigned once, never changed. */
const scheduleIdField: Field = {
  name: 'scheduleId',
  type: 'number',
  unique: true,
  index: true,
  label: { en: 'Number in the programme feed', es: 'Número en el feed del programa' },
  access: { create: nobody, update: nobody },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: {
      en: 'Programme apps on attendees’ phones know this session by this number. Set once; never changes.',
      es: 'Las apps de programa en los móviles de quienes asisten conocen esta sesión por este número. Se asigna una vez y no cambia.',
    },
  },
}

const withScheduleId = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: [...collection.fields, scheduleIdField],
  hooks: {
    ...collection.hooks,
    beforeChange: [assignNextNumber('scheduleId'), ...(collection.hooks?.beforeChange ?? [])],
  },
})

/** Removals are recorded for the feeds' Last-Modified (see services/clock.ts). */
const withRemovalClock = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    afterDelete: [...(collection.hooks?.afterDelete ?? []), recordRemoval],
  },
})

/** Webhook hooks run last: they see the document as every other hook left it. */
const withWebhooks = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeChange: [...(collection.hooks?.beforeChange ?? []), captureBeforeChange],
    afterChange: [...(collection.hooks?.afterChange ?? []), deliverAfterChange],
    beforeDelete: [...(collection.hooks?.beforeDelete ?? []), captureBeforeDelete],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), deliverAfterDelete],
  },
})

/**
 * Publishing: what feeds need from the content model (the feeds themselves are served by the
 * Express layer, `src/routes/feeds.ts`, from this plugin's services), and signed webhooks
 * that tell other software when public content changes.
 */
export const publishingPlugin =
  (options: PublishingPluginOptions = {}): Plugin =>
  (config: Config): Config => {
    const webhooks = sanitizeWebhookOptions(options.webhooks)
    const feedSources = options.feedSources ?? DEFAULT_FEED_SOURCES
    const admin = {
      adminRoles: roleOption('publishing', 'adminRoles', options.adminRoles, ['admin']),
      adminGroup: options.adminGroup ?? DEFAULT_ADMIN_GROUP,
    }
    const clocked = new Set(Object.values(feedSources).flat())
    for (const slug of ['sessions', ...webhooks.collections, ...clocked]) {
      if (!config.collections?.some((c) => c.slug === slug)) {
        throw new Error(`[publishing] the "${slug}" collection does not exist`)
      }
    }
    return describeFields(PUBLISHING_DESCRIPTIONS)({
      ...config,
      custom: { ...config.custom, [PUBLISHING_OPTIONS]: { feedSources, ...admin } },
      collections: [
        ...(config.collections ?? []).map((collection) => {
          let result = collection.slug === 'sessions' ? withScheduleId(collection) : collection
          if (clocked.has(result.slug)) result = withRemovalClock(result)
          return webhooks.collections.includes(result.slug) ? withWebhooks(result) : result
        }),
        webhooksCollection(webhooks.collections, admin),
        webhookDeliveries(admin),
        feedClockCollection,
      ],
      jobs: {
        ...config.jobs,
        tasks: [...(config.jobs?.tasks ?? []), deliverWebhookTask(webhooks)],
        // Deliveries go out within seconds of a change; their queue is polled on its own so a
        // slow receiver never holds up emails and scheduled work (and vice versa).
        autoRun: Array.isArray(config.jobs?.autoRun)
          ? [
              ...config.jobs.autoRun,
              { cron: '*/5 * * * * *', queue: WEBHOOK_QUEUE, limit: 50, disableScheduling: true },
            ]
          : config.jobs?.autoRun,
      },
    })
  }
