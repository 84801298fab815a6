import assert from 'node:assert/strict';
import { validateFeedbackForm, validateLinkRequest } from '../../bot/domain/feedbackForm.js';

describe('the public feedback form', () => {
  it('reads a full answer', () => {
    assert.deepEqual(validateFeedbackForm({ rating: '4', recommend: '9', comment: '  Hurtigt svar fra jobcentret. ', wish: 'same' }), {
      ok: true, value: { rating: 4, recommend: 9, comment: 'Hurtigt svar fra jobcentret.', wish: 'same' },
    });
  });

  it('lets every question be skipped, but not all of them', () => {
    assert.deepEqual(validateFeedbackForm({ wish: 'none' }), { ok: true, value: { rating: null, recommend: null, comment: null, wish: 'none' } });
    assert.deepEqual(validateFeedbackForm({ recommend: '0' }), { ok: true, value: { rating: null, recommend: 0, comment: null, wish: 'same' } });
    assert.deepEqual(validateFeedbackForm({ comment: '   ', wish: 'same' }), { ok: false, errors: { rating: 'empty' } });
    assert.deepEqual(validateFeedbackForm({}), { ok: false, errors: { rating: 'empty' } });
  });

  it('refuses values off the scales', () => {
    for (const rating of ['0', '6', 'x', '1.5', '04', '-1', ' 3']) {
      assert.equal(validateFeedbackForm({ rating }).ok, false, `rating ${rating}`);
    }
    for (const recommend of ['11', '-1', '10.0', 'ti']) {
      assert.deepEqual(validateFeedbackForm({ rating: '3', recommend }), { ok: false, errors: { recommend: 'invalid' } }, `recommend ${recommend}`);
    }
    assert.deepEqual(validateFeedbackForm({ rating: '3', wish: 'never' }), { ok: false, errors: { wish: 'invalid' } });
  });

  it('refuses a comment over 1,000 characters, counting a line break as one whatever the browser sends', () => {
    assert.deepEqual(validateFeedbackForm({ comment: 'x'.repeat(1001) }), { ok: false, errors: { comment: 'tooLong' } });
    const lines = `${'x'.repeat(98)}\r\n`.repeat(10).trim();
    assert.equal(lines.replace(/\r\n/g, '\n').length, 989);
    const ok = validateFeedbackForm({ comment: `${lines}${'y'.repeat(11)}` });
    assert.equal(ok.ok, true);
    assert.equal(ok.ok && ok.value.comment?.includes('\r'), false, 'stored with plain line breaks');
  });

  it('refuses a CPR number in the comment, and allows a named P-number', () => {
    assert.deepEqual(validateFeedbackForm({ comment: 'Det drejer sig om 010203-1234', rating: '2' }), { ok: false, errors: { comment: 'cpr' } });
    assert.equal(validateFeedbackForm({ comment: 'Vores afdeling P-nr. 1012345678', rating: '2' }).ok, true);
  });
});

describe('a request for a feedback link', () => {
  it('lasts 30 days unless asked otherwise, at most 90', () => {
    assert.deepEqual(validateLinkRequest({}), { ok: true, value: { days: 30, contactName: null } });
    assert.deepEqual(validateLinkRequest({ days: 90, contactName: ' Anne Holm ' }), { ok: true, value: { days: 90, contactName: 'Anne Holm' } });
    for (const days of [0, 91, 1.5, 'tredive', -3]) {
      assert.deepEqual(validateLinkRequest({ days }), { ok: false, error: { field: 'days', code: 'invalid' } }, String(days));
    }
  });

  it('keeps the contact name short and free of CPR numbers', () => {
    assert.deepEqual(validateLinkRequest({ contactName: 'x'.repeat(101) }), { ok: false, error: { field: 'contactName', code: 'tooLong' } });
    assert.deepEqual(validateLinkRequest({ contactName: 'Anne 0102031234' }), { ok: false, error: { field: 'contactName', code: 'cpr' } });
    assert.deepEqual(validateLinkRequest({ contactName: 42 }), { ok: false, error: { field: 'contactName', code: 'invalid' } });
  });
});
