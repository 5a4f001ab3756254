import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '../../src/access/isAdmin.js'
import { isAdminOrSelf } from '../../src/access/isAdminOrSelf.js'
import { isStaff } from '../../src/access/isStaff.js'
import { ROLES } from '../../src/access/roles.js'
import { groups } from '../../src/i18n/labels.js'
import { contentLocaleFromLanguage } from './hooks/contentLocale.js'
import { guardRoles } from './hooks/guardRoles.js'
import { forgiveLogin, throttleLogin } from './hooks/throttleLogin.js'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: {
    singular: { en: 'User', es: 'Usuaria/o' },
    plural: { en: 'Users', es: 'Usuarias/os' },
  },
  admin: {
    defaultColumns: ['name', 'email', 'roles', 'updatedAt'],
    group: groups.settings,
    useAsTitle: 'email',
  },
  auth: {
    // No per-account lock: anyone could lock staff out with wrong passwords. Logins are
    // throttled by client instead (hooks/throttleLogin.ts).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    // Served over HTTPS, the session cookie is never sent over plain HTTP.
    cookies: { secure: (process.env.SERVER_URL ?? '').startsWith('https://'), sameSite: 'Lax' },
    // Staff scripts and feed consumers authenticate with `Authorization: users API-Key …`.
    useAPIKey: true,
  },
  access: {
    admin: ({ req }) => Boolean(req.user && isStaff({ req })),
    create: isAdmin,
    delete: isAdmin,
    read: isAdminOrSelf,
    unlock: isAdmin,
    update: isAdminOrSelf,
  },
  hooks: {
    beforeOperation: [throttleLogin, guardRoles],
    afterLogin: [forgiveLogin, contentLocaleFromLanguage],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { en: 'Name', es: 'Nombre' },
      maxLength: 200,
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['reviewer'],
      saveToJWT: true,
      index: true,
      label: { en: 'Roles', es: 'Roles' },
      admin: {
        description: {
          en: 'Admins manage users and settings; organizers run everything else; moderators publish and hide; reviewers score proposals. Only admins can change roles.',
          es: 'Admins gestionan usuarias/os y ajustes; organizadoras/es gestionan todo lo demás; moderadoras/es publican y ocultan; revisoras/es puntúan propuestas. Solo admins pueden cambiar roles.',
        },
      },
      access: {
        create: isAdminField,
        update: isAdminField,
      },
      options: ROLES.map((role) => ({
        value: role,
        label: {
          admin: { en: 'Admin', es: 'Admin' },
          organizer: { en: 'Organizer', es: 'Organizador/a' },
          moderator: { en: 'Moderator', es: 'Moderador/a' },
          reviewer: { en: 'Reviewer', es: 'Revisor/a' },
        }[role],
      })),
    },
  ],
}
