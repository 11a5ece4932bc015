/**
 * The "File support request" message action: fetchTask opens a form
 * pre-filled from the message; submitAction validates it, creates the
 * request (draft, or filed with a number) and posts the answer and the
 * request card where the message is — or returns the card to the compose box.
 */
import { randomUUID } from 'node:crypto';
import type {
  MessagingExtensionAction,
  MessagingExtensionActionResponse,
  StatePropertyAccessor,
  TurnContext,
} from 'botbuilder';
import { z } from 'zod';
import { literalName, teamsMessageLink } from '../../cards/literal-text';
import { cardAttachment } from '../../cards/render-card';
import { deadlineText } from '../../cards/request-display';
import { requestFormCard, type SourceMessage } from '../../cards/request-form-card';
import { summaryCard } from '../../cards/summary-card';
import { assess, describeQuestion } from '../../domain/assess';
import type { Facts, Profile } from '../../domain/facts';
import { understandMessage } from '../../domain/reader';
import { t, type Language } from '../../i18n';
import { type FilingDeps, fileRequest } from '../request-handlers';
import { personOf } from '../turn-identity';
import { plainText, titleFrom } from './message-text';
import { formQuestions, readRequestForm } from './request-form';

export const fileRequestCommandId = 'fileSupportRequest';

/** Only Teams message links go on the card: the form's data comes back from the client. */
const teamsLink = z.string().transform((link) => teamsMessageLink(link) ?? '');

const sourceFromForm = z.object({
  sourceId: z.string().max(200).catch(''),
  sourceLink: teamsLink.catch(''),
  sourceAuthor: z.string().max(200).catch(''),
  /** A form opened before forms had ids gets a fresh one: it files once per submit, as it did. */
  formId: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,100}$/)
    .catch(() => randomUUID()),
});

export interface FileRequestDeps extends FilingDeps {
  readonly profile: StatePropertyAccessor<Profile>;
}

function sourceOf(action: MessagingExtensionAction): SourceMessage {
  const payload = action.messagePayload;
  return {
    id: payload?.id ?? '',
    link: teamsMessageLink(payload?.linkToMessage ?? '') ?? '',
    author: payload?.from?.user?.displayName ?? '',
  };
}

function formResponse(language: Language, card: ReturnType<typeof requestFormCard>): MessagingExtensionActionResponse {
  return {
    task: {
      type: 'continue',
      value: { title: t(language, 'form.heading'), height: 'large', width: 'medium', card: cardAttachment(card) },
    },
  };
}

export async function fetchFileRequestTask(
  context: TurnContext,
  action: MessagingExtensionAction,
  language: Language,
  deps: FileRequestDeps,
): Promise<MessagingExtensionActionResponse> {
  const body = action.messagePayload?.body;
  const text = body?.content ? plainText(body.content, body.contentType) : '';
  // The same reading as the chat's: "서비스 상태에는 아무 것도 없습니다" pre-fills service health.
  const guessed = understandMessage(text).facts;
  const profile = await deps.profile.get(context, {});
  deps.log.info({ context: action.commandContext, guessed: Object.keys(guessed) }, 'file request form opened');
  return formResponse(
    language,
    requestFormCard({
      language,
      title: titleFrom(text),
      description: text,
      questions: formQuestions(guessed, profile),
      facts: guessed,
      profile,
      problems: [],
      source: sourceOf(action),
      formId: randomUUID(),
    }),
  );
}

export async function submitFileRequest(
  context: TurnContext,
  action: MessagingExtensionAction,
  language: Language,
  deps: FileRequestDeps,
): Promise<MessagingExtensionActionResponse> {
  const data: unknown = action.data;
  const profile = await deps.profile.get(context, {});
  const read = readRequestForm(data, { facts: {}, profile }, language);
  const raw = (data ?? {}) as Record<string, unknown>;
  const form = sourceFromForm.parse(raw);
  const source: SourceMessage = { id: form.sourceId, link: form.sourceLink, author: form.sourceAuthor };
  const again = (facts: Facts, known: Profile, problems: string[]) =>
    formResponse(
      language,
      requestFormCard({
        language,
        title: String(raw.title ?? '').slice(0, 120),
        description: String(raw.description ?? '').slice(0, 4_000),
        serviceRequestNumber: String(raw.srNumber ?? '').slice(0, 40),
        questions: formQuestions(facts, known),
        facts,
        profile: known,
        problems,
        source,
        formId: form.formId,
      }),
    );

  if ('problems' in read) {
    deps.log.info({ problems: read.problems.length }, 'file request form rejected');
    return again(read.facts, read.profile, read.problems);
  }
  const { facts } = read.ok;
  await deps.profile.set(context, read.ok.profile);
  const assessment = assess(facts, read.ok.profile);
  // A different answer can lead to a question the form did not have (R3 is an answer of its own).
  if (assessment.nextQuestion !== undefined && assessment.decision !== 'check-service-health') {
    const question = describeQuestion(assessment.nextQuestion, language).prompt;
    return again(facts, read.ok.profile, [t(language, 'form.oneMore', { question })]);
  }

  const fromMessage = action.commandContext === 'message';
  const filed = await fileRequest(
    context,
    {
      // The form's id names what is filed: submitting the same form twice files once.
      origin: `check:${form.formId}`,
      facts,
      profile: read.ok.profile,
      language,
      title: read.ok.title,
      filed: read.ok.serviceRequestNumber !== undefined,
      ...(read.ok.serviceRequestNumber === undefined ? {} : { serviceRequestNumber: read.ok.serviceRequestNumber }),
      ...(source.link === '' && source.id === ''
        ? {}
        : { source: { messageId: source.id, link: source.link, author: source.author } }),
      post: fromMessage,
    },
    deps,
  );
  if (filed === undefined) return {};
  // The same form submitted again was told "already tracked" with the request card; its answer was posted the first time.
  if (fromMessage && filed.kind === 'created') {
    // The answer that goes with it already says it is tracked: it has no filing button of its own.
    const askedBy = t(language, 'form.sourceMessage', { name: literalName(source.author || personOf(context).name) });
    const tracked = {
      requestId: filed.request.id,
      title: filed.request.title,
      deadline: deadlineText(filed.request, language),
    };
    const summary = summaryCard({ assessment, facts, language, askedBy, at: { check: form.formId, step: 0 }, tracked });
    await context.sendActivity({ attachments: [cardAttachment(summary)] });
  }
  if (fromMessage) return {};
  // From the compose box: the card goes into the message the user is writing.
  return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments: [cardAttachment(filed.card)] } };
}
