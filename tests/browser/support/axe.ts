/** axe-core in the page: WCAG 2.1 A/AA rules, failing on serious and critical findings only. */
import assert from 'node:assert/strict';
import type { Frame, Page } from 'playwright-core';

interface AxeNode { target: string[]; failureSummary?: string }
interface AxeViolation { id: string; impact: string | null; help: string; nodes: AxeNode[] }

const AXE = require.resolve('axe-core/axe.min.js');

export async function axeViolations(page: Page | Frame): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE });
  const result = (await page.evaluate(`axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    resultTypes: ['violations'],
  })`)) as { violations: AxeViolation[] };
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function assertAccessible(page: Page | Frame, label: string): Promise<void> {
  const violations = await axeViolations(page);
  const report = violations.map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`);
  if (report.length > 0) assert.fail(`${label}: axe found serious or critical problems:\n${report.join('\n')}`);
}
