/**
 * The optional team escalation channel: `set escalation channel` in
 * a team channel stores that channel's conversation reference in the tenant's
 * settings document, and every reminder of the tenant is also posted there.
 * The settings live in the requests container (partition = tenant) as
 * `{ id: 'settings', tenantId, type: 'tenant-settings', … }`; other settings
 * may share the document, so writes merge under an ETag.
 *
 * Who may change it: anyone in a team channel when none
 * is set or the one set stopped accepting posts; otherwise only the person
 * who set it (from the channel they move it to), or someone in the current
 * escalation channel (where "clear escalation channel" frees it for others).
 * Every change is recorded (who, when, from which channel to which) in the
 * settings document; the bot announces it in the previous channel.
 */
import { z } from 'zod';
import { changedMeanwhile, retryOnConflict } from '../store/conflicts';
import type { RequestsRepository } from '../store/requests-repository';
import { type ConversationReferenceRecord, conversationReferenceSchema } from './proactive-sender';
import { conversationRoot } from './reminder-targets';

export const tenantSettingsId = 'settings';

export const escalationChannelSchema = z.object({
  reference: conversationReferenceSchema,
  setAt: z.iso.datetime(),
  setBy: z.object({ id: z.string(), name: z.string().default('') }).optional(),
  /** Set when the channel refused a post for good (bot removed: 403/404). */
  undeliverable: z.object({ at: z.iso.datetime(), reason: z.string() }).optional(),
});
export type EscalationChannel = z.infer<typeof escalationChannelSchema>;

/** One change of the escalation channel: conversation ids of the channel before and after. */
export const escalationChannelChangeSchema = z.object({
  at: z.iso.datetime(),
  by: z.object({ id: z.string(), name: z.string().default('') }).optional(),
  previous: z.string().optional(),
  channel: z.string().optional(),
});
export type EscalationChannelChange = z.infer<typeof escalationChannelChangeSchema>;

/** The most recent changes kept in the settings document. */
const changesKept = 50;

const tenantSettingsSchema = z
  .object({
    id: z.literal(tenantSettingsId),
    tenantId: z.string().min(1),
    type: z.literal('tenant-settings'),
    escalationChannel: escalationChannelSchema.optional(),
    escalationChannelChanges: z.array(escalationChannelChangeSchema).default([]),
  })
  .loose();
type TenantSettings = z.infer<typeof tenantSettingsSchema>;

async function readSettings(
  requests: RequestsRepository,
  tenantId: string,
): Promise<{ settings: TenantSettings; etag?: string }> {
  const stored = await requests.readDocument(tenantId, tenantSettingsId);
  if (stored !== undefined) return { settings: tenantSettingsSchema.parse(stored.document), etag: stored.etag };
  return { settings: { id: tenantSettingsId, tenantId, type: 'tenant-settings', escalationChannelChanges: [] } };
}

/** Read-modify-write of the settings document: created when new, ETag-conditional replace otherwise. */
async function updateSettings(
  requests: RequestsRepository,
  tenantId: string,
  change: (settings: TenantSettings) => TenantSettings,
): Promise<void> {
  const result = await retryOnConflict(async () => {
    const { settings, etag } = await readSettings(requests, tenantId);
    const next = change(settings);
    const written =
      etag === undefined ? await requests.createDocument(next) : await requests.replaceDocument(next, etag);
    return written === 'exists' || written === 'gone' ? changedMeanwhile : written;
  });
  if (result === changedMeanwhile) throw new Error(`tenant settings of ${tenantId} kept changing`);
}

interface SetBy {
  readonly id: string;
  readonly name: string;
}

/**
 * The reference is kept at channel level (any `;messageid=` thread suffix and
 * reply-to id dropped) so reminders arrive as new posts, not inside the
 * thread where the command was typed.
 */
function channelSetting(reference: Record<string, unknown>, now: Date, setBy: SetBy | undefined): EscalationChannel {
  const { activityId: _thread, ...parsed } = conversationReferenceSchema.parse(
    reference,
  ) as ConversationReferenceRecord & { activityId?: unknown };
  return {
    reference: { ...parsed, conversation: { ...parsed.conversation, id: conversationRoot(parsed.conversation.id) } },
    setAt: now.toISOString(),
    ...(setBy === undefined ? {} : { setBy: { ...setBy } }),
  };
}

export type ChannelChangeOutcome =
  | { readonly kind: 'changed'; readonly previous: EscalationChannel | undefined }
  /** Not this person's to change from here: `current` says who set it. */
  | { readonly kind: 'refused'; readonly current: EscalationChannel };

/** The rule in this module's comment; `from` is the conversation the command came from. */
export function mayChangeEscalationChannel(
  current: EscalationChannel | undefined,
  by: SetBy | undefined,
  from: string | undefined,
): boolean {
  if (current === undefined || current.undeliverable !== undefined) return true;
  if (by !== undefined && current.setBy?.id === by.id) return true;
  return from !== undefined && conversationRoot(from) === conversationRoot(current.reference.conversation.id);
}

/**
 * Point the tenant's reminders also at this channel (a conversation
 * reference), or stop (undefined), when `setBy` may (decided on the document
 * as it is written, under its ETag).
 */
export async function setEscalationChannel(
  requests: RequestsRepository,
  tenantId: string,
  reference: Record<string, unknown> | undefined,
  options: { readonly now: Date; readonly setBy?: SetBy; readonly from?: string },
): Promise<ChannelChangeOutcome> {
  const channel = reference === undefined ? undefined : channelSetting(reference, options.now, options.setBy);
  let outcome: ChannelChangeOutcome = { kind: 'changed', previous: undefined };
  await updateSettings(requests, tenantId, (settings) => {
    const { escalationChannel: previous, escalationChannelChanges, ...rest } = settings;
    if (!mayChangeEscalationChannel(previous, options.setBy, options.from)) {
      outcome = { kind: 'refused', current: previous! };
      return settings;
    }
    outcome = { kind: 'changed', previous };
    const change: EscalationChannelChange = {
      at: options.now.toISOString(),
      ...(options.setBy === undefined ? {} : { by: { ...options.setBy } }),
      ...(previous === undefined ? {} : { previous: previous.reference.conversation.id }),
      ...(channel === undefined ? {} : { channel: channel.reference.conversation.id }),
    };
    return {
      ...rest,
      ...(channel === undefined ? {} : { escalationChannel: channel }),
      escalationChannelChanges: [...escalationChannelChanges, change].slice(-changesKept),
    };
  });
  return outcome;
}

/** The tenant's recorded changes of its escalation channel, oldest first. */
export async function escalationChannelChanges(
  requests: RequestsRepository,
  tenantId: string,
): Promise<EscalationChannelChange[]> {
  return (await readSettings(requests, tenantId)).settings.escalationChannelChanges;
}

/** The tenant's escalation channel, if one is set. */
export async function getEscalationChannel(
  requests: RequestsRepository,
  tenantId: string,
): Promise<EscalationChannel | undefined> {
  return (await readSettings(requests, tenantId)).settings.escalationChannel;
}

/** The channel refused for good: stop posting there and let `status` say so. */
export async function markEscalationChannelUndeliverable(
  requests: RequestsRepository,
  tenantId: string,
  reason: string,
  now: Date,
): Promise<void> {
  await updateSettings(requests, tenantId, (settings) =>
    settings.escalationChannel === undefined
      ? settings
      : {
          ...settings,
          escalationChannel: { ...settings.escalationChannel, undeliverable: { at: now.toISOString(), reason } },
        },
  );
}
