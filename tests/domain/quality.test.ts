import assert from 'node:assert/strict';
import type { Contact } from '../../bot/domain/contact.js';
import type { CompanyFeedback } from '../../bot/domain/feedback.js';
import { buildQuality, monthKeys, type QualityInput, type RatingFigure } from '../../bot/domain/quality/index.js';
import { DEFAULT_UNITS, PURPOSES } from '../../bot/domain/units.js';
import { dayContact } from '../support/domainFixtures.js';

/*
 * The period is September–November 2026 (91 days); the period before it is 2 June – 31 August 2026.
 * Companies: A 10000001, B …02, C …03, D …04, E …05, F …06, G …08, H …09, J …10, K …11, I …12.
 */
const PERIOD = { from: '2026-09-01', to: '2026-11-30' };

function rated(id: string, cvr: string, unit: string, date: string, rating: number | null, purpose = 'andet'): Contact {
  return dayContact(id, cvr, unit, date, { rating, purpose });
}

function answer(id: string, cvr: string, date: string, extra: Partial<CompanyFeedback> = {}): CompanyFeedback {
  return {
    id, cvr, linkId: `link-${id}`, receivedAt: `${date}T12:00:00Z`, date, unit: null, purpose: null, rating: null, recommend: null,
    comment: null, wish: 'same', ...extra,
  };
}

const contacts: Contact[] = [
  rated('s1', '10000001', 'jobcenter', '2026-06-15', 5, 'virksomhedspraktik'),
  rated('s2', '10000001', 'jobcenter', '2026-10-05', 3, 'virksomhedspraktik'),
  rated('s3', '10000002', 'erhverv', '2026-08-20', 4, 'erhvervsservice'),
  rated('s4', '10000002', 'erhverv', '2026-11-10', 3, 'erhvervsservice'),
  rated('s5', '10000003', 'skole', '2026-07-01', 4, 'aaben-skole'),
  rated('s6', '10000003', 'skole', '2026-08-01', 5, 'aaben-skole'),
  rated('s7', '10000003', 'skole', '2026-09-10', 4, 'aaben-skole'),
  // Inside what is read, but more than 24 months before D's newest rating: not compared with it.
  rated('s8', '10000004', 'unge', '2024-09-10', 5, 'ungepraktik'),
  rated('s9', '10000004', 'unge', '2026-09-20', 2, 'ungepraktik'),
  rated('s10', '10000005', 'erhverv', '2026-07-10', 2, 'erhvervsservice'),
  rated('s11', '10000005', 'erhverv', '2026-10-10', 5, 'erhvervsservice'),
  rated('s12', '10000006', 'erhverv', '2026-08-30', 1),
  rated('s12b', '10000006', 'jobcenter', '2026-07-01', 5),
  rated('s14', '10000011', 'jobcenter', '2026-11-05', 4, 'virksomhedspraktik'),
  // Off the scale, or no rating: not answers.
  rated('x1', '10000007', 'erhverv', '2026-10-01', 0),
  rated('x2', '10000007', 'erhverv', '2026-10-02', 6),
  rated('x3', '10000007', 'erhverv', '2026-10-03', 3.5),
  rated('x4', '10000007', 'erhverv', '2026-10-04', null),
  // After the period.
  rated('x5', '10000001', 'jobcenter', '2026-12-01', 1),
];

const feedback: CompanyFeedback[] = [
  answer('f1', '10000001', '2026-08-10', { unit: 'jobcenter', purpose: 'virksomhedspraktik', rating: 4, recommend: 8, comment: 'Fint samarbejde' }),
  // 00:30 on 1 November in Copenhagen is still 31 October in UTC: it is a November answer.
  answer('f2', '10000008', '2026-11-01', { receivedAt: '2026-10-31T23:30:00Z', unit: 'jobcenter', purpose: 'loentilskud', rating: 5, recommend: 10, comment: '  Hurtig hjælp  ' }),
  answer('f3', '10000008', '2026-11-20', { recommend: 9, comment: 'Ring sjældnere', wish: 'fewer' }),
  answer('f4', '10000009', '2026-09-15', { unit: 'skole', purpose: 'aaben-skole', rating: 2, recommend: 3, comment: '   ', wish: 'none' }),
  answer('f5', '10000009', '2026-10-20', { rating: 4, recommend: 11 }),
  answer('f6', '10000010', '2026-11-29', { unit: 'kultur', purpose: 'kulturarrangement', rating: 3, recommend: 7, comment: 'Ok' }),
  answer('fi0', '10000012', '2026-03-01', { unit: 'unge', rating: 5 }),
  answer('fi1', '10000012', '2026-11-15', { rating: 3 }),
];

function input(extra: Partial<QualityInput> = {}): QualityInput {
  return {
    contacts, companyFeedback: feedback, period: PERIOD, units: DEFAULT_UNITS, purposes: PURPOSES,
    companyName: (cvr) => (cvr === '10000010' ? null : `Firma ${cvr.slice(-2)}`), ...extra,
  };
}

const fig = (f: RatingFigure): [number, number | null, boolean] => [f.count, f.average === null ? null : Number(f.average.toFixed(3)), f.fewAnswers];

describe('quality: satisfaction figures', () => {
  const q = buildQuality(input());

  it('averages staff-recorded ratings and the companies\' own answers in the period, apart and together', () => {
    assert.deepEqual(fig(q.overall.staff), [6, 3.5, false]);
    assert.deepEqual(fig(q.overall.company), [5, 3.4, false]);
    assert.deepEqual(fig(q.overall.all), [11, 3.455, false]);
    assert.deepEqual(q.previousPeriod, { from: '2026-06-02', to: '2026-08-31' });
    assert.deepEqual(fig(q.overall.previous), [8, 3.75, false]);
  });

  it('splits by Copenhagen month and marks figures from fewer than three answers', () => {
    assert.deepEqual(q.months.map((m) => [m.month, fig(m.all), fig(m.staff), fig(m.company)]), [
      ['2026-09', [3, 2.667, false], [2, 3, true], [1, 2, true]],
      ['2026-10', [3, 4, false], [2, 4, true], [1, 4, true]],
      ['2026-11', [5, 3.6, false], [2, 3.5, true], [3, 3.667, false]],
    ]);
  });

  it('lists every month of the period, the empty ones as "no answers" rather than as zero', () => {
    const q2 = buildQuality(input({ period: { from: '2026-11-15', to: '2027-01-10' } }));
    assert.deepEqual(q2.months.map((m) => [m.month, fig(m.all)]), [
      ['2026-11', [2, 3, true]], ['2026-12', [1, 1, true]], ['2027-01', [0, null, false]],
    ]);
    assert.deepEqual(monthKeys({ from: '2026-12-31', to: '2027-01-01' }), ['2026-12', '2027-01']);
  });

  it('gives every unit a row, then units met only in the answers, then answers tied to no contact', () => {
    assert.deepEqual(q.byUnit.map((r) => [r.key, fig(r.rating), r.staff, r.company, fig(r.previous), r.falling]), [
      ['erhverv', [2, 4, true], 2, 0, [3, 2.333, false], false],
      // 4.67 before, 4.00 now, both from three answers: a falling trend.
      ['jobcenter', [3, 4, false], 2, 1, [3, 4.667, false], true],
      ['unge', [1, 2, true], 1, 0, [0, null, false], false],
      ['boern-familie', [0, null, false], 0, 0, [0, null, false], false],
      // 4.5 → 3.0, but both from two answers: not called a trend.
      ['skole', [2, 3, true], 1, 1, [2, 4.5, true], false],
      ['kultur', [1, 3, true], 0, 1, [0, null, false], false],
      [null, [2, 3.5, true], 0, 2, [0, null, false], false],
    ]);
  });

  it('names a purpose the coordinator added in the contact strategy', () => {
    const kultur = { id: 'kultur', name: 'Kultur og fritid', nameEn: 'Culture', shortName: 'Kultur', purposes: ['kulturarrangement'] };
    const withKultur = buildQuality(input({
      units: [...DEFAULT_UNITS, kultur], purposes: [...PURPOSES, { id: 'kulturarrangement', name: 'Kulturarrangement', nameEn: 'Cultural event' }],
    }));
    const row = withKultur.byPurpose.find((r) => r.key === 'kulturarrangement');
    assert.deepEqual([row?.label, row?.labelEn, row?.rating.count], ['Kulturarrangement', 'Cultural event', 1]);
  });

  it('breaks down by purpose with the names of PURPOSES, unknown purposes by their id', () => {
    const row = (key: string | null) => q.byPurpose.find((r) => r.key === key);
    assert.deepEqual(q.byPurpose.slice(0, 3).map((r) => r.key), ['virksomhedspraktik', 'loentilskud', 'rekruttering']);
    assert.deepEqual([row('virksomhedspraktik')?.label, ...fig(row('virksomhedspraktik')!.rating)], ['Virksomhedspraktik', 2, 3.5, true]);
    assert.deepEqual([row('aaben-skole')?.label, row('aaben-skole')?.labelEn, row('aaben-skole')?.rating.count], ['Åben Skole', 'Open School', 2]);
    assert.deepEqual(q.byPurpose.slice(-2).map((r) => [r.key, r.label, r.rating.count]), [['kulturarrangement', 'kulturarrangement', 1], [null, '', 2]]);
  });

  it('counts responses, companies and contact wishes, leaving ratings off the scale out', () => {
    assert.deepEqual(q.counts, {
      staffRatings: 6, companyAnswers: 6, companyRatings: 5, recommendAnswers: 4, comments: 3, companies: 10, wishFewer: 1, wishNone: 1,
    });
  });

  it('computes the recommend score as % 9–10 minus % 0–6, ignoring answers off the 0–10 scale', () => {
    // 10, 9, 3, 7 (and 11 ignored): two promoters, one detractor, one passive.
    assert.deepEqual(q.recommend, { count: 4, promoters: 2, passives: 1, detractors: 1, score: 25, fewAnswers: false });
    const none = buildQuality(input({ companyFeedback: feedback.map((f) => ({ ...f, recommend: null })) }));
    assert.equal(none.recommend, null);
    const two = buildQuality(input({ companyFeedback: [answer('n1', '10000001', '2026-10-01', { recommend: 0 }), answer('n2', '10000002', '2026-10-02', { recommend: 6 })] }));
    assert.deepEqual(two.recommend, { count: 2, promoters: 0, passives: 0, detractors: 2, score: -100, fewAnswers: true });
  });

  it('lists the companies\' comments newest first, trimmed, blank ones left out, as many as asked', () => {
    assert.deepEqual(q.comments.map((c) => [c.cvr, c.comment, c.date]), [
      ['10000010', 'Ok', '2026-11-29'], ['10000008', 'Ring sjældnere', '2026-11-20'], ['10000008', 'Hurtig hjælp', '2026-11-01'],
    ]);
    assert.equal(q.comments[0].companyName, null);
    assert.deepEqual([q.comments[1].wish, q.comments[1].companyName], ['fewer', 'Firma 08']);
    assert.equal(buildQuality(input({ commentCount: 2 })).comments.length, 2);
  });
});

describe('quality: companies whose feedback fell', () => {
  const q = buildQuality(input());

  it('finds a newest rating in the period at least one step below the mean of the earlier ones, largest drop first', () => {
    assert.deepEqual(q.falling.map((f) => [f.cvr, f.before, f.beforeCount, f.beforeFrom, f.now, f.date, f.unit, f.source]), [
      ['10000012', 5, 1, '2026-03-01', 3, '2026-11-15', null, 'company'],
      ['10000001', 4.5, 2, '2026-06-15', 3, '2026-10-05', 'jobcenter', 'staff'],
      // Exactly one step (4 → 3) is a fall.
      ['10000002', 4, 1, '2026-08-20', 3, '2026-11-10', 'erhverv', 'staff'],
    ]);
    assert.equal(q.falling[1].companyName, 'Firma 01');
  });

  it('does not call it a fall when the drop is under a step, when it rose, or when the earlier rating is more than 24 months old', () => {
    const cvrs = q.falling.map((f) => f.cvr);
    assert.ok(!cvrs.includes('10000003'), 'C: 4.5 → 4');
    assert.ok(!cvrs.includes('10000005'), 'E: 2 → 5');
    assert.ok(!cvrs.includes('10000004'), 'D: its 5 is from before the look-back');
    assert.ok(!cvrs.includes('10000006'), 'F: its newest rating is before the period');
  });

  it('measures a unit\'s falls on that unit\'s ratings only', () => {
    const jobcenter = buildQuality(input({ unit: 'jobcenter' }));
    assert.deepEqual(jobcenter.falling.map((f) => [f.cvr, f.before, f.now]), [['10000001', 4.5, 3]]);
  });
});

describe('quality: one unit\'s view', () => {
  const q = buildQuality(input({ unit: 'jobcenter' }));

  it('shows that unit\'s row and purposes only, and leaves out answers tied to no unit', () => {
    assert.equal(q.unit, 'jobcenter');
    assert.deepEqual(q.byUnit.map((r) => [r.key, r.rating.count]), [['jobcenter', 3]]);
    assert.deepEqual(q.byPurpose.map((r) => r.key), ['virksomhedspraktik', 'loentilskud', 'rekruttering', 'fleksjob', 'mentor', 'andet']);
    assert.deepEqual(fig(q.overall.all), [3, 4, false]);
    assert.deepEqual([q.counts.staffRatings, q.counts.companyAnswers, q.counts.companies], [2, 1, 3]);
    assert.deepEqual(q.comments.map((c) => c.comment), ['Hurtig hjælp']);
  });
});
