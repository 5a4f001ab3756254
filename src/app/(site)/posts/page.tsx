import { PostsPage } from '../../../site/posts.js'

export const dynamic = 'force-dynamic'

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  return <PostsPage locale="en" page={first((await searchParams).page)} />
}
