import type { GlobalConfig, TextFieldSingleValidation } from 'payload'

import { anyone } from '../access/anyone.js'
import { isEditor } from '../access/editors.js'
import { groups } from '../i18n/labels.js'

export const SITE_SLUG = 'site'

/** A link in the site's navigation: a path of this site (`/calendar`) or a full https address. */
export const validateNavigationHref: TextFieldSingleValidation = (value) => {
  if (typeof value !== 'string' || value === '') return 'Give a path such as /calendar'
  if (/^\/(?!\/)[^\s]*$/.test(value)) return true
  try {
    const url = new URL(value)
    if (url.protocol === 'https:' || url.protocol === 'http:') return true
  } catch {
    // Not an address: answered below.
  }
  return `"${value}" is neither a path of this site (/calendar) nor a web address (https://…)`
}

/**
 * What the public site says about itself, in each language: the words around the content
 * (tagline, introduction, navigation, footer, contact). Public, like everything the site shows:
 * any frontend reads it through the API.
 */
export const Site: GlobalConfig = {
  slug: SITE_SLUG,
  label: { en: 'Public site', es: 'Sitio público' },
  admin: {
    group: groups.settings,
    description: {
      en: 'The words of the public site around the content. Each text has an English and a Spanish version: switch the language at the top to write the other.',
      es: 'Los textos del sitio público alrededor del contenido. Cada texto tiene una versión en inglés y otra en español: cambia el idioma arriba para escribir la otra.',
    },
  },
  access: { read: anyone, update: isEditor },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 80,
      defaultValue: 'Dual Power',
      label: { en: 'Site name', es: 'Nombre del sitio' },
    },
    {
      name: 'tagline',
      type: 'text',
      localized: true,
      maxLength: 200,
      label: { en: 'Tagline', es: 'Lema' },
      admin: {
        description: {
          en: 'One line under the site name on the home page.',
          es: 'Una línea bajo el nombre del sitio en la portada.',
        },
      },
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      maxLength: 300,
      label: { en: 'Description for search engines', es: 'Descripción para buscadores' },
      admin: {
        description: {
          en: 'Shown by search engines and in shared links when a page has no summary of its own.',
          es: 'La muestran los buscadores y los enlaces compartidos cuando una página no tiene resumen propio.',
        },
      },
    },
    {
      name: 'intro',
      type: 'richText',
      localized: true,
      label: { en: 'Introduction', es: 'Introducción' },
      admin: {
        description: {
          en: 'The home page text after the latest posts: who organizes, what for, whom you call in.',
          es: 'El texto de la portada tras las últimas publicaciones: quién organiza, para qué, a quién convocáis.',
        },
      },
    },
    {
      name: 'invitation',
      type: 'richText',
      localized: true,
      label: { en: 'Invitation', es: 'Invitación' },
      admin: {
        description: {
          en: 'After the kinds of organizations you call in: access, language access, how to sign on.',
          es: 'Tras los tipos de organizaciones que convocáis: accesibilidad, acceso lingüístico, cómo adherirse.',
        },
      },
    },
    {
      name: 'navigation',
      type: 'array',
      maxRows: 8,
      label: { en: 'Navigation', es: 'Navegación' },
      labels: {
        singular: { en: 'Link', es: 'Enlace' },
        plural: { en: 'Links', es: 'Enlaces' },
      },
      admin: {
        description: {
          en: 'The links in every page header after "Home". The proposal and sign-on forms are added while the content call is open.',
          es: 'Los enlaces de la cabecera de cada página tras "Inicio". Los formularios de propuesta y adhesión se añaden mientras la convocatoria está abierta.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'label',
              type: 'text',
              required: true,
              localized: true,
              maxLength: 40,
              label: { en: 'Text', es: 'Texto' },
            },
            {
              name: 'href',
              type: 'text',
              required: true,
              maxLength: 500,
              validate: validateNavigationHref,
              label: { en: 'Goes to', es: 'Lleva a' },
              admin: {
                description: {
                  en: 'A path such as /calendar (the Spanish site adds /es) or a full address.',
                  es: 'Una ruta como /calendar (el sitio en español añade /es) o una dirección completa.',
                },
              },
            },
          ],
        },
      ],
    },
    {
      name: 'footer',
      type: 'textarea',
      localized: true,
      maxLength: 1000,
      label: { en: 'Footer', es: 'Pie de página' },
    },
    {
      name: 'contactEmail',
      type: 'email',
      label: { en: 'Contact email', es: 'Correo de contacto' },
      admin: {
        description: {
          en: 'Shown in the footer of every page.',
          es: 'Aparece en el pie de cada página.',
        },
      },
    },
  ],
}
