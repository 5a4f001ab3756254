/* The public GraphQL schema as SDL, for frontend developers' tools (introspection is off in
   production). The same text as the committed src/graphql/schema.graphql. */
import config from '@payload-config'
import { getPayload } from 'payload'

import { publicSchemaSDL } from '../../../../../graphql/public.js'

export const GET = async () =>
  new Response(publicSchemaSDL(await getPayload({ config })), {
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'public, max-age=300',
    },
  })
