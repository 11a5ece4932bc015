/**
 * The labelled message fixtures, validated on load so a typo in a topic id or
 * an expected kind fails loudly instead of counting as a miss.
 */
import { z } from 'zod';
import { topicIds } from '../../../src/domain/answers/topic';
import { languageSchema } from '../../../src/domain/facts';
import problemMessagesJson from '../../fixtures/problem-messages.json';
import questionsJson from '../../fixtures/questions.json';

const questionSchema = z.object({ language: languageSchema, topic: z.enum(topicIds), text: z.string().min(1) });
const problemMessageSchema = z.object({
  language: languageSchema,
  expected: z.enum(['problem', 'ambiguous']),
  text: z.string().min(1),
});

export type LabelledQuestion = z.infer<typeof questionSchema>;

export const questions: readonly LabelledQuestion[] = z.array(questionSchema).parse(questionsJson);
export const problemMessages = z.array(problemMessageSchema).parse(problemMessagesJson);
