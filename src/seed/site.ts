import type { Payload } from 'payload'

import { paragraphs } from '../../plugins/shared/richText.js'
import { SITE_SLUG } from '../globals/Site.js'
import type { SeedCounts } from './counts.js'

/** The words of the Dual Power 2022 home page (../shared/seeds/dual-power-2022-site.txt). */
export const SITE = {
  name: { en: 'Dual Power 2022', es: 'Dual Power 2022' },
  tagline: {
    en: 'A weekend of learning, sharing, building, and reflection, about dual power, and how we can get there. July 29–31, Indiana Dunes, Chicago.',
    es: 'Un fin de semana para aprender, compartir, construir y reflexionar sobre el poder dual y cómo llegar a él. Del 29 al 31 de julio, Indiana Dunes, Chicago.',
  },
  description: {
    en: 'Dual Power 2022: tenant unions, co-ops, mutual aid networks and rank-and-file unions gathered at the Indiana Dunes near Chicago, July 29–31.',
    es: 'Dual Power 2022: sindicatos de inquilinas, cooperativas, redes de apoyo mutuo y sindicatos de base reunidos en Indiana Dunes, cerca de Chicago, del 29 al 31 de julio.',
  },
  intro: {
    en: [
      'Individual organizers from Symbiosis Federation, Libertarian Socialist Caucus, Autonomous Tenant Union Network and Industrial Workers of the World are coming together to organize a North American Dual Power get together for the summer of 2022!',
      'Over the past several decades organizers across North America have built independent working class organizations in our communities, workplaces and neighborhoods. We are fighting to create the bottom-up resistance necessary to confront capitalism and white supremacy with solidarity and mutual aid.',
      'The past five years have seen an intensification of open rebellion against the forces of oppression and exploitation. Out of these struggles a renewed commitment to dual power has become blatantly necessary. Organizations led by those most marginalized, including colonized, indigenous women and queer folks, are actively fighting back against capital, the settler state, racism, empire, ableism, and patriarchy.',
      'We are seeking to bring together people and organizations who have been on the front lines of these fights for a weekend of discussion, skill building, sharing lessons learned, strategizing and networking by members of:',
    ],
    es: [
      'Organizadoras y organizadores de Symbiosis Federation, Libertarian Socialist Caucus, Autonomous Tenant Union Network e Industrial Workers of the World se juntan para organizar un encuentro norteamericano de Poder Dual en el verano de 2022.',
      'Durante las últimas décadas, en toda Norteamérica se han construido organizaciones obreras independientes en nuestras comunidades, centros de trabajo y barrios. Luchamos para crear la resistencia desde abajo que hace falta para enfrentar al capitalismo y a la supremacía blanca con solidaridad y apoyo mutuo.',
      'Los últimos cinco años han visto crecer la rebelión abierta contra las fuerzas de la opresión y la explotación. De esas luchas nace un compromiso renovado con el poder dual. Organizaciones lideradas por las personas más marginadas, entre ellas mujeres colonizadas e indígenas y personas queer, combaten al capital, al estado colono, al racismo, al imperio, al capacitismo y al patriarcado.',
      'Queremos reunir a personas y organizaciones que han estado en primera línea de estas luchas para un fin de semana de debate, formación, aprendizajes compartidos, estrategia y encuentro entre miembros de:',
    ],
  },
  invitation: {
    en: [
      'Organizers of Dual Power 2022 are committed to holding an accessible event organized along disability justice principles, language accessibility as well as provide child watch. If you have specific individual or organizational requests or questions please feel free to reach out to us at any point through our organizational form. We’d like to extend an open invitation to groups and individuals invested in developing dual power throughout North America.',
      'Are you a part of an organization that wants to sign on? Use the sign-on form or e-mail us.',
    ],
    es: [
      'La organización de Dual Power 2022 se compromete a un encuentro accesible, organizado según los principios de justicia para personas con discapacidad, con acceso lingüístico y cuidado infantil. Si tienes peticiones o preguntas, personales o de tu organización, escríbenos cuando quieras. Invitamos a todos los grupos y personas que trabajan por el poder dual en Norteamérica.',
      '¿Tu organización quiere adherirse? Usa el formulario de adhesión o escríbenos.',
    ],
  },
  navigation: [
    { href: '/posts', label: { en: 'Posts', es: 'Publicaciones' } },
    { href: '/calendar', label: { en: 'Calendar', es: 'Calendario' } },
    {
      href: '/events/dual-power-2022/schedule',
      label: { en: 'Programme', es: 'Programa' },
    },
    { href: '/organizations', label: { en: 'Organizations', es: 'Organizaciones' } },
  ],
  footer: {
    en: 'Dual Power 2022 is organized by volunteers. Content is published by the organizers and the organizations that signed on.',
    es: 'Dual Power 2022 lo organizan personas voluntarias. El contenido lo publican la organización y las organizaciones adheridas.',
  },
  contactEmail: 'hello@dualpower.example.org',
}

/** Writes the site's words unless organizers already wrote their own (a tagline is set). */
export async function seedSite(payload: Payload, counts: SeedCounts) {
  const current = await payload.findGlobal({ slug: SITE_SLUG, locale: 'en', fallbackLocale: false })
  if (current.tagline) {
    counts.site = { created: 0, unchanged: 1 }
    return
  }
  const english = await payload.updateGlobal({
    slug: SITE_SLUG,
    locale: 'en',
    data: {
      name: SITE.name.en,
      tagline: SITE.tagline.en,
      description: SITE.description.en,
      intro: paragraphs(...SITE.intro.en),
      invitation: paragraphs(...SITE.invitation.en),
      navigation: SITE.navigation.map(({ href, label }) => ({ href, label: label.en })),
      footer: SITE.footer.en,
      contactEmail: SITE.contactEmail,
    },
  })
  // The Spanish words go on the same navigation rows (their ids), so links are not doubled.
  await payload.updateGlobal({
    slug: SITE_SLUG,
    locale: 'es',
    data: {
      name: SITE.name.es,
      tagline: SITE.tagline.es,
      description: SITE.description.es,
      intro: paragraphs(...SITE.intro.es),
      invitation: paragraphs(...SITE.invitation.es),
      navigation: (english.navigation ?? []).map((row, i) => ({
        id: row.id,
        href: row.href,
        label: SITE.navigation[i]!.label.es,
      })),
      footer: SITE.footer.es,
    },
  })
  counts.site = { created: 1, unchanged: 0 }
}
