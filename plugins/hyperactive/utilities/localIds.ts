/**
 * Hyperactive's ids are Rails `integer` primary keys, 32-bit signed in its MySQL and PostgreSQL
 * schemas: a source never hands out more than 2147483647. Events and series made in this CMS
 * are numbered above that, so neither side can take a number the other will use, however many
 * events either adds.
 */
export const LOCAL_IDS_ABOVE = 2 ** 31 - 1

/** True for an id a Hyperactive source can have. */
export const isSourceId = (id: number) =>
  Number.isSafeInteger(id) && id > 0 && id <= LOCAL_IDS_ABOVE
