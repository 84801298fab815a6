import { DEMO_STAFF, type DemoStaffMember } from './demoStaff.js';

/**
 * The identities local mode knows: the Agents Playground's users (.m365agentsplayground.yml) and the tab's
 * local sign-in use these Entra-style object ids, one person per unit plus the coordinator.
 */
export interface LocalUser { aadObjectId: string; staff: DemoStaffMember }

const PICKED = ['demo-erhverv-1', 'demo-jobcenter-1', 'demo-unge-1', 'demo-boern-familie-1', 'demo-skole-1', 'demo-jobcenter-2'];

export const LOCAL_USERS: readonly LocalUser[] = PICKED.map((id, i) => {
  const staff = DEMO_STAFF.find((s) => s.id === id);
  if (!staff) throw new Error(`demo staff ${id} is missing`);
  return { aadObjectId: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`, staff };
});
