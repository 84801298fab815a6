import { createHash } from 'node:crypto';
import type { Request, Response } from 'restify';
import { describeDays, RETENTION_KINDS, RETENTION_LABELS_DA, type RetentionPeriods } from '../domain/dataProtection/retention.js';
import type { HttpServer } from './server.js';

export const PRIVACY_PATH = '/privatliv';

const CSS = `body{font-family:Segoe UI,Arial,sans-serif;font-size:1.125rem;line-height:1.5;color:#1b1b1b;background:#fff;margin:0}
main{max-width:46rem;margin:0 auto;padding:1.5rem}
h1{font-size:2rem}h2{font-size:1.4rem;margin-top:2rem}
table{border-collapse:collapse;width:100%}th,td{text-align:left;border-bottom:1px solid #767676;padding:.5rem}
a{color:#003b5c}:focus-visible{outline:4px solid #ffbf1f}`;

const HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': `default-src 'none'; style-src 'sha256-${createHash('sha256').update(CSS).digest('base64')}'; frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft; base-uri 'none'`,
  'Cache-Control': 'no-cache',
  'X-Content-Type-Options': 'nosniff',
};

/** The privacy notice (GDPR art. 13/14), in Danish, with the retention periods as they are configured right now. */
export function privacyNoticeHtml(periods: RetentionPeriods): string {
  const rows = RETENTION_KINDS.map((k) => `<tr><td>${RETENTION_LABELS_DA[k]}</td><td>${describeDays(periods[k])}</td></tr>`).join('');
  return `<!doctype html>
<html lang="da">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Privatlivserklæring – Erhvervskoordinator – Norddjurs Kommune</title><style>${CSS}</style></head>
<body><main>
<h1>Privatlivserklæring for Erhvervskoordinator</h1>
<p>Norddjurs Kommune er dataansvarlig for de oplysninger, der behandles i Erhvervskoordinator (en app i Microsoft Teams).</p>
<h2>Formål</h2>
<p>Kommunens enheder (Erhverv, Jobcenter, Ungeindsatsen, Børn og familie og Skoleområdet) registrerer deres kontakter til lokale virksomheder,
så virksomhederne oplever kommunen som én samlet organisation og ikke forstyrres af mange parallelle henvendelser, og så en virksomheds
ønske om ikke at blive kontaktet bliver respekteret af alle enheder.</p>
<h2>Retsgrundlag</h2>
<p>Behandlingen er nødvendig for at udføre en opgave i samfundets interesse og som led i offentlig myndighedsudøvelse
(databeskyttelsesforordningens artikel 6, stk. 1, litra e), her kommunens erhvervsservice og beskæftigelses-, unge- og skoleindsats.
Der behandles ikke CPR-numre eller oplysninger om borgere, elever eller børn: systemet afviser CPR-lignende numre i fritekst.</p>
<h2>Hvilke oplysninger</h2>
<ul>
<li>Virksomhedsoplysninger fra CVR (for enkeltmandsvirksomheder er det oplysninger om ejeren).</li>
<li>Kontaktpersoners navn og eventuelt rolle, når medarbejderen skriver det.</li>
<li>Kontakter: dato, enhed, medarbejder, kanal, formål, udfald og en kort note.</li>
<li>Virksomhedens ønske om ikke at blive kontaktet (frabedt kontakt) og dets omfang.</li>
<li>Virksomhedernes feedback (tilfredshed, anbefaling og en eventuel kommentar).</li>
<li>Medarbejderes navn og bruger-id ved registreringer og opslag (adgangslog).</li>
</ul>
<h2>Modtagere</h2>
<p>Oplysningerne ses kun af kommunens medarbejdere i de nævnte enheder og erhvervskoordinatoren. De opbevares i kommunens
Microsoft Azure-abonnement i EU (databehandler: Microsoft). Oplysningerne videregives ikke til andre.</p>
<h2>Hvor længe opbevares oplysningerne</h2>
<p>Perioderne er de aktuelt indstillede; erhvervskoordinatoren kan ændre dem. En daglig rutine sletter det, der er ældre.</p>
<table><thead><tr><th scope="col">Oplysninger</th><th scope="col">Slettes efter</th></tr></thead><tbody>${rows}</tbody></table>
<p>Når en virksomhed har frabedt sig kontakt (indsigelse efter artikel 21), gemmes altid en minimal registrering (CVR-nummer, omfang og dato),
også efter sletning, så ønsket fortsat respekteres.</p>
<h2>Dine rettigheder</h2>
<p>Du har ret til indsigt i de oplysninger, vi har om dig eller din virksomhed, til at få urigtige oplysninger rettet, til at gøre indsigelse
og i visse tilfælde til at få oplysninger slettet eller behandlingen begrænset. Alle læsninger af en virksomheds oplysninger logges, så vi kan
oplyse, hvem der har set dem. Henvend dig til Norddjurs Kommune og bed om indsigt eller sletning; erhvervskoordinatoren udtrækker
oplysningerne om en virksomhed samlet.</p>
<h2>Kontakt og klage</h2>
<p>Norddjurs Kommune, Torvet 3, 8500 Grenaa, <a href="https://www.norddjurs.dk">www.norddjurs.dk</a>, hvor du også finder kommunens
databeskyttelsesrådgiver. Du kan klage til Datatilsynet, <a href="https://www.datatilsynet.dk">www.datatilsynet.dk</a>.</p>
</main></body></html>`;
}

export function registerPrivacyNotice(server: HttpServer, retention: { periods(): Promise<{ periods: RetentionPeriods }> }): void {
  server.get(PRIVACY_PATH, async (_req: Request, res: Response) => {
    let body: Buffer;
    try {
      body = Buffer.from(privacyNoticeHtml((await retention.periods()).periods), 'utf8');
    } catch {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Siden kan ikke vises lige nu. Prøv igen om lidt.');
      return;
    }
    res.writeHead(200, { ...HEADERS, 'Content-Length': body.length });
    res.end(body);
  });
}
