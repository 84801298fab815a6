/**
 * Issue 16: questions about the 2,500 demo companies of Norddjurs, typed the independent typing model's
 * way (typingQueries.ts) and asked through /api/messages over Azurite. Top-1: the bot answered with the
 * company; top-5: the reply (answer, choice card or "mente du") names it.
 * Run: npx tsc -p . && node dist/tests/bench/norddjursQuestionsBench.js
 */
import { generateCompanies } from '../../bot/demo/index.js';
import { legalFormOf } from '../../bot/domain/matching/normalize.js';
import { cardOf } from '../support/botClient.js';
import { startTestAzurite } from '../support/storage.js';
import { startTestApp } from '../support/testApp.js';
import { toMatchable } from './matcherBench.js';
import { Prng, type FormCode, type TypingCompany } from './typingNames.js';
import { TYPING_KINDS, typingQueries } from './typingQueries.js';

const NOW = new Date('2026-11-30T10:00:00Z');
const PER_KIND = 12;
const PHRASES = ['har nogen kontaktet %?', '%', 'har nogen kontaktet % for nylig?', 'hvem har talt med %?'];
const FORM_CODES: Record<string, FormCode> = { aps: 'ApS', as: 'A/S', is: 'I/S', ivs: 'IVS', ks: 'K/S', ps: 'P/S' };

export async function runNorddjursQuestionsBench(): Promise<void> {
  const companies = generateCompanies({ seed: 16, count: 2500 });
  const typing: TypingCompany[] = companies.map((c) => ({ ...toMatchable(c), form: FORM_CODES[legalFormOf(c.legalForm) ?? ''] ?? '' }));
  const rng = new Prng(1616);
  const questions = typingQueries(typing, 1617, PER_KIND)
    .filter((q) => q.kind !== 'keystroke')
    .map((q) => ({ ...q, text: rng.pick(PHRASES).replace('%', q.text) }));
  const azurite = await startTestAzurite();
  try {
    const app = await startTestApp(azurite, { now: () => NOW, seed: async (stores) => { await stores.companies.upsertMany(companies); } });
    try {
      let top1 = 0;
      let top5 = 0;
      const misses: string[] = [];
      const byKind = new Map<string, { n: number; top5: number }>(TYPING_KINDS.map((k) => [k, { n: 0, top5: 0 }]));
      for (const q of questions) {
        const replies = await app.client.say(q.text);
        const card = replies.length === 0 ? {} : cardOf(replies[0]);
        const json = JSON.stringify(card);
        const choices = ((card as { actions?: { verb?: string }[] }).actions ?? []).filter((a) => a.verb === 'lookup.choose').length;
        const named = json.includes(q.expected);
        const row = byKind.get(q.kind) as { n: number; top5: number };
        row.n++;
        if (named) { top5++; row.top5++; } else if (misses.length < 10) misses.push(`${q.kind}: "${q.text}"`);
        if (named && choices === 0) top1++;
      }
      const pct = (n: number, d: number): string => (100 * n / d).toFixed(1);
      console.log(`\n## Norddjurs questions through /api/messages (issue 16): ${questions.length} questions, ${companies.length.toLocaleString('en')} demo companies`);
      console.log(`   answered with the company: ${pct(top1, questions.length)} %; company in the reply (answer, choice or suggestion): ${pct(top5, questions.length)} %`);
      console.log(`   by kind: ${[...byKind].filter(([, r]) => r.n > 0).map(([k, r]) => `${k} ${r.top5}/${r.n}`).join(', ')}`);
      if (misses.length > 0) console.log(`   misses: ${misses.join(' | ')}`);
    } finally {
      await app.stop();
    }
  } finally {
    await azurite.stop();
  }
}

if (require.main === module) {
  runNorddjursQuestionsBench().catch((e) => { console.error(e); process.exit(1); });
}
