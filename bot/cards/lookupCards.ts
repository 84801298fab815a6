import type { Company } from '../domain/company.js';
import type { Contact, OptOut } from '../domain/contact.js';
import { daysBetween, formatDay, formatDaysAgo, type Locale } from '../domain/danishTime.js';
import { bandLabel } from '../domain/employeeBand.js';
import { localUnitLine } from '../domain/registerChanges/localUnits.js';
import { sectionByLetter, sectionOfCode } from '../domain/industries.js';
import { postalArea } from '../domain/norddjurs.js';
import type { ContactOwner } from '../domain/strategy/index.js';
import { CHANNEL_NAMES, PURPOSES, purposeName, unitNameOf, type ContactChannel, type Purpose, type Unit } from '../domain/units.js';
import type { CompanyOption, LookupResult } from '../domain/lookup.js';
import { helpExamples } from './helpExamples.js';
import { renderCard, type AdaptiveCardJson } from './render.js';
import { textsFor } from './texts.js';
import type { ContactLine, Fact, OwnerWarning } from './viewModels.js';

/** How many recent contacts the answer shows before "… and N older". */
const RECENT_SHOWN = 8;

export interface CardContext {
  locale: Locale;
  units: readonly Unit[];
  /** The strategy's purposes; the built-in catalogue when absent (cards that name no purposes the coordinator added). */
  purposes?: readonly Purpose[];
  /** The log button appears only where the log card is available. */
  canLogContacts: boolean;
  /**
   * The client renders Teams' Data.Query type-ahead. The Agents Playground does not, so local mode keeps the
   * text field that the matcher resolves (with a choice step when several companies fit).
   */
  companyTypeahead?: boolean;
  /** Coordinators get a revoke button on active opt-outs in the history card. */
  canRevoke?: boolean;
}

/** A card that only says something (e.g. why an action was refused). */
export function messageCard(title: string): AdaptiveCardJson {
  return renderCard('companyChoice', { title, subtitle: null, hint: null, options: [] });
}

/** The card for any look-up result. */
export function lookupResultCard(result: LookupResult, ctx: CardContext): AdaptiveCardJson {
  const t = textsFor(ctx.locale);
  switch (result.kind) {
    case 'answer':
      return answerCard(result, ctx);
    case 'choices':
      return renderCard('companyChoice', { title: t.choiceTitle(result.query), subtitle: null, hint: null, options: result.options.map(optionButton) });
    case 'none':
      return renderCard('companyChoice', {
        title: t.noneTitle(result.query),
        subtitle: result.suggestions.length > 0 ? t.noneSuggestions : null,
        hint: t.noneHint,
        options: result.suggestions.map(optionButton),
      });
    case 'unknownCvr':
      return renderCard('companyChoice', { title: result.valid ? t.unknownCvr(result.cvr) : t.invalidCvr(result.cvr), subtitle: null, hint: t.noneHint, options: [] });
  }
}

function answerCard(result: Extract<LookupResult, { kind: 'answer' }>, ctx: CardContext): AdaptiveCardJson {
  const t = textsFor(ctx.locale);
  const { company, assessment: a, today } = result;
  const unitName = (id: string): string => unitLabel(ctx, id);
  const parallel = a.recentByOthers.length === 0 ? null : {
    title: t.parallelTitle(a.recentByOthers.length, a.windowDays),
    lines: a.recentByOthers.map((c) => ({
      text: t.parallelLine(unitName(c.unit), c.staffName, formatDay(c.date, ctx.locale), formatDaysAgo(daysBetween(c.date, today), ctx.locale)),
    })),
    advice: t.parallelAdvice,
  };
  const optOuts = a.blockingOptOuts.map((o) => ({
    scope: optOutScope(o, ctx),
    reason: t.optOutReason(o.reason),
    registered: t.optOutLine(formatDay(o.date, ctx.locale), o.registeredBy),
  }));
  const owner = a.askOwnerFirst ? ownerWarning(a.askOwnerFirst, ctx) : null;
  const speakParts = [company.name];
  if (optOuts.length > 0) speakParts.unshift(t.optOutTitle);
  if (owner) speakParts.push(owner.title);
  if (parallel) speakParts.push(parallel.title);
  return renderCard('lookupAnswer', {
    speak: speakParts.join('. '),
    labels: { optOutTitle: t.optOutTitle, recentTitle: t.recentTitle, noRecent: t.noRecent, logContact: t.logContact, showHistory: t.showHistory, fictional: t.fictional, refresh: t.companyCard.refresh },
    company: { cvr: company.cvr, name: company.name, subtitle: companySubtitle(company, ctx.locale), facts: companyFacts(company, ctx.locale) },
    optOuts,
    otherOptOuts: a.otherOptOuts.map((o) => ({ text: t.otherOptOut(optOutUnits(o, ctx)) })),
    parallel,
    owner,
    clearText: parallel === null && optOuts.length === 0 ? t.clearTitle(a.windowDays) : null,
    recent: a.recent.slice(0, RECENT_SHOWN).map((c) => contactLine(c, ctx)),
    moreText: a.recent.length > RECENT_SHOWN ? t.moreContacts(a.recent.length - RECENT_SHOWN) : null,
    fictional: company.fictional,
    showLogButton: ctx.canLogContacts,
  });
}

/** The full history, newest first, with the opt-out history (revoked ones too). */
export function historyCard(company: Company, contacts: readonly Contact[], optOuts: readonly OptOut[], ctx: CardContext): AdaptiveCardJson {
  const t = textsFor(ctx.locale);
  return renderCard('history', {
    cvr: company.cvr,
    title: `${t.historyTitle}: ${company.name}`,
    subtitle: companySubtitle(company, ctx.locale),
    labels: { optOutTitle: t.optOutTitle, noHistory: t.noHistory, back: t.back, revoke: t.log.revoke, revokeReason: t.log.revokeReason, revokeSave: t.log.revokeSave },
    optOuts: optOuts.map((o) => ({
      id: o.id,
      revocable: Boolean(ctx.canRevoke) && o.revokedAt === null,
      text: [optOutScope(o, ctx), t.optOutReason(o.reason), t.optOutLine(formatDay(o.date, ctx.locale), o.registeredBy)]
        .concat(o.revokedAt ? [`${ctx.locale === 'da' ? 'Tilbagekaldt' : 'Revoked'} ${formatDay(o.revokedAt.slice(0, 10), ctx.locale)}${o.revokeReason ? `: ${o.revokeReason}` : ''}`] : [])
        .join(' · '),
    })),
    contacts: contacts.map((c) => contactLine(c, ctx)),
  });
}

/** "Ask the owner first": who (person and unit) and what they own (the company, its industry or its area). */
export function ownerWarning(o: ContactOwner, ctx: CardContext): OwnerWarning {
  const t = textsFor(ctx.locale);
  const unit = unitLabel(ctx, o.unit);
  let scope: string;
  switch (o.target.kind) {
    case 'company': scope = t.ownerScope.company; break;
    case 'industry': {
      const s = sectionByLetter(o.target.section);
      scope = t.ownerScope.industry(s ? `${s.code} ${ctx.locale === 'da' ? s.name : s.nameEn}` : o.target.section);
      break;
    }
    case 'area': scope = t.ownerScope.area(`${o.target.postalCode} ${postalArea(o.target.postalCode)?.town ?? ''}`.trim()); break;
  }
  const who = o.person ? `${o.person} (${unit})` : unit;
  return { who, title: t.ownerTitle(who), scope, note: o.note };
}

export function purposeLabel(ctx: CardContext, id: string): string {
  return purposeName(ctx.purposes ?? PURPOSES, id, ctx.locale);
}

function contactLine(c: Contact, ctx: CardContext): ContactLine {
  const channel = CHANNEL_NAMES[c.channel as ContactChannel];
  const detail = [
    channel ? channel[ctx.locale] : c.channel,
    purposeLabel(ctx, c.purpose),
    c.outcome,
  ].filter((x): x is string => Boolean(x));
  return {
    heading: `${formatDay(c.date, ctx.locale)} · ${unitLabel(ctx, c.unit)} · ${c.staffName}`,
    detail: detail.join(' · '),
    note: c.note,
  };
}

export function companySubtitle(c: Company, locale: Locale): string {
  const t = textsFor(locale);
  const parts = [`${t.cvr} ${c.cvr}`, [c.address.postalCode, c.address.town].filter(Boolean).join(' ')];
  if (!c.inMunicipality) parts.push(t.outsideMunicipality);
  for (const u of c.localUnits ?? []) parts.push(t.localUnit(localUnitLine(u)));
  if (c.status.toUpperCase() === 'OPHØRT') parts.push(t.ceased);
  return parts.filter(Boolean).join(' · ');
}

export function companyFacts(c: Company, locale: Locale): Fact[] {
  const t = textsFor(locale);
  const section = c.industryCode ? sectionOfCode(c.industryCode) : undefined;
  const industry = section ? `${locale === 'da' ? section.name : section.nameEn} (${c.industryCode})` : (c.industryCode ?? t.unknown);
  return [
    { title: t.industry, value: industry },
    { title: t.town, value: c.address.town ?? t.unknown },
    { title: t.size, value: bandLabel(c.employeeBand) ?? t.unknown },
    { title: t.advertisingProtected, value: c.advertisingProtected ? t.yes : t.no },
  ];
}

export function optOutScope(o: OptOut, ctx: CardContext): string {
  const t = textsFor(ctx.locale);
  return o.scope.kind === 'all' ? t.optOutScopeAll : t.optOutScopeUnits(optOutUnits(o, ctx));
}

function optOutUnits(o: OptOut, ctx: CardContext): string {
  return o.scope.kind === 'all' ? '' : o.scope.units.map((u) => unitLabel(ctx, u)).join(', ');
}

export function unitLabel(ctx: CardContext, id: string): string {
  return unitNameOf(ctx.units, id, ctx.locale);
}

function optionButton(o: CompanyOption): { cvr: string; label: string } {
  return { cvr: o.cvr, label: o.town ? `${o.name} (${o.town})` : o.name };
}

/** Help, optionally led by "I did not understand that". */
export function helpCard(locale: Locale, notUnderstood: boolean): AdaptiveCardJson {
  const t = textsFor(locale);
  return renderCard('help', {
    lead: notUnderstood ? t.notUnderstood : null,
    title: t.helpTitle,
    intro: t.helpIntro,
    examples: helpExamples(locale),
    footer: t.helpFooter,
  });
}
