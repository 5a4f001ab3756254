/**
 * The server side of the public forms, for the app's pages and server actions: what a page
 * loads and what an action runs. Client components use `./client.ts`.
 */
export { loadCall, organizationKinds, withChoiceIndexes } from '../forms/call.js'
export {
  type FormContext,
  handleConfirmSignOn,
  handleManage,
  handlePropose,
  handleSignOn,
  initialState,
} from '../forms/handlers.js'
export { formFromProposal } from '../forms/proposalInput.js'
export { CLIENT_IP_HEADER } from '../hooks/proposalHooks.js'
export { proposalByToken } from '../services/proposals.js'
export { callOpen } from '../utilities/validate.js'
export * from './client.js'
