/**
 * The optional team escalation channel: `set escalation channel` in
 * a team channel stores that channel's conversation reference in the tenant's
 * settings document, and every reminder of the tenant is also posted there.
 * The settings live in the requests container (partition = tenant) as
 * `{ id: 'settings', tenantId, type: 'tenant-settings', … }`; other settings
 * may share the document, so writes merge under an ETag.
 */
import type { Container } from '@azure/cosmos';
import { z } from 'zod';
import { type ConversationReferenceRecord, conversationReferenceSchema } from './proactive-sender';
import { conversationRoot } from './reminder-targets';
import { cosmosCode } from './stored-request';

export const tenantSettingsId = 'settings';

export const escalationChannelSchema = z.object({
  reference: conversationReferenceSchema,
  setAt: z.iso.datetime(),
  setBy: z.object({ id: z.string(), name: z.string().default('') }).optional(),
  /** Set when the channel refused a post for good (bot removed: 403/404). */
  undeliverable: z.object({ at: z.iso.datetime(), reason: z.string() }).optional(),
});
export type EscalationChannel = z.infer<typeof escalationChannelSchema>;

const tenantSettingsSchema = z
  .object({
    id: z.literal(tenantSettingsId),
    tenantId: z.string().min(1),
    type: z.literal('tenant-settings'),
    escalationChannel: escalationChannelSchema.optional(),
  })
  .loose();
type TenantSettings = z.infer<typeof tenantSettingsSchema>;

async function readSettings(container: Container, tenantId: string): Promise<{ settings: TenantSettings; etag?: string }> {
  try {
    const { resource } = await container.item(tenantSettingsId, tenantId).read<Record<string, unknown>>();
    if (resource !== undefined) return { settings: tenantSettingsSchema.parse(resource), etag: String(resource._etag) };
  } catch (err) {
    if (cosmosCode(err) !== 404) throw err;
  }
  return { settings: { id: tenantSettingsId, tenantId, type: 'tenant-settings' } };
}

/** Read-modify-write of the settings document: create when new, ETag-conditional replace otherwise. */
async function updateSettings(container: Container, tenantId: string, change: (settings: TenantSettings) => TenantSettings): Promise<void> {
  for (let conflicts = 0; conflicts < 8; conflicts++) {
    const { settings, etag } = await readSettings(container, tenantId);
    const { _rid, _self, _etag, _attachments, _ts, ...next } = change(settings) as Record<string, unknown>;
    try {
      if (etag === undefined) await container.items.create(next);
      else await container.item(tenantSettingsId, tenantId).replace(next, { accessCondition: { type: 'IfMatch', condition: etag } });
      return;
    } catch (err) {
      if (cosmosCode(err) !== 409 && cosmosCode(err) !== 412) throw err;
    }
  }
  throw new Error(`tenant settings of ${tenantId} kept changing`);
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
  const { activityId: _thread, ...parsed } = conversationReferenceSchema.parse(reference) as ConversationReferenceRecord & { activityId?: unknown };
  return {
    reference: { ...parsed, conversation: { ...parsed.conversation, id: conversationRoot(parsed.conversation.id) } },
    setAt: now.toISOString(),
    ...(setBy === undefined ? {} : { setBy: { ...setBy } }),
  };
}

/** Point the tenant's reminders also at this channel (a conversation reference), or stop (undefined). */
export async function setEscalationChannel(
  container: Container,
  tenantId: string,
  reference: Record<string, unknown> | undefined,
  options: { readonly now: Date; readonly setBy?: SetBy },
): Promise<void> {
  const channel = reference === undefined ? undefined : channelSetting(reference, options.now, options.setBy);
  await updateSettings(container, tenantId, (settings) => {
    const { escalationChannel: _old, ...rest } = settings;
    return channel === undefined ? rest : { ...rest, escalationChannel: channel };
  });
}

/** The tenant's escalation channel, if one is set. */
export async function getEscalationChannel(container: Container, tenantId: string): Promise<EscalationChannel | undefined> {
  return (await readSettings(container, tenantId)).settings.escalationChannel;
}

/** The channel refused for good: stop posting there and let `status` say so. */
export async function markEscalationChannelUndeliverable(container: Container, tenantId: string, reason: string, now: Date): Promise<void> {
  await updateSettings(container, tenantId, (settings) =>
    settings.escalationChannel === undefined
      ? settings
      : { ...settings, escalationChannel: { ...settings.escalationChannel, undeliverable: { at: now.toISOString(), reason } } },
  );
}
