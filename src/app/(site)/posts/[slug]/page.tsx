import { PostPage } from '../../../../site/posts.js'

export const dynamic = 'force-dynamic'

export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  return <PostPage locale="en" slug={(await params).slug} />
}
