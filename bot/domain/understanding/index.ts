export type { Intent, IntentKind } from './intent.js';
export { understand, MAX_BARE_WORDS } from './understand.js';
export { stripMentions } from './text.js';
export { actAsCommand, type ActAsCommand } from './actAs.js';
