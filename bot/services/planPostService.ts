import { planPostCard, planTakenNotice } from '../cards/digestCards.js';
import type { AdaptiveCardJson } from '../cards/render.js';
import type { Locale } from '../domain/danishTime.js';
import type { PlanClaim } from '../domain/digest/index.js';
import type { SavedPlan } from '../domain/planning/index.js';
import type { Naming } from '../domain/units.js';
import type { Stores } from '../store/index.js';
import { ConversationGoneError, type ChannelPoster } from './channelPoster.js';

export type PostPlanOutcome = { kind: 'posted'; activityId: string } | { kind: 'noTarget' } | { kind: 'notFound' } | { kind: 'targetGone' };
export type ClaimOutcome = { kind: 'claimed' | 'alreadyTaken'; card: AdaptiveCardJson } | { kind: 'notFound' };

/**
 * A saved plan posted to the coordinator's channel, where each suggestion can be claimed. A claim is a
 * conditional insert (Leases, "claim-<plan id>"/CVR): of two people pressing at once, the first wins and
 * the second is told who did; the posted card is then updated for everyone.
 */
export class PlanPostService {
  constructor(
    private readonly stores: Stores,
    private readonly poster: ChannelPoster,
    private readonly naming: () => Naming,
    private readonly now: () => Date,
  ) {}

  async post(planId: string, locale: Locale): Promise<PostPlanOutcome> {
    const plan = await this.stores.plans.get(planId);
    if (!plan) return { kind: 'notFound' };
    const target = await this.stores.conversations.target();
    if (!target) return { kind: 'noTarget' };
    try {
      const activityId = await this.poster.post(target.conversationId, this.card(plan, await this.claims(planId), locale));
      await this.stores.leases.acquire('plan-post', `${planId}_${activityId.replace(/[/\\#?]/g, '_')}`, 'bot', this.now(), JSON.stringify({ conversationId: target.conversationId, activityId }));
      return { kind: 'posted', activityId };
    } catch (e) {
      if (!(e instanceof ConversationGoneError)) throw e;
      await this.stores.conversations.remove(target.conversationId);
      return { kind: 'targetGone' };
    }
  }

  async claim(planId: string, cvr: string, who: string, locale: Locale): Promise<ClaimOutcome> {
    const plan = await this.stores.plans.get(planId);
    if (!plan || !plan.items.some((i) => i.cvr === cvr)) return { kind: 'notFound' };
    const won = await this.stores.leases.acquire(claimJob(planId), cvr, who, this.now());
    const claims = await this.claims(planId);
    const notice = won ? null : planTakenNotice(claims[cvr]?.by ?? '?', locale);
    const card = this.card(plan, claims, locale, notice);
    await this.refreshPosts(plan, claims, locale);
    return { kind: won ? 'claimed' : 'alreadyTaken', card };
  }

  /** The posted card as it stands now (its claims), for the card's refresh when it is opened again. */
  async current(planId: string, locale: Locale): Promise<AdaptiveCardJson | null> {
    const plan = await this.stores.plans.get(planId);
    return plan ? this.card(plan, await this.claims(planId), locale) : null;
  }

  claims(planId: string): Promise<Record<string, PlanClaim>> {
    return planClaims(this.stores, planId);
  }

  private card(plan: SavedPlan, claims: Record<string, PlanClaim>, locale: Locale, notice: string | null = null): AdaptiveCardJson {
    return planPostCard(plan, claims, { locale, ...this.naming() }, notice);
  }

  /** Every posted copy of the plan shows the new claim, not only the presser's. */
  private async refreshPosts(plan: SavedPlan, claims: Record<string, PlanClaim>, locale: Locale): Promise<void> {
    const posts = (await this.stores.leases.list('plan-post')).filter((l) => l.key.startsWith(`${plan.id}_`) && l.detail);
    await Promise.all(posts.map(async (p) => {
      const { conversationId, activityId } = JSON.parse(p.detail as string) as { conversationId: string; activityId: string };
      // The presser already gets the new card as the invoke's answer; a copy that cannot be updated (its channel
      // removed the bot) must not turn a successful claim into an error.
      await this.poster.update(conversationId, activityId, this.card(plan, claims, locale)).catch(() => undefined);
    }));
  }
}

function claimJob(planId: string): string {
  return `claim-${planId}`;
}

/** Who took which item of a plan, by CVR (also read by the weekly digest for the plan's progress). */
export async function planClaims(stores: Stores, planId: string): Promise<Record<string, PlanClaim>> {
  const out: Record<string, PlanClaim> = {};
  for (const l of await stores.leases.list(claimJob(planId))) out[l.key] = { by: l.owner, at: l.at };
  return out;
}
