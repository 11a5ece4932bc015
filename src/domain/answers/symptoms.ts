/**
 * A symptom of a service, said as fact (rulebook §2): named by a cue (problem-cues.ts) or by its form (an error code,
 * "다운."), not denied ("no outage"), not supposed ("if it's down…", "…다운되면"), and not the support tools' own error
 * ("서비스 요청 만들려는데 오류가 나요", R15, R18).
 */
import { anyCueMatches, type Cue, type CueText, cueText, parseCue } from '../text-tools/cue';
import { prefiltered } from '../text-tools/prefiltered-regexp';
import {
  concreteSubject,
  inCaseHedge,
  lastsUntil,
  opensWithExample,
  opensWithSupposition,
  stillLive,
} from './case-words';
import { hypotheticalCues, strongSymptomCues, supportToolCues, toolOutageCues, workloadCues } from './problem-cues';
import { asksByWording, endsInNieun, questionSentences, sentencesOf } from './sentences';

const compile = (cues: readonly string[]): readonly Cue[] => cues.map(parseCue);

const strongSymptoms = compile(strongSymptomCues);

const supportTools = compile(supportToolCues);

const toolOutage = compile(toolOutageCues);

const hypothetical = compile(hypotheticalCues);

const workloads = compile(workloadCues);

// The last text's answer: a message of one clause is asked whether it names a symptom, then whether its clause does.
let lastSymptomCue: { readonly text: CueText; readonly found: boolean } | undefined;
const symptomCueIn = (text: CueText): boolean => {
  if (lastSymptomCue?.text !== text) lastSymptomCue = { text, found: anyCueMatches(strongSymptoms, text) };
  return lastSymptomCue.found;
};

// Error codes as services print them: "AllocationFailed", "UserErrorRecoveryPointNotFound", "AADSTS50076".
const errorCode = prefiltered(
  /\b[A-Z][A-Za-z]*(?:Failed|Failure|Error|NotFound|Exception|Timeout|Denied|Unavailable)\b|\b(?:AADSTS|0x8)[0-9A-Fa-f]{4,}/u,
);

// "고객 Azure Functions 다운.": down said as a word of its own, not "다운로드", "다운 받아" (download), "다운 타임" nor "다운
// 그레이드".
const downAsWord = prefiltered(/다운(?=$|[\s.!?,~ㅠㅜ])(?!\s*(?:받|로드|타임|그레이드))/u);

// "거래처 Cosmos DB 쓰기 실패.", "배포 오류 있음", "조회 실패 지금", "…onboarding error.", "(…확장 실패)": a note that ends on
// its trouble.
const troubleAtTheEnd = prefiltered(
  /(?:실패|오류|에러|먹통|오프라인)(?:\s(?:지금|현재|발생|있음)){0,2}(?=\s*[.!…ㅠㅜ)\]]|\s*$)|\b(?:error|errors|failure|failures)(?=\s*[.!…)\]]|\s*$)/imu,
);

// "고객사 Hyper-V VM이 안 떠요", "앱 화면이 안 뜸": a machine or screen that does not come up; not a form's field ("지원 범주가 안
// 떠요") nor service health that shows nothing ("아무것도 안 떠요").
const doesNotComeUp = prefiltered(/(?:vm|서버|화면|앱|사이트|페이지|포털|창)(?:이|가)?\s?안\s?(?:떠|뜸|뜨)/iu);

// "거래처 애저 함수앱 콜드스타트 심함.", "고객사 VDI 렉 너무 심해요": a customer's note that ends on how bad something is.
const badAtTheEnd = prefiltered(
  /[가-힣A-Za-z]{2,}(?:이|가)?\s(?:(?:너무|좀|엄청|많이|넘|계속)\s)?(?:심함|심해요|심합니다|심하네요|심각함|심각해요|심각합니다)(?=\s*[.!…ㅠㅜ]|\s*$)/mu,
);

// "고객 팀즈 채널 만들기 버튼이 회색이라…": a workload's button greyed out; Partner Center's own buttons are the tools' (R18).
const greyedControl = prefiltered(/(?:버튼|메뉴|옵션|단추)(?:이|가)?\s?회색(?:이라|이에요|이고|임|으로|인데|이네요)/u);

// "sign-in takes 45 seconds", "case creation takes 25s", "로딩이 40초씩 걸려요": how long an operation of a service takes,
// not how long Microsoft takes to answer ("몇 초 걸려요?").
const operationTakes = prefiltered(
  /[0-9]\s?초(?:씩|가|나)?\s?(?:넘게\s|이상\s)?걸(?:려|리|림|립)|\b(?:creation|load(?:ing)?|log-?ins?|log-?on|sign-?ins?|start-?up|boot|quer(?:y|ies)|sav(?:e|es|ing)|search(?:es)?|sync|refresh(?:es)?|pages?|reports?|checkout|transactions?|api calls?|posting|deploy(?:ment)?s?)\s+(?:now\s+|still\s+|each\s+)?takes?\s+(?:over\s+|more than\s+|about\s+|around\s+|up to\s+|~)?\d+(?:\.\d+)?\s?(?:s|secs?|seconds|mins?|minutes)\b/iu,
);

/** An error code or a word that names a symptom by its form, not by a cue. */
const symptomByForm = (text: string): boolean =>
  errorCode.test(text) ||
  operationTakes.test(text) ||
  downAsWord.test(text) ||
  troubleAtTheEnd.test(text) ||
  doesNotComeUp.test(text) ||
  (badAtTheEnd.test(text) && concreteSubject.test(text)) ||
  (greyedControl.test(text) && concreteSubject.test(text) && anyCueMatches(workloads, cueText(text)));

// A symptom is read per clause: "장애인데, 고객 대신 서비스 요청은 어떻게 제출하나요?" has a symptom and a tool question.
export const clauseBreak = /[,，]/u;

// "…ㄴ데" joins two parts of a clause: a supposition in one leaves a symptom in the other as fact ("…계속 끊김 SR 올릴
// 건데 전화로도 접수되는지 궁금"), while the support tools named in one ("서비스 요청 만들려는데 오류가 나요") own the error. So
// does a reason told before an indirect question ("…30분째 503이라 누가 올려야 하는지…", "…다운돼서 어디로 문의하는지…"),
// and before the request filed for it ("…페이지가 안 열려서 요청 넣으려고 …Link support benefits 눌렀더니 오류").
const clauseJoint = new RegExp(
  `(?<=[${endsInNieun}]데|[가-힣0-9A-Za-z](?:이라서?|라서|여서|이어서|돼서|되어서|해서))\\s|(?<=[가-힣]서)\\s(?=(?:[^\\s]+\\s)?(?:요청|SR|티켓|케이스|지원 요청|서비스 요청)(?:을|를)?\\s?(?:넣|올리|열|만들|접수하)(?:으려고|려고|려는데|려다))`,
  'u',
);

// "…전사 불통(…) — 심각도 A면 첫 응답은?": a dash ends the clause a supposition belongs to, for the symptom's sake.
const symptomClauseBreak = new RegExp(`${clauseBreak.source}|\\s[-–—]\\s`, 'u');

const clausesOfSentence = (sentence: string): string[] => sentence.split(symptomClauseBreak);

export function clausesOf(text: string): string[] {
  return sentencesOf(text).flatMap(clausesOfSentence);
}

// "No outage, just a question", "nothing's broken", "고장 난 건 없어요", "장애 있는 건 아니고요", "장애 아님", "장애 상황은
// 아니고", "장애 건은 아니고요", "문제 생긴 건 아니고": a symptom named only to deny it.
const deniedSymptom =
  /\b(?:no|nothing(?:['’]s)?|not|isn't|aren't|wasn't|weren't|without|never)\s+(?:[\w']+\s+){0,2}?(?:outage|down|broken|errors?|issues?|problems?|failures?|failing|crash\w*)\b|(?:고장|장애|다운|오류|에러|문제)(?:\s?(?:상황|상태|건))?\s?(?:난|된|생긴|가 난|가 된|가 생긴|이 생긴|는|은|이|가)?\s?(?:있는\s?)?(?:건|게|것|거)?\s?(?:없|아니|아닙|아닌|아님)/giu;

// "…만들면 안 되나요?", "CSP 지원으로는 안 되는 거죠?", "CSP 혜택으로 안 되나요?" (the support word kept for the tools'
// check), "2012 버전은 안 되나요?" ask leave or whether something is covered, and "얼마 안 돼서" says how long: no
// service fails there.
const notFailing =
  /[가-힣]면\s?안\s?(?:되나요|될까요|되는\s?(?:거|건|지|이유)|되죠|돼요\?|돼\?)|(?:(?:으로|로)는|[가-힣](?:은|는))\s?안\s?(?:되나요|되는\s?(?:거|건))|(?<=(?:지원|혜택|플랜|계약|티켓|요청|전화|CSP|ASfP|프리미어)(?:으로|로))\s?안\s?(?:되나요|되는\s?(?:거|건))|얼마\s?안\s?(?:되|돼)/gu;

// "심각도 A급 장애가 나도 …?": a symptom supposed "even if" it happens.
const evenIf =
  /(?:장애|오류|에러|문제|다운|중단)(?:가|이)?\s?(?:나도|나더라도|생겨도|생기더라도|발생해도|발생하더라도|돼도|되어도|되더라도)/gu;

/** The text without the words that name a symptom only to deny it, to suppose it, or for something other than a failing service. */
const withoutFailing = (text: string): string =>
  text.replace(deniedSymptom, ' ').replace(evenIf, ' ').replace(notFailing, ' ');

// "…되면", "…하면", "…으면", and any verb's "…면" ending a word ("일이 생기면", "VPN이 끊기면"), suppose ("전화로 바로
// 요청하면 안 되나요?"), but not "…면서", which goes with what happens ("접속하면서 끊겨요"), nor "…면 돼요?" ("어떻게 하면
// 돼요?", "SR 올리면 되나요?"), which asks what to do now, nor a noun ending in 면 ("화면", "전면 장애").
const conditionalVerb = prefiltered(
  /(?<!어떻게 |어떡|뭘 |뭐 |무엇을 )(?:(?:되|하|으)면(?!서)|(?<![화측전표방장양정단국평외냉수체다이라\s])면(?=[\s,?.!]|$)(?!\s?(?:되|돼|될)))/u,
);

// "…장애인지" asks whether; "익스체인지" (Exchange) does not.
const whetherEnding = prefiltered(/(?<!체)인지/u);
export const supposes = (text: string): boolean =>
  anyCueMatches(hypothetical, cueText(text)) ||
  conditionalVerb.test(text) ||
  whetherEnding.test(text) ||
  opensWithSupposition.test(text);

// "…is down right now and I'm wondering if it would have helped": an English "if" supposes what follows it, not what came
// before it in the clause.
const englishSupposing = prefiltered(
  new RegExp(String.raw`\b(?:if|whether|(?!${inCaseHedge})in case|what if|suppose|assuming)\b`, 'iu'),
);

// "…열면 500 에러가 나요": a "…면" that says what happens each time, its result stated, not asked.
const everyTime = new RegExp(conditionalVerb.source, 'gu');

// "…바로 에스컬레이션 하면 안되는 거에여", "…직접 로그인해서 만들면 안 돼요", "…제출 자체가 안 되는 거예요", "…요청 안
// 열어도 돼요": ask leave or whether, a question mark or not.
const asksLeave = prefiltered(
  /^\s?안\s?(?:되|돼|됨)|(?:거|건)(?:예요|에요|죠|가요|야|임|에여|지)\s*$|(?:어|아|여)도\s?(?:돼|되)/u,
);

/**
 * What follows the last "…면" of a part that supposes by that ending alone, when it states rather than asks and names
 * whose service it is ("고객사 … 열면"; "한국어로 요청하면 응답이 느려요" tells how support behaves, not a case).
 */
function resultOf(part: string): string {
  const ends = [...part.matchAll(everyTime)];
  const last = ends.at(-1);
  if (last === undefined || !concreteSubject.test(part)) return '';
  const before = part.slice(0, last.index);
  const result = part.slice(last.index + last[0].length);
  const onlyByTheEnding = !anyCueMatches(hypothetical, cueText(before)) && !opensWithSupposition.test(before);
  return onlyByTheEnding && !asksLeave.test(result) && !supposes(result) && !asksByWording(result) ? result : '';
}

// "If the Alpine tenant's outage is still going at five…", "If our client's site is still erroring…": the condition is
// on a case that is live now (as opensWithSupposition reads it), so its clause states the symptom; "If the outage is
// still going after an hour…" names no one's and may suppose one.
const ifStillLive = prefiltered(new RegExp(String.raw`^\s*if(?=${stillLive})`, 'iu'));
const namesWhose = prefiltered(/\s(?!I\b)[A-Z][\w'’-]*/u);
const liveConditionOf = (part: string): RegExpExecArray | null => {
  const condition = ifStillLive.exec(part);
  return condition !== null && (concreteSubject.test(part) || namesWhose.test(part)) ? condition : null;
};

// "문서와 다르게 동작하는 서비스 문제는 …대상인가요?", "Is a service that is down for everyone…?", "…오류 같은 것도 …?",
// "What severity is a full outage?": a question about a kind of service or of trouble, whose symptom describes the kind.
const ofAKind = prefiltered(
  /[가-힣](?:는|은|된|한|난)\s(?:서비스|제품|워크로드)\s?(?:문제|장애|이슈)?(?:는|은|도)\s|\s같은\s?(?:것|거|건|경우)(?:도|은|는)?\s|\b(?:a|any) (?:service|product|workload)s? (?:that|which|\w+ing)\b|\bservices (?:that|which|\w+ing)\b|\b(?:is|are|would|does|do|counts?|considered|treated|be)\s+(?:[\w'-]+\s+){0,2}?(?:a|an|any)\s+(?:[\w-]+\s+){0,3}?(?:outage|disruption|failure|crash|loop|slowdown|bug)s?\b/iu,
);

const asksOfAKind = (sentence: string): boolean => ofAKind.test(sentence) && !concreteSubject.test(sentence);

// "거래처 팀즈 먹통 심각도A면 …?": the "…면" supposes only the severity picked, not the customer's symptom told before it.
const ifOfTheSeverity = prefiltered(
  /(?:심각도|sev(?:erity)?)\s?(?:가|는)?\s?[abc](?:\s?(?:급|등급))?(?:으로|로)?\s?(?:이면|면|올리면|하면|잡으면|요청하면|지정하면|열면)/iu,
);

// "…메일 장애가 오후까지 계속되면…": the "…면" supposes only how long the customer's case lasts.
const ifItLasts = prefiltered(new RegExp(lastsUntil, 'u'));

/** What a customer's case told before a supposition of its severity or of how long it lasts says as fact, else nothing. */
function beforeWhatItSupposes(part: string): string {
  const supposed = ifOfTheSeverity.exec(part) ?? ifItLasts.exec(part);
  if (supposed === null) return '';
  const told = part.slice(0, supposed.index);
  // "만약" opens no supposition of its own when what it opens is how long the case lasts (opensWithSupposition).
  const before = opensWithSupposition.test(part) ? told : told.replace(/^\s*(?:만약|만일)/u, '');
  return concreteSubject.test(before) && !supposes(before) && !ofAKind.test(before) ? before : '';
}

/**
 * The part up to where it supposes: all of it when it supposes nothing; when a Korean ending supposes, what a
 * statement says happens each time ("…열면 500 에러가 나요."), or the case told before the severity or the duration it
 * supposes; else none of it.
 */
function statedPartOf(part: string, statement: boolean): string {
  const liveCondition = liveConditionOf(part);
  if (liveCondition !== null) return statedPartOf(part.slice(liveCondition[0].length), statement);
  if (!supposes(part)) return part;
  const english = englishSupposing.exec(part);
  if (english === null) return beforeWhatItSupposes(part) || (statement ? resultOf(part) : '');
  const before = part.slice(0, english.index);
  return supposes(before) ? '' : before;
}

/** The support tools named, which own an error they show but not their own outage ("Partner Center has been timing out…"). */
const ownsToolError = (words: CueText): boolean =>
  anyCueMatches(supportTools, words) && !anyCueMatches(toolOutage, words);

/**
 * A symptom of a customer's service, said as fact (not "if it's down…", not an error of Partner Center itself). The
 * support tools named in a clause own its error, unless the part that says it names the customer ("고객 Azure Front
 * Door 오류 나는 중인데 파트너 센터 안 거치고…").
 */
export function reportsSymptom(clause: string, ofAStatement = false): boolean {
  const text = cueText(withoutFailing(clause));
  const toolsNamed = ownsToolError(text) && !anyCueMatches(workloads, text);
  const parts = clause.split(clauseJoint);
  const namesTools = (part: string): boolean => ownsToolError(cueText(withoutFailing(part)));
  // "고객사 웨비나가 오늘 2시인데 참석자 페이지가 안 열려서 요청 넣으려고…": the customer named in an earlier part, before any tool.
  const ofTheCustomer = (part: string, index: number): boolean => {
    const earlier = parts.slice(0, index);
    return concreteSubject.test(part) || (earlier.some((e) => concreteSubject.test(e)) && !earlier.some(namesTools));
  };
  return parts.some((part, index) => {
    if (toolsNamed && (parts.length === 1 || !ofTheCustomer(part, index) || namesTools(part))) return false;
    const stated = statedPartOf(part, ofAStatement);
    const words = stated === clause ? text : cueText(withoutFailing(stated));
    return stated !== '' && (symptomCueIn(words) || symptomByForm(stated));
  });
}

/** Does the text name a symptom by a cue ("If production is down…"), said as fact or not? */
export const namesSymptomWord = (text: string): boolean => symptomCueIn(cueText(text));

/** Does the text name a symptom at all, said as fact or not? */
export const namesSymptom = (text: string): boolean => symptomCueIn(cueText(text)) || symptomByForm(text);

/**
 * Does the message state a symptom of a service? Clause by clause only when the whole text names one at all; a
 * clause of a sentence that asks ("…넣으면 안 되는 거죠?") says nothing happens each time, and one that asks about a
 * kind of service, or opens with an example ("예시로는 '고객사 Teams 전체 중단'을…"), states none.
 */
export function statesSymptom(message: string): boolean {
  if (!namesSymptom(message)) return false;
  const asking = new Set(questionSentences(message));
  return sentencesOf(message).some(
    (sentence) =>
      !(asking.has(sentence) && asksOfAKind(sentence)) &&
      !opensWithExample.test(sentence) &&
      clausesOfSentence(sentence).some((clause) => reportsSymptom(clause, !asking.has(sentence))),
  );
}
