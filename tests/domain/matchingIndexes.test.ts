import assert from 'node:assert/strict';
import { NamePrefixes } from '../../bot/domain/matching/namePrefixes.js';
import { TermIndex } from '../../bot/domain/matching/termIndex.js';
import { boundedOsa } from '../../bot/domain/matching/similarity.js';
import { indexedDeletions, TYPO_WORD_MAX, TypoIndex } from '../../bot/domain/matching/typoIndex.js';

/** A small deterministic generator, so a failure names the word that broke it. */
function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

const LETTERS = 'aabcdeeefghiijklmnnooprrsstuvyæøå';

function word(next: () => number, length: number): string {
  let w = '';
  for (let i = 0; i < length; i++) w += LETTERS[Math.floor(next() * LETTERS.length)];
  return w;
}

/** One random typo of each kind people make: changed, added, dropped or swapped letters. */
function typo(next: () => number, w: string): string {
  const at = Math.floor(next() * w.length);
  switch (Math.floor(next() * 4)) {
    case 0:
      return w.slice(0, at) + LETTERS[Math.floor(next() * LETTERS.length)] + w.slice(at + 1);
    case 1:
      return w.slice(0, at) + LETTERS[Math.floor(next() * LETTERS.length)] + w.slice(at);
    case 2:
      return w.slice(0, at) + w.slice(at + 1);
    default:
      return at + 1 < w.length ? w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2) : w;
  }
}

/** The look-up budget the matcher gives a query word (similarity.ts maxEdits, a known word at most one). */
function budget(length: number): number {
  if (length <= 3) return length === 3 ? 1 : 0;
  return length <= 6 ? 1 : 2;
}

describe('matching: the typo index (symmetric deletion)', () => {
  it('nominates every vocabulary word within the typo budget, as a comparison with each word finds them', () => {
    const next = lcg(16);
    const vocabulary = [...new Set(Array.from({ length: 3000 }, () => word(next, 3 + Math.floor(next() * 12))))];
    const index = new TypoIndex();
    // Most before the first look-up (a full load), then many at once (merged into the table), then a
    // few (read from the short list of new words).
    const at = (from: number, to: number): void => vocabulary.slice(from, to).forEach((w, i) => index.add(w, from + i));
    at(0, 1500);
    index.candidates('x', 0, () => undefined);
    at(1500, vocabulary.length - 8);
    index.candidates('x', 0, () => undefined);
    at(vocabulary.length - 8, vocabulary.length);
    const queries = vocabulary
      .slice(-8)
      .map((w) => typo(next, w))
      .concat(
        Array.from({ length: 600 }, (_, i) => {
          const source = vocabulary[Math.floor(next() * vocabulary.length)];
          return i % 3 === 0 ? typo(next, typo(next, source)) : i % 3 === 1 ? typo(next, source) : word(next, 4 + Math.floor(next() * 9));
        }),
      );
    let withinBudget = 0;
    for (const q of queries) {
      const k = budget(q.length);
      const nominated = new Set<number>();
      index.candidates(q, k, (id) => nominated.add(id));
      vocabulary.forEach((w, id) => {
        // The index keeps what the longest budget against a word of its length needs (indexedDeletions).
        if (k > indexedDeletions(w.length) || boundedOsa(q, w, k) > k) return;
        withinBudget++;
        assert.ok(nominated.has(id), `"${q}" (budget ${k}) should find "${w}"`);
      });
    }
    // The check above must have had work to do.
    assert.ok(withinBudget > 350, `${withinBudget} pairs within the budget`);
  });

  it('keeps nominations few: a word shares a deletion with its neighbours, not with the vocabulary', () => {
    const next = lcg(7);
    const vocabulary = [...new Set(Array.from({ length: 20_000 }, () => word(next, 6 + Math.floor(next() * 5))))];
    const index = new TypoIndex();
    vocabulary.forEach((w, id) => index.add(w, id));
    let nominations = 0;
    for (let i = 0; i < 200; i++) index.candidates(typo(next, vocabulary[i * 97]), 2, () => nominations++);
    // A bigram filter would read thousands of words per query at this size; deletions meet a few dozen.
    assert.ok(nominations / 200 < 200, `${(nominations / 200).toFixed(0)} nominations per query`);
  });
});

describe('matching: words past the typo limit', () => {
  it('finds a word of up to 40 letters with a typo, and a longer one (a pasted wall of text) only as written', () => {
    const next = lcg(3);
    const index = new TermIndex();
    const atLimit = word(next, TYPO_WORD_MAX);
    const beyond = word(next, TYPO_WORD_MAX + 5);
    index.add(atLimit, 0);
    index.add(beyond, 4);
    const found = (q: string): string[] => index.lookup(q, false).map((m) => index.terms[m.term]);
    assert.deepEqual(found(`${atLimit.slice(0, 10)}x${atLimit.slice(11)}`), [atLimit]);
    assert.deepEqual(found(beyond), [beyond]);
    assert.deepEqual(found(`${beyond.slice(0, 10)}x${beyond.slice(11)}`), []);
    // Nor does the index keep the O(n²) deletions of such a word.
    assert.equal(indexedDeletions(TYPO_WORD_MAX + 3), 0);
  });
});

describe('matching: the typed-start index', () => {
  const lookup = (index: NamePrefixes, key: string, max = 15): number[] | null =>
    index
      .lookup(key, max)
      ?.map((b) => b.entry)
      .sort((a, b) => a - b) ?? null;

  it('lists the names a typed start begins, and nothing once more than the limit share it', () => {
    const index = new NamePrefixes();
    const keys = [
      'grenaa maskinstation',
      'grenaa marina',
      'grenaa 2 auto',
      'grenå',
      'kolind tagdaekning',
      'kolind tag',
      'kolind',
      'aa',
      'z9',
    ];
    keys.forEach((k, entry) => index.add(k, entry));
    assert.deepEqual(lookup(index, 'grenaa ma'), [0, 1]);
    assert.deepEqual(lookup(index, 'grenaa'), [0, 1, 2]);
    // Space sorts before digits and letters: "grenaa 2" is still found after "grenaa ".
    assert.deepEqual(lookup(index, 'grenaa 2'), [2]);
    assert.deepEqual(lookup(index, 'kolind tag'), [4, 5]);
    assert.deepEqual(lookup(index, 'kolind'), [4, 5, 6]);
    assert.deepEqual(lookup(index, 'kolind', 2), null);
    assert.deepEqual(lookup(index, 'z9'), [8]);
    assert.deepEqual(lookup(index, 'x'), null, 'one letter says too little');
    assert.deepEqual(lookup(index, 'hammel'), []);
  });

  it('agrees with a plain filter after a full load, removals, reused ids and renames', () => {
    const next = lcg(42);
    const index = new NamePrefixes();
    const live = new Map<number, string>();
    const starts = ['jensen', 'jensens', 'jens', 'grenaa', 'gr', 'anholt', 'a', 'ab 1', 'allingaabro'];
    const key = (): string =>
      `${starts[Math.floor(next() * starts.length)]} ${word(next, 1 + Math.floor(next() * 3))}`.replace(/[æøå]/g, 'a');
    for (let entry = 0; entry < 4000; entry++) {
      const k = key();
      index.add(k, entry);
      live.set(entry, k);
    }
    const check = (): void => {
      for (const prefix of ['jensen', 'jensen a', 'jens', 'gr', 'grenaa b', 'anholt', 'ab 1', 'a b', 'al']) {
        const expected = [...live]
          .filter(([, k]) => k.startsWith(prefix))
          .map(([e]) => e)
          .sort((a, b) => a - b);
        assert.deepEqual(lookup(index, prefix, 5000), expected, `"${prefix}"`);
      }
    };
    check();
    // A day of register changes: a few removed, a few ids reused with a new or the same name, a few new.
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 60; i++) {
        const entry = Math.floor(next() * 4000);
        index.removed(entry);
        live.delete(entry);
        if (i % 3 === 0) continue;
        // Some changes are read (merged) before the next one arrives, some pile up.
        if (i % 3 === 2) index.lookup('zz', 1);
        const k = i % 3 === 1 ? key() : `jensen ${word(next, 2)}`;
        index.add(k, entry);
        live.set(entry, k);
      }
      check();
    }
    // Many new names at once are sorted again in full rather than merged.
    for (let entry = 4000; entry < 5000; entry++) {
      const k = key();
      index.add(k, entry);
      live.set(entry, k);
    }
    check();
  });

  it('forgets a removed name at once, and lists a name once when its id came back with the same name', () => {
    const index = new NamePrefixes();
    index.add('kolind tagdaekning', 0);
    index.add('kolind vvs', 1);
    // Enough other names that one change is merged into the sorted list, not sorted again with it.
    for (let entry = 2; entry < 40; entry++) index.add(`ryomgaard ${entry}`, entry);
    assert.deepEqual(lookup(index, 'kolind'), [0, 1]);
    index.removed(1);
    assert.deepEqual(lookup(index, 'kolind'), [0]);
    index.removed(0);
    index.add('kolind tagdaekning', 0);
    assert.deepEqual(lookup(index, 'kolind'), [0]);
  });
});
