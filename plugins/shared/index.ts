/**
 * What several plugins need, in one small module that imports nothing from the app and no
 * plugin: each plugin may import it as it imports `payload`.
 */
export { hasAnyRole, type UserWithRoles } from './roles.js'
export { assignNextNumber } from './serialNumber.js'
export { forgetInRequest, forgetOnChange, memoInRequest } from './requestMemo.js'
export { type AdminLabel, DEFAULT_ADMIN_GROUP, requireMailTask, roleOption } from './options.js'
export { paragraphs } from './richText.js'
export { type DescriptionMap, describeFields, type Words } from './describe.js'
