import type { Locale } from '../domain/danishTime.js';
import { formatDay } from '../domain/danishTime.js';
import type { PlanClaim } from '../domain/digest/index.js';
import type { DigestText } from '../domain/digest/index.js';
import { flagText, reasonsText, type SavedPlan } from '../domain/planning/index.js';
import type { Naming } from '../domain/units.js';
import { unitLabel } from './lookupCards.js';
import { renderCard, type AdaptiveCardJson } from './render.js';

/** The weekly digest as a card: the domain already worded it (digestText). */
export function digestCard(text: DigestText, footer: string | null): AdaptiveCardJson {
  return renderCard('digest', { title: text.title, subtitle: text.subtitle, sections: text.sections, footer });
}

const PLAN_TEXTS = {
  da: {
    title: (date: string, version: number) => `Plan for virksomhedskontakt${version > 1 ? `, version ${version}` : ''} – gemt ${date}`,
    subtitle: (by: string, n: number, claimed: number) => `Lagt af ${by}. ${n} virksomheder, ${claimed} taget. Tryk "Jeg tager den" ud for dem, du kontakter.`,
    claim: 'Jeg tager den',
    claimedBy: (name: string, date: string) => `✔ Taget af ${name} (${date})`,
    taken: (name: string) => `Den er allerede taget af ${name}.`,
    advertisingProtected: 'reklamebeskyttet',
  },
  en: {
    title: (date: string, version: number) => `Company contact plan${version > 1 ? `, version ${version}` : ''} – saved ${date}`,
    subtitle: (by: string, n: number, claimed: number) => `Posted by ${by}. ${n} companies, ${claimed} taken. Press "I'll take it" for the ones you will contact.`,
    claim: "I'll take it",
    claimedBy: (name: string, date: string) => `✔ Taken by ${name} (${date})`,
    taken: (name: string) => `It has already been taken by ${name}.`,
    advertisingProtected: 'advertising protected',
  },
} as const;

export function planTakenNotice(name: string, locale: Locale): string {
  return PLAN_TEXTS[locale].taken(name);
}

/** The saved plan posted to the channel, with a claim button on every item not yet taken. */
export function planPostCard(plan: SavedPlan, claims: Readonly<Record<string, PlanClaim>>, ctx: { locale: Locale } & Naming, notice: string | null = null): AdaptiveCardJson {
  const t = PLAN_TEXTS[ctx.locale];
  const cardCtx = { locale: ctx.locale, units: ctx.units, purposes: ctx.purposes, canLogContacts: false };
  return renderCard('planPost', {
    title: t.title(formatDay(plan.savedAt.slice(0, 10), ctx.locale), plan.version),
    subtitle: t.subtitle(plan.savedBy, plan.items.length, plan.items.filter((i) => claims[i.cvr]).length),
    notice,
    planId: plan.id,
    labels: { claim: t.claim },
    items: plan.items.map((i) => {
      const claim = claims[i.cvr];
      const flags = i.flags.filter((f) => f !== 'advertisingProtected').map((f) => flagText(f, ctx.locale));
      if (i.advertisingProtected) flags.unshift(t.advertisingProtected);
      return {
        cvr: i.cvr,
        heading: `${i.companyName} · ${unitLabel(cardCtx, i.unit)}${i.person ? ` · ${i.person}` : ''}`,
        detail: [reasonsText(i.reasons, ctx.locale, ctx), ...flags].join(' · '),
        claimedText: claim ? t.claimedBy(claim.by, formatDay(claim.at.slice(0, 10), ctx.locale)) : null,
      };
    }),
  });
}
