import { OrganizationsPage } from '../../../../site/organizations.js'

export const dynamic = 'force-dynamic'

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const { page } = await searchParams
  return <OrganizationsPage locale="es" page={Array.isArray(page) ? page[0] : page} />
}
