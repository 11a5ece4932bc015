/**
 * Who and where a turn comes from: the tenant (for isolation and the
 * allow-list) and the person (for history and "Asked by").
 */
import type { TurnContext } from 'botbuilder';
import type { Person } from '../domain/requests/support-request';

/** Bots outside Teams (the Emulator) send no tenant; their data shares one local partition. */
const localTenant = 'local';

export function tenantIdOf(context: TurnContext): string | undefined {
  const channelData = context.activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const fromChannel = channelData?.tenant?.id;
  return context.activity.conversation?.tenantId ?? (typeof fromChannel === 'string' ? fromChannel : undefined);
}

export function tenantOf(context: TurnContext): string {
  return tenantIdOf(context) ?? localTenant;
}

export function personOf(context: TurnContext): Person {
  const { from } = context.activity;
  return { id: from.id, name: from.name ?? '', ...(from.aadObjectId ? { aadObjectId: from.aadObjectId } : {}) };
}
