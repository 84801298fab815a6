/**
 * Hash routes: the Teams manifest points at index.html#/oversigt and #/konfiguration, and a hash keeps
 * the static server simple (every page is the same index.html).
 */
import { useEffect, useState } from 'react';
import { EVIDENCE_KINDS } from '@contract/domain';
import type { EvidenceKind } from '../api/types';

/** A proposal started from the figures: the form opens with this evidence and a suggested title. */
export interface ProposalDraftLink { kind: EvidenceKind; reference: string; summary: string; title: string }

export type Route =
  | { page: 'overview' }
  | { page: 'companySearch' }
  | { page: 'company'; cvr: string }
  | { page: 'optOuts' }
  | { page: 'plan' }
  | { page: 'strategy' }
  | { page: 'quality' }
  | { page: 'proposals'; draft: ProposalDraftLink | null }
  | { page: 'settings' }
  | { page: 'dataProtection' }
  | { page: 'registerChanges' }
  | { page: 'config' }
  | { page: 'notFound' };

export function parseRoute(hash: string): Route {
  const [rawPath, rawQuery = ''] = hash.replace(/^#/, '').split('?');
  const path = rawPath.replace(/\/+$/, '');
  const parts = path.split('/').filter(Boolean).map((p) => decodeURIComponent(p));
  switch (parts[0]) {
    case undefined:
    case 'oversigt':
      return { page: 'overview' };
    case 'virksomhed':
      return parts[1] ? { page: 'company', cvr: parts[1] } : { page: 'companySearch' };
    case 'frabedt':
      return { page: 'optOuts' };
    case 'plan':
      return { page: 'plan' };
    case 'strategi':
      return { page: 'strategy' };
    case 'kvalitet':
      return { page: 'quality' };
    case 'forslag':
      return { page: 'proposals', draft: parts[1] === 'ny' ? draftOf(new URLSearchParams(rawQuery)) : null };
    case 'registerændringer':
      return { page: 'registerChanges' };
    case 'indstillinger':
      return { page: 'settings' };
    case 'databeskyttelse':
      return { page: 'dataProtection' };
    case 'konfiguration':
      return { page: 'config' };
    default:
      return { page: 'notFound' };
  }
}

/** Anything but a known evidence kind opens an empty form: the link is only a convenience, the server checks. */
function draftOf(q: URLSearchParams): ProposalDraftLink | null {
  const kind = q.get('kind') ?? '';
  if (!(EVIDENCE_KINDS as readonly string[]).includes(kind)) return null;
  return { kind: kind as EvidenceKind, reference: q.get('ref') ?? '', summary: q.get('summary') ?? '', title: q.get('title') ?? '' };
}

export const hrefs = {
  overview: '#/oversigt',
  companySearch: '#/virksomhed',
  company: (cvr: string) => `#/virksomhed/${encodeURIComponent(cvr)}`,
  optOuts: '#/frabedt',
  plan: '#/plan',
  strategy: '#/strategi',
  quality: '#/kvalitet',
  proposals: '#/forslag',
  newProposal: (d: ProposalDraftLink) =>
    `#/forslag/ny?${new URLSearchParams({ kind: d.kind, ref: d.reference, summary: d.summary, title: d.title }).toString()}`,
  settings: '#/indstillinger',
  dataProtection: '#/databeskyttelse',
  registerChanges: '#/registerændringer',
};

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function navigate(href: string): void {
  window.location.hash = href.replace(/^#/, '');
}

/** Where a Teams deep link's sub-entity leads: a page of the tab, or null for anything it does not name. */
export function deepLinkHref(subPage: string | null): string | null {
  if (!subPage) return null;
  const page = parseRoute(`#/${subPage}`).page;
  return page === 'notFound' || page === 'config' ? null : `#/${subPage}`;
}
