import { ProposePage } from '../../../site/pages.js'

export const dynamic = 'force-dynamic'

export default function Page() {
  return <ProposePage locale="en" />
}
