import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type Received = {
  path: string
  headers: Record<string, string>
  body: string
  at: number
}

/** What the receiver does with a request: answer with a status, or hang (never answer). */
export type Behaviour = number | 'hang'

/**
 * A webhook receiver on loopback: records every request by path and answers as told, per
 * path, one behaviour per request (the last one repeats). Hanging requests stay open until
 * `close`, and `open(path)` tells whether one is still waiting.
 */
export async function startReceiver() {
  const received: Received[] = []
  const plans = new Map<string, Behaviour[]>()
  const hanging = new Set<http.ServerResponse>()
  const hangingByPath = new Map<string, Set<http.ServerResponse>>()
  const server = http.createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      const path = req.url ?? '/'
      received.push({
        path,
        headers: Object.fromEntries(
          Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v!]),
        ),
        body,
        at: Date.now(),
      })
      const plan = plans.get(path) ?? [204]
      const behaviour = plan.length > 1 ? plan.shift()! : plan[0]!
      if (behaviour === 'hang') {
        hanging.add(res)
        const set = hangingByPath.get(path) ?? new Set()
        set.add(res)
        hangingByPath.set(path, set)
        res.on('close', () => {
          hanging.delete(res)
          set.delete(res)
        })
        return
      }
      res.writeHead(behaviour, { 'content-type': 'text/plain' }).end(`answered ${behaviour}`)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: (path: string) => `${base}${path}`,
    /** Requests received on `path`, oldest first. */
    at: (path: string) => received.filter((r) => r.path === path),
    plan: (path: string, behaviours: Behaviour[]) => plans.set(path, [...behaviours]),
    /** Whether a request to `path` is still held open by the receiver. */
    open: (path: string) => (hangingByPath.get(path)?.size ?? 0) > 0,
    close: async () => {
      for (const res of hanging) res.destroy()
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>
