'use client'
import { useTranslation } from '@payloadcms/ui'
import { type ReactNode, useEffect } from 'react'

/**
 * Gives Payload's admin controls the names and landmarks its components leave out (react-select,
 * date and rich-text inputs unlinked from their field's label, unnamed pagination arrows and row
 * checkboxes and copy-paste buttons, "[object Object]" in names, focusable parts of hidden
 * arrows of choice lists, no main landmark), as the DOM changes.
 * Each fix is for a missing association only: nothing that already has a name is touched.
 * Upstream references for each are in docs/organizers.md ("Accessibility of the admin").
 */

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])'
const WORDS = {
  en: {
    next: 'Next page',
    previous: 'Previous page',
    select: 'Select',
    selectAll: 'Select all',
    clipboard: 'Copy or paste rows',
    rowActions: 'Row actions',
    moveRow: 'Move row',
    moreActions: 'More actions',
    clearDate: 'Clear date',
  },
  es: {
    next: 'Página siguiente',
    previous: 'Página anterior',
    select: 'Seleccionar',
    selectAll: 'Seleccionar todo',
    clipboard: 'Copiar o pegar filas',
    rowActions: 'Acciones de la fila',
    moveRow: 'Mover fila',
    moreActions: 'Más acciones',
    clearDate: 'Borrar fecha',
  },
}

let ids = 0
const idOf = (element: Element) => (element.id ||= `a11y-name-${++ids}`)

/** Whether assistive technology finds a name for the control already. */
function named(control: Element) {
  if (control.getAttribute('aria-label')?.trim() || control.getAttribute('aria-labelledby')) {
    return true
  }
  if (control.id && document.querySelector(`label[for="${CSS.escape(control.id)}"]`)) return true
  return Boolean(control.closest('label'))
}

/** The visible label of the field a control belongs to (Payload draws it beside, unlinked). */
function fieldLabel(control: Element): Element | null {
  const field = control.closest('.field-type, [data-field-path]')
  const label = field?.querySelector('label.field-label, .field-label')
  if (label?.textContent?.trim()) return label
  // A time zone picker: its own label sits before it in the same wrapper.
  const wrapper = control.closest('.timezone-picker-wrapper')
  return wrapper?.querySelector('label') ?? null
}

function fix(words: (typeof WORDS)['en']) {
  const controls = document.querySelectorAll(
    'input:not([type="hidden"]), textarea, [contenteditable="true"]',
  )
  for (const control of controls) {
    if (named(control)) continue
    if (control.matches('input[type="checkbox"]')) {
      const row = control.closest('tr')
      const cell = row?.querySelector('td:nth-child(2), th:nth-child(2)')
      const text = cell?.textContent?.trim()
      const all = Boolean(control.closest('thead'))
      control.setAttribute(
        'aria-label',
        all ? words.selectAll : text ? `${words.select}: ${text}` : words.select,
      )
      continue
    }
    const label = fieldLabel(control)
    if (label) {
      control.setAttribute('aria-labelledby', idOf(label))
      continue
    }
    // A select outside any field (the dashboard's breadcrumb): named by what it shows.
    const shown = control
      .closest('.react-select')
      ?.querySelector('.rs__single-value, .rs__placeholder')
      ?.textContent?.trim()
    if (shown) control.setAttribute('aria-label', shown)
  }
  // Payload puts a label given in both languages into some names as one object ("Create new
  // [object Object]", "Sort by [object Object] Ascending", "Add new [object Object]"): the word
  // is next to it on screen, in the card's title, the column's heading or the button's tooltip.
  for (const element of document.querySelectorAll('[aria-label*="[object Object]"]')) {
    const name = element.getAttribute('aria-label')!
    const tooltip = element.querySelector('.tooltip')?.firstChild?.textContent?.trim()
    if (tooltip && !tooltip.includes('[object')) {
      element.setAttribute('aria-label', tooltip)
      continue
    }
    const word = (
      element.closest('.sort-column')?.querySelector('.sort-column__label') ??
      element.closest('.card, li')?.querySelector('h3, .card__title')
    )?.textContent?.trim()
    if (word) element.setAttribute('aria-label', name.replace('[object Object]', word))
  }
  const unnamed: [string, string][] = [
    ['.clipboard-action__popup .popup-button', words.clipboard],
    ['.array-actions__button', words.rowActions],
    ['.collapsible__drag', words.moveRow],
    ['.doc-controls__popup .popup-button', words.moreActions],
    ['.date-time-picker__clear-button', words.clearDate],
  ]
  for (const [selector, name] of unnamed) {
    for (const button of document.querySelectorAll(selector)) {
      if (!named(button) && !button.textContent?.trim()) button.setAttribute('aria-label', name)
    }
  }
  // A chosen value of a multiple select is a draggable button holding its remove button, which
  // screen readers cannot reach inside it: the value becomes a plain group, its button stays.
  for (const chip of document.querySelectorAll('.rs__multi-value[role="button"]')) {
    chip.setAttribute('role', 'group')
    chip.removeAttribute('aria-roledescription')
    chip.setAttribute('tabindex', '-1')
  }
  // A list of the document's tabs holds wrappers that are not list items.
  for (const child of document.querySelectorAll('ul.doc-tabs__tabs > :not(li)')) {
    child.setAttribute('role', 'listitem')
  }
  for (const arrow of document.querySelectorAll('button.clickable-arrow')) {
    if (named(arrow) || arrow.textContent?.trim()) continue
    const right = arrow.classList.contains('clickable-arrow--right')
    arrow.setAttribute('aria-label', right ? words.next : words.previous)
  }
  // Only the choice lists' arrows: a dialog hides the rest of the page with aria-hidden for a
  // while, and what is under it must stay reachable once it closes.
  for (const hidden of document.querySelectorAll('.rs__indicators [aria-hidden="true"]')) {
    const focusable = hidden.matches(FOCUSABLE) ? [hidden] : hidden.querySelectorAll(FOCUSABLE)
    for (const element of focusable) element.setAttribute('tabindex', '-1')
  }
  if (!document.querySelector('main, [role="main"]')) {
    document
      .querySelector('.template-default__wrap, .template-minimal__wrap')
      ?.setAttribute('role', 'main')
  }
}

export function AccessibleNames({ children }: { children?: ReactNode }) {
  const { i18n } = useTranslation()
  const words = i18n.language === 'es' ? WORDS.es : WORDS.en
  useEffect(() => {
    let queued = false
    const run = () => {
      queued = false
      fix(words)
    }
    const observer = new MutationObserver(() => {
      if (queued) return
      queued = true
      requestAnimationFrame(run)
    })
    run()
    observer.observe(document.body, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [words])
  return <>{children}</>
}
