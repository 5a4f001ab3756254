import { SignOnPage } from '../../../site/pages.js'

export const dynamic = 'force-dynamic'

export default function Page() {
  return <SignOnPage locale="en" />
}
