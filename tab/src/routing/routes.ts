/**
 * Hash routes: the Teams manifest points at index.html#/oversigt and #/konfiguration, and a hash keeps
 * the static server simple (every page is the same index.html).
 */
import { useEffect, useState } from 'react';

export type Route =
  | { page: 'overview' }
  | { page: 'companySearch' }
  | { page: 'company'; cvr: string }
  | { page: 'optOuts' }
  | { page: 'plan' }
  | { page: 'strategy' }
  | { page: 'settings' }
  | { page: 'config' }
  | { page: 'notFound' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').split('?')[0].replace(/\/+$/, '');
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
    case 'indstillinger':
      return { page: 'settings' };
    case 'konfiguration':
      return { page: 'config' };
    default:
      return { page: 'notFound' };
  }
}

export const hrefs = {
  overview: '#/oversigt',
  companySearch: '#/virksomhed',
  company: (cvr: string) => `#/virksomhed/${encodeURIComponent(cvr)}`,
  optOuts: '#/frabedt',
  plan: '#/plan',
  strategy: '#/strategi',
  settings: '#/indstillinger',
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
