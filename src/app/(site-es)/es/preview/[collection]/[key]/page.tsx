import { PreviewPage } from '../../../../../../site/preview.js'

export const dynamic = 'force-dynamic'

export default async function Page({
  params,
}: {
  params: Promise<{ collection: string; key: string }>
}) {
  const { collection, key } = await params
  return <PreviewPage collection={collection} keyValue={key} locale="es" />
}
