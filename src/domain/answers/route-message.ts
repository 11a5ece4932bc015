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
 */
import { type Cue, type CueText, cueMatches, cueText, parseCue } from '../text-tools/cue';
import { minimumModelText } from '../text-tools/grams';
import { caseLogOdds } from './case-model';
import { answerQuestion, matchQuestionText, type QuestionMatch, trustedTopicProbability } from './match-question';
import { caseAskCues, hypotheticalCues, strongSymptomCues, supportToolCues, workloadCues } from './problem-cues';
import { questionKind } from './question-kind-model';
import { asksByWording, endsInNieun, questionSentences, questionWords, sentencesOf } from './sentences';
import { learnedTopic } from './topic-model';

/** `unsure`: no symptom, no clear sign either way, and a topic matches — a real reader would ask "which do you want?". */
export type Route = 'problem' | 'question' | 'both' | 'unsure' | 'unknown';

export interface MessageRoute {
  readonly route: Route;
  /** The topic that answers the question (route `question` or `both`). */
  readonly topic?: QuestionMatch;
  /** A symptom of a service is said as fact (a break-fix problem: technical, rulebook §2). */
  readonly symptom: boolean;
}

/** A question beside a case must match its topic this well to be a distinct question, not an incidental keyword… */
export const distinctQuestionScore = 4;
/** …or this well after "also", "but", "그리고", "혹시": words that open a second question. */
const secondQuestionScore = 2;

/** When the topic model reads the same topic in the sentence, the cues need a point less: two readers agree. */
const agreementBonus = 1;

/** How sure the question-kind model must be that a sentence asks a general question, not about this case. */
const generalQuestionProbability = 0.9;
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
// "…for this customer?", "이거 …", "이 건": the question points at one case, whatever the case model reads.
const pointsAtItsCase = /\bthis (?:customer|client|issue|case|problem|one)\b|이거|이건|이 건|이번 건/iu;

const compile = (cues: readonly string[]): readonly Cue[] => cues.map(parseCue);
const strongSymptoms = compile(strongSymptomCues);
const supportTools = compile(supportToolCues);
const hypothetical = compile(hypotheticalCues);
const caseAsks = compile(caseAskCues);
const workloads = compile(workloadCues);
// Any one cue settles it: the rest, each a scan of a long message, are not tried.
const matches = (cues: readonly Cue[], text: CueText): boolean => cues.some((cue) => cueMatches(cue, text));

// Error codes as services print them: "AllocationFailed", "UserErrorRecoveryPointNotFound", "AADSTS50076".
const errorCode =
  /\b[A-Z][A-Za-z]*(?:Failed|Failure|Error|NotFound|Exception|Timeout|Denied|Unavailable)\b|\b(?:AADSTS|0x8)[0-9A-Fa-f]{4,}/u;
// "고객 Azure Functions 다운.": down said as a word of its own, not "다운로드", "다운 받아" (download), "다운 타임" nor "다운
// 그레이드".
const downAsWord = /다운(?=$|[\s.!?,~ㅠㅜ])(?!\s*(?:받|로드|타임|그레이드))/u;
// "거래처 Cosmos DB 쓰기 실패.": a note that ends on its trouble.
const troubleAtTheEnd = /(?:실패|오류|에러|먹통)(?=\s*[.!…ㅠㅜ]|\s*$)/mu;
/** An error code or a word that names a symptom by its form, not by a cue. */
const symptomByForm = (text: string): boolean =>
  errorCode.test(text) || downAsWord.test(text) || troubleAtTheEnd.test(text);
// A symptom is read per clause: "장애인데, 고객 대신 서비스 요청은 어떻게 제출하나요?" has a symptom and a tool question.
const clauseBreak = /[,，]/u;
// "…ㄴ데" joins two parts of a clause: a supposition in one leaves a symptom in the other as fact ("…계속 끊김 SR 올릴
// 건데 전화로도 접수되는지 궁금"), while the support tools named in one ("서비스 요청 만들려는데 오류가 나요") own the error.
const clauseJoint = new RegExp(`(?<=[${endsInNieun}]데)\\s`, 'u');
const secondQuestionWords =
  /\b(?:also|but|and|generally|in general|before i|separately|could you confirm|can you confirm|please confirm|please advise|even|at all|in our setup)\b|그리고|근데|그런데|혹시|원래|아울러|또한|알려\s?주시|확인 부탁/iu;
// Who files, where to follow up, "us or the distributor?": a question about roles and places, not about what this case needs.
const asksWhoOrWhere =
  /\bwho (?:is|are|should|can|will|does|do|files?|opens?|raises?)\b|\bwhere (?:in|do|can|will|should|exactly)\b|\b(?:us|we) or (?:the |our )?\w+\b|누가|어디(?:서|에서|에)/iu;
// The support tools' own error texts, as the documents quote them (R15, R18, [004]): answered beside the case, asked or not.
const toolErrorText =
  /\balready (?:associated|linked) to an account\b|\bdon'?t have any benefits yet\b|\bnot authori[sz]ed for this action\b|이미 연결되어 있|아직 혜택이 없|이 작업에 대한 권한이 없/iu;
// Saying what service health shows is a fact of the case; asking where to look is a question (R3).
const asksWhere = /\b(?:where|how|which)\b|어디|어떻게|경로|방법/iu;

function clausesOf(text: string): string[] {
  return sentencesOf(text).flatMap((sentence) => sentence.split(clauseBreak));
}

// "No outage, just a question", "nothing is broken", "고장 난 건 없어요": a symptom named only to deny it.
const deniedSymptom =
  /\b(?:no|nothing|not|isn't|aren't|wasn't|weren't|without|never)\s+(?:[\w']+\s+){0,2}?(?:outage|down|broken|errors?|issues?|problems?|failures?|failing|crash\w*)\b|(?:고장|장애|다운|오류|에러|문제)\s?(?:난|된|가 난|가 된|는|은|이|가)?\s?(?:건|게|것|거)?\s?(?:없|아니|아닙)/giu;

// "…만들면 안 되나요?", "CSP 지원으로는 안 되는 거죠?" ask leave and "얼마 안 돼서" says how long: no service fails there.
const notFailing =
  /[가-힣]면\s?안\s?(?:되나요|될까요|되는\s?(?:거|건|지|이유)|되죠|돼요\?|돼\?)|(?:으로|로)는\s?안\s?(?:되나요|되는\s?(?:거|건))|얼마\s?안\s?(?:되|돼)/gu;

/** The text without the words that name a symptom only to deny it or for something other than a failing service. */
const withoutFailing = (text: string): string => text.replace(deniedSymptom, ' ').replace(notFailing, ' ');

// "…되면", "…하면", "…으면", and any verb's "…면" ending a word ("일이 생기면", "VPN이 끊기면"), suppose ("전화로 바로
// 요청하면 안 되나요?"), but not "…면서", which goes with what happens ("접속하면서 끊겨요"), nor "…면 돼요?" ("어떻게 하면
// 돼요?", "SR 올리면 되나요?"), which asks what to do now, nor a noun ending in 면 ("화면", "전면 장애").
const conditionalVerb =
  /(?<!어떻게 |어떡|뭘 |뭐 |무엇을 )(?:(?:되|하|으)면(?!서)|(?<![화측전표방장양정단국평외냉수체다이라\s])면(?=[\s,?.!]|$)(?!\s?(?:되|돼|될)))/u;

// "…장애인지" asks whether; "익스체인지" (Exchange) does not.
const whetherEnding = /(?<!체)인지/u;
const supposes = (text: string): boolean =>
  matches(hypothetical, cueText(text)) ||
  conditionalVerb.test(text) ||
  whetherEnding.test(text) ||
  opensWithSupposition.test(text);

// "…is down right now and I'm wondering if it would have helped": an English "if" supposes what follows it, not what came
// before it in the clause.
const englishSupposing = /\b(?:if|whether|in case|what if|suppose|assuming)\b/iu;

/** The part up to where it supposes: all of it when it supposes nothing, none of it when a Korean ending supposes. */
function statedPartOf(part: string): string {
  if (!supposes(part)) return part;
  const english = englishSupposing.exec(part);
  const before = english === null ? '' : part.slice(0, english.index);
  return supposes(before) ? '' : before;
}

/**
 * A symptom of a customer's service, said as fact (not "if it's down…", not an error of Partner Center itself). The
 * support tools named in a clause own its error, unless the part that says it names the customer ("고객 Azure Front
 * Door 오류 나는 중인데 파트너 센터 안 거치고…").
 */
function reportsSymptom(clause: string): boolean {
  const text = cueText(withoutFailing(clause));
  const toolsNamed = matches(supportTools, text) && !matches(workloads, text);
  const parts = clause.split(clauseJoint);
  return parts.some((part) => {
    if (toolsNamed && (parts.length === 1 || !concreteSubject.test(part) || matches(supportTools, cueText(part))))
      return false;
    const stated = statedPartOf(part);
    const words = stated === clause ? text : cueText(withoutFailing(stated));
    return stated !== '' && (matches(strongSymptoms, words) || symptomByForm(stated));
  });
}

function modelAgrees(sentence: string, match: QuestionMatch): boolean {
  const learned = learnedTopic(sentence);
  return learned.topic === match.topic.id && learned.probability >= trustedTopicProbability;
}

/**
 * The best topic among the message's question sentences that ask something general, not what to do with this case.
 * The cues decide whether a sentence is such a question; which topic answers it is then read as for a plain
 * question, cues and topic model together ("whose contact info goes in the O365 form?" is the Office 365 form's).
 */
function distinctQuestion(asking: readonly string[], sentences: readonly string[]): QuestionMatch | undefined {
  let best: (QuestionMatch & { readonly sentence: string }) | undefined;
  for (const sentence of asking) {
    const text = cueText(sentence);
    const match = matchQuestionText(text);
    if (match === undefined) continue;
    if (match.topic.id === 'service-health' && !asksWhere.test(sentence)) continue;
    // "Should I escalate?", "is this sev A?" ask about this case: only a strong topic makes them a second question.
    const needed =
      asksWhoOrWhere.test(sentence) || toolErrorText.test(sentence)
        ? secondQuestionScore
        : (opensSecondQuestion(sentence) ? secondQuestionScore : distinctQuestionScore) +
          (matches(caseAsks, text) ? 1 : 0);
    if (match.score < needed && (match.score + agreementBonus < needed || !modelAgrees(sentence, match))) continue;
    if (best === undefined || match.score > best.score) best = { ...match, sentence };
  }
  if (best === undefined) return learnedDistinctQuestion(asking, sentences);
  return answerQuestion(best.sentence) ?? best;
}

/**
 * A short question often leaves its subject in the sentence before ("…기술 혜택이 아직 활성화 안 돼 있어서요. 활성화는
 * 어떤 권한이 있어야 하나요?"): read together, if the topic model reads the question alone as the same topic. Else the
 * sentence before, a description of the case, would lend its words to a question about the case ("What are our options?").
 */
function withSentenceBefore(sentence: string, sentences: readonly string[]): QuestionMatch | undefined {
  const before = sentences[sentences.indexOf(sentence) - 1];
  if (before === undefined) return undefined;
  const match = answerQuestion(`${before} ${sentence}`);
  return match !== undefined && modelAgrees(sentence, match) ? match : undefined;
}

/**
 * When no cue is strong enough, the question-kind model may still read a sentence as a general question
 * ("Can I just ring MS instead of going through the portal?") rather than one about this case ("sev A?").
 */
function learnedDistinctQuestion(asking: readonly string[], sentences: readonly string[]): QuestionMatch | undefined {
  for (const sentence of asking) {
    if (questionKind(sentence) < generalQuestionProbability) continue;
    const match = answerQuestion(sentence) ?? withSentenceBefore(sentence, sentences);
    if (match !== undefined) return match;
  }
  return undefined;
}

// A customer's words passed on ("the customer reports…", "Our client, Northwind Traders, reports…", "고객이 … 청구됐대요")
// report a case.
const reportedByCustomer =
  /\b(?:rang|called|emailed|messaged|pinged|phoned) (?:me|us)\b|\b(?:they've|they have) called\b|\b(?:customer|client|cx|user)s?(?:'s)?(?:, [^,.?!]{1,40},)? (?:\w+ )?(?:reports?|reported|says|said|complain(?:s|ed|ing)?|called|rang|emailed|wants|is asking|asked|noticed|claims?|disputes|is disputing|got|was|were|has been|have been|just)\b|(?:고객|고객사|거래처|사용자)(?:이|가|에서|측|쪽|분들?이)?\s?(?:[^\s.?!]+\s){0,12}?[^\s.?!]*(?:대요|래요|다고 합니다|다고 하네요|다고 해요|다고 (?:화내|항의|난리|하셔|하셨)|다는데|답니다|연락이? 왔|문의가? 왔|전화 왔|했대|됐대|났대|왔대|없대|싶대)/iu;
// "What is the process…", "in general", "일반적으로": a question about the rules, whatever words it borrows from a case.
const generalQuestion =
  /\b(?:in general|generally|general q(?:uestion)?|for documentation|what is the process|what's the process|hypothetically|in theory)\b|일반적으로|원칙적으로|절차가 어떻게|어떤 절차/iu;
// "Side question:", "On a separate note", "참고로", "별도로" open one too, after a case told before them; not when they
// open the message ("btw customer got charged twice, can we dispute it?") or a symptom word follows them ("…. btw the
// customer's whole tenant can't sign in, what severity?").
const sideQuestion =
  /\b(?:side question|unrelated question|separate question|by the way|btw|on a (?:separate|broader|different|side) note|another question|different question)\b|참고로|별개로|별도로|별건(?:으로|인데|이지만)|다른 질문|그나저나/iu;

/** "Also…", "혹시…", or a side-question word ("btw", "참고로"): what follows may be a second question. */
const opensSecondQuestion = (sentence: string): boolean =>
  secondQuestionWords.test(sentence) || sideQuestion.test(sentence);

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

// "Nothing is down right now", "지금 장애 건은 없고": the whole message asks about the rules.
const noLiveCase =
  /\b(?:no (?:live|current|active|specific) (?:issue|problem|outage)s?(?! (?:is )?(?:listed|posted|shown|showing|in (?:the )?service health|on (?:the )?(?:service )?health))|nothing (?:is )?(?:down|broken) (?:right )?now)\b|(?:지금|현재)\s?(?:고객\S*\s)?(?:장애|문제|이슈)(?:가|는)?\s?(?:있는\s?)?(?:건|게|것)?(?:은|는)?\s?(?:없|아니)/iu;
// "There is no current incident", "no open ticket": no case filed, which says as much unless a case is told beside it
// ("There is no open case yet: the customer's mailbox migration fails for every user"); "Service health shows no active
// incidents for Backup" says what service health shows.
const noCaseFiled =
  /(?<!\b(?:shows?|showing|lists?|listing|reports?|with)\s)\b(?:no (?:live|current|active|open|specific|pending) (?:case|incident|dispute|ticket)s?(?! (?:listed|posted|shown|for\b|in (?:the )?service health|on (?:the )?(?:service )?health))|no open (?:issue|problem)s?|nothing pending (?:right now|at the moment|now))\b/iu;
// "Just curious", "for our runbook", "그냥 궁금해서요", asked ahead ("a prospect's questionnaire", "for next time", "계약
// 전", "미리 알아두려고요"): about the rules too, unless a live symptom or a customer's event is said beside it ("just
// curious how sev A works — our customer's whole tenant can't sign in right now", "…was billed twice. For next time…").
const curious =
  /\b(?:just curious|for (?:our|the) (?:internal )?(?:runbook|onboarding doc\w*|wiki|training|documentation|knowledge base|kb)|lessons?[- ]learned|post-?mortem|pre-?sales|pre-?contract|prospect|before (?:they|we) sign|ahead of time|(?<!thanks |thank you |thx )in advance|for future reference|for next time)\b|(?:그냥|단순히|순수하게)\s?궁금|공부\s?중|회고|(?:가이드|위키|매뉴얼|런북|교육 자료|온보딩 문서|사내 문서)(?:를|에|도)?\s?(?:정리|작성|만들|업데이트)|미리 알|계약 전|도입 전|도입 검토|잠재 고객|나중을 위해|사전 문의/iu;

// "That case is long closed", "(closed now)", "그건 해결됐고": a past case, told as an example for a question about the
// rules, unless it is live again or still ("still", "그대로", "this time…", "not resolved", "해결이 안 됐어요") or a symptom
// is said outside the words that close it.
const closedCase =
  /\b(?:is|was|got|been|are|were|it's|that's|now) (?:\w+ )?(?:resolved|closed|fixed)\b|\b(?:already|long) (?:resolved|closed|fixed)\b|\b(?:resolved|closed|fixed) now\b|\(closed|\bpost-?mortem\b|\bpast (?:one|case)\b|(?:해결(?:됐|되었|은 됐|완료)|복구(?:됐|되었|는 됐)|종료(?:됐|되었)|닫혔)(?!는지)|예전에 (?:처리했던|있었던)/iu;
const liveAgain =
  /\b(?:still|again|back|this time|keeps?|unresolved|not (?:\w+ )?(?:resolved|fixed))\b|그대로|여전히|아직도|다시|또|그래도|이번|해결(?:이|은)? 안|해결되지 않|미해결/iu;

// "Last quarter…", "지난달에…", "작년에…": a symptom told of a past time is the closed case's, not a live one.
const pastTime =
  /\b(?:last (?:week|month|year|quarter|spring|summer|autumn|fall|winter)|(?:a|one|two|three|a few|\d+) (?:weeks?|months?|years?) ago)\b|지난\s?(?:주|달|해|분기)|작년|재작년|예전에|몇 (?:달|주|개월) 전/iu;

/**
 * A closed case told before a question the question-kind model reads as rather general ("…is resolved now. For next
 * time, what's the response target?"), its symptom told in the closed words or of a past time; a question about the closed case itself ("…we want Microsoft's root cause. Do we
 * open an SR for that?") is still that case's.
 */
function onlyAClosedCase(message: string, asking: readonly string[]): boolean {
  return (
    closedCase.test(message) &&
    !liveAgain.test(message) &&
    !clausesOf(message).some(
      (clause) => !closedCase.test(clause) && !pastTime.test(clause) && reportsSymptom(clause),
    ) &&
    asking.some((sentence) => questionKind(sentence) >= ratherGeneralProbability)
  );
}

// "Should I escalate this?", "이거 MS에 올려야 하나요?": what to do with one concrete case.
const asksAboutThisCase =
  /\b(?:should|must|shall) (?:i|we) (?:still |just |now )?(?:escalate|open|file|raise|log|submit|call|contact|go to|wait)\b|\b(?:do|does) (?:i|we) (?:still |even )?need to (?:escalate|open|file|raise|log)\b|\b(?:escalate|esc|open|file|raise|log|report|ticket|take) (?:this|it|that|these|them|one)\b|\b(?:escalat\w*|ticket|sr|sev [abc]|esc)\s*\?|\bworth (?:a|an|it|the)\b|\bticket or (?:wait|ignore|not)\b|\bor (?:ignore|wait)\b|\bnothing to escalate\b|\b(?:am i|are we) allowed to escalate\b|\bwho handles (?:this|that|it)\b|\bwhat now\b|\bnext steps?\b|\bescalat\w* path\b|\b(?:which|what)(?: \w+){0,3}? (?:route|path|channel)s?\b[^.?!]{0,30}?\bfor (?:this|that)\b(?! kind| sort| type)/iu;
const asksAboutThisCaseKo =
  /(?:올려야|올려도|올릴 ?만|올리면 되|올려야됨|올려야 ?돼|열어야|열어도|열면 되|에스컬(?:레이션)?\s?(?:해야|필요|대상|하려고|할까|하면|해도|해야되|가능)|에스컬해야|에스컬레이션해야|요청해야|문의하면 되|문의해야|티켓 감|티켓 열|SR 열|SR 올|버그로 올|누가 처리|처리해야|어디로 (?:올려|가야|연락)|어떻게 (?:올려|처리|진행|해야|열어)|다음 (?:조치|단계)|진행해야|맞나요|맞죠|어디에 (?:문의|연락))/u;
const concreteSubject =
  /\b(?:customer|client|cx|our (?:own )?(?:partner |company |internal )?(?:tenant|subscription|sub)|their (?:azure|microsoft 365|m365|office 365|subscriptions?|tenant|invoice|bill|mailboxes|users|vms?)|closing the loop)\b|고객|거래처|자사|사내|저희 (?:테넌트|구독)|우리 (?:테넌트|구독)|[가-힣]+ 건(?:은|이|인데|이에요|입니다| 정리| 관련)/iu;
// Something that happened, not a kind of thing that may happen: "got charged", "청구됐대요", "disputed", subscriptions
// "created on" a tenant, amounts that
// "don't add up" or are wrong ("청구 요약이 맞지 않아요", "인보이스 또 틀림", not "…맞지 않으면"), seats billed as more than
// bought ("E5 40석이 60석으로 청구된 건").
const concreteEvent =
  /\b(?:was|were|got|been|is being|has been|have been) (?:\w+ )?(?:charged|billed|invoiced|suspended|disabled|deleted|compromised|hacked|breached)\b|\b(?:has|have) (?:formally )?disputed\b|\b(?:invoice|bill|charges?|usage) (?:\w+ )?(?:shows?|showing|jumped|doubled|tripled|spiked)\b|\b(?:invoice|bill|statement) (?:has|had|lists|listed) (?:a |an |the )?(?:wrong|incorrect)\b|\b(?:shows?|showing|displays?) (?:\w+ ){0,3}(?:wrong|zero|incorrect)\b|\bnever (?:bought|ordered|created|purchased)\b|\b(?:subs?|subscriptions?|vms?|resources?|accounts?)\s+(?:were\s+|got\s+)?(?:created|spun up|deployed|provisioned)\s+(?:on|in)\b|\b(?:shows?|showing|is|are|was|got) (?:as )?"?(?:suspended|disabled|deleted|locked|blocked)\b|\bdoesn'?t do what\b|\b(?:paid|charged|billed|invoiced)(?: [\w']+){0,5}? twice\b|\bdouble[- ](?:paid|payment|charged?|billed|billing)\b|\b(?:invoice|bill|statement|amounts?|totals?|charges?|costs?)\b[^.?!]{0,60}?\b(?:do(?:es)?n'?t|do(?:es)? not) (?:match|add up|line up|reconcile)\b|(?:금액|비용|합계|청구액|청구서|송장|인보이스|청구 요약|단가|요금)[^.?!]{0,40}?(?:안 맞|맞지 않|틀렸|틀려|틀림|불일치)(?!으면|을 때|는 경우|도|하면|할 때)|\d+\s?(?:석|개|명|라이선스)(?:이|가)?\s?\d+\s?(?:석|개|명)?\s?(?:으로|로)\s?(?:청구|과금|결제|부과)(?:됐|되었|된|돼)|(?:청구됐|청구되었|결제됐|결제되었|과금됐|찍혀 있|생겼|만든 적 없|산 적 없|주문 안 한|잘못 나와|잘못 표시|(?:이중|중복) ?(?:과금|청구|결제)|이의 ?제기 건|이의 ?제기 ?중|이의를 제기(?:했|하였|하고 있)|두 번 (?:과금|청구|결제|송금|납부|지불)|이상하게 나오|이상하게 나온|이상하게 나왔|이상하게 나와|표시만|0으로 나와|겹쳐 보|폭증|나왔다고|탈취|정지됐|해지됐|삭제됐)/iu;

// "sev B, 5 hours and no response yet", "SR 넣은 지 6시간 됐는데 아직 회신 없어요": a request filed and not answered (R21).
const awaitsMicrosoft =
  /\b(?:sr|ticket|case|request|tkt)\b[^.?!]{0,40}?\bno (?:response|reply|answer|callback|call ?back|contact)\b|(?:SR|티켓|케이스|요청)[^.?!]{0,30}?(?:회신|답변|응답|연락)(?:이|은)?\s?(?:아직\s?)?(?:없|안 와|안 옴)/iu;

// "We are raising an issue for a customer's Azure Firewall.", "We need to open a Microsoft Product Support case for a
// customer:": said, not asked ("How do we raise a support case for a customer?"), a case being filed.
const filingForACustomer =
  /\b(?:we|i)(?:'re|'m|\sare|\sam|\sneed to|\shave to|\swant to|\swill|\smust)?\s(?:currently\s)?(?:open(?:ing)?|rais(?:e|ing)|fil(?:e|ing)|log(?:ging)?|submit(?:ting)?)\s(?:an?\s|the\s)?(?:[\w-]+\s){0,4}?(?:case|ticket|sr|issue|request)\s(?:for|about|on)\s(?:a\s|the\s|our\s|one of our\s)?(?:customer|client|cx)/iu;
// "cx exchange 2016 dag issue.": a note naming a customer's issue, said as a sentence of its own.
const noteOfAnIssue =
  /^\s*(?:(?:our |the )?(?:cx|customer|client)(?:'s)?|고객사?|거래처)\s[^.?!]{0,60}?(?:\b(?:issue|problem|outage|incident)s?|이슈|문제|장애)[.!]?\s*$/iu;

// "Currently working an Exchange Online incident for a client", "Live SharePoint issue at a customer", "고객사 Teams 이슈
// 대응 중입니다": a case being worked on now; not "When handling an incident for a customer…" nor "…대응 중에는 보통".
const workingItsCase =
  /(?<!\b(?:when|while|if|before|after)\s)\b(?:handling|working(?: on)?|dealing with|troubleshooting)\s(?:an?\s|the\s)?(?:[\w-]+\s){0,3}?(?:incident|issue|outage|problem|case)\s(?:for|at|with)\s(?:a\s|an\s|the\s|our\s|one of our\s)?(?:customers?|clients?|cx)\b|\blive\s(?:[\w-]+\s){0,3}?(?:issue|incident|outage|problem)\s(?:for|at|with)\s(?:a\s|the\s|our\s)?(?:customer|client|cx)\b|(?:고객|거래처)[^.?!]{0,40}?(?:이슈|장애|문제|건|케이스)\s?(?:대응|처리|진행)\s?중(?!에)/iu;

// "…접수 PC Teams 알림 건으로 요청 넣으려는데", "…건으로 Office 365 서비스 요청 만들고 있는데요": a request being filed about a
// matter named, a case.
const filingItsCase =
  /[가-힣]+ 건으로\s?(?:[A-Za-z0-9]+\s){0,3}(?:SR|서비스 요청|지원 요청|요청|티켓|케이스|인시던트)(?:을|를)?\s?(?:올리|올릴|열|넣|만들|접수)/iu;

// A message that opens with a supposition ("If production is down…", "전체 중단이라면…"), not a report; "If possible,
// please advise", "If anyone knows" only ask politely.
const opensWithSupposition =
  /^\s*(?:(?:if(?!\s+(?:possible|you (?:can|could|have a)|anyone|so\b|needed|necessary))|what if|suppose|supposing|assuming|in case|hypothetically|say|let's say)\b|만약|만일|가령|가정(?:해|하|인데|입니다|이에요))/iu;
const supposition = new RegExp(`${opensWithSupposition.source}|[가-힣](?:이라면|라면|다면)\\s`, 'iu');

/** Does the text name a symptom at all, said as fact or not? */
const namesSymptom = (text: string): boolean => matches(strongSymptoms, cueText(text)) || symptomByForm(text);

// "Live case:", "We've got a major one right now at…", "지금 고객사 … 건 때문에": a case marked live, however few its words;
// not "Live case or not…", "a live case channel", "no current incident" nor "실제 건은 없어요".
const liveCase =
  /(?<!\b(?:no|not an?|any|without)\s)\b(?:live|active|current|ongoing|real) (?:case|issue|incident|one)\b(?! or not| channel| line| chat)|\b(?:we have|we've got|got) an open (?:case|issue|incident|ticket) (?:at|with|for)\b|\b(?:we've got|we have|we've|got) (?:a |an )?(?:major |big |live |real |nasty )?(?:one|case|issue|incident|outage) (?:right now|now|open|on our hands)\b|지금\s?(?:고객사|거래처|고객)[^.?!]{0,40}?(?:건|이슈|문제|장애)\s?(?:때문|으로|이 있|있어|있음)|(?:실제|진행 중인(?: 고객)?) 건(?!\s?(?:은|이|도)?\s?(?:없|있는 건 아니|아니))/iu;

// "동진물류 팀즈 건 지금 잡고 있는데요", "…건 오늘 아침부터 진행 중인데", "the Fabrikam Azure case on my plate", "the Contoso SQL
// case we're on today": a named matter being worked on now; not "How long can a case stay open…?" nor "…처리 중에는".
const matterWorkedOn =
  /[A-Za-z가-힣0-9]+ 건(?:을|은|이)?\s(?:(?:지금|오늘|현재|아직|아침부터|오전부터|어제부터)\s){0,3}(?:잡고 있|보고 있|진행 ?중|하고 있|하는 ?중|맡았|들어왔|열려 있|처리 ?중|대응 ?중)(?!에)|\b(?:case|ticket)\b[^.?!]{0,30}?\b(?:on my plate|on our plate|on the go|in progress|still live|(?:we're|i'm|we are|i am) (?:on|dealing with)|(?:that's|thats|currently|still) open|open (?:since|now|today|on our side))\b/iu;

// "it's happening right now", "not a drill", "지금 발생 중": whatever the message is for, a case is live.
const liveNow = /\b(?:happening|going on) (?:right )?now\b|\bnot a drill\b|지금 (?:발생|진행|일어나고) ?(?:중|있)/iu;

// "When a customer disputes a charge…", "how do customer billing disputes get escalated": what customers do in general,
// not what one did.
const customersInGeneral =
  /\b(?:when|whenever|if|once|after)\s+(?:a|an|any|our|the)?\s*(?:customer|client|user)s?\b|\b(?:customer|client)s?\s+(?:\w+\s+)?(?:disputes|reports|complaints|claims|calls)\s+(?:get|are|go|should|must|need|can|to|like)\b/iu;

/**
 * A symptom said as fact, something that happened to a customer ("was billed twice", "청구서에 …가 찍혀 있어요"), or a
 * customer's word passed on ("Three of our customers report it this week", "…반영이 안 됐다고 해요").
 */
const tellsACase = (message: string): boolean =>
  liveNow.test(message) ||
  liveCase.test(message) ||
  matterWorkedOn.test(message) ||
  statesSymptom(message) ||
  (concreteSubject.test(message) && concreteEvent.test(message)) ||
  (reportedByCustomer.test(message) && !supposition.test(message) && !customersInGeneral.test(message));

/** Does the message state a symptom of a service? Clause by clause only when the whole text names one at all. */
function statesSymptom(message: string): boolean {
  return namesSymptom(message) && clausesOf(message).some(reportsSymptom);
}

// "…몇 건 잡힘 근데 이런 건 …되나요?", "…charges nobody ordered and can billing …?": a statement, then a question, in
// one sentence (chat and ticket shorthand leave out the full stop). English "and", "but", "so" join a question only
// before a question word.
const joinBeforeQuestion = new RegExp(
  String.raw`\s(?:근데|그런데|그리고|아니면)\s|\s(?:but|and|so)\s+(?=${questionWords})`,
  'iu',
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
const dash = /\s[-–—]\s/u;

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

// "…about the customer's payroll team, whose calendar has been showing meetings late since Monday, or…?": a case told
// inside the question, of this customer ("the", "our"), in a clause that says how things stand.
const caseInTheQuestion =
  /\b(?:the|our|my) (?:customer|client)(?:'s)?\b[^?.]{0,60}?\b(?:whose|that|which|who|where)\b[^?.]{0,80}?\b(?:has been|have been|still|keeps?|won'?t|doesn'?t|don'?t|can'?t|since|isn'?t|aren'?t)\b/iu;

// Notes end a clause in the noun form, with no join and no full stop: "…잡혀 있음 주문한 적 없음 이거 어디로 올림?".
const nounFormEnd =
  /(?:있음|없음|았음|었음|했음|됐음|였음|않음|맞음|같음|다름|모름|나옴|보임|울림|걸림|생김|바뀜|감|됨|(?<!포)함|임)(?=\s+\S)/gu;

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

// "Which support path is right?", "어떤 지원 경로가 맞아요?": which vehicle fits, the check's answer (R5, R6).
const asksWhichRoute =
  /\b(?:which|what)(?: \w+){0,3}? (?:route|path|channel)s? (?:is|would be) (?:right|correct|best)\b|(?:어떤|어느|무슨)\s?(?:지원\s?)?(?:경로|채널|루트)(?:가|로|를|이)?\s?(?:맞|타야|가야)/iu;

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

export function routeMessage(message: string): MessageRoute {
  if (message.trim() === '') return { route: 'unknown', symptom: false };
  const sentences = sentencesOf(message);
  const asking = questionSentences(message);
  // "…also generally, do we pay for billing support?": only the general sentences ask about the rules.
  // "Customer was charged twice — and generally, is billing support free?": the case is what comes before the word.
  const specificParts = specificPartsOf(sentences).filter((part) => part !== '');
  const specific = specificParts.join(' ');
  const cut = specificParts.join('\n') !== sentences.join('\n');
  const general =
    specific === '' ||
    noLiveCase.test(message) ||
    ((noCaseFiled.test(message) || curious.test(message)) && !tellsACase(message)) ||
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
  const symptom = !general && statesSymptom(specificParts.join('\n'));
  const symptomAnywhere = symptom || ((general || cut) && statesSymptom(message));
  const told = specificParts.filter((part) => !asking.includes(part));
  // Something that happened, passed on or seen: a case even when its only question is about the rules.
  const happened =
    !supposition.test(message) &&
    ((!general && reportedByCustomer.test(specific)) ||
      (anchored && concreteEvent.test(specific)) ||
      (!general && awaitsMicrosoft.test(specific) && !supposes(specific)) ||
      (!general && (workingItsCase.test(specific) || liveCase.test(specific) || matterWorkedOn.test(specific))) ||
      (!general &&
        told.some(
          (sentence) => (filingForACustomer.test(sentence) || noteOfAnIssue.test(sentence)) && !supposes(sentence),
        )));
  const plainSigns =
    symptom ||
    happened ||
    (!general && filingItsCase.test(specific)) ||
    (anchored &&
      (asksAboutThisCase.test(specific) || asksAboutThisCaseKo.test(specific)) &&
      (odds > plainQuestionOdds || pointsAtItsCase.test(specific)));
  // "If production is down for everyone, which severity?": a symptom named only as a supposition asks about the rules
  // (R21). A message that opens with "If…" supposes its whole case ("If a customer's invoice doesn't add up…"), whatever
  // the case model reads; "…라면" inside a message ("자사 테넌트도 대상이라면…") supposes only a symptom it names.
  const supposed =
    !symptom &&
    supposition.test(message) &&
    (opensWithSupposition.test(message) || matches(strongSymptoms, cueText(message)));
  const isCase = plainSigns || (odds > 0 && !supposed);
  // The topic is matched at most once: the unsure branch and the plain question both need it.
  let matched: { readonly topic: QuestionMatch | undefined } | undefined;
  const questionTopic = () => (matched ??= { topic: answerQuestion(message) }).topic;
  // "…Is that on us or Microsoft?" after a situation asks what the check decides: the check answers it.
  if (!general && !cut && !supposed && asksToDecideItsCase(questionTopic, sentences, asking))
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
