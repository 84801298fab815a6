/**
 * Who is told what in the Teams activity feed (issue 18): a staff member when a plan gives them, or their unit, a
 * company to contact; the staff who contacted a company lately when it declines contact. Pure: the caller passes
 * the plan versions, the contacts, the register of staff choices and `now`.
 */
import type { Contact } from '../contact.js';
import { addDays, copenhagenDay } from '../danishTime.js';
import { diffPlans, type PlanItem } from '../planning/index.js';
import type { UnitId } from '../units.js';

/** As declared in the manifest's activities.activityTypes. */
export type ActivityType = 'planItemAssigned' | 'planItemAssignedToUnit' | 'companyOptedOut';

/** A staff member's choice in the tab's settings. */
export interface FeedChoice {
  /** Assignments to me by name, and opt-outs of companies I contacted. */
  notify: boolean;
  /** Also items given to my unit without a name: a unit can get many, so only those who ask for them. */
  unitItems: boolean;
}

/**
 * On for what is the person's own work (an item with their name, a company they were in touch with that now says
 * no), off for the unit's pool: see docs/activity-feed.md for why.
 */
export const DEFAULT_FEED_CHOICE: FeedChoice = { notify: true, unitItems: false };

/** One row of the register: someone who has made a choice in the tab, with the unit the directory gave them then. */
export interface FeedMember {
  /** Entra object id. */
  userId: string;
  displayName: string;
  unit: UnitId | null;
  choice: FeedChoice;
}

export interface Notice {
  recipientId: string;
  activityType: ActivityType;
  cvr: string;
  companyName: string;
  actorName: string;
  /** The unit's id for planItemAssignedToUnit; the caller words it. */
  unit: UnitId | null;
}

export interface Actor {
  id: string | null;
  name: string;
}

/** Days back, today included, whose contacts make a staff member someone to tell of an opt-out. */
export const OPT_OUT_WINDOW_DAYS = 90;

const OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Graph addresses a user by Entra object id; a Teams-only or local id would only earn a 404. */
export function isEntraObjectId(id: string | null | undefined): id is string {
  return typeof id === 'string' && OBJECT_ID.test(id);
}

const nameKey = (name: string, unit: UnitId): string => `${unit}\u0000${name.trim().toLocaleLowerCase('da')}`;

/** Items of `next` that `previous` did not give to the same unit and person: only those are news to anyone. */
export function changedAssignments(previous: readonly PlanItem[] | null, next: readonly PlanItem[]): PlanItem[] {
  if (previous === null) return [...next];
  const diff = diffPlans(previous, next);
  const moved = new Set(diff.reassigned.map((r) => r.cvr));
  return next.filter((i) => moved.has(i.cvr) || diff.added.includes(i));
}

function choiceOf(members: ReadonlyMap<string, FeedMember>, userId: string): FeedChoice {
  return members.get(userId)?.choice ?? DEFAULT_FEED_CHOICE;
}

function byId(members: readonly FeedMember[]): Map<string, FeedMember> {
  return new Map(members.map((m) => [m.userId, m]));
}

/**
 * A person named in a plan item, as Entra object ids: the register's members of that unit with that name, else the
 * staff ids of contacts logged under that name for that unit (plan items name people as contacts carry them).
 */
function resolvePerson(
  person: string,
  unit: UnitId,
  members: readonly FeedMember[],
  contactIds: ReadonlyMap<string, Set<string>>,
): string[] {
  const key = nameKey(person, unit);
  const registered = members.filter((m) => m.unit === unit && nameKey(m.displayName, unit) === key).map((m) => m.userId);
  return registered.length > 0 ? registered : [...(contactIds.get(key) ?? [])];
}

export interface PlanNoticeInput {
  previous: readonly PlanItem[] | null;
  next: readonly PlanItem[];
  members: readonly FeedMember[];
  contacts: readonly Contact[];
  actor: Actor;
}

/** One notice per person and company for every new or changed assignment; never to the one who saved the plan. */
export function planNotices(input: PlanNoticeInput): Notice[] {
  const changed = changedAssignments(input.previous, input.next);
  if (changed.length === 0) return [];
  const members = byId(input.members);
  const contactIds = new Map<string, Set<string>>();
  for (const c of input.contacts) {
    if (!isEntraObjectId(c.staffId)) continue;
    const key = nameKey(c.staffName, c.unit);
    const ids = contactIds.get(key) ?? new Set<string>();
    ids.add(c.staffId);
    contactIds.set(key, ids);
  }
  const notices: Notice[] = [];
  const seen = new Set<string>();
  const add = (recipientId: string, item: PlanItem, activityType: ActivityType): void => {
    const key = `${recipientId}\u0000${item.cvr}`;
    if (seen.has(key) || recipientId === input.actor.id || !isEntraObjectId(recipientId)) return;
    seen.add(key);
    notices.push({
      recipientId,
      activityType,
      cvr: item.cvr,
      companyName: item.companyName,
      actorName: input.actor.name,
      unit: activityType === 'planItemAssignedToUnit' ? item.unit : null,
    });
  };
  for (const item of changed) {
    if (item.person !== null && item.person.trim() !== '') {
      for (const id of resolvePerson(item.person, item.unit, input.members, contactIds))
        if (choiceOf(members, id).notify) add(id, item, 'planItemAssigned');
    } else {
      for (const m of input.members)
        if (m.unit === item.unit && m.choice.notify && m.choice.unitItems) add(m.userId, item, 'planItemAssignedToUnit');
    }
  }
  return notices;
}

export interface OptOutNoticeInput {
  cvr: string;
  companyName: string;
  contacts: readonly Contact[];
  members: readonly FeedMember[];
  actor: Actor;
  now: Date;
}

/** The staff who contacted the company within the last 90 days (Copenhagen days, today included), once each. */
export function optOutNotices(input: OptOutNoticeInput): Notice[] {
  const today = copenhagenDay(input.now);
  const from = addDays(today, -(OPT_OUT_WINDOW_DAYS - 1));
  const members = byId(input.members);
  const recipients = new Set<string>();
  for (const c of input.contacts) {
    if (c.cvr !== input.cvr || c.date < from || c.date > today || !isEntraObjectId(c.staffId)) continue;
    if (c.staffId === input.actor.id || !choiceOf(members, c.staffId).notify) continue;
    recipients.add(c.staffId);
  }
  return [...recipients].map((recipientId) => ({
    recipientId,
    activityType: 'companyOptedOut',
    cvr: input.cvr,
    companyName: input.companyName,
    actorName: input.actor.name,
    unit: null,
  }));
}
