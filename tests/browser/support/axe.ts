/** axe-core in the page: WCAG 2.1 A/AA rules, failing on serious and critical findings only. */
import assert from 'node:assert/strict';
import type { Frame, Page } from 'playwright-core';

interface AxeNode { target: string[]; html: string; failureSummary?: string }
interface AxeViolation { id: string; impact: string | null; help: string; nodes: AxeNode[] }

const AXE = require.resolve('axe-core/axe.min.js');

/** A running animation that will end (not one with infinite iterations, like a spinner's). */
const RUNNING_FINITE = `(a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity`;

export async function axeViolations(page: Page | Frame): Promise<AxeViolation[]> {
  // Mid-animation colours are blends (a fading dialog fails contrast), so wait for transitions to end, and for
  // tabster to give the page back its aria-hidden state after a dialog closed. Endless animations (a spinner, a
  // skeleton's shimmer) never end: waiting on them is what once held an accessibility test until the 30 s
  // timeout, so only finite ones count, and a page that still has not settled fails at once naming them.
  const settled = `!document.getAnimations().some(${RUNNING_FINITE})
    && (document.querySelector('[role=dialog]') !== null || !document.getElementById('root')?.hasAttribute('aria-hidden'))`;
  try {
    await page.waitForFunction(settled, undefined, { timeout: 5_000 });
  } catch {
    const running = await page.evaluate(`document.getAnimations().filter(${RUNNING_FINITE})
      .map((a) => (a.animationName ?? a.transitionProperty ?? 'animation') + ' on ' + (a.effect?.target?.className ?? '?'))`);
    const hidden = await page.evaluate(`document.getElementById('root')?.hasAttribute('aria-hidden')`);
    throw new Error(`the page did not settle for axe: running ${JSON.stringify(running)}, #root aria-hidden ${String(hidden)}`);
  }
  await page.addScriptTag({ path: AXE });
  const result = (await page.evaluate(`axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    resultTypes: ['violations'],
  })`)) as { violations: AxeViolation[] };
  return result.violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !tabsterSentinel(v.id, n)) }))
    .filter((v) => v.nodes.length > 0 && (v.impact === 'serious' || v.impact === 'critical'));
}

/**
 * Fluent v9's focus management (tabster) puts aria-hidden, focusable <i data-tabster-dummy> sentinels around
 * dialogs and lists that hand focus on the moment they get it: a known false positive of aria-hidden-focus,
 * which Microsoft's own scanners exclude the same way (microsoft/tabster#288, accessibility-insights-web#7605).
 */
function tabsterSentinel(rule: string, node: AxeNode): boolean {
  return rule === 'aria-hidden-focus' && node.html.includes('data-tabster-dummy');
}

export async function assertAccessible(page: Page | Frame, label: string): Promise<void> {
  const violations = await axeViolations(page);
  const report = violations.map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`);
  if (report.length > 0) assert.fail(`${label}: axe found serious or critical problems:\n${report.join('\n')}`);
}
