/**
 * The publishing plugin's door for the app's feed routes: what builds each feed and answers
 * conditional requests. Nothing else of the plugin's inside is the app's to import.
 */
export { frabSchedule } from '../services/frab.js'
export { icsCalendar } from '../services/ics.js'
export { type FeedCollection, feedItems } from '../services/items.js'
export { rssFeed } from '../services/rss.js'
export { feedChangedAt } from '../services/clock.js'
export { PUBLISHING_OPTIONS } from '../defaults.js'
export { sendWithValidators } from '../utilities/http.js'
export { FeedQueryError, parseFeedQuery } from '../utilities/query.js'
