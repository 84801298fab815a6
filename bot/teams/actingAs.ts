import type { Activity } from 'botbuilder';
import type { LocalUser } from '../demo/localUsers.js';

interface Acting { as: LocalUser; self: { id: string; name: string; aadObjectId?: string } }

/**
 * Local mode's stand-in for the user switch the Agents Playground lacks: per conversation, which demo colleague
 * the sender currently acts as. Kept in memory on purpose: it is a demo aid, gone at restart, never in production
 * (app.ts creates it only in local mode).
 */
export class ActingAs {
  private readonly byConversation = new Map<string, Acting>();

  /** From now on this conversation speaks as `user`; the sender's own identity is kept for "som mig". */
  start(activity: Partial<Activity>, user: LocalUser): void {
    const key = activity.conversation?.id ?? '';
    const self = this.byConversation.get(key)?.self ?? { id: activity.from?.id ?? '', name: activity.from?.name ?? '', aadObjectId: activity.from?.aadObjectId };
    this.byConversation.set(key, { as: user, self });
  }

  /** Ends acting in this conversation; the sender's own name, or null when they were not acting. */
  stop(activity: Partial<Activity>): string | null {
    const key = activity.conversation?.id ?? '';
    const acting = this.byConversation.get(key);
    this.byConversation.delete(key);
    return acting ? acting.self.name : null;
  }

  /** Makes the activity come from the colleague this conversation acts as, so unit, role and "who" all follow. */
  apply(activity: Partial<Activity>): void {
    const acting = this.byConversation.get(activity.conversation?.id ?? '');
    if (!acting) return;
    const { staff, aadObjectId } = acting.as;
    activity.from = { id: staff.id.replace(/^demo-/, 'user-'), name: staff.displayName, aadObjectId, role: activity.from?.role };
  }
}
