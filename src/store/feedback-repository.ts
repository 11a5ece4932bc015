/**
 * "Was this helpful?" votes on answer cards, one document per vote,
 * partitioned by tenant. Only ids are stored: no names, no message text.
 */
import { randomUUID } from 'node:crypto';
import type { Container } from '@azure/cosmos';
import { z } from 'zod';
import { withCallTimeout } from './call-timeout';

export const feedbackVoteSchema = z.object({
  id: z.string(),
  tenantId: z.string().min(1),
  type: z.literal('answer-feedback'),
  topic: z.string().min(1).max(80),
  helpful: z.boolean(),
  userId: z.string().min(1),
  language: z.enum(['en', 'ko']),
  at: z.iso.datetime(),
});
export type FeedbackVote = z.infer<typeof feedbackVoteSchema>;

export class FeedbackRepository {
  constructor(private readonly container: Container) {}

  async record(vote: Omit<FeedbackVote, 'id' | 'type'>): Promise<FeedbackVote> {
    const document = feedbackVoteSchema.parse({ ...vote, id: randomUUID(), type: 'answer-feedback' });
    await withCallTimeout((timeout) => this.container.items.create(document, timeout));
    return document;
  }

  async forTenant(tenantId: string): Promise<FeedbackVote[]> {
    const { resources } = await withCallTimeout((timeout) =>
      this.container.items
        .query(
          {
            query: 'SELECT * FROM c WHERE c.tenantId = @tenantId',
            parameters: [{ name: '@tenantId', value: tenantId }],
          },
          timeout,
        )
        .fetchAll(),
    );
    return resources.flatMap((doc) => {
      const parsed = feedbackVoteSchema.safeParse(doc);
      return parsed.success ? [parsed.data] : [];
    });
  }
}
