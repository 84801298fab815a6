/**
 * "som <navn>" / "skift til <enhed>" (English "as <name>" / "switch to <unit>"): in local mode, the following
 * messages of the conversation act as a demo colleague, because the Agents Playground cannot switch users.
 * "som mig" / "tilbage" ("as me" / "switch back") ends it. Recognised everywhere so that, outside local mode,
 * the bot says why it will not, instead of looking up a company called "som Pia".
 */
export type ActAsCommand = { kind: 'actAs'; target: string } | { kind: 'actAsSelf' };

const SELF = /^(?:som mig(?: selv)?|tilbage(?: til mig(?: selv)?)?|skift tilbage|as me|as myself|switch back|back to me)$/iu;
const TARGET = /^(?:som|skift til|as|switch to)\s+(?<target>.+)$/iu;

export function actAsCommand(text: string): ActAsCommand | null {
  const core = text.trim().replace(/[\s.!]+$/u, '').replace(/\s+/gu, ' ');
  if (SELF.test(core)) return { kind: 'actAsSelf' };
  const target = TARGET.exec(core)?.groups?.target?.trim();
  return target ? { kind: 'actAs', target } : null;
}
