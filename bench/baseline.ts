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

const VISIBLE = ['published', 'promoted', 'featured']

const SQLITE_LIST = `
SELECT json_object(
  'docs', (SELECT json_group_array(json(doc)) FROM (
    SELECT json_object(
      'id', e.id, 'title', l.title, 'slug', e.slug, 'summary', json(l.summary),
      'startsAt', e.starts_at, 'startsAt_tz', e.startsat_tz, 'endsAt', e.ends_at,
      'allDay', json(CASE WHEN e.all_day THEN 'true' ELSE 'false' END), 'room', e.room,
      'onlineUrl', e.online_url, 'contactEmail', e.contact_email, 'cost', l.cost,
      'moderationStatus', e.moderation_status, 'prominence', e.prominence, 'feedId', e.feed_id,
      'place', CASE WHEN p.id IS NULL THEN NULL ELSE json_object(
        'id', p.id, 'name', pl.name, 'address', p.address, 'city', p.city,
        'country', p.country, 'stepFree', p.step_free, 'accessNotes', pl.access_notes) END,
      'organizations', (SELECT json_group_array(json_object('id', o.id, 'name', o.name,
          'slug', o.slug, 'kind', o.kind, 'website', o.website))
        FROM events_rels r JOIN organizations o ON o.id = r.organizations_id
        WHERE r.parent_id = e.id AND r.path = 'organizations'
          AND o.moderation_status IN ('published', 'promoted', 'featured') AND o.list_publicly),
      'createdAt', e.created_at, 'updatedAt', e.updated_at) AS doc
    FROM events e
    JOIN events_locales l ON l._parent_id = e.id AND l._locale = 'en'
    LEFT JOIN places p ON p.id = e.place_id
    LEFT JOIN places_locales pl ON pl._parent_id = p.id AND pl._locale = 'en'
    WHERE e.moderation_status IN ('published', 'promoted', 'featured')
    ORDER BY e.starts_at LIMIT 20)),
  'totalDocs', (SELECT count(*) FROM events WHERE moderation_status IN ('published', 'promoted', 'featured')),
  'limit', 20, 'page', 1) AS body`

const PG_LIST = `
SELECT json_build_object(
  'docs', coalesce((SELECT json_agg(doc) FROM (
    SELECT json_build_object(
      'id', e.id, 'title', l.title, 'slug', e.slug, 'summary', l.summary,
      'startsAt', e.starts_at, 'startsAt_tz', e.startsat_tz, 'endsAt', e.ends_at,
      'allDay', e.all_day, 'room', e.room, 'onlineUrl', e.online_url,
      'contactEmail', e.contact_email, 'cost', l.cost,
      'moderationStatus', e.moderation_status, 'prominence', e.prominence, 'feedId', e.feed_id,
      'place', CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object(
        'id', p.id, 'name', pl.name, 'address', p.address, 'city', p.city,
        'country', p.country, 'stepFree', p.step_free, 'accessNotes', pl.access_notes) END,
      'organizations', coalesce((SELECT json_agg(json_build_object('id', o.id, 'name', o.name,
          'slug', o.slug, 'kind', o.kind, 'website', o.website))
        FROM events_rels r JOIN organizations o ON o.id = r.organizations_id
        WHERE r.parent_id = e.id AND r.path = 'organizations'
          AND o.moderation_status = ANY($1) AND o.list_publicly), '[]'::json),
      'createdAt', e.created_at, 'updatedAt', e.updated_at) AS doc
    FROM events e
    JOIN events_locales l ON l._parent_id = e.id AND l._locale = 'en'
    LEFT JOIN places p ON p.id = e.place_id
    LEFT JOIN places_locales pl ON pl._parent_id = p.id AND pl._locale = 'en'
    WHERE e.moderation_status = ANY($1)
    ORDER BY e.starts_at LIMIT 20) AS page), '[]'::json),
  'totalDocs', (SELECT count(*) FROM events WHERE moderation_status = ANY($1)),
  'limit', 20, 'page', 1)::text AS body`

async function listFunction(url: string): Promise<() => Promise<string>> {
  if (url.startsWith('postgres')) {
    const { default: pg } = await import('pg')
    const pool = new pg.Pool({ connectionString: url, max: 10 })
    return async () => (await pool.query(PG_LIST, [VISIBLE])).rows[0].body as string
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
