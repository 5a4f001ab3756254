import React from 'react'

/** The id of a form field's input, from its name (`coFacilitators.0.email` → `field-coFacilitators-0-email`). */
export const fieldId = (name: string) => `field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`

type Common = {
  name: string
  label: string
  hint?: string
  error?: string
  required?: boolean
  requiredText: string
}

function Label({ name, label, required, requiredText }: Common) {
  return (
    <label className="field__label" htmlFor={fieldId(name)}>
      {label} {required ? <span className="field__required">({requiredText})</span> : null}
    </label>
  )
}

function Hint({ name, hint }: { name: string; hint?: string }) {
  return hint ? (
    <p className="field__hint" id={`${fieldId(name)}-hint`}>
      {hint}
    </p>
  ) : null
}

function ErrorText({ name, error }: { name: string; error?: string }) {
  return error ? (
    <p className="field__error" id={`${fieldId(name)}-error`}>
      <span className="visually-hidden">Error: </span>
      {error}
    </p>
  ) : null
}

const describedBy = ({ name, hint, error }: Common) =>
  [hint ? `${fieldId(name)}-hint` : '', error ? `${fieldId(name)}-error` : '']
    .filter(Boolean)
    .join(' ') || undefined

export function TextField(
  props: Common & {
    value: string
    type?: 'text' | 'email' | 'url'
    autoComplete?: string
    maxLength?: number
  },
) {
  const { name, value, type = 'text', autoComplete, maxLength, required, error } = props
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <Label {...props} />
      <Hint {...props} />
      <ErrorText {...props} />
      <input
        aria-describedby={describedBy(props)}
        aria-invalid={error ? true : undefined}
        autoComplete={autoComplete}
        defaultValue={value}
        id={fieldId(name)}
        maxLength={maxLength}
        name={name}
        required={required}
        spellCheck={type === 'text' ? undefined : false}
        type={type}
      />
    </div>
  )
}

export function TextArea(props: Common & { value: string; rows?: number; maxLength?: number }) {
  const { name, value, rows = 5, maxLength, required, error } = props
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <Label {...props} />
      <Hint {...props} />
      <ErrorText {...props} />
      <textarea
        aria-describedby={describedBy(props)}
        aria-invalid={error ? true : undefined}
        defaultValue={value}
        id={fieldId(name)}
        maxLength={maxLength}
        name={name}
        required={required}
        rows={rows}
      />
    </div>
  )
}

export type Option = { value: string; label: string }

export function Select(props: Common & { value: string; options: Option[]; placeholder: string }) {
  const { name, value, options, placeholder, required, error } = props
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <Label {...props} />
      <Hint {...props} />
      <ErrorText {...props} />
      <select
        aria-describedby={describedBy(props)}
        aria-invalid={error ? true : undefined}
        defaultValue={value}
        id={fieldId(name)}
        name={name}
        required={required}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/** Radio buttons or checkboxes under one legend. The first input carries the field's id. */
export function Choices(
  props: Common & { values: string[]; options: Option[]; multiple?: boolean },
) {
  const { name, values, options, multiple, required, requiredText, label, error } = props
  return (
    <fieldset
      aria-describedby={describedBy(props)}
      className={`field field--group${error ? ' field--error' : ''}`}
    >
      <legend className="field__label">
        {label} {required ? <span className="field__required">({requiredText})</span> : null}
      </legend>
      <Hint {...props} />
      <ErrorText {...props} />
      {options.map((o, i) => {
        const id = i === 0 ? fieldId(name) : `${fieldId(name)}-${i}`
        return (
          <div className="choice" key={o.value}>
            <input
              aria-invalid={error ? true : undefined}
              defaultChecked={values.includes(o.value)}
              id={id}
              name={name}
              type={multiple ? 'checkbox' : 'radio'}
              value={o.value}
            />
            <label htmlFor={id}>{o.label}</label>
          </div>
        )
      })}
    </fieldset>
  )
}

export function Checkbox(props: Common & { checked: boolean }) {
  const { name, checked, label, required, requiredText, error } = props
  return (
    <div className={`field field--checkbox${error ? ' field--error' : ''}`}>
      <ErrorText {...props} />
      <div className="choice">
        <input
          aria-describedby={describedBy(props)}
          aria-invalid={error ? true : undefined}
          defaultChecked={checked}
          id={fieldId(name)}
          name={name}
          required={required}
          type="checkbox"
        />
        <label htmlFor={fieldId(name)}>
          {label} {required ? <span className="field__required">({requiredText})</span> : null}
        </label>
      </div>
    </div>
  )
}

/** The list of problems at the top of a form: focused when it appears, each links to its field. */
export function ErrorSummary({
  title,
  message,
  errors,
  labels,
}: {
  title: string
  message?: string
  errors: Record<string, string>
  labels: Record<string, string>
}) {
  const ref = React.useRef<HTMLDivElement>(null)
  React.useEffect(() => {
    ref.current?.focus()
  }, [errors, message])
  const entries = Object.entries(errors)
  return (
    <div
      aria-labelledby="error-summary-title"
      className="error-summary"
      ref={ref}
      role="alert"
      tabIndex={-1}
      // Without JavaScript the browser focuses it when the page loads.
      {...{ autofocus: '' }}
    >
      <h2 id="error-summary-title">{entries.length > 0 ? title : message}</h2>
      {entries.length > 0 && message ? <p>{message}</p> : null}
      {entries.length > 0 ? (
        <ul>
          {entries.map(([name, error]) => (
            <li key={name}>
              <a href={`#${fieldId(name)}`}>
                {labels[name] ? `${labels[name]}: ` : ''}
                {error}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

/** The props every field of a public form takes from the form's state. */
export const fieldProps =
  (errors: Record<string, string>, requiredText: string) =>
  (name: string, label: string, required = false) => ({
    name,
    label,
    required,
    requiredText,
    error: errors[name],
  })

/** Hidden parts of a public form: its language, the signed render time, and the honeypot. */
export function FormBasics({
  locale,
  stamp,
  honeypotLabel,
  honeypotName,
}: {
  locale: string
  stamp: string
  honeypotLabel: string
  honeypotName: string
}) {
  return (
    <>
      <input name="locale" type="hidden" value={locale} />
      <input name="stamp" type="hidden" value={stamp} />
      <div aria-hidden="true" className="honeypot">
        <label htmlFor={honeypotName}>{honeypotLabel}</label>
        <input autoComplete="off" id={honeypotName} name={honeypotName} tabIndex={-1} type="text" />
      </div>
    </>
  )
}

/** After a successful submission: a heading that takes focus (also without JavaScript). */
export function ThanksPanel({ title, text }: { title: string; text: string }) {
  return (
    <section aria-labelledby="thanks-title" className="panel panel--success">
      <h2 id="thanks-title" tabIndex={-1} {...{ autofocus: '' }}>
        {title}
      </h2>
      <p>{text}</p>
    </section>
  )
}
