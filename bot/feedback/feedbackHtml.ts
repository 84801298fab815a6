import { createHash } from 'node:crypto';
import { TEXTS } from '../cards/texts.js';
import type { ContactWish } from '../domain/feedback.js';
import type { FeedbackFormErrors, FeedbackFormField } from '../domain/feedbackForm.js';
import { FEEDBACK_PAGE_TEXTS as T, type RefusalKind } from './feedbackTexts.js';

/**
 * The public feedback page as server-rendered HTML: no script, no external asset, one inline style sheet allowed
 * by its hash in the Content-Security-Policy. Built for WCAG 2.1 AA: a legend for every group of radio buttons, a
 * label and hint for every field, an error summary that takes focus and links to the fields, a visible focus
 * ring, text contrast of at least 7:1, and a single column that reflows down to 320 px.
 */

const CSS = `
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1.125rem;line-height:1.5;color:#1b1b1b;background:#eef1f3}
.top{background:#003b5c;color:#fff;border-bottom:6px solid #5f9b3b}
.wrap{max-width:42rem;margin:0 auto;padding:0 1rem}
.brand{margin:0;padding:1rem 0;font-size:1.375rem;font-weight:700}
main{display:block;max-width:42rem;background:#fff;margin:1rem auto 2rem;padding:1.5rem 1rem 2rem}
@media (min-width:40rem){main{margin-top:2rem;padding:2rem 2.5rem 2.5rem}.wrap{padding:0 2.5rem}}
h1{font-size:1.875rem;line-height:1.2;margin:0 0 1rem}
p{margin:0 0 1rem}
.muted{color:#3f4a52}
fieldset{border:0;margin:0 0 2rem;padding:0;min-width:0}
legend{font-size:1.25rem;font-weight:700;padding:0;margin-bottom:.25rem}
.hint{color:#3f4a52;margin-bottom:.75rem}
.field{margin:0 0 2rem}
.field>label{display:block;font-size:1.25rem;font-weight:700;margin-bottom:.25rem}
.invalid{border-left:5px solid #b3141d;padding-left:1rem}
.error{color:#b3141d;font-weight:700;margin-bottom:.5rem}
.choices{display:flex;flex-direction:column;gap:.5rem}
.scale{flex-direction:row;flex-wrap:wrap}
.choice{display:flex;align-items:center;gap:.75rem}
.scale{gap:.375rem}
.scale .choice{flex-direction:column;gap:.25rem;border:2px solid #5b6770;padding:.375rem .25rem;min-width:2.75rem}
.choice input{width:1.75rem;height:1.75rem;margin:0;flex:none;accent-color:#003b5c}
.choice label{cursor:pointer}
textarea{display:block;width:100%;min-height:9rem;font:inherit;padding:.5rem;border:2px solid #1b1b1b;border-radius:0}
button{font:inherit;font-weight:700;color:#fff;background:#1d6b32;border:0;border-bottom:4px solid #0b3d1a;padding:.75rem 1.5rem;cursor:pointer}
button:hover{background:#155226}
:focus-visible,.summary:focus{outline:4px solid #ffbf1f;outline-offset:0;box-shadow:0 0 0 8px #1b1b1b}
.summary{border:5px solid #b3141d;padding:1rem 1.25rem;margin-bottom:2rem}
.summary h2{font-size:1.25rem;margin:0 0 .5rem}
.summary ul{margin:0;padding-left:1.25rem}
.summary a{color:#b3141d;font-weight:700}
.notice{border-left:6px solid #003b5c;background:#eef4f8;padding:1rem 1.25rem;margin-bottom:1rem}
.notice>:last-child,main>:last-child{margin-bottom:0}
.small{font-size:1rem}
.footnote{margin-top:2rem}
.sr{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
`;

/** Sent with every page: nothing may load or run but the style sheet above, and the form posts only here. */
export const FEEDBACK_PAGE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': `default-src 'none'; style-src 'sha256-${createHash('sha256').update(CSS).digest('base64')}'; `
    + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  // The token in the address is a key: no referrer may carry it to another site, and no cache may keep the page.
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'X-Robots-Tag': 'noindex, nofollow',
};

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, main: string): string {
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)} – ${T.municipality}</title>
<style>${CSS}</style>
</head>
<body>
<header class="top"><div class="wrap"><p class="brand">${T.municipality}</p></div></header>
<main>
${main}
</main>
</body>
</html>
`;
}

export interface FormModel {
  /** Where the form posts: the page's own address. */
  action: string;
  companyName: string | null;
  /** "Linket blev sendt efter en henvendelse fra …", when the link followed a logged contact. */
  context: string | null;
  /** What was typed, re-shown after an error. */
  values: Partial<Record<FeedbackFormField, string>>;
  errors: FeedbackFormErrors;
}

/** Where each field's error summary link goes: the field itself, or a group's first radio button. */
const FIRST_INPUT: Record<FeedbackFormField, string> = { rating: 'rating-1', recommend: 'recommend-0', comment: 'comment', wish: 'wish-same' };
const FIELD_ORDER: readonly FeedbackFormField[] = ['rating', 'recommend', 'comment', 'wish'];

export function formPage(m: FormModel): string {
  const messages = errorMessages(m.errors);
  const ratings = TEXTS.da.log.ratings.map((label, i) => ({ value: String(i + 1), label }));
  const scale = Array.from({ length: 11 }, (_, i) => ({ value: String(i), label: String(i) }));
  const wishes = (Object.keys(T.wish.options) as ContactWish[]).map((w) => ({ value: w, label: T.wish.options[w] }));
  const wish = m.values.wish ?? 'same';
  const comment = m.values.comment ?? '';
  const summary = messages.length === 0 ? '' : `<div class="summary" id="fejl" role="alert" tabindex="-1" autofocus aria-labelledby="fejl-titel">
<h2 id="fejl-titel">${T.summaryTitle}</h2>
<ul>${messages.map(([field, text]) => `<li><a href="#${FIRST_INPUT[field]}">${escapeHtml(text)}</a></li>`).join('')}</ul>
</div>`;
  const main = `${summary}
<h1>${T.formTitle}</h1>
<p>${escapeHtml(T.lead(m.companyName))}${m.context ? ` ${escapeHtml(m.context)}` : ''}</p>
<p class="muted">${T.skippable}</p>
<form method="post" action="${escapeHtml(m.action)}" novalidate>
${radioGroup('rating', T.rating.legend, T.rating.hint, ratings, m.values.rating, errorOf(messages, 'rating'), false)}
${radioGroup('recommend', T.recommend.legend, T.recommend.hint, scale, m.values.recommend, errorOf(messages, 'recommend'), true)}
${commentField(comment, errorOf(messages, 'comment'))}
${radioGroup('wish', T.wish.legend, T.wish.hint, wishes, wish, errorOf(messages, 'wish'), false)}
<button type="submit">${T.submit}</button>
</form>
<p class="small muted footnote">${T.privacy}</p>`;
  return page(messages.length > 0 ? `${T.errorTitlePrefix}${T.formTitle}` : T.formTitle, main);
}

function errorMessages(errors: FeedbackFormErrors): [FeedbackFormField, string][] {
  const out: [FeedbackFormField, string][] = [];
  for (const field of FIELD_ORDER) {
    const code = errors[field];
    const text = code ? (T.errors[field] as Partial<Record<string, string>>)[code] : undefined;
    if (text) out.push([field, text]);
  }
  return out;
}

function errorOf(messages: [FeedbackFormField, string][], field: FeedbackFormField): string | null {
  return messages.find(([f]) => f === field)?.[1] ?? null;
}

function errorLine(field: string, error: string | null): string {
  return error ? `<p class="error" id="${field}-fejl"><span class="sr">${T.errorPrefix} </span>${escapeHtml(error)}</p>` : '';
}

function radioGroup(
  name: FeedbackFormField, legend: string, hint: string, options: { value: string; label: string }[], chosen: string | undefined,
  error: string | null, inline: boolean,
): string {
  const describedBy = `${name}-hint${error ? ` ${name}-fejl` : ''}`;
  const radios = options.map((o) => {
    const id = `${name}-${o.value}`;
    return `<div class="choice"><input type="radio" id="${id}" name="${name}" value="${escapeHtml(o.value)}"${chosen === o.value ? ' checked' : ''}>`
      + `<label for="${id}">${escapeHtml(o.label)}</label></div>`;
  }).join('\n');
  return `<fieldset${error ? ' class="invalid"' : ''} aria-describedby="${describedBy}">
<legend>${escapeHtml(legend)}</legend>
<p class="hint" id="${name}-hint">${escapeHtml(hint)}</p>
${errorLine(name, error)}
<div class="choices${inline ? ' scale' : ''}">
${radios}
</div>
</fieldset>`;
}

function commentField(value: string, error: string | null): string {
  return `<div class="field${error ? ' invalid' : ''}">
<label for="comment">${T.comment.label}</label>
<p class="hint" id="comment-hint">${T.comment.hint}</p>
${errorLine('comment', error)}
<textarea id="comment" name="comment" rows="6" maxlength="1000" aria-describedby="comment-hint${error ? ' comment-fejl' : ''}"${error ? ' aria-invalid="true"' : ''}>${escapeHtml(value)}</textarea>
</div>`;
}

export function thanksPage(wish: ContactWish): string {
  const wishText = wish === 'same' ? '' : `<div class="notice"><p>${T.thanks.wish[wish]}</p><p>${T.thanks.wishNext}</p></div>`;
  return page(T.thanks.title, `<h1>${T.thanks.title}</h1>
<p>${T.thanks.body}</p>
${wishText}
<p>${T.thanks.close}</p>`);
}

/** A page that refuses: what happened, and what to do now. */
export function refusalPage(kind: RefusalKind, retryAfterSeconds?: number): string {
  const r = T.refusals[kind];
  const retry = retryAfterSeconds ? `<p>${T.retryAfter(retryAfterSeconds)}</p>` : '';
  return page(r.title, `<h1>${r.title}</h1>
<p>${r.body}</p>
${retry}
<p>${T.whatToDo}</p>`);
}
