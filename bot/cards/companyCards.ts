import { addressLine, type Company } from '../domain/company.js';
import type { Locale } from '../domain/danishTime.js';
import { companyFacts, companySubtitle } from './lookupCards.js';
import { renderCard, type AdaptiveCardJson } from './render.js';
import { textsFor } from './texts.js';

/** Teams refreshes a card on its own for at most this many listed users; the rest get "Refresh card" in the menu. */
export const MAX_REFRESH_USER_IDS = 60;

/**
 * The compact company card a search or a pasted CVR link inserts into a chat. It shows what the public CVR register
 * says and nothing of the municipality's contacts, because everyone in the chat sees it; its refresh gives signed-in
 * staff their own view (companyCard.refresh).
 */
export function companyFactsCard(company: Company, userIds: readonly string[], locale: Locale): AdaptiveCardJson {
  const t = textsFor(locale);
  const card = renderCard('companyCard', {
    cvr: company.cvr,
    name: company.name,
    subtitle: companySubtitle(company, locale),
    facts: [
      { title: t.companyCard.address, value: addressLine(company.address) || t.unknown },
      ...companyFacts(company, locale).slice(0, 2),
      { title: t.companyCard.status, value: company.status },
    ],
    fictional: company.fictional,
    userIds: userIds.slice(0, MAX_REFRESH_USER_IDS),
    labels: { refresh: t.companyCard.refresh, factsOnly: t.companyCard.factsOnly, fictional: t.fictional },
  });
  // Without userIds Teams refreshes for everyone in chats of up to 60; an empty list would turn automatic refresh off.
  const refresh = card.refresh as { userIds?: unknown };
  if (!Array.isArray(refresh.userIds) || refresh.userIds.length === 0) delete refresh.userIds;
  return card;
}

/** The preview in the message extension's result list (a thumbnail card: title, subtitle, text). */
export function companyPreview(company: Company, locale: Locale): { title: string; subtitle: string; text: string } {
  const [industry] = companyFacts(company, locale);
  return { title: company.name, subtitle: companySubtitle(company, locale), text: industry.value };
}
