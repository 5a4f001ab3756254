import type { Metadata } from 'next'

import { PostPage } from '../../../../../site/home.js'

type Props = { params: Promise<{ slug: string }> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  return { alternates: { languages: { en: `/posts/${slug}`, es: `/es/posts/${slug}` } } }
}

export default async function Page({ params }: Props) {
  return <PostPage locale="es" slug={(await params).slug} />
}
