import assert from 'node:assert/strict';
import type { Company } from '../../bot/domain/company.js';
import { optOutCovers, type Contact, type OptOut } from '../../bot/domain/contact.js';
import { eventIdTime, isEventId } from '../../bot/domain/contactId.js';
import { isValidCvr, isValidPNumber } from '../../bot/domain/cvr.js';
import { EMPLOYEE_BANDS } from '../../bot/domain/employeeBand.js';
import { sectionOfCode } from '../../bot/domain/industries.js';
import { NORDDJURS_POSTAL_AREAS } from '../../bot/domain/norddjurs.js';
import { CONTACT_CHANNELS, DEFAULT_UNITS } from '../../bot/domain/units.js';
import {
  DEMO_STAFF, generateActivity, generateCompanies, generateDemoData, toCompanyCsv, type DemoData,
} from '../../bot/demo/index.js';
import { Random } from '../../bot/demo/random.js';

const NOW = new Date('2025-11-14T10:30:00Z');
const TODAY = '2025-11-14';
const DAY = 86_400_000;

const day = (iso: string): number => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY;
const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
const section = (c: Company): string => (c.industryCode && sectionOfCode(c.industryCode)?.code) || '?';

/** The matcher's normalisation as the brief states it, written independently of the generator's key. */
function normalise(name: string): string {
  return name
    .toLowerCase()
    .replace(/\s+v\/\s.*$/, '')
    .replace(/\s+(aps|a\/s|i\/s|ivs|k\/s|p\/s)$/, '')
    .replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa')
    .replace(/\s+/g, ' ')
    .trim();
}

function byCvr(contacts: readonly Contact[]): Map<string, Contact[]> {
  const map = new Map<string, Contact[]>();
  for (const c of contacts) {
    const list = map.get(c.cvr) ?? [];
    list.push(c);
    map.set(c.cvr, list);
  }
  return map;
}

/** Companies with two different units within 30 days, and the last day of their latest such pair. */
function parallelCompanies(contacts: readonly Contact[]): Map<string, { first: number; last: number }> {
  const result = new Map<string, { first: number; last: number }>();
  for (const [cvr, list] of byCvr(contacts)) {
    const sorted = [...list].sort((a, b) => day(a.date) - day(b.date));
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length && day(sorted[j].date) - day(sorted[i].date) <= 30; j++) {
        if (sorted[j].unit !== sorted[i].unit) {
          const prev = result.get(cvr);
          if (!prev || day(sorted[j].date) > prev.last) result.set(cvr, { first: day(sorted[i].date), last: day(sorted[j].date) });
        }
      }
    }
  }
  return result;
}

/** Contacts share of a group divided by its company share: below 1 means under-covered. */
function coverageRatio(data: DemoData, inGroup: (c: Company) => boolean): number {
  const group = new Set(data.companies.filter(inGroup).map((c) => c.cvr));
  const contacts = data.contacts.filter((c) => group.has(c.cvr)).length;
  return share(contacts, data.contacts.length) / share(group.size, data.companies.length);
}

describe('demo data', () => {
  let data: DemoData;
  before(() => {
    data = generateDemoData({ now: NOW });
  });

  describe('determinism', () => {
    it('gives deep-equal output for the same inputs', () => {
      assert.deepEqual(generateDemoData({ now: NOW }), data);
    });

    it('gives different output for another seed', () => {
      const other = generateDemoData({ now: NOW, seed: 708 });
      assert.notDeepEqual(other.companies.map((c) => c.name), data.companies.map((c) => c.name));
      assert.notDeepEqual(other.contacts.map((c) => c.cvr), data.contacts.map((c) => c.cvr));
    });

    it('never calls Math.random', () => {
      const original = Math.random;
      Math.random = () => {
        throw new Error('Math.random used');
      };
      try {
        generateDemoData({ now: NOW, companyCount: 300 });
      } finally {
        Math.random = original;
      }
    });

    it('has a PRNG whose helpers stay in range', () => {
      const rng = new Random(1);
      for (let i = 0; i < 1000; i++) {
        const n = rng.int(3, 5);
        assert.ok(n >= 3 && n <= 5 && Number.isInteger(n));
        const x = rng.next();
        assert.ok(x >= 0 && x < 1);
      }
      assert.deepEqual(rng.shuffle([1, 2, 3, 4]).sort(), [1, 2, 3, 4]);
      assert.equal(rng.weighted(['a', 'b'], [0, 1]), 'b');
    });
  });

  describe('companies', () => {
    it('has the default count, all fictional, with unique valid CVR and P-numbers', () => {
      assert.equal(data.companies.length, 2500);
      assert.equal(new Set(data.companies.map((c) => c.cvr)).size, 2500);
      const pNumbers = data.companies.flatMap((c) => c.pNumbers);
      assert.equal(new Set(pNumbers).size, pNumbers.length);
      for (const c of data.companies) {
        assert.ok(isValidCvr(c.cvr), c.cvr);
        assert.ok(c.pNumbers.length >= 1 && c.pNumbers.every(isValidPNumber), c.cvr);
        assert.equal(c.fictional, true);
      }
      assert.ok(data.companies.filter((c) => c.pNumbers.length > 1).length >= 20);
    });

    it('writes the legal suffix in the name and uses the listed forms in realistic shares', () => {
      const forms = new Map<string, number>();
      for (const c of data.companies) {
        forms.set(c.legalForm, (forms.get(c.legalForm) ?? 0) + 1);
        if (c.legalForm === 'Enkeltmandsvirksomhed') assert.ok(!/ (ApS|A\/S|I\/S|IVS|K\/S|P\/S)$/.test(c.name), c.name);
        else assert.ok(c.name.endsWith(` ${c.legalForm}`), c.name);
      }
      assert.deepEqual([...forms.keys()].sort(), ['A/S', 'ApS', 'Enkeltmandsvirksomhed', 'I/S', 'IVS', 'K/S', 'P/S']);
      const aps = share(forms.get('ApS') ?? 0, 2500);
      const sole = share(forms.get('Enkeltmandsvirksomhed') ?? 0, 2500);
      assert.ok(aps > 0.3 && aps < 0.55, `ApS ${aps}`);
      assert.ok(sole > 0.28 && sole < 0.5, `Enkeltmandsvirksomhed ${sole}`);
      assert.ok(data.companies.some((c) => / v\/ \S+ \S+$/.test(c.name)), 'some "v/ <owner>" names');
    });

    it('covers every Norddjurs postal area, Grenaa about half, Anholt few', () => {
      const counts = new Map<string, number>();
      for (const c of data.companies) counts.set(c.address.postalCode ?? '', (counts.get(c.address.postalCode ?? '') ?? 0) + 1);
      for (const a of NORDDJURS_POSTAL_AREAS) assert.ok((counts.get(a.code) ?? 0) > 0, `no company in ${a.code}`);
      const grenaa = share(counts.get('8500') ?? 0, 2500);
      assert.ok(grenaa > 0.4 && grenaa < 0.6, `Grenaa ${grenaa}`);
      assert.ok(share(counts.get('8592') ?? 0, 2500) < 0.03);
      for (const c of data.companies) {
        const area = NORDDJURS_POSTAL_AREAS.find((a) => a.code === c.address.postalCode);
        assert.equal(c.address.town, area?.town);
        assert.match(c.address.street ?? '', /^\S.* \d+[A-C]?$/);
      }
    });

    it('registers about 3 % in Syddjurs, only in shared postal areas', () => {
      const outside = data.companies.filter((c) => c.address.municipalityCode === '706');
      for (const c of outside) {
        assert.equal(c.inMunicipality, false);
        assert.ok(NORDDJURS_POSTAL_AREAS.find((a) => a.code === c.address.postalCode)?.sharedWithSyddjurs);
      }
      for (const c of data.companies.filter((x) => x.address.municipalityCode !== '706')) {
        assert.equal(c.address.municipalityCode, '707');
        assert.equal(c.inMunicipality, true);
      }
      const s = share(outside.length, 2500);
      assert.ok(s > 0.015 && s < 0.05, `706 share ${s}`);
    });

    it('weights sections like a rural municipality', () => {
      const counts = new Map<string, number>();
      for (const c of data.companies) {
        assert.match(c.industryCode ?? '', /^\d{6}$/);
        counts.set(section(c), (counts.get(section(c)) ?? 0) + 1);
      }
      const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([s]) => s);
      for (const s of ['A', 'F', 'G']) assert.ok(top.includes(s), `${s} not among top sections ${top.join(',')}`);
      for (const s of ['B', 'D', 'K']) assert.ok(share(counts.get(s) ?? 0, 2500) < 0.03, `${s} too common`);
      assert.equal(counts.get('T') ?? 0, 0);
      assert.equal(counts.get('U') ?? 0, 0);
      assert.equal(counts.get('?') ?? 0, 0);
      const db25 = share(data.companies.filter((c) => c.industryCodeVersion === 'DB25').length, 2500);
      assert.ok(db25 > 0.01 && db25 < 0.06, `DB25 ${db25}`);
    });

    it('has realistic sizes, protection, status and secondary names', () => {
      const bandIds = new Set(EMPLOYEE_BANDS.map((b) => b.id));
      const rank = (id: string | null): number => EMPLOYEE_BANDS.findIndex((b) => b.id === id);
      for (const c of data.companies) assert.ok(c.employeeBand === null || bandIds.has(c.employeeBand));
      const small = data.companies.filter((c) => rank(c.employeeBand) >= 0 && rank(c.employeeBand) <= 3).length;
      const large = data.companies.filter((c) => rank(c.employeeBand) >= 6).length;
      assert.ok(share(small, 2500) > 0.7, `0–9 employees ${share(small, 2500)}`);
      assert.ok(share(large, 2500) < 0.04 && large > 0, `50+ employees ${large}`);
      const protectedShare = share(data.companies.filter((c) => c.advertisingProtected).length, 2500);
      assert.ok(protectedShare > 0.08 && protectedShare < 0.16, `reklamebeskyttet ${protectedShare}`);
      const ceased = data.companies.filter((c) => c.status === 'OPHØRT').length;
      assert.ok(ceased > 10 && share(ceased, 2500) < 0.04, `OPHØRT ${ceased}`);
      assert.ok(data.companies.every((c) => c.status === 'NORMAL' || c.status === 'OPHØRT'));
      const withAlt = data.companies.filter((c) => c.secondaryNames.length > 0);
      assert.ok(share(withAlt.length, 2500) > 0.05 && share(withAlt.length, 2500) < 0.11, `binavne ${withAlt.length}`);
      assert.ok(withAlt.every((c) => c.secondaryNames.length <= 2));
    });

    it('keeps names unique after normalisation at 20,000 companies, with æ, ø and å common', () => {
      const many = generateCompanies({ seed: 707, count: 20_000 });
      const seen = new Map<string, string>();
      for (const c of many) {
        for (const name of [c.name, ...c.secondaryNames]) {
          const key = normalise(name);
          assert.ok(!seen.has(key), `"${name}" collides with "${seen.get(key)}"`);
          seen.set(key, name);
        }
      }
      const withLetters = share(many.filter((c) => /[æøåÆØÅ]/.test(c.name)).length, many.length);
      assert.ok(withLetters > 0.25, `æ/ø/å in ${withLetters}`);
      assert.equal(new Set(many.map((c) => c.cvr)).size, many.length);
    });
  });

  describe('staff', () => {
    it('has about three fictional staff per unit and one coordinator in Erhverv', () => {
      for (const u of DEFAULT_UNITS) {
        const staff = DEMO_STAFF.filter((s) => s.unit === u.id);
        assert.ok(staff.length >= 2 && staff.length <= 4, u.id);
        for (const s of staff) {
          assert.match(s.id, new RegExp(`^demo-${u.id}-\\d+$`));
          assert.match(s.email, /^[a-z.]+@norddjurs\.example$/);
        }
      }
      const coordinators = DEMO_STAFF.filter((s) => s.coordinator);
      assert.equal(coordinators.length, 1);
      assert.equal(coordinators[0].unit, 'erhverv');
      assert.equal(new Set(DEMO_STAFF.map((s) => s.id)).size, DEMO_STAFF.length);
      assert.deepEqual(data.staff, DEMO_STAFF);
    });
  });

  describe('contacts', () => {
    it('has about 4,000 valid contacts in journal order', () => {
      assert.ok(data.contacts.length >= 3500 && data.contacts.length <= 4500, String(data.contacts.length));
      const cvrs = new Set(data.companies.map((c) => c.cvr));
      const ids = new Set<string>();
      let prev = '';
      for (const c of data.contacts) {
        assert.ok(cvrs.has(c.cvr));
        assert.ok(isEventId(c.id), c.id);
        assert.equal(eventIdTime(c.id), Date.parse(c.createdAt));
        assert.ok(c.id > prev, 'ordered by id');
        prev = c.id;
        ids.add(c.id);
        assert.ok((CONTACT_CHANNELS as readonly string[]).includes(c.channel));
        assert.match(c.date, /^\d{4}-\d{2}-\d{2}$/);
        if (c.followUpDate !== null) assert.ok(c.followUpDate > c.date);
      }
      assert.equal(ids.size, data.contacts.length);
    });

    it('uses only valid unit/purpose pairs and the unit\'s own staff', () => {
      for (const c of data.contacts) {
        const unit = DEFAULT_UNITS.find((u) => u.id === c.unit);
        assert.ok(unit, c.unit);
        assert.ok(unit.purposes.includes(c.purpose), `${c.unit}/${c.purpose}`);
        const staff = DEMO_STAFF.find((s) => s.id === c.staffId);
        assert.equal(staff?.unit, c.unit);
        assert.equal(staff?.displayName, c.staffName);
        assert.equal(c.createdBy, c.staffId);
      }
      const units = new Set(data.contacts.map((c) => c.unit));
      assert.equal(units.size, DEFAULT_UNITS.length);
    });

    it('has no contact in the future and stores each within 0–3 days, in working hours', () => {
      for (const c of data.contacts) {
        assert.ok(c.date <= TODAY, c.date);
        const created = Date.parse(c.createdAt);
        assert.ok(created <= NOW.getTime(), c.createdAt);
        const dayStart = Date.parse(`${c.date}T00:00:00+02:00`);
        assert.ok(created >= dayStart + 7 * 3_600_000, `${c.date} ${c.createdAt}`);
        assert.ok(created < dayStart + 4 * DAY + 2 * 3_600_000, `${c.date} ${c.createdAt}`);
        const weekday = new Date(`${c.date}T12:00:00Z`).getUTCDay();
        assert.ok(weekday >= 1 && weekday <= 5, `${c.date} is a weekend`);
      }
    });

    it('has ratings on about a quarter, mostly 4–5', () => {
      const rated = data.contacts.filter((c) => c.rating !== null);
      const s = share(rated.length, data.contacts.length);
      assert.ok(s > 0.18 && s < 0.32, `rated ${s}`);
      assert.ok(rated.every((c) => Number.isInteger(c.rating) && (c.rating ?? 0) >= 1 && (c.rating ?? 0) <= 5));
      assert.ok(share(rated.filter((c) => (c.rating ?? 0) >= 4).length, rated.length) > 0.6);
      assert.ok(data.contacts.some((c) => c.followUpDate !== null));
      assert.ok(data.contacts.some((c) => c.outcome !== null));
    });

    it('never puts a CPR-shaped number in a note or outcome', () => {
      const notes = data.contacts.flatMap((c) => [c.note, c.outcome]).filter((n): n is string => n !== null);
      assert.ok(notes.length > 100);
      for (const n of notes) {
        assert.ok(!/\d{10}/.test(n), n);
        assert.ok(!/\d{6}[-\s]?\d{4}/.test(n), n);
      }
    });

    it('leaves about a third of companies never contacted and a tenth silent for over a year', () => {
      const last = new Map<string, number>();
      for (const c of data.contacts) last.set(c.cvr, Math.max(last.get(c.cvr) ?? 0, day(c.date)));
      const never = share(data.companies.filter((c) => !last.has(c.cvr)).length, 2500);
      assert.ok(never > 0.25 && never < 0.45, `never contacted ${never}`);
      const yearAgo = day('2024-11-14');
      const silent = share([...last.values()].filter((d) => d < yearAgo).length, 2500);
      assert.ok(silent > 0.06 && silent < 0.15, `silent ${silent}`);
      const oldest = Math.min(...data.contacts.map((c) => day(c.date)));
      assert.ok(oldest >= day('2024-05-12'), 'nothing older than about 18 months');
    });

    it('has parallel contacts at about 4 % of companies, some of them recent', () => {
      const parallel = parallelCompanies(data.contacts);
      const s = share(parallel.size, 2500);
      assert.ok(s > 0.025 && s < 0.07, `parallel ${s}`);
      const today = day(TODAY);
      const last30 = [...parallel.values()].filter((p) => p.first >= today - 30).length;
      const last7 = [...parallel.values()].filter((p) => p.first >= today - 7).length;
      assert.ok(last30 >= 10, `parallel within 30 days ${last30}`);
      assert.ok(last7 >= 2, `parallel within 7 days ${last7}`);
      const threeUnits = [...byCvr(data.contacts)].filter(([cvr, list]) => parallel.has(cvr) && new Set(list.map((c) => c.unit)).size >= 3);
      assert.ok(threeUnits.length > 0);
    });

    it('under-covers Anholt, Ørum Djurs and sections J/K/M, and covers core trades in Grenaa', () => {
      const thinAreas = coverageRatio(data, (c) => c.address.postalCode === '8592' || c.address.postalCode === '8586');
      const thinSections = coverageRatio(data, (c) => ['J', 'K', 'M'].includes(section(c)));
      const core = coverageRatio(data, (c) => c.address.postalCode === '8500' && ['A', 'F', 'G', 'Q'].includes(section(c)));
      assert.ok(thinAreas < 0.5, `Anholt/Ørum ratio ${thinAreas}`);
      assert.ok(thinSections < 0.5, `J/K/M ratio ${thinSections}`);
      assert.ok(core > 1.3, `Grenaa core ratio ${core}`);
    });
  });

  describe('opt-outs', () => {
    it('registers about 2 % of companies, at least 20, with Danish reasons and staff registrars', () => {
      const { optOuts } = data;
      assert.ok(optOuts.length >= 20 && share(optOuts.length, 2500) < 0.03, String(optOuts.length));
      const cvrs = new Set(data.companies.map((c) => c.cvr));
      const staffNames = new Set(DEMO_STAFF.map((s) => s.displayName));
      for (const o of optOuts) {
        assert.ok(cvrs.has(o.cvr));
        assert.ok(isEventId(o.id));
        assert.ok(o.reason.length > 10);
        assert.ok(['telefon', 'e-mail', 'brev', 'møde'].includes(o.source), o.source);
        assert.ok(staffNames.has(o.registeredBy));
        assert.ok(o.date <= TODAY && Date.parse(o.registeredAt) <= NOW.getTime());
        if (o.scope.kind === 'units') assert.ok(o.scope.units.length > 0 && o.scope.units.every((u) => DEFAULT_UNITS.some((x) => x.id === u)));
        if (o.pNumber !== null) assert.ok(data.companies.find((c) => c.cvr === o.cvr)?.pNumbers.includes(o.pNumber));
      }
      assert.equal(new Set(optOuts.map((o) => o.cvr)).size, optOuts.length);
      assert.ok(optOuts.some((o) => o.scope.kind === 'all'));
      assert.ok(optOuts.some((o) => o.scope.kind === 'units'));
      assert.ok(optOuts.some((o) => o.reason === 'Ønsker ikke flere henvendelser om praktik' || o.reason === 'For mange opkald fra kommunen'));
    });

    it('has a few revoked opt-outs with who, when and why', () => {
      const revoked = data.optOuts.filter((o) => o.revokedAt !== null);
      assert.ok(revoked.length >= 1 && revoked.length < data.optOuts.length / 2);
      for (const o of revoked) {
        assert.ok(o.revokedBy && o.revokeReason);
        assert.ok(Date.parse(o.revokedAt ?? '') > Date.parse(o.registeredAt) && Date.parse(o.revokedAt ?? '') <= NOW.getTime());
      }
      for (const o of data.optOuts.filter((x) => x.revokedAt === null)) assert.equal(o.revokedBy ?? o.revokeReason, null);
    });

    it('keeps older contacts of opted-out companies and breaches the opt-out once or twice', () => {
      const contacts = byCvr(data.contacts);
      const before = data.optOuts.filter((o) => (contacts.get(o.cvr) ?? []).some((c) => c.date < o.date));
      assert.ok(before.length >= 5, `opted out with older contacts ${before.length}`);
      assert.equal(breaches(data.optOuts, contacts).length >= 1 && breaches(data.optOuts, contacts).length <= 2, true);
    });
  });

  describe('scale options', () => {
    it('hits targetContactCount exactly and stays deterministic', () => {
      const companies = generateCompanies({ seed: 3, count: 5000 });
      const a = generateActivity({ seed: 3, companies, now: NOW, targetContactCount: 60_000 });
      assert.equal(a.contacts.length, 60_000);
      const b = generateActivity({ seed: 3, companies, now: NOW, targetContactCount: 60_000 });
      assert.deepEqual(b, a);
      assert.ok(a.optOuts.length >= 20);
      const breached = breaches(a.optOuts, byCvr(a.contacts));
      assert.ok(breached.length >= 1 && breached.length <= 2, `breaches ${breached.length}`);
      const s = share(parallelCompanies(a.contacts).size, companies.length);
      assert.ok(s > 0.025 && s < 0.07, `parallel ${s}`);
    });

    it('keeps a shorter main window, with only the long-silent companies older', () => {
      const companies = generateCompanies({ seed: 4, count: 1000 });
      const { contacts } = generateActivity({ seed: 4, companies, now: NOW, months: 6 });
      const windowStart = day('2025-05-14');
      const silentEnd = day('2024-11-14');
      assert.ok(contacts.length > 500);
      for (const c of contacts) assert.ok(day(c.date) >= windowStart - 3 || day(c.date) < silentEnd, c.date);
    });

    it('stays in the past and on working days whatever the time of `now`', () => {
      const companies = generateCompanies({ seed: 5, count: 600 });
      // Sunday before dawn, Monday before office hours (winter time), the first working day of summer time.
      for (const iso of ['2025-11-16T05:00:00Z', '2026-01-05T06:30:00Z', '2025-03-31T06:45:00Z']) {
        const now = new Date(iso);
        const { contacts, optOuts } = generateActivity({ seed: 5, companies, now });
        for (const c of contacts) {
          assert.ok(Date.parse(c.createdAt) <= now.getTime(), `${iso}: ${c.createdAt}`);
          assert.ok(c.date <= iso.slice(0, 10), `${iso}: ${c.date}`);
          const weekday = new Date(`${c.date}T12:00:00Z`).getUTCDay();
          assert.ok(weekday >= 1 && weekday <= 5, `${iso}: ${c.date}`);
        }
        for (const o of optOuts) assert.ok(Date.parse(o.registeredAt) <= now.getTime() && o.date <= iso.slice(0, 10));
      }
    });

    it('copes with tiny inputs', () => {
      assert.deepEqual(generateActivity({ seed: 1, companies: [], now: NOW }), { contacts: [], optOuts: [] });
      const few = generateCompanies({ seed: 1, count: 10 });
      const small = generateActivity({ seed: 1, companies: few, now: NOW, targetContactCount: 3 });
      assert.equal(small.contacts.length, 3);
    });
  });

  describe('company CSV', () => {
    it('writes the import header, BOM, CRLF and one row per company', () => {
      const csv = toCompanyCsv(data.companies.slice(0, 50));
      assert.ok(csv.startsWith('\uFEFFcvr;navn;branchekode;postnr;by;kommunekode;ansatte;reklamebeskyttet;virksomhedsform;adresse;binavne;pnumre;status;kodeversion\r\n'));
      const lines = csv.slice(1).split('\r\n');
      assert.equal(lines.at(-1), '');
      assert.equal(lines.length, 52);
      assert.ok(!csv.replace(/\r\n/g, '').includes('\n'));
      const c = data.companies[0];
      const cells = lines[1].split(';');
      assert.equal(cells[0], c.cvr);
      assert.equal(cells[7], c.advertisingProtected ? 'ja' : 'nej');
      assert.equal(cells[11], c.pNumbers.join('|'));
      assert.equal(cells[13], c.industryCodeVersion);
    });

    it('quotes fields with semicolons, quotes or newlines and joins lists with |', () => {
      const c: Company = {
        ...data.companies[0], name: 'Smed; "Jensen"\nApS', secondaryNames: ['A', 'B'], pNumbers: ['1000000001', '1000000002'],
        employeeBand: null, industryCode: null,
      };
      const row = toCompanyCsv([c]).split('\r\n')[1];
      assert.ok(row.includes(';"Smed; ""Jensen""\nApS";'), row);
      assert.ok(row.includes(';A|B;1000000001|1000000002;'), row);
      assert.ok(row.includes(`${c.cvr};"Smed`), row);
    });
  });
});

/** Contacts after an active opt-out's date by a unit it covers. */
function breaches(optOuts: readonly OptOut[], contacts: Map<string, Contact[]>): Contact[] {
  return optOuts.flatMap((o) => (contacts.get(o.cvr) ?? []).filter((c) => c.date > o.date && optOutCovers(o, c.unit)));
}
