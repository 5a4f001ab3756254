'use client'

import { Button, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useId, useRef, useState } from 'react'

import type { ImportSummary } from '../services/importEvents.js'
import { formatBytes, importMessagesFor } from '../utilities/messages.js'

type Props = {
  maxBytes: number
  /** Roles that see the form (the endpoint checks them again). */
  roles: string[]
}

type State =
  | { kind: 'idle' }
  | { kind: 'working'; text: string }
  | { kind: 'done'; summary: ImportSummary }
  | { kind: 'error'; text: string }

/**
 * Above the events list, for organizers and admins: upload a Hyperactive XML file, optionally
 * as a dry run, see progress while it imports and the summary (or each reason it was refused).
 */
export function ImportHyperactive({ maxBytes, roles }: Props) {
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const id = useId()
  const fileInput = useRef<HTMLInputElement>(null)
  const [dryRun, setDryRun] = useState(false)
  const [state, setState] = useState<State>({ kind: 'idle' })
  const userRoles = ((user as { roles?: string[] } | null)?.roles ?? []) as string[]
  if (!userRoles.some((role) => roles.includes(role))) return null
  const t = importMessagesFor(i18n.language)
  const working = state.kind === 'working'

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    const file = fileInput.current?.files?.[0]
    if (!file) return setState({ kind: 'error', text: t.chooseFile })
    if (file.size > maxBytes) {
      return setState({
        kind: 'error',
        text: t.tooLarge(formatBytes(file.size), formatBytes(maxBytes)),
      })
    }
    setState({ kind: 'working', text: t.sending })
    try {
      const params = new URLSearchParams({ file: file.name, dryRun: String(dryRun) })
      const res = await fetch(
        `${config.serverURL}${config.routes.api}/events/import-hyperactive?${params}`,
        {
          method: 'POST',
          credentials: 'include',
          headers: { 'Content-Type': 'application/xml', Accept: 'application/x-ndjson' },
          body: file,
        },
      )
      if (!res.ok || !res.body) {
        const body = (await res.json().catch(() => ({}))) as { errors?: { message: string }[] }
        return setState({
          kind: 'error',
          text: `${t.error}: ${body.errors?.[0]?.message ?? res.status}`,
        })
      }
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader()
      let buffered = ''
      for (;;) {
        const { done, value } = await reader.read()
        if (done) break
        buffered += value
        const lines = buffered.split('\n')
        buffered = lines.pop() ?? ''
        for (const line of lines.filter(Boolean)) {
          const message = JSON.parse(line) as {
            progress?: { done: number; total: number }
            summary?: ImportSummary
          }
          if (message.progress) {
            setState({
              kind: 'working',
              text: t.progress(message.progress.done, message.progress.total),
            })
          }
          if (message.summary) {
            setState({ kind: 'done', summary: message.summary })
            if (!message.summary.dryRun && message.summary.failed.length === 0) router.refresh()
          }
        }
      }
    } catch (error) {
      setState({ kind: 'error', text: `${t.error}: ${(error as Error).message}` })
    }
  }

  return (
    <details className="hyperactive-import">
      <summary>{t.title}</summary>
      <form onSubmit={(e) => void submit(e)} aria-describedby={`${id}-intro`}>
        <p id={`${id}-intro`}>
          {t.intro} {t.lockNote}
        </p>
        <div className="hyperactive-import__row">
          <label htmlFor={`${id}-file`}>{t.file}</label>
          <input
            accept=".xml,application/xml,text/xml"
            disabled={working}
            id={`${id}-file`}
            name="file"
            ref={fileInput}
            type="file"
          />
        </div>
        <div className="hyperactive-import__row">
          <input
            checked={dryRun}
            disabled={working}
            id={`${id}-dry`}
            onChange={(e) => setDryRun(e.target.checked)}
            type="checkbox"
          />
          <label htmlFor={`${id}-dry`}>{t.dryRun}</label>
        </div>
        <Button buttonStyle="primary" disabled={working} size="small" type="submit">
          {dryRun ? t.check : t.submit}
        </Button>
      </form>
      <div aria-live="polite" className="hyperactive-import__status" role="status">
        {state.kind === 'working' && <p>{state.text}</p>}
        {state.kind === 'done' && state.summary.failed.length === 0 && (
          <>
            <p>
              {t.summary(state.summary)} {state.summary.dryRun ? t.dryRunDone : ''}
            </p>
            {state.summary.importId && (
              <p>
                <a href={`/events.xml?import=${encodeURIComponent(state.summary.importId)}`}>
                  {t.exportLink}
                </a>
              </p>
            )}
            {state.summary.conflicts.length > 0 && (
              <>
                <p>{t.conflicts(state.summary.conflicts.length)}</p>
                <ul>
                  {state.summary.conflicts.map((c) => (
                    <li key={c.id}>{t.conflict(c.id, c.fields)}</li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </div>
      {(state.kind === 'error' || (state.kind === 'done' && state.summary.failed.length > 0)) && (
        <div className="hyperactive-import__errors" role="alert">
          {state.kind === 'error' ? (
            <p>{state.text}</p>
          ) : (
            <>
              <p>{t.failed}</p>
              <ul>
                {state.kind === 'done' &&
                  state.summary.failed.map((f, i) => {
                    // The codec's messages already start with their line.
                    const line = f.line && !f.message.startsWith('line ') ? f.line : undefined
                    const where = [
                      f.id ? `${t.event} ${f.id}` : '',
                      line ? `${t.line} ${line}` : '',
                    ]
                      .filter(Boolean)
                      .join(', ')
                    return <li key={i}>{where ? `${where}: ${f.message}` : f.message}</li>
                  })}
              </ul>
            </>
          )}
        </div>
      )}
    </details>
  )
}
