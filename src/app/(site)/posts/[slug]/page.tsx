import { postMetadata, PostPage } from '../../../../site/home.js'

export const dynamic = 'force-dynamic'
export const generateMetadata = postMetadata

export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  return <PostPage locale="en" slug={(await params).slug} />
}
