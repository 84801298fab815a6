import type { ContactWish } from '../domain/feedback.js';
import type { FeedbackFormErrorCode, FeedbackFormField } from '../domain/feedbackForm.js';

/**
 * The public feedback page's words. The page is for the companies' contact persons and is in Danish only (the
 * issue asks for a Danish page); plain language, "I" (you, plural) as the municipality writes to a company.
 */
export const FEEDBACK_PAGE_TEXTS = {
  municipality: 'Norddjurs Kommune',
  formTitle: 'Hvordan oplever I samarbejdet med kommunen?',
  lead: (company: string | null) => (company
    ? `Spørgsmålene handler om, hvordan ${company} oplever kontakten med Norddjurs Kommune.`
    : 'Spørgsmålene handler om, hvordan jeres virksomhed oplever kontakten med Norddjurs Kommune.'),
  context: (unit: string, purpose: string | null) => `Linket blev sendt efter en henvendelse fra ${unit}${purpose ? ` (${purpose})` : ''}.`,
  skippable: 'Det tager et par minutter. I kan springe de spørgsmål over, I ikke vil svare på. Linket kan bruges én gang.',
  rating: {
    legend: 'Hvor tilfredse er I alt i alt med kommunens kontakt til jer?',
    hint: 'Fra 1, meget utilfreds, til 5, meget tilfreds.',
  },
  recommend: {
    legend: 'Hvor sandsynligt er det, at I vil anbefale andre virksomheder at samarbejde med Norddjurs Kommune?',
    hint: 'Fra 0, slet ikke sandsynligt, til 10, meget sandsynligt. Spørgsmålet kan springes over.',
  },
  comment: {
    label: 'Vil I fortælle os mere? (valgfrit)',
    hint: 'Højst 1.000 tegn. Skriv ikke CPR-numre eller andre oplysninger om personer.',
  },
  wish: {
    legend: 'Hvor meget vil I kontaktes af kommunen fremover?',
    hint: 'Vælger I færre eller ingen henvendelser, registrerer kommunens erhvervskoordinator jeres ønske, så alle kommunens afdelinger kan se det.',
    options: { same: 'Som nu', fewer: 'Færre henvendelser', none: 'Ingen henvendelser' } satisfies Record<ContactWish, string>,
  },
  submit: 'Send svar',
  privacy: 'Svarene bruges til at gøre kommunens samarbejde med virksomhederne bedre. Ud over jeres svar gemmes kun, hvilken virksomhed og hvilket link de kom fra.',
  errorTitlePrefix: 'Fejl: ',
  summaryTitle: 'Svaret er ikke sendt. Ret dette:',
  errorPrefix: 'Fejl:',
  errors: {
    rating: { invalid: 'Vælg en vurdering fra 1 til 5.', empty: 'Besvar mindst ét af spørgsmålene, før I sender.' },
    recommend: { invalid: 'Vælg et tal fra 0 til 10.' },
    comment: {
      tooLong: 'Kommentaren må højst være 1.000 tegn. Forkort den.',
      cpr: 'Kommentaren ser ud til at indeholde et CPR-nummer. Fjern det, før I sender: vi må ikke gemme CPR-numre her.',
    },
    wish: { invalid: 'Vælg, hvor meget I vil kontaktes fremover.' },
  } satisfies Record<FeedbackFormField, Partial<Record<FeedbackFormErrorCode, string>>>,
  thanks: {
    title: 'Tak for jeres svar',
    body: 'Svaret er modtaget. Det hjælper os med at gøre kontakten med virksomhederne bedre.',
    wish: { fewer: 'I har bedt om færre henvendelser.', none: 'I har bedt om ikke at blive kontaktet.' } satisfies Record<Exclude<ContactWish, 'same'>, string>,
    wishNext: 'Kommunens erhvervskoordinator registrerer jeres ønske, så alle kommunens afdelinger kan se det.',
    close: 'I kan nu lukke siden.',
  },
  /** Pages that refuse: what happened, and what to do. */
  refusals: {
    invalid: {
      title: 'Linket virker ikke',
      body: 'Linket er ikke gyldigt. Måske er det ikke kopieret helt: kopiér hele linket fra e-mailen, og prøv igen.',
    },
    expired: {
      title: 'Linket er udløbet',
      body: 'Linket kunne kun bruges i en begrænset periode, og den er slut.',
    },
    used: {
      title: 'Linket er allerede brugt',
      body: 'Vi har modtaget et svar gennem linket, og det kan kun bruges én gang. Tak for det.',
    },
    tooMany: {
      title: 'For mange forsøg',
      body: 'Der er kommet mange forespørgsler fra jeres netværk på kort tid. Vent lidt, og prøv igen.',
    },
    tooLarge: {
      title: 'Svaret er for langt',
      body: 'Formularen kan modtage en kommentar på højst 1.000 tegn. Gå tilbage, forkort teksten, og send igen.',
    },
    unsupported: {
      title: 'Svaret kunne ikke læses',
      body: 'Siden tager kun imod svar fra sin egen formular. Åbn linket igen, og udfyld formularen.',
    },
    unavailable: {
      title: 'Svaret er ikke gemt',
      body: 'Vi kan ikke modtage svar lige nu. Gå tilbage, og send igen om lidt.',
    },
  },
  whatToDo: 'Har I spørgsmål, eller vil I give jeres mening til kende på anden måde, så kontakt den medarbejder, der sendte jer linket, eller Norddjurs Kommune på norddjurs.dk.',
  retryAfter: (seconds: number) => `I kan prøve igen om ${seconds} ${seconds === 1 ? 'sekund' : 'sekunder'}.`,
};

export type RefusalKind = keyof typeof FEEDBACK_PAGE_TEXTS.refusals;
