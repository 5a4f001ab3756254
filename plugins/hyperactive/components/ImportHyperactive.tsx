'use client'

import { Button, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useCallback, useEffect, useId, useRef, useState } from 'react'

import type { ImportSummary } from '../services/importTypes.js'
import type { ImportRun } from '../services/importRun.js'
import { formatBytes, importMessagesFor } from '../utilities/messages.js'
import { formatSeconds, StepClock } from '../utilities/progress.js'
import { ACTIVE_STATUSES, RUNS_SLUG, STALE_AFTER_MS } from '../utilities/runStates.js'

type Props = {
  maxBytes: number
  /** Roles that see the form (the endpoint checks them again). */
  roles: string[]
}

type State =
  | { kind: 'idle' }
  | { kind: 'working'; text: string }
  | { kind: 'running'; run: ImportRun; left: number | null; cancelling: boolean }
  | { kind: 'done'; summary: ImportSummary }
  | { kind: 'error'; text: string }

/** How often the form reads the run it follows. */
const POLL_MS = 1000

/**
 * Above the events list, for organizers and admins: upload a Hyperactive XML file, optionally
 * as a dry run. The import runs on its own (an import run): the form follows it, showing where
 * it is and the time left, offers a cancel, and shows the summary (or each reason it was
 * refused). An import already running is shown on arrival.
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
  const t = importMessagesFor(i18n.language)
  const working = state.kind === 'working' || state.kind === 'running'
  const api = `${config.serverURL}${config.routes.api}`
  const following = useRef<string | null>(null)

  /** Reads the run every second until it is over; the page can be left and come back to. */
  const follow = useCallback(
    async (first: ImportRun) => {
      if (following.current === first.id) return
      following.current = first.id
      const clock = new StepClock()
      let run = first
      let cancelling = false
      for (;;) {
        if (following.current !== first.id) return
        const over = !ACTIVE_STATUSES.includes(run.status)
        if (over && run.summary) {
          following.current = null
          setState({ kind: 'done', summary: run.summary })
          if (!run.summary.dryRun && run.summary.written > 0) router.refresh()
          return
        }
        cancelling ||= Boolean(run.cancelRequested)
        const left =
          run.status === 'queued'
            ? null
            : clock.secondsLeft({
                phase: run.status === 'writing' ? 'writing' : 'checking',
                done: run.done,
                total: run.total,
                written: run.written,
                failed: run.failed,
              })
        setState({ kind: 'running', run, left, cancelling })
        await new Promise((resolve) => setTimeout(resolve, POLL_MS))
        const res = await fetch(`${api}/${RUNS_SLUG}/${run.id}?depth=0`, {
          credentials: 'include',
        }).catch(() => null)
        if (res?.ok) run = (await res.json()) as ImportRun
      }
    },
    [api, router],
  )

  // An import already running (started here earlier, or by someone else) is shown on arrival.
  useEffect(() => {
    if (!userRoles.some((role) => roles.includes(role))) return
    const query = new URLSearchParams({
      'where[status][in]': ACTIVE_STATUSES.join(','),
      sort: '-createdAt',
      limit: '1',
      depth: '0',
    })
    fetch(`${api}/${RUNS_SLUG}?${query}`, { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : null))
      .then((body: { docs?: ImportRun[] } | null) => {
        const run = body?.docs?.[0]
        if (run && Date.now() - Date.parse(run.updatedAt) < STALE_AFTER_MS) void follow(run)
      })
      .catch(() => {})
  }, [api, follow])

  if (!userRoles.some((role) => roles.includes(role))) return null

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
      const res = await fetch(`${api}/events/import-hyperactive?${params}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/xml', Prefer: 'respond-async' },
        body: file,
      })
      const body = (await res.json().catch(() => ({}))) as ImportRun & {
        errors?: { message: string }[]
      }
      if (res.status !== 202) {
        return setState({
          kind: 'error',
          text: `${t.error}: ${body.errors?.[0]?.message ?? res.status}`,
        })
      }
      await follow(body)
    } catch (error) {
      setState({ kind: 'error', text: `${t.error}: ${(error as Error).message}` })
    }
  }

  const cancel = async (run: ImportRun) => {
    setState({ kind: 'running', run, left: null, cancelling: true })
    await fetch(`${api}/${RUNS_SLUG}/${run.id}/cancel`, {
      method: 'POST',
      credentials: 'include',
    }).catch(() => {})
  }

  const progressText = (run: ImportRun) =>
    run.status === 'queued'
      ? t.queued
      : run.status === 'writing'
        ? t.writing(run.done, run.total, run.written)
        : t.checking(run.done, run.total, run.failed)
  const stopped = state.kind === 'done' && (state.summary.cancelled || state.summary.written > 0)

  return (
    // Open once there is something to show (an import found on arrival included), and left so.
    <details className="hyperactive-import" open={state.kind === 'idle' ? undefined : true}>
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
        {state.kind === 'running' && (
          <>
            <p>
              {state.cancelling ? t.cancelling : progressText(state.run)}{' '}
              {state.left !== null && !state.cancelling
                ? t.timeLeft(
                    formatSeconds(
                      state.left,
                      i18n.language?.startsWith('es') ? { s: 's', min: 'min' } : undefined,
                    ),
                  )
                : ''}
            </p>
            <progress
              aria-label={t.title}
              max={Math.max(1, state.run.total)}
              value={state.run.done}
            />
            {!state.cancelling && (
              <Button buttonStyle="secondary" onClick={() => void cancel(state.run)} size="small">
                {t.cancel}
              </Button>
            )}
          </>
        )}
        {state.kind === 'done' && state.summary.cancelled && (
          <p>{t.cancelled(state.summary.written)}</p>
        )}
        {state.kind === 'done' && state.summary.failed.length === 0 && !state.summary.cancelled && (
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
              <p>
                {stopped && state.kind === 'done'
                  ? t.stoppedPartly(state.summary.written)
                  : t.failed}
              </p>
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
