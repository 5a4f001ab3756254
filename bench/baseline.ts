/**
 * The baseline every benchmark figure is divided by: a bare Node `http` server that answers
 * the anonymous list of visible events (sorted by start, 20 per page, each with its place and
 * organizations, like `GET /api/events?sort=startsAt&depth=1&limit=20`) with one hand-written
 * SQL query on the same database, and writes equivalent JSON. No framework, no access
 * control machinery, no cache: what the hardware can do.
 *
 * Run: DATABASE_URL=… PORT=… tsx bench/baseline.ts
 */
import http from 'node:http'

// Written as a careful author would: the page of 20 ids first (the starts_at index, stopping
// at 20), then one JSON document per id with every field the REST answer carries (rich text,
// groups, arrays, the place and the visible organizations in their default shapes and the rest
// by id, categories, tags, the gathering's visible sessions by id), never an admin-only column.
const VISIBLE = `('published', 'promoted', 'featured')`

const SQLITE_DOC = `json_object(
  'id', e.id, 'title', l.title, 'startsAt', e.starts_at, 'startsAt_tz', e.startsat_tz,
  'endsAt', e.ends_at, 'endsAt_tz', e.endsat_tz,
  'allDay', json(CASE WHEN e.all_day IS NULL THEN 'null' WHEN e.all_day THEN 'true' ELSE 'false' END),
  'place', CASE WHEN p.id IS NULL THEN NULL ELSE json_object(
    'id', p.id, 'name', pl.name, 'address', p.address, 'city', p.city, 'region', p.region,
    'country', p.country, 'stepFree', p.step_free, 'accessNotes', pl.access_notes) END,
  'room', e.room, 'onlineUrl', e.online_url, 'summary', json(l.summary), 'body', json(l.body),
  'image', e.image_id,
  'organizations', (SELECT json_group_array(json(CASE
      WHEN o.moderation_status IN ${VISIBLE} AND o.list_publicly THEN json_object(
        'id', o.id, 'name', o.name, 'slug', o.slug, 'logo', o.logo_id)
      ELSE json_quote(r.organizations_id) END))
    FROM (SELECT * FROM events_rels WHERE parent_id = e.id AND path = 'organizations' ORDER BY "order") r
    JOIN organizations o ON o.id = r.organizations_id),
  'publishedBy', e.published_by, 'contactEmail', e.contact_email,
  'contactPhone', e.contact_phone, 'registrationUrl', e.registration_url,
  'costType', e.cost_type, 'cost', l.cost,
  'languages', (SELECT json_group_array(value) FROM
    (SELECT value FROM events_languages WHERE parent_id = e.id ORDER BY "order")),
  'accessibility', json_object('stepFree', e.accessibility_step_free,
    'interpretation', (SELECT json_group_array(value) FROM (SELECT value FROM
      events_accessibility_interpretation WHERE parent_id = e.id ORDER BY "order")),
    'captions', e.accessibility_captions, 'childWatch', e.accessibility_child_watch,
    'quietRoom', e.accessibility_quiet_room, 'masking', e.accessibility_masking,
    'notes', l.accessibility_notes),
  'slug', e.slug,
  'categories', (SELECT json_group_array(json_object('id', c.id, 'name', cl.name, 'slug', c.slug))
    FROM events_rels r JOIN categories c ON c.id = r.categories_id
    LEFT JOIN categories_locales cl ON cl._parent_id = c.id AND cl._locale = 'en'
    WHERE r.parent_id = e.id AND r.path = 'categories'),
  'tags', (SELECT json_group_array(text) FROM
    (SELECT text FROM events_texts WHERE parent_id = e.id ORDER BY "order")),
  'eventGroup', e.event_group_id, 'stickAtTop', e.stick_at_top,
  'allowsComments', json(CASE WHEN e.allows_comments THEN 'true' ELSE 'false' END),
  'seo', json_object('title', l.seo_title, 'description', l.seo_description, 'image', e.seo_image_id),
  'sessions', json_object('docs', (SELECT json_group_array(id) FROM (SELECT id FROM sessions s
      WHERE s.event_id = e.id AND s.moderation_status IN ${VISIBLE} ORDER BY s.starts_at LIMIT 100)),
    'hasNextPage', json('false')),
  'moderationStatus', e.moderation_status, 'prominence', e.prominence,
  'autoModerationChecked', json(CASE WHEN e.auto_moderation_checked THEN 'true' ELSE 'false' END),
  'feedId', e.feed_id,
  'hyperactive', json_object('collectiveId', e.hyperactive_collective_id,
    'userId', e.hyperactive_user_id, 'source', e.hyperactive_source,
    'createdOn', e.hyperactive_created_on, 'updatedOn', e.hyperactive_updated_on),
  'updatedAt', e.updated_at, 'createdAt', e.created_at)`

const SQLITE_LIST = `
WITH page AS (
  SELECT id, starts_at, created_at FROM events WHERE moderation_status IN ${VISIBLE}
  ORDER BY starts_at, created_at DESC LIMIT 20)
SELECT json_object(
  'docs', (SELECT json_group_array(json(doc)) FROM (
    SELECT ${SQLITE_DOC} AS doc
    FROM page JOIN events e ON e.id = page.id
    JOIN events_locales l ON l._parent_id = e.id AND l._locale = 'en'
    LEFT JOIN places p ON p.id = e.place_id
    LEFT JOIN places_locales pl ON pl._parent_id = p.id AND pl._locale = 'en'
    ORDER BY page.starts_at, page.created_at DESC)),
  'totalDocs', t.n, 'limit', 20, 'totalPages', (t.n + 19) / 20, 'page', 1, 'pagingCounter', 1,
  'hasPrevPage', json('false'), 'hasNextPage', json(CASE WHEN t.n > 20 THEN 'true' ELSE 'false' END),
  'prevPage', NULL, 'nextPage', CASE WHEN t.n > 20 THEN 2 END) AS body
FROM (SELECT count(*) AS n FROM events WHERE moderation_status IN ${VISIBLE}) t`

const PG_DOC = `json_build_object(
  'id', e.id, 'title', l.title, 'startsAt', e.starts_at, 'startsAt_tz', e.startsat_tz,
  'endsAt', e.ends_at, 'endsAt_tz', e.endsat_tz, 'allDay', e.all_day,
  'place', CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object(
    'id', p.id, 'name', pl.name, 'address', p.address, 'city', p.city, 'region', p.region,
    'country', p.country, 'stepFree', p.step_free, 'accessNotes', pl.access_notes) END,
  'room', e.room, 'onlineUrl', e.online_url, 'summary', l.summary, 'body', l.body,
  'image', e.image_id,
  'organizations', coalesce((SELECT json_agg(CASE
      WHEN o.moderation_status IN ${VISIBLE} AND o.list_publicly THEN json_build_object(
        'id', o.id, 'name', o.name, 'slug', o.slug, 'logo', o.logo_id)
      ELSE to_json(r.organizations_id) END ORDER BY r."order")
    FROM events_rels r JOIN organizations o ON o.id = r.organizations_id
    WHERE r.parent_id = e.id AND r.path = 'organizations'), '[]'::json),
  'publishedBy', e.published_by, 'contactEmail', e.contact_email,
  'contactPhone', e.contact_phone, 'registrationUrl', e.registration_url,
  'costType', e.cost_type, 'cost', l.cost,
  'languages', coalesce((SELECT json_agg(value ORDER BY "order") FROM events_languages
    WHERE parent_id = e.id), '[]'::json),
  'accessibility', json_build_object('stepFree', e.accessibility_step_free,
    'interpretation', coalesce((SELECT json_agg(value ORDER BY "order")
      FROM events_accessibility_interpretation WHERE parent_id = e.id), '[]'::json),
    'captions', e.accessibility_captions, 'childWatch', e.accessibility_child_watch,
    'quietRoom', e.accessibility_quiet_room, 'masking', e.accessibility_masking,
    'notes', l.accessibility_notes),
  'slug', e.slug,
  'categories', coalesce((SELECT json_agg(json_build_object('id', c.id, 'name', cl.name,
      'slug', c.slug)) FROM events_rels r JOIN categories c ON c.id = r.categories_id
    LEFT JOIN categories_locales cl ON cl._parent_id = c.id AND cl._locale = 'en'
    WHERE r.parent_id = e.id AND r.path = 'categories'), '[]'::json),
  'tags', coalesce((SELECT json_agg(text ORDER BY "order") FROM events_texts
    WHERE parent_id = e.id), '[]'::json),
  'eventGroup', e.event_group_id, 'stickAtTop', e.stick_at_top,
  'allowsComments', e.allows_comments,
  'seo', json_build_object('title', l.seo_title, 'description', l.seo_description,
    'image', e.seo_image_id),
  'sessions', json_build_object('docs', coalesce((SELECT json_agg(id) FROM (SELECT s.id
      FROM sessions s WHERE s.event_id = e.id AND s.moderation_status IN ${VISIBLE}
      ORDER BY s.starts_at LIMIT 100) s), '[]'::json), 'hasNextPage', false),
  'moderationStatus', e.moderation_status, 'prominence', e.prominence,
  'autoModerationChecked', e.auto_moderation_checked, 'feedId', e.feed_id,
  'hyperactive', json_build_object('collectiveId', e.hyperactive_collective_id,
    'userId', e.hyperactive_user_id, 'source', e.hyperactive_source,
    'createdOn', e.hyperactive_created_on, 'updatedOn', e.hyperactive_updated_on),
  'updatedAt', e.updated_at, 'createdAt', e.created_at)`

const PG_LIST = `
WITH page AS (
  SELECT id, starts_at, created_at FROM events WHERE moderation_status IN ${VISIBLE}
  ORDER BY starts_at, created_at DESC LIMIT 20),
total AS (SELECT count(*)::int AS n FROM events WHERE moderation_status IN ${VISIBLE})
SELECT json_build_object(
  'docs', coalesce((SELECT json_agg(${PG_DOC} ORDER BY page.starts_at, page.created_at DESC)
    FROM page JOIN events e ON e.id = page.id
    JOIN events_locales l ON l._parent_id = e.id AND l._locale = 'en'
    LEFT JOIN places p ON p.id = e.place_id
    LEFT JOIN places_locales pl ON pl._parent_id = p.id AND pl._locale = 'en'), '[]'::json),
  'totalDocs', total.n, 'limit', 20, 'totalPages', (total.n + 19) / 20, 'page', 1,
  'pagingCounter', 1, 'hasPrevPage', false, 'hasNextPage', total.n > 20, 'prevPage', NULL,
  'nextPage', CASE WHEN total.n > 20 THEN 2 END)::text AS body
FROM total`

async function listFunction(url: string): Promise<() => Promise<string>> {
  if (url.startsWith('postgres')) {
    const { default: pg } = await import('pg')
    const pool = new pg.Pool({ connectionString: url, max: 10 })
    return async () => (await pool.query(PG_LIST)).rows[0].body as string
  }
  const { default: Database } = await import('libsql')
  const db = new Database(url.replace(/^file:/, ''), { readonly: true })
  const statement = db.prepare(SQLITE_LIST)
  return async () => (statement.get() as { body: string }).body
}

const url = process.env.DATABASE_URL
if (!url) throw new Error('baseline: set DATABASE_URL')
const list = await listFunction(url)

http
  .createServer((req, res) => {
    if (req.url === '/healthz') return res.writeHead(200).end('ok')
    list().then(
      (body) =>
        res
          .writeHead(200, {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          })
          .end(body),
      (error: Error) => res.writeHead(500).end(error.message),
    )
  })
  .listen(Number(process.env.PORT), '127.0.0.1')
