/** Typed view models for the card templates: every text already localised and formatted. */

export interface Fact { title: string; value: string }
export interface TextLine { text: string }
export interface ContactLine { heading: string; detail: string; note: string | null }

export interface AnswerCardModel {
  speak: string;
  labels: { optOutTitle: string; recentTitle: string; noRecent: string; logContact: string; showHistory: string; fictional: string };
  company: { cvr: string; name: string; subtitle: string; facts: Fact[] };
  optOuts: { scope: string; reason: string; registered: string }[];
  otherOptOuts: TextLine[];
  parallel: { title: string; lines: TextLine[]; advice: string } | null;
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
  labels: { optOutTitle: string; noHistory: string; back: string };
  optOuts: TextLine[];
  contacts: ContactLine[];
}
