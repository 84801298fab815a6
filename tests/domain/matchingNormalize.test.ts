import assert from 'node:assert/strict';
import {
  analyzeName, analyzeQuery, foldText, isTradeWord, normalizeName, stripDefinite,
} from '../../bot/domain/matching/normalize.js';

describe('matching: normalisation', () => {
  it('folds æ/ø/å, their spelled-out and their plain forms to one spelling', () => {
    assert.equal(foldText('Grenå'), foldText('Grenaa'));
    assert.equal(foldText('Grenaa'), foldText('GRENA'));
    assert.equal(foldText('Ørum'), foldText('Oerum'));
    assert.equal(foldText('Orum'), foldText('ørum'));
    assert.equal(foldText('Autoværksted'), foldText('autovaerksted'));
    assert.equal(foldText('Allingåbro'), foldText('Allingabro'));
    assert.equal(foldText('Café'), 'cafe');
  });

  it('strips legal forms written with or without a slash, and knows "Is" can be a word', () => {
    assert.deepEqual(analyzeName('Grenaa Maskinstation ApS').core, ['grena', 'maskinstation']);
    assert.deepEqual(analyzeName('Grenaa Maskinstation A/S').core, ['grena', 'maskinstation']);
    assert.deepEqual(analyzeName('Grenaa Maskinstation a / s').core, ['grena', 'maskinstation']);
    assert.deepEqual(analyzeName('Kattegat Is I/S', 'I/S').core, ['kattegat', 'is']);
    assert.deepEqual(analyzeName('Kattegat Transport IS', 'I/S').core, ['kattegat', 'transport']);
    assert.deepEqual(analyzeName('Djurs Mølle A.m.b.a.').core, ['djurs', 'molle']);
  });

  it('keeps the owner of "v/ Jens Nielsen" apart', () => {
    const a = analyzeName('Ørum Autoværksted v/ Jens Nielsen');
    assert.deepEqual(a.core, ['orum', 'autovarksted']);
    assert.deepEqual(a.owner, ['jens', 'nielsen']);
    assert.deepEqual(analyzeName('v/ Jens Nielsen').core, ['jens', 'nielsen']);
  });

  it('drops "&"/"og" and other small words, and joins abbreviations', () => {
    assert.equal(normalizeName('Nielsen & Søn VVS'), normalizeName('Nielsen og Søn VVS'));
    assert.deepEqual(analyzeName('A.P. Madsen Byg').core, ['ap', 'madsen', 'byg']);
  });

  it('removes Danish definite endings of trade words, compounds and doubled consonants included', () => {
    assert.equal(stripDefinite('maskinstationen'), 'maskinstation');
    assert.equal(stripDefinite('bageriet'), 'bageri');
    assert.equal(stripDefinite(foldText('autoværkstedet')), foldText('autoværksted'));
    assert.equal(stripDefinite('klinikken'), 'klinik');
    assert.equal(stripDefinite('hotellet'), 'hotel');
    assert.equal(stripDefinite(foldText('møllen')), foldText('mølle'));
    assert.equal(stripDefinite('murerfirmaet'), 'murerfirma');
    assert.equal(stripDefinite(foldText('tandlægerne')), foldText('tandlæge'));
    assert.equal(stripDefinite('fiskehandleren'), 'fiskehandler');
    // Surnames ending in -en are not definite forms.
    assert.equal(stripDefinite('jensen'), 'jensen');
    assert.equal(stripDefinite('mogensen'), 'mogensen');
    assert.ok(isTradeWord('maskinstationen'));
    assert.ok(!isTradeWord('nielsen'));
  });

  it('marks words after "i"/"på" as places and drops the marker', () => {
    assert.deepEqual(analyzeQuery('maskinstationen i Glesborg'), [
      { text: 'maskinstation', located: false, whole: 'maskinstationen' },
      { text: 'glesborg', located: true },
    ]);
    assert.deepEqual(analyzeQuery('kroen på Anholt').map((t) => [t.text, t.located]), [['kro', false], ['anholt', true]]);
  });

  it('keeps the unfolded spelling of a query word and flags a slash-less trailing legal form', () => {
    assert.equal(analyzeQuery('Thygesen Huae')[1].light, 'huae');
    // A misspelt "Pedersen" looks like an agent noun with its ending: the whole word is kept as a reading.
    assert.deepEqual(analyzeQuery('pedseren')[0], { text: 'pedser', located: false, whole: 'pedseren' });
    assert.equal(analyzeQuery('Grenaa Maskinstation AS')[2].optional, true);
    assert.equal(analyzeQuery('Grenaa Maskinstation ApS').length, 2);
  });

  it('never throws on odd input', () => {
    for (const q of ['', '   ', '!!!', '/', 'v/', 'a/s', '🙂🙂', '\u0000', 'x'.repeat(2000)]) {
      assert.doesNotThrow(() => analyzeQuery(q));
      assert.doesNotThrow(() => analyzeName(q));
    }
  });
});
