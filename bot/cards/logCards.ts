import type { Company } from '../domain/company.js';
import type { OptOut } from '../domain/contact.js';
import type { FormErrors } from '../domain/contactForm.js';
import type { CallAssessment } from '../domain/contactRules.js';
import { copenhagenDay, formatDay } from '../domain/danishTime.js';
import { CHANNEL_NAMES, CONTACT_CHANNELS, PURPOSES, type Unit } from '../domain/units.js';
import type { CompanyOption } from '../domain/lookup.js';
import { companySubtitle, optOutScope, ownerWarning, purposeLabel, unitLabel, type CardContext } from './lookupCards.js';
import { renderCard, type AdaptiveCardJson } from './render.js';
import { textsFor } from './texts.js';
import type { Choice, Fact, LogCardModel, LogFormValues, TextLine } from './viewModels.js';

const EMPTY_VALUES: LogFormValues = {
  date: '', unit: '', channel: 'telefon', purpose: '', outcome: '', followUpDate: '', note: '', rating: '',
  optOut: 'false', optOutScope: 'all', optOutUnits: '', optOutReason: '', optOutSource: 'telefon', feedbackLink: 'false',
};

/** What the user typed, kept as text so a re-shown card (errors, "not saved") loses nothing. */
export function formValuesFrom(input: Record<string, unknown>): Partial<LogFormValues> {
  const out: Partial<LogFormValues> = {};
  for (const key of Object.keys(EMPTY_VALUES) as (keyof LogFormValues)[]) {
    const v = input[key];
    if (typeof v === 'string' && v.length <= 2000) out[key] = v;
  }
  return out;
}

export interface LogCardInput {
  company: Company | null;
  /** Several companies matched the typed name: the card asks which. */
  companyChoices?: readonly CompanyOption[];
  query?: string;
  values?: Partial<LogFormValues>;
  errors?: FormErrors;
  banner?: 'fixErrors' | 'notSaved' | 'stale' | null;
  ids: { contactId: string; optOutId: string };
  today: string;
  defaultUnit: string | null;
  /** Warnings for the chosen company (opt-outs, other units' recent contacts), shown above the form. */
  assessment?: CallAssessment | null;
}

export function logContactCard(input: LogCardInput, ctx: CardContext): AdaptiveCardJson {
  return renderCard('logContact', logModel(input, ctx, 'log'));
}

export function optOutFormCard(input: LogCardInput, ctx: CardContext): AdaptiveCardJson {
  return renderCard('optOutForm', logModel(input, ctx, 'optOut'));
}

function logModel(input: LogCardInput, ctx: CardContext, kind: 'log' | 'optOut'): LogCardModel {
  const t = textsFor(ctx.locale);
  const l = t.log;
  const values: LogFormValues = { ...EMPTY_VALUES, date: input.today, unit: input.defaultUnit ?? '', ...input.values };
  const unit = ctx.units.find((u) => u.id === values.unit);
  const errors: Record<string, string | null> = {};
  for (const field of ['company', 'date', 'unit', 'channel', 'purpose', 'outcome', 'followUpDate', 'note', 'rating', 'optOutUnits', 'optOutReason']) {
    const code = input.errors?.[field as keyof FormErrors];
    errors[field] = code ? l.errors[code] : null;
  }
  const banner = input.banner === 'notSaved' ? (kind === 'log' ? l.notSaved : l.optOutNotSaved) : input.banner ? l[input.banner] : null;
  return {
    title: kind === 'log' ? l.title : l.optOutTitle,
    banner,
    labels: {
      company: l.company, companyPlaceholder: l.companyPlaceholder, companyChoice: l.companyChoice, date: l.date, unit: l.unit,
      channel: l.channel, purpose: l.purpose, outcome: l.outcome, followUpDate: l.followUpDate, note: l.note, notePlaceholder: l.notePlaceholder,
      rating: l.rating, optOut: l.optOut, optOutScope: l.optOutScope, optOutUnits: l.optOutUnits, optOutReason: l.optOutReason,
      optOutSource: l.optOutSource, feedbackLink: l.feedbackLink, save: l.save, saveOptOut: l.saveOptOut, required: l.required,
    },
    company: {
      cvr: input.company?.cvr ?? '',
      name: input.company?.name ?? null,
      subtitle: input.company ? companySubtitle(input.company, ctx.locale) : '',
      query: input.query ?? '',
      typeahead: ctx.companyTypeahead === true,
      choices: input.companyChoices && input.companyChoices.length > 0
        ? input.companyChoices.map((o) => ({ title: o.town ? `${o.name} (${o.town})` : o.name, value: o.cvr }))
        : null,
    },
    warnings: input.assessment ? assessmentLines(input.assessment, ctx) : [],
    today: input.today,
    values,
    errors,
    choices: {
      units: ctx.units.map((u) => ({ title: unitLabel(ctx, u.id), value: u.id })),
      channels: CONTACT_CHANNELS.map((c) => ({ title: CHANNEL_NAMES[c][ctx.locale], value: c })),
      purposes: purposeChoices(unit, ctx),
      ratings: l.ratings.map((title, i) => ({ title, value: String(i + 1) })),
      scopes: [{ title: l.scopeAll, value: 'all' }, { title: l.scopeUnits, value: 'units' }],
    },
    ids: input.ids,
  };
}

/** The unit's own purposes when the unit is known (the server refuses others), else every purpose. */
function purposeChoices(unit: Unit | undefined, ctx: CardContext): Choice[] {
  const ids = unit ? unit.purposes : (ctx.purposes ?? PURPOSES).map((p) => p.id);
  return ids.map((id) => ({ title: purposeLabel(ctx, id), value: id }));
}

function assessmentLines(a: CallAssessment, ctx: CardContext): TextLine[] {
  const l = textsFor(ctx.locale).log;
  const owner = a.askOwnerFirst ? ownerWarning(a.askOwnerFirst, ctx) : null;
  return [
    ...a.blockingOptOuts.map((o) => ({ text: l.wasOptedOut(optOutScope(o, ctx), formatDay(o.date, ctx.locale), o.reason) })),
    ...(owner ? [{ text: l.askOwner(owner.who, owner.scope) }] : []),
    ...a.recentByOthers.map((c) => ({ text: l.alsoContacted(unitLabel(ctx, c.unit), c.staffName, formatDay(c.date, ctx.locale)) })),
  ];
}

export interface StoredContactView {
  company: Company;
  contact: { date: string; unit: string; channel: string; purpose: string; outcome: string | null; followUpDate: string | null; rating: number | null };
  created: boolean;
  optOut: OptOut | null;
  assessment: CallAssessment;
  /** The feedback link staff asked for with the contact, or 'failed' when it could not be made. */
  feedbackLink?: { url: string; expiresAt: string } | 'failed' | null;
}

/** Replaces the log card after a submit: what was stored, and what the user must know now. */
export function contactConfirmationCard(v: StoredContactView, ctx: CardContext): AdaptiveCardJson {
  const t = textsFor(ctx.locale);
  const l = t.log;
  const c = v.contact;
  const channel = CHANNEL_NAMES[c.channel as keyof typeof CHANNEL_NAMES];
  const facts: Fact[] = [
    { title: t.cvr, value: v.company.cvr },
    { title: l.date, value: formatDay(c.date, ctx.locale) },
    { title: l.unit, value: unitLabel(ctx, c.unit) },
    { title: l.channel, value: channel ? channel[ctx.locale] : c.channel },
    { title: l.purpose, value: purposeLabel(ctx, c.purpose) },
  ];
  if (c.outcome) facts.push({ title: l.outcome, value: c.outcome });
  if (c.followUpDate) facts.push({ title: l.followUp, value: formatDay(c.followUpDate, ctx.locale) });
  if (c.rating !== null) facts.push({ title: l.rated, value: l.ratings[c.rating - 1] });
  const warnings = assessmentLines({ ...v.assessment, blockingOptOuts: [] }, ctx);
  if (v.optOut) warnings.unshift({ text: l.optOutRegistered(optOutScope(v.optOut, ctx)) });
  if (v.feedbackLink === 'failed') warnings.push({ text: l.feedbackLinkFailed });
  const link = v.feedbackLink && v.feedbackLink !== 'failed' ? v.feedbackLink : null;
  return renderCard('confirmation', {
    title: v.created ? l.saved : l.alreadySaved,
    subtitle: l.savedSubtitle(v.company.name),
    facts,
    blocking: assessmentLines({ ...v.assessment, recentByOthers: [] }, ctx),
    warnings,
    // A TextRun, not a TextBlock: Markdown would read the token's underscores as emphasis and drop them.
    feedbackLink: link && {
      title: l.feedbackLinkTitle, url: link.url, help: l.feedbackLinkHelp(formatDay(copenhagenDay(new Date(link.expiresAt)), ctx.locale)),
    },
    actions: [
      { title: l.logAnother, verb: 'logContact.open', cvr: v.company.cvr },
      { title: t.showHistory, verb: 'history.show', cvr: v.company.cvr },
    ],
  });
}

/** After an opt-out is registered or revoked. */
export function optOutConfirmationCard(company: Company, optOut: OptOut, ctx: CardContext): AdaptiveCardJson {
  const t = textsFor(ctx.locale);
  const l = t.log;
  const revoked = optOut.revokedAt !== null;
  return renderCard('confirmation', {
    title: revoked ? l.revoked : l.optOutSaved,
    subtitle: company.name,
    facts: [
      { title: t.cvr, value: company.cvr },
      { title: l.optOutScope, value: optOutScope(optOut, ctx) },
      { title: l.optOutReason, value: optOut.reason },
      ...(revoked ? [{ title: l.revokeReason, value: optOut.revokeReason ?? '' }] : []),
    ],
    blocking: [],
    warnings: [],
    feedbackLink: null,
    actions: [{ title: t.showHistory, verb: 'history.show', cvr: company.cvr }],
  });
}
