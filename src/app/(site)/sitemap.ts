import { sitemap } from '../../site/sitemap.js'

export const dynamic = 'force-dynamic'

export default sitemap
