import { describe, expect, test } from '@jest/globals'

import { maxUploadBytes } from '../../collections/Media/limits.js'
import { isStaffUser, userHasRole } from '../../src/access/roles.js'
import { slugify } from '../../src/fields/slug.js'
import { webUrlProblem } from '../../src/fields/url.js'
import { defaultTimeZone } from '../../src/fields/timeRange.js'

describe('slugify', () => {
  test.each([
    ['Dual Power 2022', 'dual-power-2022'],
    ['¡Asamblea Abierta! Otoño 2026', 'asamblea-abierta-otono-2026'],
    ['  Tenants & Co-ops: a panel  ', 'tenants-co-ops-a-panel'],
    ['Ça va? Çà et là', 'ca-va-ca-et-la'],
    ['---', ''],
    ['a'.repeat(120), 'a'.repeat(96)],
  ])('%j → %j', (input, slug) => {
    expect(slugify(input)).toBe(slug)
  })
})

describe('roles', () => {
  test.each([
    [{ roles: ['admin'] }, ['admin'], true],
    [{ roles: ['moderator'] }, ['admin', 'organizer'], false],
    [{ roles: ['reviewer', 'organizer'] }, ['organizer'], true],
    [{ roles: [] }, ['reviewer'], false],
    [null, ['reviewer'], false],
  ] as const)('%j has one of %j: %s', (user, roles, expected) => {
    expect(userHasRole(user as never, ...roles)).toBe(expected)
  })

  test('staff means any role', () => {
    expect(isStaffUser({ roles: ['reviewer'] })).toBe(true)
    expect(isStaffUser({ roles: [] })).toBe(false)
    expect(isStaffUser(undefined)).toBe(false)
  })
})

describe('settings from the environment', () => {
  test.each([
    [undefined, 10_000_000],
    ['2.5', 2_500_000],
    ['0', 10_000_000],
    ['lots', 10_000_000],
  ])('MEDIA_MAX_MB=%s → %i bytes', (value, bytes) => {
    expect(maxUploadBytes({ MEDIA_MAX_MB: value } as unknown as NodeJS.ProcessEnv)).toBe(bytes)
  })

  test.each([
    [undefined, 'UTC'],
    ['', 'UTC'],
    ['Europe/London', 'Europe/London'],
    ['Mars/Olympus_Mons', 'UTC'],
  ])('SITE_TIME_ZONE=%s → %s', (value, zone) => {
    expect(defaultTimeZone({ SITE_TIME_ZONE: value } as unknown as NodeJS.ProcessEnv)).toBe(zone)
  })
})

describe('links shown to the public', () => {
  test.each([
    ['https://example.org/register'],
    ['http://example.org'],
    ['HTTPS://EXAMPLE.ORG/x?y=1#z'],
    [''],
    [null],
  ])('%j is accepted', (value) => {
    expect(webUrlProblem(value)).toBeNull()
  })

  test.each([
    ['javascript:alert(1)', /not javascript:/],
    ['  JavaScript:alert(document.cookie)', /not javascript:/],
    ['java\tscript:alert(1)', /not javascript:/],
    ['data:text/html,<script>alert(1)</script>', /not data:/],
    ['vbscript:msgbox(1)', /not vbscript:/],
    ['file:///etc/passwd', /not file:/],
    ['//evil.example/x', /not a full web address/],
    ['example.org', /not a full web address/],
    ['https://user:pw@example.org/', /no user name or password/],
  ])('%j is refused', (value, problem) => {
    expect(webUrlProblem(value)).toMatch(problem)
  })
})
