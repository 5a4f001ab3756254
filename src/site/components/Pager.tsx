import React from 'react'

/** Newer / older links between the pages of a list, with where the reader is. */
export function Pager({
  page,
  pages,
  href,
  labels,
}: {
  page: number
  pages: number
  href: (page: number) => string
  labels: { previous: string; next: string; pageOf: (page: number, pages: number) => string }
}) {
  if (pages <= 1) return null
  return (
    <nav aria-label={labels.pageOf(page, pages)} className="pager">
      {page > 1 && (
        <a href={href(page - 1)} rel="prev">
          {labels.previous}
        </a>
      )}
      <span>{labels.pageOf(page, pages)}</span>
      {page < pages && (
        <a href={href(page + 1)} rel="next">
          {labels.next}
        </a>
      )}
    </nav>
  )
}
