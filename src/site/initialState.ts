import { formStamp } from '../../plugins/content-call/utilities/tokens.js'
import type { FormState } from './formState.js'

/** A form's first state: the given values, a fresh signed render time. */
export const initialState = (values: FormState['values'] = {}): FormState => ({
  status: 'idle',
  errors: {},
  values,
  stamp: formStamp(process.env.PAYLOAD_SECRET || ''),
})
