/** Typed view models for the card templates: every text already localised and formatted. */

export interface Fact { title: string; value: string }
export interface TextLine { text: string }
export interface ContactLine { heading: string; detail: string; note: string | null }

export interface AnswerCardModel {
  speak: string;
  labels: { optOutTitle: string; recentTitle: string; noRecent: string; logContact: string; showHistory: string; fictional: string; refresh: string };
  company: { cvr: string; name: string; subtitle: string; facts: Fact[] };
  optOuts: { scope: string; reason: string; registered: string }[];
  otherOptOuts: TextLine[];
  parallel: { title: string; lines: TextLine[]; advice: string } | null;
  /** "Ask the owner first", by the contact strategy. */
  owner: OwnerWarning | null;
  clearText: string | null;
  recent: ContactLine[];
  moreText: string | null;
  fictional: boolean;
  showLogButton: boolean;
}

export interface ChoiceCardModel {
  title: string;
  subtitle: string | null;
  hint: string | null;
  options: { cvr: string; label: string }[];
}

export interface HelpCardModel {
  lead: string | null;
  title: string;
  intro: string;
  examples: string[];
  footer: string;
}

export interface HistoryCardModel {
  cvr: string;
  title: string;
  subtitle: string;
  labels: { optOutTitle: string; noHistory: string; back: string; revoke: string; revokeReason: string; revokeSave: string };
  optOuts: { id: string; text: string; revocable: boolean }[];
  contacts: ContactLine[];
}

export interface Choice { title: string; value: string }

/** Every field of the log card as the text its input shows; empty string for none. */
export interface LogFormValues {
  date: string; unit: string; channel: string; purpose: string; outcome: string; followUpDate: string; note: string;
  rating: string; optOut: string; optOutScope: string; optOutUnits: string; optOutReason: string; optOutSource: string;
  /** "true" when staff ticked "Send virksomheden et feedback-link". */
  feedbackLink: string;
}

export interface LogCardModel {
  title: string;
  banner: string | null;
  labels: Record<string, string>;
  company: {
    cvr: string; name: string | null; subtitle: string; query: string; choices: Choice[] | null;
    /** Teams' Data.Query type-ahead (application/search) instead of a text field the matcher resolves. */
    typeahead: boolean;
  };
  warnings: TextLine[];
  today: string;
  values: LogFormValues;
  errors: Record<string, string | null>;
  choices: { units: Choice[]; channels: Choice[]; purposes: Choice[]; ratings: Choice[]; scopes: Choice[] };
  ids: { contactId: string; optOutId: string };
}

export interface ConfirmationCardModel {
  title: string;
  subtitle: string;
  facts: Fact[];
  blocking: TextLine[];
  warnings: TextLine[];
  /** A feedback link made with the contact, to copy into an e-mail. */
  feedbackLink: { title: string; url: string; help: string } | null;
  actions: { title: string; verb: string; cvr: string }[];
}

export interface DigestCardModel {
  title: string;
  subtitle: string;
  sections: { heading: string; lines: string[] }[];
  footer: string | null;
}

export interface PlanPostCardModel {
  title: string;
  subtitle: string;
  notice: string | null;
  planId: string;
  labels: { claim: string };
  items: { cvr: string; heading: string; detail: string; claimedText: string | null }[];
}

export interface OwnerWarning {
  /** The person and unit, or the unit alone. */
  who: string;
  title: string;
  /** What they own: the company, its industry or its area. */
  scope: string;
  note: string | null;
}

/** The compact company card a message extension inserts: register facts only, safe in any chat. */
export interface CompanyCardModel {
  cvr: string;
  name: string;
  subtitle: string;
  facts: Fact[];
  fictional: boolean;
  /** Teams users (MRIs) whose client refreshes the card on its own; empty: Teams' default (everyone in chats up to 60). */
  userIds: string[];
  labels: { refresh: string; factsOnly: string; fictional: string };
}
