/**
 * Where a message goes. A concrete case — a customer's or the
 * partner's own live problem, a charge, a fraud, "should I escalate this?" —
 * starts the check at once, even when it also names a topic or says service
 * health was checked. A distinct general question beside the case ("Also,
 * can I call Microsoft?") is answered in the check: route `both`. A message
 * with no case is a question for the topics.
 *
 * A case is seen from a symptom of a service (not of the support tools: an
 * error text quoted from Partner Center is a question, R15, R18), or, failing
 * that, from the case model's reading of the whole wording (case-model.ts).
 * The words that tell a live case or none are in case-words.ts, a symptom is
 * read by symptoms.ts, and the question beside a case by side-question.ts.
 */
import { minimumModelText } from '../text-tools/grams';
import { prefiltered } from '../text-tools/prefiltered-regexp';
import { caseLogOdds } from './case-model';
import {
  advisoryRequest,
  amountMoved,
  asksAboutThisCase,
  asksAboutThisCaseKo,
  asksWhichRoute,
  awaitsMicrosoft,
  billedAmiss,
  caseInTheQuestion,
  closedCase,
  companyReported,
  concreteEvent,
  concreteSubject,
  curious,
  customersInGeneral,
  filingForACustomer,
  filingItsCase,
  generalQuestion,
  liveAgain,
  liveCase,
  liveNow,
  matterWorkedOn,
  noCaseFiled,
  noLiveCase,
  noOutageNow,
  noteOfAnIssue,
  nounFormEnd,
  opensWithExample,
  opensWithSupposition,
  saysNoCase,
  pastTime,
  pointsAtItsCase,
  reportedByCustomer,
  sideQuestion,
  supposition,
  unsureWhich,
  workingItsCase,
} from './case-words';
import { answerQuestion, type QuestionMatch } from './match-question';
import { questionKind } from './question-kind-model';
import { asksByWording, questionSentences, questionWords, sentencesOf } from './sentences';
import { distinctQuestion, generalQuestionProbability, toolErrorText } from './side-question';
import {
  clauseBreak,
  clausesOf,
  namesSymptom,
  namesSymptomWord,
  reportsSymptom,
  statesSymptom,
  supposes,
} from './symptoms';

/** `unsure`: no symptom, no clear sign either way, and a topic matches — a real reader would ask "which do you want?". */
export type Route = 'problem' | 'question' | 'both' | 'unsure' | 'unknown';

export interface MessageRoute {
  readonly route: Route;
  /** The topic that answers the question (route `question` or `both`). */
  readonly topic?: QuestionMatch;
  /** A symptom of a service is said as fact (a break-fix problem: technical, rulebook §2). */
  readonly symptom: boolean;
}

/** After a closed case, a question the model reads as more likely general than about that case is asked in general. */
const ratherGeneralProbability = 0.5;

/**
 * Log-odds this close to even (a probability of a case between 0.475 and 0.525), with no plain sign of a case,
 * leave the reader unsure. Chosen on the validation sets: a wider band asked more and routed fewer right.
 */
const unsureMargin = 0.1;

/**
 * "How do we raise it?" asked of a kind of matter ("사기 의심 건은 보통 MS에 어떻게 올려요?") is no case when the case model
 * reads a plain question this surely (a probability of a case under 0.12). Chosen on the labelled sets: from −6 to 0
 * the questions read better and no labelled problem changed; −2 leaves a margin for a case told in few words.
 */
const plainQuestionOdds = -2;

/** Where a sentence turns to a question about the rules, if it does, after `toldBefore` characters of the message. */
function turnToTheRules(sentence: string, toldBefore: number): number | undefined {
  const general = generalQuestion.exec(sentence);
  if (general !== null) return general.index;
  const side = sideQuestion.exec(sentence);
  if (side === null || toldBefore + sentence.slice(0, side.index).trim().length < statementLength) return undefined;
  return namesSymptom(sentence.slice(side.index)) ? undefined : side.index;
}

/** Each sentence up to where it turns to the rules ("…also generally, do we pay for billing support?"). */
function specificPartsOf(sentences: readonly string[]): string[] {
  let told = 0;
  return sentences.map((sentence) => {
    const part = sentence.slice(0, turnToTheRules(sentence, told) ?? sentence.length).trim();
    told += sentence.length;
    return part;
  });
}

/** What a sentence asks after its colon ("Following up on the closed ticket: what is the proper way…?"), else all of it. */
const afterColon = (sentence: string): string => sentence.slice(sentence.lastIndexOf(': ') + 1).trim();

/**
 * A closed case told before a question the question-kind model reads as rather general ("…is resolved now. For next
 * time, what's the response target?"), its symptom told in the closed words or of a past time ("Last quarter…"); a
 * question about the closed case itself ("…we want Microsoft's root cause. Do we open an SR for that?") is still that
 * case's.
 */
function onlyAClosedCase(message: string, asking: readonly string[]): boolean {
  return (
    closedCase.test(message) &&
    !liveAgain.test(message) &&
    !clausesOf(message).some(
      (clause) => !closedCase.test(clause) && !pastTime.test(clause) && reportsSymptom(clause),
    ) &&
    asking.some((sentence) => questionKind(afterColon(sentence)) >= ratherGeneralProbability)
  );
}

/**
 * A symptom said as fact, something that happened to a customer ("was billed twice", "청구서에 …가 찍혀 있어요"), or a
 * customer's word passed on ("Three of our customers report it this week", "…반영이 안 됐다고 해요").
 */
const tellsACase = (message: string): boolean =>
  liveNow.test(message) ||
  liveCase.test(message) ||
  matterWorkedOn.test(message) ||
  statesSymptom(message) ||
  (concreteSubject.test(message) && (concreteEvent.test(message) || billedAmiss.test(message))) ||
  (reportedByCustomer.test(message) && !supposition.test(message) && !customersInGeneral.test(message));

// "…몇 건 잡힘 근데 이런 건 …되나요?", "…charges nobody ordered and can billing …?", "…went dark - can I phone…?": a
// statement, then a question, in one sentence (chat and ticket shorthand leave out the full stop). English "and",
// "but", "so" and a dash join a question only before a question word.
const joinBeforeQuestion = prefiltered(
  new RegExp(
    String.raw`\s(?:근데|그런데|그리고|아니면)\s|\s(?:but|and|so|[-–—])\s+(?=${questionWords})|\s[-–—]\s+(?=[가-힣])`,
    'iu',
  ),
);

/** Fewer characters than this before the join ("고객 건인데 그리고") state nothing. */
const statementLength = 12;

/** Text that states something: long enough, not a question, not a supposition ("If a customer…"). */
const states = (text: string): boolean =>
  text.trim().length >= statementLength && !asksByWording(text) && !supposes(text);

/** A statement before the join, not a question ("Can we file it and who pays?") or a supposition. */
function statesBeforeAsking(sentence: string): boolean {
  const join = joinBeforeQuestion.exec(sentence);
  return join !== null && states(sentence.slice(0, join.index));
}

// "What route do we take for this - the customer's main number rings…": the question first, the case after a dash.
const dash = prefiltered(/\s[-–—]\s/u);

/** A short tail after a dash finishes the question ("Who files — us or the reseller?"); a case takes more words. */
const caseAfterDashLength = 2 * statementLength;

/** The question of a sentence that asks, then states the case after a dash; else the whole sentence. */
function questionBeforeDash(sentence: string): string {
  const join = dash.exec(sentence);
  if (join === null) return sentence;
  const question = sentence.slice(0, join.index);
  const told = sentence.slice(join.index + join[0].length);
  return asksByWording(question) && told.length >= caseAfterDashLength && states(told) ? question : sentence;
}

/** A note lists this many clauses with commas, its question last, when it states the case before asking. */
const listedClauses = 4;

/**
 * The question of a sentence that also tells the case: asked before a dash ("What route do we take for this - <case>"),
 * or last after a note's clauses ("…dial tone gone for the whole customer, status page green, we're Silver, need to
 * escalate - how?"); else the whole sentence.
 */
function questionPartOf(sentence: string): string {
  const clauses = sentence.split(clauseBreak);
  const told = clauses.slice(0, -1);
  const listed =
    clauses.length >= listedClauses &&
    states(told[0] ?? '') &&
    told.every((clause) => !asksByWording(clause) && !supposes(clause));
  return listed ? (clauses.at(-1) ?? sentence).trim() : questionBeforeDash(sentence);
}

const toldBesideAsking = (sentence: string): boolean => questionPartOf(sentence) !== sentence;

/** A note's statement before its question: up to the last clause in the noun form. */
function notesBeforeAsking(sentence: string): boolean {
  let end: number | undefined;
  for (const match of sentence.matchAll(nounFormEnd)) end = match.index + match[0].length;
  return end !== undefined && states(sentence.slice(0, end));
}

/**
 * Every sentence asks, and the question-kind model reads each as a general question: "고객 건인데 포털에서 바로 티켓
 * 열어도 돼요?" names a customer but asks about the rules. Without a symptom said as fact, that is a question; but
 * a sentence that states something before it asks is not only a question. A note's clause in the noun form
 * ("…중임") is context as often as a case: it counts only when the case model reads a case too.
 */
function onlyGeneralQuestions(
  asking: readonly string[],
  sentences: readonly string[],
  modelReadsCase: boolean,
): boolean {
  return (
    asking.length > 0 &&
    asking.length === sentences.length &&
    !asking.some(
      (sentence) =>
        statesBeforeAsking(sentence) ||
        toldBesideAsking(sentence) ||
        caseInTheQuestion.test(sentence) ||
        (modelReadsCase && notesBeforeAsking(sentence)),
    ) &&
    asking.every((sentence) => questionKind(sentence) >= generalQuestionProbability)
  );
}

/**
 * "Guest users see the whole directory. Is that on us or Microsoft?", "…안내 멘트를 틀어요. 어떤 지원 경로가 맞아요?": a
 * situation said, then "fix it or escalate?" or "which path?" asked about it. That is the check's own question (R5,
 * R6), not the general one ("What kinds of problems do we fix ourselves?"), which the question-kind model reads as
 * general; "which path" is asked about a case only after one is told.
 */
function asksToDecideItsCase(
  topic: () => QuestionMatch | undefined,
  sentences: readonly string[],
  asking: readonly string[],
): boolean {
  if (asking.length === 0 || !sentences.some((sentence) => !asking.includes(sentence) && states(sentence)))
    return false;
  if (asking.some((sentence) => asksWhichRoute.test(sentence))) return true;
  // The topic is matched last: over a whole long message it costs the most.
  return (
    asking.every((sentence) => questionKind(sentence) < generalQuestionProbability) &&
    topic()?.topic.id === 'fix-or-escalate'
  );
}

/**
 * A statement the case model reads this surely as a customer's case (a probability over 0.99) tells one beside "No
 * pending case." or "Just curious". Chosen on the labelled sets: at 3, three questions about a past case ("…sorted now,
 * nothing open. For next time: …") started a check; from 5 none did.
 */
const strongCaseOdds = 5;

/**
 * "No pending case. Customer's invoice has a charge for a subscription they cancelled.": a statement of its own, not an
 * example, that names the customer and that the case model reads as surely a case.
 */
const toldBeside = (sentences: readonly string[], asking: readonly string[]): boolean =>
  sentences.some(
    (sentence) =>
      !asking.includes(sentence) &&
      !noCaseFiled.test(sentence) &&
      !curious.test(sentence) &&
      !opensWithExample.test(sentence) &&
      concreteSubject.test(sentence) &&
      sentence.length >= minimumModelText &&
      caseLogOdds(sentence) > strongCaseOdds,
  );

/**
 * After a no-case phrase in its sentence, the case model's reading of the rest that tells a case (a probability over
 * 0.88). Chosen on the labelled sets: at 0 a question about the partner's own tenant ("지금 문제 있는 건 아니고요, 혹시 자사
 * …도 지원 요금이 따로 붙나요?") started a check; at 2 none did.
 */
const concededCaseOdds = 2;

/** "Contoso's Exchange", "Wingtip’s VMs": a customer named by its company, as the owner of what fails. */
const namedOwner = prefiltered(/\b[A-Z][\w&-]*['’]s\s/u);

// "No outage right now, but the customer's mail is delayed…", "Nothing live yet on our side, but Contoso's Exchange
// stopped…", "현재 장애는 없는데 고객사 팀즈 통화가 끊겨요": a no-case phrase conceded before a customer's symptom told now, in its
// sentence; not one of a past, supposed or curious case ("…but next time a customer's VM goes down, …?").
const concedesACase = (rest: string): boolean =>
  (concreteSubject.test(rest) || namedOwner.test(rest)) &&
  !pastTime.test(rest) &&
  !curious.test(rest) &&
  !supposes(rest) &&
  (statesSymptom(rest) || (rest.length >= minimumModelText && caseLogOdds(rest) > concededCaseOdds));

export function routeMessage(message: string): MessageRoute {
  if (message.trim() === '') return { route: 'unknown', symptom: false };
  const sentences = sentencesOf(message);
  const asking = questionSentences(message);
  // "…also generally, do we pay for billing support?": only the general sentences ask about the rules.
  // "Customer was charged twice — and generally, is billing support free?": the case is what comes before the word.
  const specificParts = specificPartsOf(sentences).filter((part) => part !== '');
  // Joined with full stops, so that no sign of a case is read across two sentences ("…for their customers? someone said
  // no" is no customer's report) and a sentence's end still ends it ("거래처 인보이스 금액 이상.").
  const specific = specificParts.join('. ');
  const cut = specificParts.join('\n') !== sentences.join('\n');
  const general =
    specific === '' ||
    saysNoCase(noLiveCase, message, concedesACase) ||
    (saysNoCase(noOutageNow, message, concedesACase) && !advisoryRequest.test(message)) ||
    ((saysNoCase(noCaseFiled, message) || curious.test(message)) &&
      !tellsACase(message) &&
      !toldBeside(sentences, asking)) ||
    onlyAClosedCase(message, asking);
  const anchored = !general && concreteSubject.test(specific);
  // A long general question after a short case outweighs the case in the model: read the case by what it describes.
  const described = cut ? specificParts.filter((part) => questionSentences(part).length === 0).join(' ') : '';
  const caseText = described.length >= minimumModelText ? described : message;
  // A chat note shorter than the model's minimum ("고객사 3월 송장 금액 틀려요 분쟁 되나요") is read too, once it is long enough to
  // state something: from 12 to 20 characters the labelled sets read the same but for four short problems, now right.
  const odds = !general && caseText.length >= statementLength ? caseLogOdds(caseText) : Number.NEGATIVE_INFINITY;
  // A case is seen outside the general question ("In general, what severity is a full outage?" reports none); a
  // symptom anywhere still makes the facts break-fix (rulebook §2).
  // "예를 들어 고객사 메일 서버가 멈추면…", "For example, a customer's tenant can't sign in - that's Sev A, right?": a message
  // that opens with an example supposes all it tells.
  const example = opensWithExample.test(message);
  const symptom = !general && !example && statesSymptom(specificParts.join('\n'));
  const symptomAnywhere = symptom || ((general || cut) && statesSymptom(message));
  const told = specificParts.filter((part) => !asking.includes(part));
  // Something that happened, passed on or seen: a case even when its only question is about the rules. When the message
  // supposes, only a live case named in a sentence of its own is ("If a customer disputes a charge, …? Separately, I'm on
  // the Wingtip case that's still open.").
  const happened =
    !general &&
    !example &&
    (supposition.test(message)
      ? specificParts.some(
          (part) => (liveCase.test(part) || matterWorkedOn.test(part)) && !supposition.test(part) && !supposes(part),
        )
      : reportedByCustomer.test(specific) ||
        companyReported.test(specific) ||
        (anchored && concreteEvent.test(specific)) ||
        amountMoved.test(specific) ||
        billedAmiss.test(specific) ||
        (awaitsMicrosoft.test(specific) && !supposes(specific)) ||
        workingItsCase.test(specific) ||
        liveCase.test(specific) ||
        matterWorkedOn.test(specific) ||
        told.some(
          (sentence) => (filingForACustomer.test(sentence) || noteOfAnIssue.test(sentence)) && !supposes(sentence),
        ));
  // "If production is down for everyone, which severity?": a symptom named only as a supposition asks about the rules
  // (R21). A message that opens with "If…" supposes its whole case ("If a customer's invoice doesn't add up…"), whatever
  // the case model reads; "…라면" inside a message ("자사 테넌트도 대상이라면…") supposes only a symptom it names. A question
  // of one sentence that supposes and names no customer ("삭제한 VM 요금이 계속 나오면 어디에 문의하나요?") supposes its case.
  const supposed =
    example ||
    (!symptom &&
      ((supposition.test(message) && (opensWithSupposition.test(message) || namesSymptomWord(message))) ||
        (!anchored && sentences.length === 1 && asking.length === 1 && supposes(message))));
  // "if a cx has a broken marketplace app, do we log it with Microsoft or the ISV?": a case supposed is not asked about.
  const plainSigns =
    symptom ||
    happened ||
    (!general && filingItsCase.test(specific)) ||
    (anchored &&
      !supposed &&
      (asksAboutThisCase.test(specific) || asksAboutThisCaseKo.test(specific)) &&
      (odds > plainQuestionOdds || pointsAtItsCase.test(specific)));
  const isCase = plainSigns || (odds > 0 && !supposed);
  // The topic is matched at most once: the unsure branch and the plain question both need it.
  let matched: { readonly topic: QuestionMatch | undefined } | undefined;
  const questionTopic = () => (matched ??= { topic: answerQuestion(message) }).topic;
  // "…Is that on us or Microsoft?" after a situation asks what the check decides: the check answers it.
  const deciding = [
    ...asking,
    ...sentences.filter((sentence) => !asking.includes(sentence) && unsureWhich.test(sentence)),
  ];
  if (!general && !cut && !supposed && asksToDecideItsCase(questionTopic, sentences, deciding))
    return { route: 'problem', symptom: symptomAnywhere };
  if (!plainSigns && !supposed && Math.abs(odds) < unsureMargin) {
    const topic = questionTopic();
    if (topic !== undefined) return { route: 'unsure', topic, symptom: symptomAnywhere };
  }
  if (isCase && (symptom || happened || !onlyGeneralQuestions(asking, sentences, odds > 0))) {
    const quoting = sentences.filter((sentence) => toolErrorText.test(sentence) && !asking.includes(sentence));
    const question = distinctQuestion([...asking.map(questionPartOf), ...quoting], sentences);
    if (question === undefined) return { route: 'problem', symptom: symptomAnywhere };
    return { route: 'both', topic: question, symptom: symptomAnywhere };
  }
  const topic = questionTopic();
  return topic === undefined
    ? { route: 'unknown', symptom: symptomAnywhere }
    : { route: 'question', topic, symptom: symptomAnywhere };
}
