import { HomePage } from '../../site/home.js'

export const dynamic = 'force-dynamic'

export default function Page() {
  return <HomePage locale="en" />
}
