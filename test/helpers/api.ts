/** A small HTTP client for contract tests: log in as seeded staff, call REST and GraphQL as them. */
export type Json = Record<string, unknown>

/** The password `startSeededServer` gives every seeded staff account. */
export const TEST_PASSWORD = 'test-password-123'

export type Reply = { status: number; body: Json }
export type GraphQLReply = {
  status: number
  body: { data?: Json | null; errors?: { message: string; path?: string[] }[] }
}

export type ApiClient = {
  /** `who` is a role whose seeded account has logged in, or undefined for anonymous. */
  call: (who: string | undefined, path: string, init?: RequestInit) => Promise<Reply>
  graphql: (
    who: string | undefined,
    query: string,
    variables?: Record<string, unknown>,
  ) => Promise<GraphQLReply>
  /** Logs in `<role>@example.org` for each role; later calls as that role carry its token. */
  login: (...roles: string[]) => Promise<void>
  /** The `Authorization` header of a logged-in role, for requests `call` cannot make. */
  authorization: (who: string) => string
}

export function apiClient(baseUrl: string): ApiClient {
  const tokens = new Map<string, string>()
  const call: ApiClient['call'] = async (who, path, init = {}) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' }
    if (who !== undefined) headers.Authorization = authorization(who)
    const res = await fetch(`${baseUrl}${path}`, { ...init, headers })
    const text = await res.text()
    return { status: res.status, body: (text ? JSON.parse(text) : {}) as Json }
  }
  const authorization = (who: string) => {
    const token = tokens.get(who)
    if (!token) throw new Error(`apiClient: "${who}" has not logged in`)
    return `JWT ${token}`
  }
  return {
    authorization,
    call,
    graphql: (who, query, variables) =>
      call(who, '/api/graphql', {
        method: 'POST',
        body: JSON.stringify({ query, variables }),
      }) as Promise<GraphQLReply>,
    login: async (...roles) => {
      for (const role of roles) {
        const { status, body } = await call(undefined, '/api/users/login', {
          method: 'POST',
          body: JSON.stringify({ email: `${role}@example.org`, password: TEST_PASSWORD }),
        })
        if (status !== 200) throw new Error(`apiClient: login as ${role} answered ${status}`)
        tokens.set(role, body.token as string)
      }
    },
  }
}
