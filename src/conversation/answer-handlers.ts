/**
 * On the Teams side: a plain question gets its answer card, the
 * "answer or triage?" card's buttons are followed, and "Was this helpful?"
 * votes are stored. Deciding question vs problem is the domain's job.
 */
import { MessageFactory, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { answerCard, notHelpfulCard, routeChoiceCard } from '../cards/answer-card';
import { cardAttachment } from '../cards/render-card';
import { answerQuestion, topicById, topicIds, type TopicId } from '../domain/answers';
import type { Profile } from '../domain/facts';
import { t, type Language } from '../i18n';
import type { Logger } from '../log';
import type { FeedbackRepository } from '../store/feedback-repository';
import { tenantOf } from './turn-identity';

/** The ambiguous-message card's two buttons and the help card's example questions. */
export const routeSchema = z.object({
  verb: z.literal('message.route'),
  route: z.enum(['answer', 'triage']),
  text: z.string().min(1).max(1_000),
});
export const feedbackSchema = z.object({
  verb: z.literal('answer.feedback'),
  feedback: z.enum(['yes', 'no']),
  topic: z.enum(topicIds),
});

export interface AnswerHandlerDeps {
  readonly feedback: FeedbackRepository;
  readonly now: () => Date;
  readonly log: Logger;
}

/** What the message's reading found: the topic that answers it, and the profile facts it states. */
export interface ReadQuestion {
  readonly topic?: TopicId;
  readonly profile?: Profile;
}

/** The answer card for the reading's topic, else for the topic the text matches, with notes for the profile it states. */
export async function sendAnswer(
  context: TurnContext,
  text: string,
  language: Language,
  deps: AnswerHandlerDeps,
  reading: ReadQuestion = {},
): Promise<void> {
  const answer = reading.topic === undefined ? answerQuestion(text)?.topic : topicById(reading.topic);
  deps.log.info({ topic: answer?.id }, 'question answered');
  if (answer === undefined) {
    await context.sendActivity(t(language, 'route.noAnswer'));
    return;
  }
  await context.sendActivity(MessageFactory.attachment(cardAttachment(answerCard(answer, language, reading.profile))));
}

export async function offerBoth(context: TurnContext, text: string, language: Language): Promise<void> {
  await context.sendActivity(MessageFactory.attachment(cardAttachment(routeChoiceCard(text, language))));
}

export async function recordFeedback(
  context: TurnContext,
  vote: z.infer<typeof feedbackSchema>,
  language: Language,
  deps: AnswerHandlerDeps,
): Promise<void> {
  const { from } = context.activity;
  await deps.feedback.record({
    tenantId: tenantOf(context),
    topic: vote.topic,
    helpful: vote.feedback === 'yes',
    userId: from.aadObjectId ?? from.id,
    language,
    at: deps.now().toISOString(),
  });
  if (vote.feedback === 'yes') await context.sendActivity(t(language, 'answer.thanks'));
  else
    await context.sendActivity(
      MessageFactory.attachment(cardAttachment(notHelpfulCard(topicById(vote.topic), language))),
    );
}
