import { ConfirmSignOnPage } from '../../../../../../site/pages.js'

export const dynamic = 'force-dynamic'

export default async function Page({ params }: { params: Promise<{ token: string }> }) {
  return <ConfirmSignOnPage locale="es" token={(await params).token} />
}
