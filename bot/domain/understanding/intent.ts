/** What a chat message asks the bot to do. Produced by understand(); the Teams shell acts on it. */
export type Intent =
  /** Has anyone contacted the company (recently)? Also a bare name or CVR number. */
  | { kind: 'lookup'; query: string; recent: boolean }
  /** Every contact with the company, oldest to newest. */
  | { kind: 'history'; query: string }
  /** Open the log-a-contact card, prefilled with the company when one was named. */
  | { kind: 'logContact'; query: string | null }
  /** The company declined contact; the reason is free text from the message, when given. */
  | { kind: 'optOut'; query: string; reason: string | null }
  /** Post the periodic digest to the conversation the message came from. */
  | { kind: 'digestHere' }
  | { kind: 'help' }
  /** Nothing to act on; text is the message without mention markup, for echoing back. */
  | { kind: 'unknown'; text: string };

export type IntentKind = Intent['kind'];
