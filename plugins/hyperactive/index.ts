import type { Config, Plugin } from 'payload'

import { hasAnyRole } from '../shared/index.js'
import { HYPERACTIVE_OPTIONS, sanitizeOptions } from './defaults.js'
import { hyperactiveImports } from './collections/Imports.js'
import { hyperactiveImportRuns } from './collections/ImportRuns.js'
import { collectiveIdField, feedFields, seriesIdField } from './fields/feedFields.js'
import { importEndpoint } from './endpoints/importEndpoint.js'
import { assignFeedId, assignSeriesId } from './hooks/assignFeedId.js'
import { settleFingerprints } from './hooks/settleFingerprints.js'
import type { HyperactivePluginOptions } from './types.js'
import { describeFields } from '../shared/index.js'
import { HYPERACTIVE_DESCRIPTIONS } from './descriptions.js'

export type { HyperactivePluginOptions } from './types.js'
export {
  beginImportTransaction,
  emptySummary,
  importEvents,
  type ImportProgress,
  type ImportSummary,
} from './services/importEvents.js'
export {
  abandonRun,
  cancelRun,
  createRun,
  ImportBusyError,
  type ImportRun,
  readRun,
  runImport,
  runIsOver,
} from './services/importRun.js'
export { RUNS_SLUG } from './utilities/runStates.js'
export { formatSeconds, StepClock } from './utilities/progress.js'
export { exportEvents, type ExportQuery } from './services/exportEvents.js'
export { parseXml, sizeProblem } from './utilities/parse.js'
export { serializeXml } from './utilities/serialize.js'
export { HyperactiveXmlError } from './utilities/xmlTypes.js'
export { IMPORTS_SLUG } from './collections/Imports.js'
export { isSourceId, LOCAL_IDS_ABOVE } from './utilities/localIds.js'

export { HYPERACTIVE_OPTIONS, type SanitizedHyperactiveOptions } from './defaults.js'
export { ExportQueryError, parseExportQuery } from './services/exportEvents.js'
export type { XmlField, XmlRecord } from './utilities/xmlTypes.js'

/**
 * Hyperactive XML interop for `events`: a feed id on every event, Hyperactive's own columns
 * kept from imports, and the options the importer and the `/events.xml` routes read.
 */
export const hyperactivePlugin =
  (incoming: HyperactivePluginOptions = {}): Plugin =>
  (config: Config): Config => {
    const options = sanitizeOptions(incoming, config.admin?.timezones?.defaultTimezone)
    if (!config.collections?.some((c) => c.slug === 'events')) {
      throw new Error('[hyperactive] the "events" collection does not exist')
    }
    for (const slug of ['organizations', 'places', 'event-groups']) {
      if (!config.collections.some((c) => c.slug === slug)) {
        throw new Error(`[hyperactive] the "${slug}" collection does not exist`)
      }
    }
    const staffOnly = ({ req }: { req: { user?: unknown } }) =>
      hasAnyRole(req.user, options.roles.staff)
    return describeFields(HYPERACTIVE_DESCRIPTIONS)({
      ...config,
      custom: { ...config.custom, [HYPERACTIVE_OPTIONS]: options },
      collections: [
        ...config.collections,
        hyperactiveImports(options),
        hyperactiveImportRuns(options),
      ].map((collection) =>
        collection.slug === 'organizations'
          ? { ...collection, fields: [...collection.fields, collectiveIdField] }
          : collection.slug === 'event-groups'
            ? {
                ...collection,
                fields: [...collection.fields, seriesIdField],
                hooks: {
                  ...collection.hooks,
                  beforeChange: [assignSeriesId, ...(collection.hooks?.beforeChange ?? [])],
                },
              }
            : collection.slug !== 'events'
              ? collection
              : {
                  ...collection,
                  fields: [...collection.fields, ...feedFields(staffOnly)],
                  endpoints: [...(collection.endpoints || []), importEndpoint(options)],
                  admin: {
                    ...collection.admin,
                    components: {
                      ...collection.admin?.components,
                      beforeListTable: [
                        ...(collection.admin?.components?.beforeListTable ?? []),
                        {
                          path: '/plugins/hyperactive/components/ImportHyperactive.js#ImportHyperactive',
                          clientProps: {
                            maxBytes: options.maxBytes,
                            roles: [...options.roles.import],
                          },
                        },
                      ],
                    },
                  },
                  hooks: {
                    ...collection.hooks,
                    beforeChange: [
                      assignFeedId,
                      ...(collection.hooks?.beforeChange ?? []),
                      settleFingerprints,
                    ],
                  },
                },
      ),
    })
  }
