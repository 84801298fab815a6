/**
 * Legal forms arrive as CVR short codes (APS, ENK), as long descriptions (Anpartsselskab) or as whatever
 * someone typed into a spreadsheet (aps, a/s, A.S.). One readable spelling keeps filters and lists consistent.
 */

const READABLE: Record<string, string> = {
  aps: 'ApS',
  anpartsselskab: 'ApS',
  as: 'A/S',
  aktieselskab: 'A/S',
  enk: 'Enkeltmandsvirksomhed',
  enkeltmandsvirksomhed: 'Enkeltmandsvirksomhed',
  enkeltmandsfirma: 'Enkeltmandsvirksomhed',
  is: 'I/S',
  interessentskab: 'I/S',
  ks: 'K/S',
  kommanditselskab: 'K/S',
  ps: 'P/S',
  partnerselskab: 'P/S',
  ivs: 'IVS',
  iværksætterselskab: 'IVS',
  amba: 'AmbA',
  andelsselskabmedbegrænsetansvar: 'AmbA',
  fmba: 'FmbA',
  foreningmedbegrænsetansvar: 'FmbA',
  smba: 'SmbA',
  selskabmedbegrænsetansvar: 'SmbA',
  fon: 'Fond',
  fond: 'Fond',
  erhvervsdrivendefond: 'Erhvervsdrivende fond',
  for: 'Forening',
  forening: 'Forening',
  frivilligforening: 'Frivillig forening',
  pmv: 'Personligt ejet mindre virksomhed',
  personligtejetmindrevirksomhed: 'Personligt ejet mindre virksomhed',
  fil: 'Filial af udenlandsk virksomhed',
  udl: 'Udenlandsk virksomhed',
  kom: 'Kommune',
  kommune: 'Kommune',
  reg: 'Region',
  region: 'Region',
  stat: 'Statslig administrativ enhed',
};

function key(text: string): string {
  return text.toLowerCase().replace(/[\s./]/g, '');
}

/** The readable spelling of a legal form; unknown forms are kept as written (trimmed), empty gives ''. */
export function normalizeLegalForm(input: string | null | undefined): string {
  const t = (input ?? '').trim().replace(/\s+/g, ' ');
  if (t === '') return '';
  return READABLE[key(t)] ?? t;
}

/** Like normalizeLegalForm, but only answers for forms it knows, so a CVR long description can take over. */
export function knownLegalForm(input: string | null | undefined): string | undefined {
  const t = (input ?? '').trim();
  return t === '' ? undefined : READABLE[key(t)];
}
