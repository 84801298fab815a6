// @ts-check
/**
 * The floors of the house (docs/architecture.md), checked on every import: each folder of bot/ may import only the
 * folders below it, a few packages belong to one folder alone, and the tab reaches bot/ only through bot/contract
 * (as @contract/...). Imports are resolved to paths first, so '../../api/x.js' and '../api/x.js' are judged alike.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHELLS = ['bot/teams', 'bot/api', 'bot/feedback'];
const TOP = ['bot/app', 'bot/index', 'bot/scripts'];

/** For each floor, the parts of bot/ it must not import, and why. */
const FORBIDDEN = {
  'bot/domain': {
    parts: ['bot/*'],
    except: ['bot/domain'],
    why: 'bot/domain is pure: it imports nothing above itself (pass `now` and data in)',
  },
  'bot/contract': { parts: ['bot/*'], except: ['bot/contract', 'bot/domain'], why: 'the contract holds types and domain re-exports only' },
  'bot/store': {
    parts: ['bot/services', 'bot/cards', 'bot/export', 'bot/contract', 'bot/http', ...SHELLS, ...TOP],
    why: 'stores sit under services and shells',
  },
  'bot/cards': {
    parts: ['bot/services', 'bot/store', 'bot/http', ...SHELLS, ...TOP],
    why: 'cards render what they are given: no services, stores or shells',
  },
  'bot/export': {
    parts: ['bot/services', 'bot/store', 'bot/cards', 'bot/http', ...SHELLS, ...TOP],
    why: 'exports render what they are given: no services, stores or shells',
  },
  'bot/services': {
    parts: ['bot/http', ...SHELLS, ...TOP],
    why: 'services never import shells: declare an interface a shell implements (see ChannelPoster)',
  },
  'bot/teams': {
    parts: ['bot/store', 'bot/http', 'bot/api', 'bot/feedback', ...TOP],
    why: 'a shell calls services, never stores or another shell',
  },
  'bot/api': {
    parts: ['bot/store', 'bot/http', 'bot/teams', 'bot/feedback', ...TOP],
    why: 'a shell calls services, never stores or another shell',
  },
  'bot/feedback': {
    parts: ['bot/store', 'bot/http', 'bot/teams', 'bot/api', ...TOP],
    why: 'a shell calls services, never stores or another shell',
  },
  'bot/http': { parts: ['bot/services', 'bot/store', ...SHELLS, ...TOP], why: 'http/ is plumbing beside the shells; app.ts wires them' },
  'bot/util': { parts: ['bot/*'], except: ['bot/util'], why: 'util/ is a ground floor of small helpers' },
};

/** Packages that belong to some folders only. */
const PACKAGES = [
  { test: /^@azure\/data-tables(\/|$)/, only: ['bot/store'], why: 'only bot/store talks to Azure Tables' },
  {
    test: /^(botbuilder|botframework-)/,
    only: ['bot/teams', 'bot/http'],
    why: 'botbuilder stays behind bot/teams and bot/http (it is archived upstream)',
  },
];
/** What the pure floors (and the tab's shared module) never import. */
const IMPURE = /^(botbuilder|botframework-|restify|@azure\/|@microsoft\/|node:https?$|https?$|node:net$|node:fs|fs$)/;

const toPosix = (p) => p.split(path.sep).join('/');

/** 'bot/domain' for bot/domain/x/y.ts, 'bot/app' for bot/app.ts, 'tab' for tab/..., null outside. */
function partOf(relative) {
  const [top, second] = relative.split('/');
  if (top === 'tab') return 'tab';
  if (top !== 'bot' || !second) return null;
  return `bot/${second.replace(/\.(ts|tsx|js|mjs|json)$/, '')}`;
}

function matches(part, patterns) {
  return patterns.some((p) => (p === 'bot/*' ? part.startsWith('bot/') : part === p));
}

/** @type {import('eslint').Rule.RuleModule} */
const floorsRule = {
  meta: { type: 'problem', docs: { description: 'Imports follow the floors of the house' }, schema: [] },
  create(context) {
    const file = toPosix(path.relative(ROOT, context.filename));
    const from = partOf(file);
    if (!from) return {};
    const check = (node, specifier) => {
      if (typeof specifier !== 'string') return;
      const report = (message) => context.report({ node, message });
      const target = specifier.startsWith('@contract/')
        ? `bot/contract/${specifier.slice('@contract/'.length)}`
        : specifier.startsWith('.')
          ? toPosix(path.relative(ROOT, path.resolve(path.dirname(context.filename), specifier)))
          : null;
      if (target === null) {
        const owned = PACKAGES.find((rule) => rule.test.test(specifier) && !rule.only.includes(from));
        if (owned) report(`'${specifier}' here: ${owned.why}.`);
        else if ((from === 'bot/domain' || from === 'bot/contract') && IMPURE.test(specifier))
          report(`'${specifier}' in ${from}: it knows nothing of Teams, HTTP or Azure.`);
        return;
      }
      const to = partOf(target);
      if (from === 'tab') {
        if (to && to !== 'tab' && !specifier.startsWith('@contract/'))
          report(`The tab imports bot/ only through @contract/... (bot/contract), not '${specifier}'.`);
        return;
      }
      if (specifier.startsWith('@contract/')) report(`'@contract/' is the tab's path to bot/contract; bot/ imports it relatively.`);
      if (!to || to === from) return;
      if (to === 'tab') return report(`bot/ never imports the tab ('${specifier}').`);
      const rule = FORBIDDEN[from];
      if (rule && matches(to, rule.parts) && !(rule.except ?? []).includes(to))
        report(`${from} must not import ${to} ('${specifier}'): ${rule.why}.`);
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal')
          check(node, node.arguments[0].value);
      },
    };
  },
};

export const floors = { rules: { imports: floorsRule } };
