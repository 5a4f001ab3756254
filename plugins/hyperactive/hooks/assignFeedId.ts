import { assignNextNumber } from '../../shared/index.js'
import { LOCAL_IDS_ABOVE } from '../utilities/localIds.js'

/**
 * Gives a new event the next free feed id above the source's range (imports bring their own):
 * a positive integer that never changes, so `/events/ID.xml` links stay good. The unique index
 * refuses a duplicate.
 */
export const assignFeedId = assignNextNumber('feedId', { above: LOCAL_IDS_ABOVE })

/** A new series gets its `event-group-id` the same way (imported series keep the source's). */
export const assignSeriesId = assignNextNumber('hyperactiveId', { above: LOCAL_IDS_ABOVE })
