/**
 * Where a CPU profile spent its time: npx tsx bench/profile-summary.ts FILE.cpuprofile [--top N]
 *
 * Reads a profile written by `node --cpu-prof` (`npm run bench -- --profile`) and prints the
 * share of samples by package or project folder (self time), the functions with the most self
 * time, and the project's own functions with the most total time (self plus everything they
 * call), which is where a fix usually goes.
 */
import fs from 'node:fs'
import { parseArgs } from 'node:util'

type Node = {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] }

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' } },
})
const file = positionals[0]
if (!file) {
  console.error('usage: npx tsx bench/profile-summary.ts FILE.cpuprofile [--top N]')
  process.exit(2)
}
const top = Number(values.top)
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile

/** `payload`, `@payloadcms/drizzle`, `src/`, `plugins/`, `node:` or `(program)`. */
function owner(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native)'
  if (url.startsWith('node:')) return 'node:'
  const modules = url.lastIndexOf('node_modules/')
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/')
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!
  }
  const project = /\/(src|plugins|bench)\/(.*)$/.exec(url)
  return project ? `${project[1]}/${project[2]!.split('/')[0]}` : url
}

const label = (n: Node) => {
  const { functionName, url, lineNumber } = n.callFrame
  const where = url
    .replace(/^.*node_modules\//, '')
    .replace(/^file:\/\/.*?\/(src|plugins)\//, '$1/')
  return `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`
}

const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const parent = new Map<number, number>()
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)

const self = new Map<number, number>()
let total = 0
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0
  self.set(id, (self.get(id) ?? 0) + dt)
  total += dt
})

const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v)
const byOwner = new Map<string, number>()
const bySelf = new Map<string, number>()
const projectTotal = new Map<string, number>()
for (const [id, t] of self) {
  const n = byId.get(id)!
  add(byOwner, owner(n.callFrame.url, n.callFrame.functionName), t)
  add(bySelf, label(n), t)
  // Total time: each project frame on the stack is charged once per sample.
  const seen = new Set<string>()
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const frame = byId.get(at)!
    const { url } = frame.callFrame
    if (url && !url.includes('node_modules') && /\/(src|plugins)\//.test(url)) {
      const key = label(frame)
      if (!seen.has(key)) {
        seen.add(key)
        add(projectTotal, key, t)
      }
    }
  }
}

const pct = (t: number) => `${((100 * t) / total).toFixed(1).padStart(5)} %`
const print = (title: string, m: Map<string, number>) => {
  console.log(`\n${title}`)
  for (const [k, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${pct(t)}  ${k}`)
  }
}
console.log(`${file}: ${(total / 1e6).toFixed(1)} s of samples`)
print('Self time by package or project folder', byOwner)
print('Self time by function', bySelf)
print("Total time of the project's own functions (self and callees)", projectTotal)
