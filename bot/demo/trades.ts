/**
 * The demo industry catalogue: DB07 codes with the trade words Danish company names use for them.
 * Section weights follow a rural, coastal municipality: many farms, builders and shops, few
 * finance, mining or energy companies, no households (T) or embassies (U).
 */

/** Legal-form tendencies; see FORM_MIXES in generateCompanies.ts. */
export type FormMix = 'farm' | 'fish' | 'craft' | 'shop' | 'prof' | 'corp' | 'prop' | 'energy' | 'care';
/** Size tendencies; see SIZE_MIXES in generateCompanies.ts. */
export type SizeMix = 'micro' | 'small' | 'medium';

export interface Trade {
  /** Six-digit DB07 code. */
  code: string;
  /** Relative weight within its section. */
  weight: number;
  /** Words that follow a place or a surname: "Grenaa Maskinstation", "Bach El". */
  words: string[];
  /** Words that precede a place or an invented name: "Restaurant Fornæs", "Tandlægerne i Auning". */
  lead?: string[];
  /** Titles that precede an owner's name: "Tømrermester Ole Bach". */
  title?: string[];
  /** Farm names fit: "Nørregaard Landbrug". */
  farm?: boolean;
  /** Invented names fit: "Solsikken Dagpleje". */
  fancy?: boolean;
  /** Initials fit: "JH Byg". */
  initials?: boolean;
  /** Harbour places fit: "Grenaa Havn Fiskeri", but not "Grenaa Havn Landbrug". */
  coastal?: boolean;
  forms: FormMix;
  size: SizeMix;
}

/** Share of companies per DB07 section, in percent. */
export const SECTION_WEIGHTS: Readonly<Record<string, number>> = {
  A: 16, B: 0.3, C: 6, D: 0.8, E: 1, F: 14, G: 13, H: 4, I: 6, J: 2, K: 1.5, L: 6, M: 7, N: 5, P: 1.5, Q: 7,
  R: 3, S: 5,
};

export const TRADES: Readonly<Record<string, readonly Trade[]>> = {
  A: [
    { code: '011100', weight: 3, words: ['Landbrug', 'Planteavl', 'Agro', 'Korn og Frø'], farm: true, forms: 'farm', size: 'micro' },
    { code: '014100', weight: 3, words: ['Kvægbrug', 'Mælkeproduktion', 'Landbrug', 'Holstein'], farm: true, forms: 'farm', size: 'micro' },
    { code: '014600', weight: 2.5, words: ['Svineproduktion', 'Svinebrug', 'Landbrug', 'Smågrise'], farm: true, forms: 'farm', size: 'micro' },
    { code: '014700', weight: 0.6, words: ['Æggeproduktion', 'Fjerkræ', 'Hønseri', 'Frilandsæg'], farm: true, forms: 'farm', size: 'micro' },
    { code: '014300', weight: 0.5, words: ['Stutteri', 'Hesteopdræt', 'Hestecenter'], farm: true, fancy: true, forms: 'farm', size: 'micro' },
    { code: '014500', weight: 0.3, words: ['Fåreavl', 'Får og Lam', 'Lammekød'], farm: true, forms: 'farm', size: 'micro' },
    { code: '015000', weight: 2, words: ['Landbrug', 'Landbrug og Maskinstation', 'Økologi', 'Gods'], farm: true, forms: 'farm', size: 'micro' },
    { code: '016100', weight: 2, words: ['Maskinstation', 'Maskinstation og Entreprenør', 'Markservice', 'Agroservice'], farm: true, initials: true, forms: 'craft', size: 'small' },
    { code: '016200', weight: 0.4, words: ['Klovbeskæring', 'Klovservice', 'Staldservice'], initials: true, forms: 'craft', size: 'micro' },
    { code: '013000', weight: 0.4, words: ['Planteskole', 'Stauder og Planter'], lead: ['Planteskolen i'], farm: true, forms: 'shop', size: 'small' },
    { code: '011300', weight: 0.6, words: ['Gartneri', 'Grøntsager', 'Økologiske Grøntsager', 'Kartofler'], lead: ['Gartneriet i'], farm: true, forms: 'farm', size: 'micro' },
    { code: '012400', weight: 0.3, words: ['Frugtplantage', 'Æbleplantage', 'Frugt og Bær'], farm: true, forms: 'farm', size: 'micro' },
    { code: '021000', weight: 0.5, words: ['Skovbrug', 'Plantage', 'Juletræer', 'Pyntegrønt'], farm: true, forms: 'farm', size: 'micro' },
    { code: '024000', weight: 0.3, words: ['Skovservice', 'Skovning og Flis', 'Træfældning'], initials: true, forms: 'craft', size: 'micro' },
    { code: '031100', weight: 1.2, words: ['Fiskeri', 'Fisk', 'Kutterfiskeri', 'Havfiskeri', 'Rejefiskeri'], title: ['Fiskeskipper'], coastal: true, forms: 'fish', size: 'micro' },
    { code: '032100', weight: 0.3, words: ['Havbrug', 'Muslinger', 'Østersbrug', 'Tangdyrkning'], fancy: true, coastal: true, forms: 'fish', size: 'micro' },
  ],
  B: [
    { code: '081200', weight: 1, words: ['Grusgrav', 'Sand og Grus', 'Grus og Sten', 'Råstoffer'], farm: true, forms: 'craft', size: 'small' },
  ],
  C: [
    { code: '101100', weight: 0.4, words: ['Slagteri', 'Kødcenter', 'Kødforarbejdning'], lead: ['Slagteriet i'], forms: 'corp', size: 'medium' },
    { code: '101300', weight: 0.4, words: ['Pølsemageri', 'Røgeri og Pølsemageri', 'Pålæg'], fancy: true, forms: 'shop', size: 'small' },
    { code: '102000', weight: 0.6, words: ['Fiskeindustri', 'Røgeri', 'Fiskeeksport', 'Fiskekonserves', 'Sild og Skaldyr'], coastal: true, forms: 'corp', size: 'medium' },
    { code: '107100', weight: 1.2, words: ['Bageri', 'Brødhus', 'Bager', 'Konditori', 'Bageri og Konditori'], lead: ['Bageriet i', 'Bageren i'], title: ['Bagermester'], fancy: true, forms: 'shop', size: 'small' },
    { code: '110500', weight: 0.3, words: ['Bryghus', 'Bryggeri', 'Mikrobryggeri'], fancy: true, forms: 'corp', size: 'small' },
    { code: '161000', weight: 0.4, words: ['Savværk', 'Træ', 'Savværk og Trælast'], farm: true, forms: 'craft', size: 'small' },
    { code: '162300', weight: 0.6, words: ['Trævarer', 'Vinduer og Døre', 'Træindustri', 'Snedkeri', 'Trapper'], initials: true, forms: 'craft', size: 'medium' },
    { code: '251100', weight: 1, words: ['Smedie', 'Stålbyg', 'Stålkonstruktioner', 'Smed og Montage'], lead: ['Smedien i'], title: ['Smedemester'], initials: true, forms: 'craft', size: 'small' },
    { code: '256200', weight: 0.8, words: ['Maskinværksted', 'CNC-teknik', 'Maskinbearbejdning', 'Præcisionsmekanik'], initials: true, forms: 'craft', size: 'small' },
    { code: '283000', weight: 0.5, words: ['Maskinfabrik', 'Landbrugsmaskiner', 'Staldinventar', 'Stalddesign'], forms: 'corp', size: 'medium' },
    { code: '310900', weight: 0.6, words: ['Møbelsnedkeri', 'Møbler', 'Snedkeri', 'Køkkener'], title: ['Snedkermester'], fancy: true, forms: 'craft', size: 'small' },
    { code: '331200', weight: 0.5, words: ['Maskinreparation', 'Hydraulik', 'Industriservice', 'Motor og Maskine'], initials: true, forms: 'craft', size: 'small' },
    { code: '222200', weight: 0.4, words: ['Plastindustri', 'Plast', 'Emballage', 'Plaststøbning'], initials: true, forms: 'corp', size: 'medium' },
    { code: '301200', weight: 0.3, words: ['Bådebyggeri', 'Bådeværft', 'Værft', 'Glasfiberbåde'], lead: ['Bådeværftet i'], coastal: true, forms: 'craft', size: 'small' },
    { code: '181200', weight: 0.3, words: ['Trykkeri', 'Tryk og Reklame', 'Bogtrykkeri'], fancy: true, forms: 'corp', size: 'small' },
  ],
  D: [
    { code: '351100', weight: 3, words: ['Vindmøllelaug', 'Vindenergi', 'Solenergi', 'Solcellepark', 'Vindkraft'], farm: true, forms: 'energy', size: 'micro' },
    { code: '353000', weight: 1, words: ['Fjernvarme', 'Varmeværk', 'Kraftvarmeværk'], forms: 'energy', size: 'small' },
  ],
  E: [
    { code: '360000', weight: 2, words: ['Vandværk', 'Vandforsyning'], forms: 'energy', size: 'micro' },
    { code: '381100', weight: 1, words: ['Affald og Genbrug', 'Containerservice', 'Genbrug', 'Miljøservice'], initials: true, forms: 'craft', size: 'small' },
    { code: '370000', weight: 1, words: ['Kloakservice', 'Kloak og Slamsugning', 'Slamsugning'], initials: true, forms: 'craft', size: 'small' },
  ],
  F: [
    { code: '412000', weight: 3, words: ['Byg', 'Byggefirma', 'Entreprise', 'Totalentreprise', 'Byggeri', 'Huse'], initials: true, forms: 'craft', size: 'small' },
    { code: '431200', weight: 1.2, words: ['Entreprenør', 'Entreprenørforretning', 'Anlæg', 'Gravearbejde', 'Jord og Kloak'], title: ['Entreprenør'], initials: true, forms: 'craft', size: 'small' },
    { code: '432100', weight: 2.2, words: ['El', 'El-service', 'El-installation', 'Elektriker', 'El og Teknik'], title: ['Elinstallatør'], initials: true, forms: 'craft', size: 'small' },
    { code: '432200', weight: 2, words: ['VVS', 'VVS og Blik', 'VVS-service', 'Blik og VVS', 'Varme og Sanitet'], title: ['VVS-installatør', 'Blikkenslager'], initials: true, forms: 'craft', size: 'small' },
    { code: '433200', weight: 3, words: ['Tømrer', 'Tømrer- og Snedkerforretning', 'Tømrerfirma', 'Tømrer og Snedker', 'Tømrer og Byg'], lead: ['Tømrerfirmaet'], title: ['Tømrermester'], initials: true, forms: 'craft', size: 'small' },
    { code: '433300', weight: 0.6, words: ['Gulve', 'Gulvservice', 'Gulv og Fliser', 'Gulvslibning'], initials: true, forms: 'craft', size: 'micro' },
    { code: '433410', weight: 1.3, words: ['Maler', 'Malerfirma', 'Malerforretning', 'Malerservice'], lead: ['Malerfirmaet'], title: ['Malermester'], forms: 'craft', size: 'micro' },
    { code: '439910', weight: 1.3, words: ['Murer', 'Murerfirma', 'Murerforretning', 'Murer og Flise'], lead: ['Murerfirmaet'], title: ['Murermester'], forms: 'craft', size: 'micro' },
    { code: '439100', weight: 0.7, words: ['Tag', 'Tagdækning', 'Tag og Facade', 'Stråtag'], title: ['Tækkemand'], initials: true, forms: 'craft', size: 'micro' },
    { code: '432900', weight: 0.4, words: ['Isolering', 'Isoleringsteknik', 'Isolering og Ventilation'], initials: true, forms: 'craft', size: 'micro' },
    { code: '431100', weight: 0.3, words: ['Nedrivning', 'Nedbrydning', 'Nedrivning og Miljøsanering'], initials: true, forms: 'craft', size: 'small' },
  ],
  G: [
    { code: '451120', weight: 1, words: ['Biler', 'Bilcenter', 'Autohandel', 'Bilhus'], initials: true, forms: 'shop', size: 'small' },
    { code: '452010', weight: 2.2, words: ['Autoværksted', 'Auto', 'Autoservice', 'Bilværksted', 'Auto og Dæk'], lead: ['Autoværkstedet'], title: ['Automekaniker'], initials: true, forms: 'shop', size: 'micro' },
    { code: '462100', weight: 0.6, words: ['Grovvarer', 'Foderstof', 'Korn og Foder', 'Grovvareselskab'], forms: 'corp', size: 'medium' },
    { code: '466100', weight: 0.6, words: ['Landbrugsmaskiner', 'Maskinhandel', 'Traktorer og Maskiner'], initials: true, forms: 'corp', size: 'small' },
    { code: '471100', weight: 1.6, words: ['Købmand', 'Købmandshandel', 'Købmandsgård', 'Dagligvarer'], lead: ["Dagli'Brugsen", 'SuperBrugsen', 'Købmanden i', 'Brugsen'], title: ['Købmand'], forms: 'shop', size: 'small' },
    { code: '472200', weight: 0.4, words: ['Slagter', 'Slagterforretning', 'Slagter og Viktualier'], lead: ['Slagteren i'], title: ['Slagtermester'], forms: 'shop', size: 'micro' },
    { code: '472300', weight: 0.4, words: ['Fiskehandel', 'Fiskehus', 'Fisk og Skaldyr'], lead: ['Fiskehandleren i'], fancy: true, coastal: true, forms: 'shop', size: 'micro' },
    { code: '477610', weight: 0.6, words: ['Blomster', 'Blomsterbutik', 'Blomster og Planter'], lead: ['Blomsterbutikken'], fancy: true, forms: 'shop', size: 'micro' },
    { code: '477110', weight: 0.7, words: ['Tøj', 'Mode', 'Modehus', 'Tøjhus'], lead: ['Modehuset'], fancy: true, forms: 'shop', size: 'micro' },
    { code: '475210', weight: 0.5, words: ['Trælast', 'Byggecenter', 'Byggemarked', 'Træ og Byg'], forms: 'corp', size: 'small' },
    { code: '477300', weight: 0.2, words: ['Apotek'], forms: 'shop', size: 'small' },
    { code: '477810', weight: 0.4, words: ['Optik', 'Optiker', 'Brilleservice'], fancy: true, forms: 'shop', size: 'micro' },
    { code: '479110', weight: 1, words: ['Webshop', 'Net', 'Online', 'Nethandel'], fancy: true, initials: true, forms: 'shop', size: 'micro' },
    { code: '473000', weight: 0.3, words: ['Tankstation', 'Servicestation', 'Tank og Vask'], forms: 'shop', size: 'small' },
    { code: '475910', weight: 0.3, words: ['Møbler', 'Boligindretning', 'Bolig og Interiør'], fancy: true, forms: 'shop', size: 'micro' },
    { code: '477900', weight: 0.4, words: ['Antik', 'Genbrug', 'Antik og Genbrug', 'Loppemarked'], fancy: true, forms: 'shop', size: 'micro' },
    { code: '461900', weight: 0.5, words: ['Handel', 'Handelsselskab', 'Import', 'Agentur'], fancy: true, initials: true, forms: 'corp', size: 'micro' },
  ],
  H: [
    { code: '494100', weight: 3, words: ['Vognmand', 'Vognmandsforretning', 'Transport', 'Fragt', 'Kørsel og Transport'], title: ['Vognmand'], initials: true, forms: 'craft', size: 'small' },
    { code: '493200', weight: 0.6, words: ['Taxa', 'Taxi', 'Taxi og Turistkørsel'], lead: ['Taxa'], forms: 'shop', size: 'micro' },
    { code: '493900', weight: 0.5, words: ['Busser', 'Turistbusser', 'Bustrafik', 'Bus og Turist'], forms: 'craft', size: 'small' },
    { code: '522200', weight: 0.4, words: ['Havneservice', 'Skibsservice', 'Skibsagentur'], coastal: true, forms: 'corp', size: 'small' },
    { code: '521000', weight: 0.3, words: ['Lagerhotel', 'Oplagring', 'Lager og Logistik'], initials: true, forms: 'corp', size: 'small' },
    { code: '532000', weight: 0.3, words: ['Budservice', 'Kurer', 'Express'], initials: true, forms: 'shop', size: 'micro' },
    { code: '501000', weight: 0.2, words: ['Færgefart', 'Bådfart', 'Søtransport'], coastal: true, forms: 'corp', size: 'small' },
  ],
  I: [
    { code: '551000', weight: 1, words: ['Hotel', 'Badehotel', 'Kro', 'Kro og Hotel', 'Gæstgiveri'], lead: ['Hotel', 'Kroen i'], coastal: true, forms: 'shop', size: 'small' },
    { code: '552000', weight: 1, words: ['Ferieboliger', 'Feriecenter', 'Bed & Breakfast', 'Ferielejligheder', 'Sommerhusudlejning'], farm: true, fancy: true, forms: 'shop', size: 'micro' },
    { code: '553000', weight: 0.8, words: ['Camping', 'Strand Camping', 'Camping og Hytteby', 'Familiecamping'], coastal: true, forms: 'shop', size: 'small' },
    { code: '561010', weight: 1.6, words: ['Restaurant', 'Havnekro', 'Café', 'Spisehus', 'Bistro'], lead: ['Restaurant', 'Café'], fancy: true, coastal: true, forms: 'shop', size: 'small' },
    { code: '561020', weight: 1, words: ['Pizzeria', 'Grill', 'Grillbar', 'Is og Grill', 'Burger'], lead: ['Pizzeria', 'Grillbaren i'], fancy: true, coastal: true, forms: 'shop', size: 'micro' },
    { code: '563000', weight: 0.5, words: ['Bodega', 'Værtshus', 'Pub', 'Bar'], lead: ['Bodega', 'Værtshuset'], fancy: true, coastal: true, forms: 'shop', size: 'micro' },
    { code: '562100', weight: 0.5, words: ['Catering', 'Selskabslokaler', 'Mad ud af Huset', 'Festlokaler'], fancy: true, forms: 'shop', size: 'micro' },
  ],
  J: [
    { code: '620100', weight: 1, words: ['IT', 'Software', 'Data', 'Digital', 'Systemudvikling'], fancy: true, initials: true, forms: 'corp', size: 'micro' },
    { code: '620200', weight: 0.6, words: ['IT-service', 'IT-rådgivning', 'Netværk og IT', 'Computerservice'], initials: true, forms: 'corp', size: 'micro' },
    { code: '591100', weight: 0.2, words: ['Film', 'Film og Video', 'Medier'], fancy: true, forms: 'corp', size: 'micro' },
    { code: '631200', weight: 0.2, words: ['Web', 'Webbureau', 'Digitale Medier'], fancy: true, initials: true, forms: 'corp', size: 'micro' },
    { code: '581100', weight: 0.2, words: ['Forlag', 'Bogforlag'], fancy: true, forms: 'corp', size: 'micro' },
    { code: '611000', weight: 0.1, words: ['Fibernet', 'Bredbånd'], forms: 'energy', size: 'micro' },
  ],
  K: [
    { code: '642020', weight: 3, words: ['Holding', 'Invest', 'Kapital'], farm: true, initials: true, forms: 'corp', size: 'micro' },
    { code: '641900', weight: 0.3, words: ['Andelskasse', 'Sparekasse'], forms: 'corp', size: 'medium' },
    { code: '662200', weight: 0.7, words: ['Forsikringsmægler', 'Forsikringsservice', 'Forsikring'], initials: true, forms: 'prof', size: 'micro' },
    { code: '649100', weight: 0.3, words: ['Leasing', 'Finans'], initials: true, forms: 'corp', size: 'micro' },
  ],
  L: [
    { code: '681000', weight: 2, words: ['Ejendomme', 'Ejendomsselskab', 'Ejendomsinvest', 'Byggegrunde'], farm: true, initials: true, forms: 'prop', size: 'micro' },
    { code: '682040', weight: 1.5, words: ['Erhvervsejendomme', 'Erhvervsudlejning', 'Udlejning', 'Ejendomsudlejning'], farm: true, initials: true, forms: 'prop', size: 'micro' },
    { code: '682030', weight: 1.5, words: ['Boligudlejning', 'Udlejningsejendomme', 'Lejligheder', 'Boliger'], farm: true, forms: 'prop', size: 'micro' },
    { code: '683110', weight: 0.8, words: ['Ejendomshandel', 'Bolighandel', 'Ejendomsmægler', 'Boligsalg'], title: ['Ejendomsmægler'], forms: 'prof', size: 'micro' },
    { code: '683200', weight: 0.5, words: ['Ejendomsadministration', 'Administration', 'Boligadministration'], initials: true, forms: 'prof', size: 'micro' },
  ],
  M: [
    { code: '692000', weight: 2, words: ['Revision', 'Regnskab', 'Bogføring', 'Regnskabsservice', 'Revision og Rådgivning'], initials: true, forms: 'prof', size: 'small' },
    { code: '691000', weight: 0.7, words: ['Advokatfirma', 'Advokater', 'Advokatkontor'], title: ['Advokat'], forms: 'prof', size: 'small' },
    { code: '711100', weight: 0.6, words: ['Arkitekter', 'Tegnestue', 'Arkitektfirma', 'Byggetegning'], fancy: true, forms: 'prof', size: 'micro' },
    { code: '711290', weight: 0.8, words: ['Ingeniørfirma', 'Rådgivende Ingeniører', 'Byggerådgivning', 'Ingeniørrådgivning'], initials: true, forms: 'prof', size: 'small' },
    { code: '702200', weight: 1.5, words: ['Rådgivning', 'Consult', 'Konsulent', 'Ledelsesrådgivning', 'Landbrugsrådgivning'], fancy: true, initials: true, forms: 'prof', size: 'micro' },
    { code: '731110', weight: 0.5, words: ['Reklame', 'Kommunikation', 'Reklamebureau', 'Marketing'], fancy: true, forms: 'prof', size: 'micro' },
    { code: '742000', weight: 0.4, words: ['Foto', 'Fotografi', 'Fotostudie'], title: ['Fotograf'], fancy: true, forms: 'prof', size: 'micro' },
    { code: '750000', weight: 0.6, words: ['Dyrlæge', 'Dyreklinik', 'Dyrlægepraksis', 'Dyrlægerne'], lead: ['Dyreklinikken i', 'Dyrlægerne i'], title: ['Dyrlæge'], forms: 'prof', size: 'small' },
    { code: '741000', weight: 0.4, words: ['Design', 'Grafisk Design', 'Indretning'], fancy: true, forms: 'prof', size: 'micro' },
  ],
  N: [
    { code: '812100', weight: 2, words: ['Rengøring', 'Rengøringsservice', 'Erhvervsrengøring', 'Service og Rengøring'], fancy: true, initials: true, forms: 'shop', size: 'small' },
    { code: '812210', weight: 0.5, words: ['Vinduespudsning', 'Vinduespolering', 'Vinduesservice'], title: ['Vinduespudser'], forms: 'shop', size: 'micro' },
    { code: '813000', weight: 1.5, words: ['Anlægsgartner', 'Have og Anlæg', 'Haveservice', 'Grønne Områder', 'Anlæg og Belægning'], title: ['Anlægsgartner'], initials: true, forms: 'craft', size: 'micro' },
    { code: '771100', weight: 0.3, words: ['Biludlejning', 'Autoudlejning'], forms: 'shop', size: 'micro' },
    { code: '773200', weight: 0.5, words: ['Maskinudlejning', 'Materieludlejning', 'Lift og Kran'], initials: true, forms: 'corp', size: 'small' },
    { code: '782000', weight: 0.3, words: ['Vikarservice', 'Bemanding', 'Vikarbureau'], initials: true, forms: 'corp', size: 'medium' },
    { code: '811000', weight: 0.3, words: ['Ejendomsservice', 'Viceværtservice', 'Facility Service'], initials: true, forms: 'shop', size: 'small' },
  ],
  P: [
    { code: '855300', weight: 1, words: ['Køreskole', 'Trafikskole'], lead: ['Køreskolen'], fancy: true, forms: 'shop', size: 'micro' },
    { code: '855200', weight: 0.6, words: ['Musikskole', 'Danseskole', 'Kunstskole'], fancy: true, forms: 'care', size: 'micro' },
    { code: '855900', weight: 0.8, words: ['Kursuscenter', 'Sprogskole', 'Kurser og Uddannelse', 'Efteruddannelse'], fancy: true, forms: 'prof', size: 'micro' },
    { code: '855100', weight: 0.4, words: ['Rideskole', 'Svømmeskole', 'Sejlskole'], farm: true, forms: 'care', size: 'micro' },
  ],
  Q: [
    { code: '862300', weight: 1.2, words: ['Tandlæge', 'Tandlægerne', 'Tandklinik', 'Tandlægeklinik'], lead: ['Tandlægerne i', 'Tandklinikken i'], title: ['Tandlæge'], forms: 'prof', size: 'small' },
    { code: '862100', weight: 0.8, words: ['Lægehus', 'Lægerne', 'Lægepraksis', 'Lægeklinik'], lead: ['Lægehuset i', 'Lægerne i'], title: ['Læge'], forms: 'prof', size: 'small' },
    { code: '869500', weight: 1.2, words: ['Fysioterapi', 'Fysioterapeuterne', 'Fysio', 'Fysioterapi og Træning'], lead: ['Fysioterapien i'], fancy: true, forms: 'care', size: 'micro' },
    { code: '869300', weight: 0.5, words: ['Psykologpraksis', 'Psykologerne', 'Psykologhuset'], title: ['Psykolog'], forms: 'care', size: 'micro' },
    { code: '869600', weight: 0.5, words: ['Zoneterapi', 'Massage', 'Massageklinik', 'Akupunktur'], fancy: true, forms: 'care', size: 'micro' },
    { code: '869900', weight: 0.5, words: ['Kiropraktisk Klinik', 'Fodterapi', 'Fodklinik'], title: ['Fodterapeut', 'Kiropraktor'], forms: 'care', size: 'micro' },
    { code: '881000', weight: 1, words: ['Hjemmepleje', 'Hjemmehjælp', 'Privat Hjemmepleje', 'Omsorg og Pleje'], fancy: true, forms: 'care', size: 'small' },
    { code: '889100', weight: 1.2, words: ['Dagpleje', 'Privat Dagpleje', 'Børnehus', 'Naturbørnehave'], title: ['Dagplejer'], fancy: true, forms: 'care', size: 'micro' },
    { code: '879000', weight: 0.6, words: ['Opholdssted', 'Bosted', 'Botilbud', 'Socialpædagogisk Opholdssted'], farm: true, fancy: true, forms: 'care', size: 'small' },
    { code: '873000', weight: 0.3, words: ['Friplejehjem', 'Plejehjem', 'Plejecenter'], fancy: true, forms: 'corp', size: 'medium' },
  ],
  R: [
    { code: '900300', weight: 0.8, words: ['Keramik', 'Kunstværksted', 'Atelier', 'Glaskunst', 'Kunsthåndværk'], fancy: true, forms: 'care', size: 'micro' },
    { code: '931300', weight: 0.5, words: ['Fitness', 'Fitnesscenter', 'Træningscenter', 'Crossfit'], fancy: true, forms: 'shop', size: 'micro' },
    { code: '931100', weight: 0.4, words: ['Golfbane', 'Padelcenter', 'Rideanlæg', 'Skydebane'], fancy: true, forms: 'shop', size: 'micro' },
    { code: '932900', weight: 0.7, words: ['Minigolf', 'Aktivitetscenter', 'Lystfiskeri', 'Put and Take', 'Oplevelser'], fancy: true, farm: true, forms: 'shop', size: 'micro' },
    { code: '900100', weight: 0.3, words: ['Musik', 'Scenekunst', 'Teater', 'Lyd og Lys'], fancy: true, forms: 'care', size: 'micro' },
  ],
  S: [
    { code: '960210', weight: 2, words: ['Frisør', 'Frisørsalon', 'Hårdesign', 'Salon', 'Hår og Skønhed'], lead: ['Frisør', 'Salon'], title: ['Frisør'], fancy: true, forms: 'care', size: 'micro' },
    { code: '960220', weight: 0.8, words: ['Skønhedsklinik', 'Negle og Vipper', 'Kosmetolog', 'Beauty', 'Hudpleje'], fancy: true, forms: 'care', size: 'micro' },
    { code: '960300', weight: 0.3, words: ['Begravelsesforretning', 'Bedemandsforretning', 'Begravelsesservice'], title: ['Bedemand'], forms: 'shop', size: 'micro' },
    { code: '952900', weight: 0.4, words: ['Cykelværksted', 'Skomager', 'Urmager', 'Cykler og Service'], title: ['Urmager', 'Skomager'], forms: 'shop', size: 'micro' },
    { code: '960900', weight: 0.6, words: ['Hundepension', 'Hundefrisør', 'Dyrepension', 'Hundetræning'], fancy: true, farm: true, forms: 'care', size: 'micro' },
  ],
};
