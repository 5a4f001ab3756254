import type { TextFieldSingleValidation } from 'payload'

/** Why `value` cannot be a link shown to the public (web pages only), or null. */
export function webUrlProblem(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value !== 'string') return 'must be text'
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    return `“${value}” is not a full web address: write it like https://example.org/page`
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `links may only lead to web pages (https:// or http://), not ${url.protocol}`
  }
  if (url.username || url.password) return 'put no user name or password in a public link'
  return null
}

/**
 * The validation of every link the public is shown (websites, registration and online links,
 * social profiles): only http(s), whoever saves it, so no `javascript:` or `data:` URL reaches
 * REST, GraphQL, feeds or pages. Used on each such field, with the field's label in the error.
 */
export const webUrl: TextFieldSingleValidation = (value) => {
  const problem = webUrlProblem(value)
  return problem ? `This link ${problem}.` : true
}

/** Links saved before this check existed are not served if unsafe: read back as empty. */
export const webUrlHooks = {
  afterRead: [({ value }: { value?: unknown }) => (webUrlProblem(value) ? null : value)],
}
