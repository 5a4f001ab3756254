import { assignNextNumber } from '../../../src/fields/serialNumber.js'

/**
 * Gives a new event the next free feed id (imports bring their own): a positive integer that
 * never changes, so `/events/ID.xml` links stay good. The unique index refuses a duplicate.
 */
export const assignFeedId = assignNextNumber('feedId')
