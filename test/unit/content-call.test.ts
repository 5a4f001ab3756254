import { describe, expect, test } from '@jest/globals'

import { formatDate } from '../../plugins/content-call/utilities/messages.js'
import { memorySpentStamps } from '../../plugins/content-call/utilities/spentStamps.js'
import {
  formStamp,
  hashToken,
  looksLikeToken,
  newToken,
  readFormStamp,
} from '../../plugins/content-call/utilities/tokens.js'
import {
  type CallSettings,
  callOpen,
  validateProposal,
} from '../../plugins/content-call/utilities/validate.js'

const settings: CallSettings = {
  opensAt: '2026-01-01T00:00:00.000Z',
  closesAt: '2026-06-30T12:00:00.000Z',
  formats: ['workshop', 'panel'],
  lengths: ['60', '90'],
  languages: ['en', 'es', 'asl'],
  tracks: [{ key: 'housing', label: 'Housing' }],
  questions: [
    {
      key: 'recording',
      type: 'choice',
      required: true,
      label: 'May we record?',
      options: [{ label: 'Yes' }, { label: 'No' }],
    },
    { key: 'kids', type: 'checkbox', required: false, label: 'Bringing children?' },
    { key: 'before', type: 'text', required: false, label: 'Run it before?' },
  ],
}

const valid = {
  title: '  Tenant organizing 101 ',
  format: 'workshop',
  description: 'Line one\r\nLine two',
  submitterName: 'Ana',
  submitterEmail: 'Ana@Example.ORG',
  consent: 'on',
  languages: ['es', 'asl'],
  coFacilitators: [
    { name: 'Bo', email: 'bo@example.org' },
    { name: '', email: '' },
  ],
  answers: { recording: '1', kids: 'on', before: '' },
}

describe('validateProposal', () => {
  test('clean data: trimmed, newlines normalized, email lowercased, choices resolved to labels', () => {
    const { data, errors } = validateProposal(valid, settings, 'en')
    expect(errors).toEqual({})
    expect(data).toMatchObject({
      title: 'Tenant organizing 101',
      description: 'Line one\nLine two',
      submitterEmail: 'ana@example.org',
      languages: ['es', 'asl'],
      coFacilitators: [{ name: 'Bo', email: 'bo@example.org' }],
      answers: [
        { question: 'recording', label: 'May we record?', value: 'No' },
        { question: 'kids', label: 'Bringing children?', value: 'yes' },
      ],
      consent: true,
    })
  })

  test('every problem at once, named by field, in the submitter’s language', () => {
    const { data, errors } = validateProposal(
      {
        title: 'x'.repeat(301),
        format: 'plenary',
        track: 'food',
        length: '45',
        languages: ['klingon'],
        submitterEmail: 'no-at-sign',
        coFacilitators: [{ email: 'bo@example.org' }],
        answers: { recording: '7' },
      },
      settings,
      'es',
    )
    expect(data).toBeUndefined()
    expect(errors).toEqual({
      title: '«Título de la sesión» admite como máximo 300 caracteres.',
      format: 'Esa opción de «Formato» no se ofrece: elige una de la lista.',
      track: 'Esa opción de «Eje» no se ofrece: elige una de la lista.',
      length: 'Esa opción de «Duración» no se ofrece: elige una de la lista.',
      languages: expect.stringContaining('no se ofrece'),
      description: 'Rellena «Descripción».',
      submitterName: 'Rellena «Tu nombre».',
      submitterEmail: 'Escribe una dirección de correo como nombre@ejemplo.org.',
      'coFacilitators.0.name': 'Rellena «Co-facilitador/a 1: nombre».',
      consent: 'Marca la casilla para aceptar; si no, no podemos considerar la propuesta.',
      'answers.recording': 'Esa opción de «May we record?» no se ofrece: elige una de la lista.',
    })
  })

  test('values of the wrong type never pass as text', () => {
    const { errors } = validateProposal(
      { ...valid, title: { $ne: '' }, submitterName: ['a'] } as never,
      settings,
      'en',
    )
    expect(Object.keys(errors).sort()).toEqual(['submitterName', 'title'])
  })
})

describe('callOpen', () => {
  test('before, during and after, with the dates in the message', () => {
    expect(callOpen(settings, 'en', new Date('2025-12-31T00:00:00Z'))).toEqual({
      open: false,
      message: 'The content call opens on 1 January 2026 at 00:00.',
    })
    expect(callOpen(settings, 'en', new Date('2026-03-01T00:00:00Z'))).toEqual({ open: true })
    expect(callOpen(settings, 'es', new Date('2026-06-30T12:00:00Z'))).toMatchObject({
      open: false,
      message: expect.stringMatching(/^La convocatoria cerró el 30 de junio de 2026/),
    })
    expect(callOpen({}, 'en')).toEqual({ open: false, message: 'The content call is not open.' })
  })
})

describe('tokens', () => {
  test('private-link tokens: 256 bits, only the hash is kept', () => {
    const { token, hash } = newToken()
    expect(looksLikeToken(token)).toBe(true)
    expect(hash).toBe(hashToken(token))
    expect(hash).not.toContain(token)
    expect(newToken().token).not.toBe(token)
    expect(looksLikeToken('short')).toBe(false)
  })

  test('form stamps cannot be forged or backdated', () => {
    const stamp = formStamp('secret', 1_800_000_000_000)
    expect(readFormStamp('secret', stamp)).toBe(1_800_000_000_000)
    expect(readFormStamp('other secret', stamp)).toBeNull()
    const [, nonce, mac] = stamp.split('.')
    expect(readFormStamp('secret', `1700000000000.${nonce}.${mac}`)).toBeNull()
    expect(readFormStamp('secret', `1800000000000.${'A'.repeat(16)}.${mac}`)).toBeNull()
    expect(readFormStamp('secret', undefined)).toBeNull()
    expect(readFormStamp('secret', 'garbage')).toBeNull()
    expect(formStamp('secret', 1_800_000_000_000)).not.toBe(stamp)
  })

  test('a form stamp is spent by its first use', async () => {
    const store = memorySpentStamps()
    const [a, b] = [formStamp('secret'), formStamp('secret')]
    expect(await store.spend(a)).toBe(true)
    expect(await store.spend(a)).toBe(false)
    expect(await store.spend(b)).toBe(true)
  })
})

describe('formatDate', () => {
  test('each language and time zone keeps its own format, however often it is asked', () => {
    const at = '2026-06-30T12:00:00.000Z'
    for (let i = 0; i < 2; i++) {
      expect(formatDate(at, 'en', 'UTC')).toBe('30 June 2026 at 12:00')
      expect(formatDate(at, 'es', 'UTC')).toBe('30 de junio de 2026 a las 12:00')
      expect(formatDate(at, 'en', 'America/New_York')).toBe('30 June 2026 at 08:00')
      expect(formatDate(at, 'es', 'Europe/Madrid')).toBe('30 de junio de 2026 a las 14:00')
    }
  })

  test('an unknown time zone is refused, not remembered', () => {
    expect(() => formatDate('2026-06-30T12:00:00.000Z', 'en', 'Mars/Olympus')).toThrow(RangeError)
    expect(() => formatDate('2026-06-30T12:00:00.000Z', 'en', 'Mars/Olympus')).toThrow(RangeError)
  })
})
