import { prefiltered } from '../text-tools/prefiltered-regexp';
/**
 * The words that tell a live case, or none, in a partner's message: a customer's word passed on, something that
 * happened to a customer, a case being filed or worked on, a case marked live; and against them a question asked in
 * general, ahead, after a closed case or as a supposition. Each is a regular expression over the raw text, English
 * and Korean; route-message.ts weighs them.
 */

// "…for this customer?", "이거 …", "이 건": the question points at one case, whatever the case model reads.
export const pointsAtItsCase = prefiltered(
  /\bthis (?:customer|client|issue|case|problem|one)\b|이거|이건|이 건|이번 건/iu,
);

// A customer's words passed on ("the customer reports…", "Our client, Northwind Traders, reports…", "고객이 … 청구됐대요",
// "…팀즈 로그인 안 된다고 전화 옴") report a case; a customer's question passed on ("A client asked: …", "asked whether…")
// reports none.
export const reportedByCustomer = prefiltered(
  /안\s?(?:된다고|된대서)\s?(?:전화|연락|문의|메일)(?:이|가)?\s?(?:옴|왔|와서|오고)|\b(?:rang|called|emailed|messaged|pinged|phoned) (?:me|us)\b|\b(?:they've|they have) called\b|\b(?:customer|client|cx|user)s?(?:'s)?(?:, [^,.?!]{1,40},)? (?:\w+ )?(?:reports?|reported|says|said|complain(?:s|ed|ing)?|called|rang|emailed|wants|(?:is asking|asked)(?!\s*(?::|(?:me |us )?(?:whether|if|something|a question)\b))|noticed|claims?|disputes|is disputing|got|was|were|has been|have been|just)\b|(?:고객|고객사|거래처|사용자)(?!\s?대신)(?:이|가|에서|측|쪽|분들?이)?\s?(?:[^\s.?!]+\s){0,12}?[^\s.?!]*(?:대요|래요|다고 합니다|다고 하네요|다고 해요|다고 (?:화내|항의|난리|하셔|하셨)|다는데|답니다|연락이? 왔|문의가? 왔|전화 왔|연락이? 옴|문의가? 옴|전화 옴|했대|됐대|났대|왔대|없대|싶대)/iu,
);

// "Coho Winery flagged unauthorized Azure subscriptions…", "Fabrikam reported…": a customer named only by its company,
// opening the message with what it reported; not "Microsoft reported…", "Who gets flagged…?".
export const companyReported = prefiltered(
  /^\s*(?!(?:Microsoft|MS|Partner|Azure|Service|The|Our|We|I|It|This|That|Docs|Learn|Support|Premier|Signature|ASfP|CSP|MPN|Someone|Somebody|Everyone|Nobody|My|A|An|If|When|Who|What|Which|Why|How|Where|Do|Does|Did|Has|Have|Is|Are|Was|Were|Can|Could|Should|Would|Will)\b)(?:[A-Z][\w&'’.-]*\s){1,3}(?:flagged|reported|noticed|complained|spotted|emailed|called)\b/u,
);

// "What is the process…", "in general", "일반적으로": a question about the rules, whatever words it borrows from a case.
export const generalQuestion = prefiltered(
  /\b(?:in general|generally|general q(?:uestion)?|for documentation|what is the process|what's the process|hypothetically|in theory)\b|일반적으로|원칙적으로|절차가 어떻게|어떤 절차/iu,
);

// "Side question:", "On a separate note", "참고로", "별도로" open one too, after a case told before them; not when they
// open the message ("btw customer got charged twice, can we dispute it?") or a symptom word follows them ("…. btw the
// customer's whole tenant can't sign in, what severity?").
export const sideQuestion = prefiltered(
  /\b(?:side question|unrelated question|separate question|by the way|btw|on a (?:separate|broader|different|side) note|another question|different question)\b|참고로|별개로|별도로|별건(?:으로|인데|이지만)|다른 질문|그나저나/iu,
);

// "Not a live case", "지금 건이 있는 건 아니에요", "지금 터진 건 없음", "원칙 질문입니다", "Nothing live", "Not about a specific case",
// but not "a dev set, nothing live" nor "nothing live runs on it", which say how bad a case is (R21);
// "…? 일반적인 질문이에요." at its end: the whole message asks
// about the rules (saysNoCase: not where it says what service health shows, R3).
export const noLiveCase = prefiltered(
  /\b(?:(?:not|isn't|is not|isnt) (?:a )?(?:live|real|current|actual) (?:case|issue|incident|one)|no (?:live|current|active|specific) (?:issue|problem|outage)s?(?! (?:is )?(?:listed|posted|shown|showing|in (?:the )?service health|on (?:the )?(?:service )?health))|(?<!\b(?:non-?prod(?:uction)?|test|dev|staging|lab|sandbox|demo)\b[^.?!\n]{0,40})nothing live(?! (?:is |was )?(?:affected|impacted|hit|on\b|runs|running|there|in\b|uses|depends))|not about (?:a|any) (?:specific|particular|live|real) (?:case|customer|issue|incident)|asked (?:us )?in general|(?:just )?(?:a )?general question(?: only)?(?=[.!]*\s*$))\b|일반적으로\s?(?:물어본|문의한|여쭤본|물어보신)|(?:그냥\s)?일반적인\s?(?:거|것|질문)\s?(?:물어보는\s?(?:거|것)\s?)?(?:이에요|예요|입니다|임)(?=[.!~]*\s*$)|(?:지금|현재)\s?(?:(?:걸린|잡힌|터진|들어온)\s?)?건(?:이|은)?\s?(?:있는\s?(?:건|게)\s?)?(?:아니|없)|(?:실제|진행 중인)\s?(?:[가-힣A-Za-z0-9]+\s)?건(?:은|이)?\s?(?:아니|없)|(?:가정|원칙|규정) 질문(?!\s?(?:이|은)?\s?(?:아니|아닙|아닌))/iu,
);
// Service health named before a phrase in its sentence ("Checked service health - no active issues", "서비스 상태엔 현재 이슈
// 없음") or right after it ("Nothing live in service health", "No active outage according to service health", "현재 장애
// 없음 (서비스 상태 기준)"), or a report's verb right before it ("The portal shows no active issues").
const reportedBefore = prefiltered(
  /\b(?:shows?|showing|lists?|listing|reports?|reporting|says|saying|displays?|with)\s$/iu,
);
const healthNamedBefore = prefiltered(
  /(?:service[- ]?health|health (?:dashboard|page|status|center|centre)|status page|\bSH\b|서비스\s?상태|상태\s?페이지|헬스|대시보드)[^.?!\n]{0,60}$/iu,
);
const healthNamedAfter = prefiltered(
  /^\s?\(?(?:in|on|per|as per|according to|from)\s(?:the\s)?(?:service[- ]?health|health|status page|SH\b)|^[가-힣]{0,4}[\s,.(]{0,3}(?:서비스\s?상태|상태\s?페이지|헬스)/iu,
);

/**
 * Does the message say, in `words` (noLiveCase, noOutageNow, noCaseFiled), that no case is live? Not when the words
 * say what service health shows (R3), nor where the rest of their sentence `concedes` a case told now ("No outage right
 * now, but the customer's mail…"): the case is then told beside them.
 */
export function saysNoCase(words: RegExp, message: string, concedes: (rest: string) => boolean = () => false): boolean {
  const every = everyMatchOf(words);
  every.lastIndex = 0;
  let conceded = 0;
  for (let match = every.exec(message); match !== null; match = every.exec(message)) {
    const before = message.slice(Math.max(0, match.index - 120), match.index);
    const end = match.index + match[0].length;
    const after = message.slice(end, end + 60);
    const told = healthNamedBefore.test(before) || healthNamedAfter.test(after) || reportedBefore.test(before);
    if (told) continue;
    if (!concedes(restOfSentence(message, end))) return true;
    if (++conceded === mostConcessions) return false;
  }
  return false;
}

// A message that concedes a case after this many of its no-case phrases tells one; weighing each costs a symptom
// reading, so an over-long message of repeated phrases stops here and stays fast to read.
const mostConcessions = 8;

/** What follows a phrase in its sentence, up to 200 characters. */
const restOfSentence = (message: string, end: number): string =>
  message.slice(end, end + 200).split(/[.?!\n]/u)[0] ?? '';

// The global copy of each phrase list, made once and stepped through with exec (matchAll would copy it on every call):
// saysNoCase runs on every message.
const globalCopies = new WeakMap<RegExp, RegExp>();
function everyMatchOf(words: RegExp): RegExp {
  let every = globalCopies.get(words);
  if (every === undefined) {
    every = new RegExp(words.source, `${words.flags.replace('g', '')}g`);
    globalCopies.set(words, every);
  }
  return every;
}

// "Nothing is down right now", "지금 장애 건은 없고": no outage, so the message asks about the rules, unless it passes on a
// customer's request for guidance (R7: advisory is a case of its own).
export const noOutageNow = prefiltered(
  /\bnothing (?:is )?(?:down|broken) (?:right )?now\b|아직\s?(?:장애|문제|이슈)(?:가|는)?\s?(?:생긴|난|터진|있는)\s?(?:건|게|것)?(?:은|는)?\s?(?:없|아니)|(?:지금|현재)\s?(?:고객\S*\s)?(?:장애|문제|이슈)(?:가|는)?\s?(?:있는\s?)?(?:건|게|것)?(?:은|는)?\s?(?:없|아니|아닌)/iu,
);
// "Our customer would like guidance on sizing AVD", "고객사가 … 이전 계획에 대해 조언을 요청하고 있습니다", "…MS 쪽 권장 방식을 듣고
// 싶다고 해요": a customer's request for guidance passed on, an advisory case (R7); not "can a customer ask for
// guidance…?" nor "자문도 요청할 수 있나요?".
export const advisoryRequest = prefiltered(
  /\b(?:customer|client|cx)(?:'s)?\b[^.?!]{0,80}?\b(?:would like|wants|needs|is asking for|asked (?:us )?for|requests?|requested|is looking for)\s(?:[\w-]+\s){0,3}?(?:guidance|advice|recommendations?|a plan|best practices?|design help)\b|(?:고객|고객사|거래처)[^?!]{0,200}?(?:가이드|조언|자문|권장 사항|권장 방식|권장 방법|의견|설계|계획|안내|추천)[^?!]{0,30}?(?:요청하고 있|요청했|요청합니다|요청이 왔|원합니다|원하고 있|원해요|부탁|(?:받고|듣고|받아\s?보고|들어\s?보고) 싶(?:습니다|어요|대요|답니다|다고\s?(?:해요|합니다|하네요|하셔|함)|어\s?(?:해요|합니다|하는데|하네요|하셔|함)))/iu,
);
// "There is no current incident", "no open ticket", "We don't have a current case", "지금 케이스는 없어요": no case filed, which says as much unless a case is told beside it
// ("There is no open case yet: the customer's mailbox migration fails for every user"); saysNoCase leaves out "Service
// health shows no active incidents for Backup", which says what service health shows.
export const noCaseFiled = prefiltered(
  /\b(?:(?:no|(?:do not|don't|dont) have (?:an?|any)) (?:live|current|active|open|specific|pending) (?:case|incident|dispute|ticket)s?(?! (?:listed|posted|shown|for\b|in (?:the )?service health|on (?:the )?(?:service )?health|yet\b|with (?:microsoft|ms)\b|in (?:partner center|the (?:azure )?portal)\b))|no open (?:issue|problem)s?|nothing pending (?:right now|at the moment|now))\b|(?:지금|현재)\s?(?:케이스|티켓)(?:은|는|이)?\s?(?:없어요|없습니다|없음|없고)/iu,
);
// "Just curious", "for our runbook", "그냥 궁금해서요", asked ahead ("a prospect's questionnaire", "for next time", "계약
// 전", "미리 알아두려고요"): about the rules too, unless a live symptom or a customer's event is said beside it ("just
// curious how sev A works — our customer's whole tenant can't sign in right now", "…was billed twice. For next time…").
// A meeting with a prospect ("prospect demo at 3pm", "잠재 고객 데모") only says when the case matters, and a presales
// colleague ("our presales engineer heard…") only who passed the case on.
export const curious = prefiltered(
  /\b(?:just curious|for (?:our|the) (?:internal )?(?:runbook|onboarding doc\w*|wiki|training|documentation|knowledge base|kb)|lessons?[- ]learned|post-?mortem|next time|pre-?sales(?!\s(?:guy|engineer|colleague|consultant|rep|person|lead|manager|architect)s?\b)|pre-?contract|prospect(?!s?\s(?:demo|meeting|call|visit|workshop|presentation)s?\b)|before (?:they|we) sign|ahead of time|(?<!thanks |thank you |thx )in advance|for future reference|for next time|(?:document|write up|map out) (?:our|the) (?:process|procedure|workflow)|(?:want|trying|need) to understand the (?:rule|policy|process))\b|(?:그냥|단순히|순수하게)\s?궁금|공부\s?중|회고|사후 보고서|(?:가이드|위키|매뉴얼|런북|교육 자료|온보딩 문서|사내 문서)(?:를|에|도)?\s?(?:정리|작성|만들|업데이트)|\b(?:playbook|cheat[- ]?sheet|faq|sop|case study|training scenario|new-hire)\b|미리 알|계약 전|도입 전|도입 검토|잠재 고객(?!\s?(?:데모|미팅|시연|방문|회의))|나중을 위해|사전 문의|위키에 적|정책 문서(?:를|을)?\s?(?:작성|정리|만들)|제안서|교육 자료/iu,
);

// "That case is long closed", "(closed now)", "it fixed itself", "그건 해결됐고", "저희가 해결했거든요", "이미 종료된 건", a
// "Closed case review" or "회고": a past case, told as an example for a question about the
// rules, unless it is live again or still ("still", "그대로", "this time…", "not resolved", "해결이 안 됐어요") or a symptom
// is said outside the words that close it. A version "지원 종료된" is out of support, not a closed case.
export const closedCase = prefiltered(
  /\b(?:is|was|got|been|are|were|it's|that's|now) (?:\w+ )?(?:resolved|closed|fixed)\b|\b(?:already|long) (?:resolved|closed|fixed)\b|\b(?:resolved|closed|fixed) now\b|\(closed|\bpost-?mortem\b|\bpost-?incident (?:note|review|report)\b|\bclosed[- ]case review\b|\b(?:fixed|resolved|sorted|cleared) itself\b|\bpast (?:one|case)\b|\b(?:we|they|microsoft|ms) closed\b|\bretro(?:spective)? on\b|\bthe closed (?:[\w-]+ ){0,2}(?:case|ticket|sr|incident)\b|\bresolved (?:last (?:week|month)|yesterday|(?:a|one|two|three|a few|\d+) (?:days?|weeks?|months?) ago)\b|\b(?:all|been|got|was|is|it's|that's) sorted(?: now| since| out)?\b|(?:해결(?:됐|되었|돼서|되어|은 됐|이 됐|완료|했|하였)|회고|복구(?:됐|되었|는 됐)|(?<!지원\s?)종료(?:됐|되었|했|된)|종결(?:됐|되었|된|했)|닫혔)(?!는지)|예전에 (?:처리했던|있었던)/iu,
);
// "closed too early. again.", "케이스 또 조기종료": a request closed before it was answered is still live (not "…조기종료되면").
const closedTooEarly = String.raw`\bclosed (?:too early|prematurely)\b|조기\s?종료(?!되면|하면|되는 경우)`;
export const liveAgain = prefiltered(
  new RegExp(
    String.raw`${closedTooEarly}|\b(?:still|again|(?:is|are|it's|they're|was) back|this time|keeps?|unresolved|not (?:\w+ )?(?:resolved|fixed))\b|그대로|여전히|아직도|다시|또|그래도|이번|해결(?:이|은)? 안|해결되지 않|미해결`,
    'iu',
  ),
);

// "Last quarter…", "back in March", "지난달에…", "작년에…", "3월 고객사 장애 때", "…느렸던 건": a symptom told of a past time
// is the closed case's, not a live one.
export const pastTime = prefiltered(
  /\b(?:last (?:week|month|year|quarter|spring|summer|autumn|fall|winter)|(?:a|one|two|three|a few|\d+) (?:weeks?|months?|years?) ago|(?:back in|last|from|in) (?:january|february|march|april|may|june|july|august|september|october|november|december))\b|(?<!그\s?때\s?)그\s?때(?!\s?그\s?때)|지난\s?(?:주|달|해|분기)|작년|재작년|예전에|몇 (?:달|주|개월) 전|[0-9]{1,2}월(?:에)?\s[^.?!,]{0,30}?\s때(?=[\s,.]|$)|[가-힣](?:었|았|였|했|됐|겼|렸|졌|났)던\s(?:건|거|것|일|장애|이슈|케이스)/iu,
);

// "Should I escalate this?", "이거 MS에 올려야 하나요?": what to do with one concrete case; not "티켓 열 때…" (whenever
// one is filed).
export const asksAboutThisCase = prefiltered(
  /\b(?:should|must|shall) (?:i|we) (?:still |just |now )?(?:escalate|open|file|raise|log|submit|call|contact|go to|wait)\b|\b(?:do|does) (?:i|we) (?:still |even )?need to (?:escalate|open|file|raise|log)\b|\b(?:escalate|esc|open|file|raise|log|report|ticket|take) (?:this|it|that|these|them|one)\b|\b(?:escalat\w*|ticket|sr|sev [abc]|esc)\s*\?|\bworth (?:a|an|it|the)\b|\bticket or (?:wait|ignore|not)\b|\bor (?:ignore|wait)\b|\bnothing to escalate\b|\b(?:am i|are we) allowed to escalate\b|\bwho handles (?:this|that|it)\b|\bwhat now\b|\bnext steps?\b|\bescalat\w* path\b|\b(?:which|what)(?: \w+){0,3}? (?:route|path|channel)s?\b[^.?!]{0,30}?\bfor (?:this|that)\b(?! kind| sort| type)/iu,
);

export const asksAboutThisCaseKo = prefiltered(
  /(?:올려야|올려도|올릴 ?만|올리면 되|올려야됨|올려야 ?돼|열어야|열어도|열면 되|에스컬(?:레이션)?\s?(?:해야|필요|대상|하려고|할까|하면|해도|해야되|가능)|에스컬해야|에스컬레이션해야|요청해야|문의하면 되|문의해야|티켓 감|(?:티켓 열|SR 열|SR 올)(?!(?:리|릴|을)?\s?(?:때|면))|버그로 올|누가 처리|처리해야|어디로 (?:올려|가야|연락)|어떻게 (?:올려|처리|진행|해야|열어)|다음 (?:조치|단계)|진행해야|맞나요|맞죠|어디에 (?:문의|연락))/u,
);

// Whose case it is: a customer (also one named by a letter, "G사"), the partner's own tenant, "…건".
export const concreteSubject = prefiltered(
  /\b(?:customer|client|cx|our (?:own )?(?:partner |company |internal )?(?:(?:azure|microsoft 365|m365|office 365|o365|dynamics 365) )?(?:tenant|subscription|sub)|their (?:azure|microsoft 365|m365|office 365|subscriptions?|tenant|invoice|bill|mailboxes|users|vms?)|closing the loop)\b|고객|거래처|자사|사내|(?<![A-Za-z])[A-Z]사(?=[\s의가는은에도]|$)|(?:저희|우리) (?:자체 |회사 )?(?:테넌트|구독)|[가-힣]+ 건(?:은|이|인데|이에요|입니다| 정리| 관련)/iu,
);

// Something that happened, not a kind of thing that may happen: "got charged", "청구됐대요", "disputed", subscriptions
// "created on" a tenant, amounts that "don't add up", are wrong or odd ("청구 요약이 맞지 않아요", "인보이스 또 틀림", "요금
// 이상해요", not "…맞지 않으면", "…이상할 때"), seats billed as more than bought ("E5 40석이 60석으로 청구된 건"), licences
// "다 해제됨", a charge doubled ("청구 중복", "이중 결제"; not "…중복 있었을 때", which was), an account "hacked" or "털렸어요",
// suspicious sign-ins a customer "has", a mining VM or an unknown principal "발견됐어요" (not "해킹당한 계정은 보통…"), a
// score that "fell 15 points", "20점이나 떨어졌" or is asked about "to drop 30 points overnight" (not "if it drops 20
// points").
export const concreteEvent = prefiltered(
  /\b(?:fell|dropped|went down|plunged|tanked)\s(?:by\s)?(?:~|about |around |nearly |almost )?\d+\s?(?:points|pts)\b|\b(?:drop|fall)\s(?:by\s)?(?:~|about |around |nearly |almost )?\d+\s?(?:points|pts)\s(?:overnight|yesterday|today|this (?:morning|week)|last (?:night|week))\b|\d+\s?점(?:이나|이|씩)?\s?(?:떨어졌|떨어짐|하락했|하락함|내려갔|빠졌)|\b(?:was|were|got|been|is being|has been|have been) (?:\w+ )?(?:charged|billed|invoiced|suspended|disabled|deleted|compromised|hacked|breached)\b|\b(?:acct|accounts?|mailbox(?:es)?|tenant|vms?|servers?|subscriptions?|creds|credentials|keys?)\s(?:hacked|compromised|breached|pwned)\b|\b(?:has|have|had|getting)\s(?:\w+\s){0,2}(?:unauthori[sz]ed|unknown|rogue|suspicious|malicious)\s(?:[\w-]+\s){0,2}(?:sign-?ins?|logins?|activity|resources?|vms?|charges?|apps?|(?:inbox|forwarding) rules?)\b|해킹(?:을)?\s?(?:당했|당함|당해서|됐|되었|(?:당한|된)\s?(?:것|거)\s?같)|털렸(?!던)|털려서|털림|채굴[^.?!]{0,15}?(?:발견|돌고|돌아가)|(?:처음 보는|모르는|알 수 없는|의심스러운|수상한)\s[^.?!]{0,40}?발견(?:됐|되었|했|하였|돼|되어|해서|함|됨)|\b(?:has|have) (?:formally )?disputed\b|\b(?:invoice|bill|charges?|usage) (?:\w+ )?(?:shows?|showing|jumped|doubled|tripled|spiked)\b|\b(?:invoice|bill|statement) (?:has|had|lists|listed) (?:a |an |the )?(?:wrong|incorrect)\b|\b(?:shows?|showing|displays?) (?:\w+ ){0,3}(?:wrong|zero|incorrect)\b|\bnever (?:bought|ordered|created|purchased)\b|\b(?:flagged|found|noticed|spotted|discovered|seeing)\s(?:\w+\s){0,2}(?:unauthori[sz]ed|unknown|rogue|suspicious)\s(?:[\w-]+\s){0,2}(?:subscriptions?|vms?|resources?|charges?|purchases?|sign-?ins?|logins?|accounts?)\b|\b(?:subs?|subscriptions?|vms?|resources?|accounts?)\s+(?:were\s+|got\s+)?(?:created|spun up|deployed|provisioned)\s+(?:on|in)\b|\b(?:shows?|showing|is|are|was|got) (?:as )?"?(?:suspended|disabled|deleted|locked|blocked)\b|\bdoesn'?t do what\b|\b(?:paid|charged|billed|invoiced)(?: [\w']+){0,5}? twice\b|\bdouble[- ](?:paid|payment|charged?|billed|billing)\b|\b(?:invoice|bill|statement|amounts?|totals?|charges?|costs?)\b[^.?!]{0,60}?\b(?:do(?:es)?n'?t|do(?:es)? not) (?:match|add up|line up|reconcile)\b|(?:금액|비용|합계|청구액|청구서|송장|인보이스|청구 요약|단가|가격|요금)[^.?!]{0,40}?(?:안 맞|맞지 않|틀렸|틀려|틀림|불일치)(?!으면|을 때|는 경우|도|하면|할 때)|\d+\s?(?:석|개|명|라이선스)(?:이|가)?\s?\d+\s?(?:석|개|명)?\s?(?:으로|로)\s?(?:청구|과금|결제|부과)(?:됐|되었|된|돼)|잘못 (?:적용|청구|부과|계산)(?:됐|되었|돼|된)|(?:라이선스|라이센스|권한|할당)[^.?!]{0,15}?해제(?:됨|됐|되었|돼)|(?:금액|비용|청구액|청구서|인보이스|요금|단가|크레딧|차감)[^.?!]{0,20}?이상(?:함|해요|합니다|해서|한데|하네|(?=\s*[.!]|\s*$))|(?:청구됐|청구되었|결제됐|결제되었|과금됐|찍혀 있|생겼|만든 적 없|산 적 없|주문 안 한|잘못 나와|잘못 표시|(?:(?:이중|중복)(?:으로)? ?(?:과금|청구|결제)|(?:과금|청구|결제) ?중복)(?![^.?!]{0,6}?(?:있었|였을|였던|됐을|됐던|났을|났던))|이의 ?제기 건|이의 ?제기 ?중|이의를 제기(?:했|하였|하고 있)|두 번 (?:과금|청구|결제|송금|납부|지불)|이상하게 나오|이상하게 나온|이상하게 나왔|이상하게 나와|표시만|0으로 나와|겹쳐 보|폭증|나왔다고|탈취|정지됐|해지됐|삭제됐)/iu,
);

// "Our partner Azure bill went up from $2k to $9k": a bill that moved from one amount to another happened, whoever's it
// is; "If our bill goes from…" supposes it.
export const amountMoved = prefiltered(
  /\b(?:invoice|bill|charges?|costs?|spend|usage) (?:went|shot|jumped|rose|climbed) (?:up )?from (?:~|about |around )?[$€£₩]?\d/iu,
);

// "The $2,300 credit still isn't on the invoice", "약속받은 환불이 아직 인보이스에 없어요", "1년짜리로 선택했는데 3년 요금으로 청구가
// 잡혔어요", "좌석 수 안 맞음. 파센 55, 관리센터 50", "We deleted the VMs last month and they're still being billed": a
// credit owed and not given, a charge not as ordered, seats not as bought or a deleted resource still billed happened,
// whoever's they are.
export const billedAmiss = prefiltered(
  /\b(?:credit|refund|adjustment)s?\b[^.?!]{0,60}?\bstill\s(?:isn'?t|is not|hasn'?t|has not|not|missing)\b|(?:환불|크레딧|크레디트)[^.?!]{0,20}?아직[^.?!]{0,20}?(?:없어|없습|없음|없네|안\s?(?:들어|반영|나와|보여|찍혀))|(?:선택|신청|구매|주문)했는데[^.?!]{0,30}?(?:으로|로)\s?(?:청구|과금|결제|부과)(?:가|이)?\s?(?:잡혔|잡혀|나왔|됐|되었)|(?:좌석|시트|라이선스|라이센스|구독 수량|수량)\s?(?:수)?(?:가|이)?\s?(?:안 맞|맞지 않|불일치|틀려|틀림|틀리)(?!으면|을 때|는 경우|면|는지)|\b(?:seat|licen[cs]e) (?:counts?|numbers?) (?:don'?t|doesn'?t|do not|does not) match\b|\b(?:deleted|removed|cancell?ed|decommissioned)\b[^.?!]{0,60}?\bstill (?:being |getting )?(?:billed|charged|invoiced)\b|(?:삭제한|삭제된|해지한|해지된|취소한|취소된|지운)[^.?!]{0,40}?(?:요금|비용|과금|청구)(?:이|가|은|는)?[^.?!]{0,20}?(?:계속|아직|여전히)\s?(?:나오|나와|청구되|청구돼|부과되|부과돼|잡혀|잡히)(?!면|는\s?경우|더라도)/iu,
);

// "sev B, 5 hours and no response yet", "SR opened yesterday, still nobody contact us", "SR 넣은 지 6시간 됐는데 아직 회신
// 없어요", "closed too early. again.", "케이스 또 조기종료": a request filed and not answered, or closed before it was (R21).
export const awaitsMicrosoft = prefiltered(
  new RegExp(
    String.raw`${closedTooEarly}|\b(?:sr|ticket|case|request|tkt)\b[^.?!]{0,60}?\b(?:no (?:response|reply|answer|callback|call ?back|contact)|(?:nobody|no one|noone) (?:has |have )?(?:contact(?:ed|s)?|call(?:ed|s)?|respond(?:ed|s)?|repl(?:ied|ies|y)|answer(?:ed|s)?|got back|reach(?:ed)? out))\b|(?:SR|티켓|케이스|요청)[^.?!]{0,40}?(?:(?:회신|답변|응답|연락|소식)(?:이|은)?\s?(?:아직\s?)?(?:없|안 와|안 옴)|감감무소식|무소식|무응답)`,
    'iu',
  ),
);

// "We are raising an issue for a customer's Azure Firewall.", "We need to open a Microsoft Product Support case for a
// customer:": said, not asked ("How do we raise a support case for a customer?"), a case being filed.
export const filingForACustomer = prefiltered(
  /\b(?:we|i)(?:'re|'m|\sare|\sam|\sneed to|\shave to|\swant to|\swill|\smust)?\s(?:currently\s)?(?:open(?:ing)?|rais(?:e|ing)|fil(?:e|ing)|log(?:ging)?|submit(?:ting)?)\s(?:an?\s|the\s)?(?:[\w-]+\s){0,4}?(?:case|ticket|sr|issue|request)\s(?:for|about|on)\s(?:a\s|the\s|our\s|one of our\s)?(?:customer|client|cx)/iu,
);
// "cx exchange 2016 dag issue.": a note naming a customer's issue, said as a sentence of its own.
export const noteOfAnIssue = prefiltered(
  /^\s*(?:(?:our |the )?(?:cx|customer|client)(?:'s)?|고객사?|거래처)\s[^.?!]{0,60}?(?:\b(?:issue|problem|outage|incident)s?|(?:이슈|문제|장애)(?:\s?(?:있음|있어요|있습니다|발생|발생함))?)[.!]?\s*$/iu,
);

// "Currently working an Exchange Online incident for a client", "Live SharePoint issue at a customer", "고객사 Teams 이슈
// 대응 중입니다": a case being worked on now; not "When handling an incident for a customer…" nor "…대응 중에는 보통".
export const workingItsCase = prefiltered(
  /(?<!\b(?:when|while|if|before|after)\s)\b(?:handling|working(?: on)?|dealing with|troubleshooting)\s(?:an?\s|the\s)?(?:[\w-]+\s){0,3}?(?:incident|issue|outage|problem|case)\s(?:for|at|with)\s(?:a\s|an\s|the\s|our\s|one of our\s)?(?:customers?|clients?|cx)\b|\blive\s(?:[\w-]+\s){0,3}?(?:issue|incident|outage|problem)\s(?:for|at|with)\s(?:a\s|the\s|our\s)?(?:customer|client|cx)\b|(?:고객|거래처)[^.?!]{0,40}?(?:이슈|장애|문제|건|케이스)\s?(?:대응|처리|진행)\s?중(?!에)/iu,
);

// "…접수 PC Teams 알림 건으로 요청 넣으려는데", "…건으로 Office 365 서비스 요청 만들고 있는데요": a request being filed about a
// matter named, a case; not "…건으로 티켓 열 때", "…올리면" (when one is filed). The word before "건" is looked behind for,
// not matched: matched, it was tried again from each of its letters.
export const filingItsCase = prefiltered(
  /(?<=[가-힣]) 건으로\s?(?:(?:어제|오늘|지난주|방금|아까)\s)?(?:(?:[A-Za-z0-9]+\s){0,3}(?:SR|서비스 요청|지원 요청|요청|티켓|케이스|인시던트)(?:을|를)?\s?)?(?:올리|올렸|올릴|열|넣|만들|접수)(?!(?:을|할|으|하)?\s?(?:때|면|려면))|(?<=[가-힣A-Za-z0-9]) 건\s?(?:지원|지원 요청|요청|SR|티켓)(?:을|를)?\s?(?:걸|올리|넣|열|접수하)(?:려고|려는데|려다)/iu,
);

// "In case it's a known issue:", "In case anyone has seen this:": a hedge about the case told after it, not a supposition.
export const inCaseHedge = String.raw`in case\s+(?:(?:it|this|that)(?:'s|\s+is|\s+was)?(?:\s+(?:already|a|an|the))*\s+(?:known|relevant|useful|helpful|reported|listed)|(?:it|this|that)\s+(?:helps|matters)|(?:anyone|someone|somebody)(?:'s|\s+has)?\s+(?:seen|hit|met|run|come|knows))\b`;

// "예를 들어…", "For example, …", "E.g. …", "Training scenario: …", "Example for the onboarding quiz: …", "Case study…",
// "Imagine…": a message that opens with an example or a made-up case; a bare "Scenario: …" may open a live one.
export const opensWithExample = prefiltered(
  /^\s*(?:예를\s?들어|예컨대|예시로(?:는)?|as an example|for example|for instance|e\.?\s?g\.?|(?:training|test|quiz|practice|tabletop(?: exercise)?|hypothetical) scenario|scenario for|example for|case study|imagine)(?=[\s,:])/iu,
);

// "Quick question:", "General policy question:", "질문:": a question's label before what the message opens with.
const questionLabel = String.raw`(?:(?:quick|general|small|simple|side)\s)?(?:(?:process|policy|rules?|billing|support)\s)?(?:question|q|query|inquiry)(?:\s(?:about|on|re)\s[^:\n]{1,40})?\s?:\s*|(?:질문|궁금한 점|문의)\s?:\s*`;

// "If the Wingtip file server is still down after the restart…", "If the outage is still on after lunch…": a condition
// on a case that is live now, of no "a" or "any" customer.
const stillGoing = String.raw`\s+(?:(?!\b(?:a|an|any|some)\s)[^,.?!]){0,60}?\bstill\s+(?:down|failing|broken|not|happening|going|there|stuck|slow|dropping|erroring|offline|unreachable|bouncing|crashing|(?<=(?:outage|incident)s?\s(?:is|are)\sstill\s)on)\b`;
// "If the customer's outage isn't fixed by 5pm…", "If Contoso's Exchange outage continues past noon…", "If the Tailspin
// billing outage isn't resolved by noon…": how long a case of someone's lasts; "If the service isn't restored within
// the SLA…" names no one's.
const namedOutage = String.raw`\bthe\s(?!I\b)[A-Z][\w'’&-]*\s(?:[\w-]+\s){0,2}?(?:outage|incident|failure)\b`;
const lasting = String.raw`\s+(?=[^,.?!]{0,60}?(?:\w['’]s\b|\b(?:customer|client|cx)s?\b|${namedOutage}))(?:(?!\b(?:a|an|any|some)\s)[^,.?!]){0,60}?(?:\b(?:isn't|is not|aren't|are not|isnt)\s+(?:fixed|resolved|back|restored|sorted)\s+(?:by|before|within|in)|\b(?:continues|persists|lasts|drags on|goes on)\s+(?:past|beyond|until|into|after|through|for)|\bdo(?:es)?n['’]?t\s+come\s+back\s+(?:by|before|within|in|after))\b`;
export const stillLive = `(?:${stillGoing}|${lasting})`;

// "만약 고객사 메일 장애가 오후까지 계속되면…": how long a customer's live case lasts, up to a time today or tomorrow, not a
// supposition of one; "만약 고객 장애가 4시간 넘게 계속되면…" supposes.
export const lastsUntil = String.raw`(?:오늘|오후|저녁|밤|내일|아침|오전|[0-9]{1,2}시)[^.?!\s]{0,4}까지\s?(?:계속되|이어지|지속되|안 풀리|복구 안 되|안 돌아오)`;
const lastingUntil = String.raw`\s?(?:고객사|거래처|고객)\s?[^.?!]{0,30}?(?:장애|먹통|다운|오류|에러|문제)(?:가|이)?\s?${lastsUntil}`;

// A message that opens with a supposition ("If production is down…", "Quick question: if a customer…", "전체
// 중단이라면…"), not a report; "If possible, please advise", "If anyone knows" only ask politely, "In case it's known:",
// "만약을 위해", "만일을 대비해" ("just in case") hedge, and "If the … is still down…" tells a live case.
export const opensWithSupposition = prefiltered(
  new RegExp(
    String.raw`^\s*(?:${questionLabel})?(?:(?:if(?!\s+(?:possible|you (?:can|could|have a)|anyone|so\b|needed|necessary))(?!${stillLive})|what if|suppose|supposing|assuming|(?!${inCaseHedge})in case|hypothetical(?:ly)?|say|let's say)\b|(?:만약|만일)(?!을\s?(?:위해|대비))(?!${lastingUntil})|가령|가정(?:해|하|인데|입니다|이에요))`,
    'iu',
  ),
);
// "…대상이라면 …", "…다운됐다고 치면", "…안 간다 치고": a supposition inside the message.
export const supposition = prefiltered(
  new RegExp(
    String.raw`${opensWithSupposition.source}|[가-힣](?:이라면|라면|다면)\s|(?:다고|라고|[된간난한는]다)\s?치(?:면|고)`,
    'iu',
  ),
);

// "Live case:", "We've got a major one right now at…", "지금 고객사 … 건 때문에", "it's already in service health", "이미
// 서비스 상태에 떠 있는데": a case marked live, however few its words; not "Live case or not…", "a live case channel", "no
// current incident", "실제 건은 없어요", "if it's already in service health" nor "서비스 상태에 떠 있으면".
export const liveCase = prefiltered(
  /(?<!\b(?:if|whether|when|once|unless)\s)\b(?:it|this|that|the (?:issue|outage|incident|problem))(?:['’]s|s|\sis|\swas)\s(?:already\s)?(?:(?:listed|posted|shown|showing|up)\s)?(?:in|on)\s(?:the\s)?service\s?health\b|(?:이미\s?)?서비스\s?상태(?:에|엔|에는)\s?(?:이미\s)?(?:떠|올라와|나와|게시돼|게시되어)\s?있(?:는데|어요|음|고|네요|습니다)|(?<!\b(?:no|not an?|any|without|(?:do not|don't|dont) have an?)\s)\b(?:live|active|current|ongoing|real) (?:case|issue|incident|one)\b(?! or not| channel| line| chat)|\b(?:we have|we've got|got) an open (?:case|issue|incident|ticket) (?:at|with|for)\b|\b(?:we've got|we have|we've|got) (?:a |an )?(?:major |big |live |real |nasty )?(?:one|case|issue|incident|outage) (?:right now|now|open|on our hands)\b|지금\s?(?:고객사|거래처|고객)[^.?!]{0,40}?(?:건|이슈|문제|장애)(?:\s?(?:때문|으로|이 있|있어|있음)|(?:\s?하나)?(?:가|이)\s?(?:계속|아직))|(?:실제|진행 중인(?: 고객)?) 건(?!\s?(?:은|이|도)?\s?(?:없|있는 건 아니|아니))/iu,
);

// A named matter being worked on now, in English and Korean; each part says what it reads and what it leaves out.
const matterWorkedOnParts: readonly string[] = [
  // "동진물류 팀즈 건 지금 잡고 있는데요", "…건 오늘 아침부터 진행 중인데"; not "…처리 중에는". Here and below, the word
  // before "건" is looked behind for, not matched (these patterns are only tested): "[가-힣]+ 건" tried again from every
  // letter of every word made a long message quadratic.
  String.raw`(?<=[A-Za-z가-힣0-9]) 건(?:을|은|이)?\s(?:(?:지금|오늘|현재|아직|아침부터|오전부터|어제부터)\s){0,3}(?:잡고 있|보고 있|진행 ?중|하고 있|하는 ?중|맡았|들어왔|열려 있|처리 ?중|대응 ?중)(?!에)`,
  // "the Fabrikam Azure case on my plate", "the Contoso SQL case we're on today"; not "How long can a case stay open…?".
  String.raw`\b(?:case|ticket)\b[^.?!]{0,30}?\b(?:on my plate|on our plate|on the go|in progress|still live|(?:we're|i'm|we are|i am) (?:on|dealing with)|(?:that's|thats|currently|still) open|open (?:since|now|today|on our side))\b`,
  // "Update on the Northwind Exchange ticket:", "re the Tailspin case", "Follow-up on the … case"; not "need to follow up
  // on a request" nor "Re: the process for filing a case".
  String.raw`(?<!\bto )\b(?:follow(?:ing)?[- ]up on|update on|re:?) (?:the |our )?(?:(?!(?:for|about|how|process|of|to|a|an)\b)[\w-]+ ){1,4}(?:case|ticket|sr)\b`,
  // A ticket "already open", a request "still filed".
  String.raw`\b(?:case|ticket|sr|request) (?:is|was|'s) (?:already|still) (?:open|opened|filed|raised|logged)\b`,
  // "Currently on the Trey Research case", "I'm also on the …", "Asking while on the … case", "Still working the Lucerne
  // ticket"; not "While handling an incident for a customer, …?".
  String.raw`\b(?:(?:still|currently)\s(?:working|handling)(?:\son)?|(?:working|currently|still|i'm|im|we're|i am|we are)\s(?:also\s)?(?:on|handling)|while on)\s(?!(?:an?|any)\s)(?:the\s)?(?:[\w'’.-]+\s){1,5}(?:case|ticket|sr|incident)\b`,
  // "…case today", "…ticket right now"; not "No case right now", "no specific case right now".
  String.raw`(?<!\bno (?:[\w-]+ )?)\b(?:case|ticket|sr)\s(?:today|right now|this morning)\b`,
  // "About to log the Northwind Azure case".
  String.raw`\babout to (?:log|file|raise|open|submit)\s(?:the|our)\s(?:[\w'’.-]+\s){0,5}(?:case|ticket|sr|request)\b`,
  // "I've got the Fabrikam Azure ticket open", "Have our own Azure case going right now"; not "Do we have to keep the
  // case open…?".
  String.raw`(?<!\b(?:do|does|did|will|would|can|could|should|must|may|might|to)\s(?:i\s|we\s|you\s)?)\b(?:(?:i|we)(?:\s(?:have|got|have got)|'ve got|'ve)|have|got)\s(?:(?:the|our|an?)\s)?(?:(?!to\b)[\w'’.-]+\s){0,6}(?:case|ticket|sr)\s(?:open|opened|going|running|in progress)\b`,
  // "Our own tenant case has been running since 9am", "the thing we're dealing with right now".
  String.raw`\bcase (?:has been|is) (?:running|open|going) since\b|\b(?:thing|issue|case|problem|mess|outage|incident)\s(?:we're|we are|i'm|i am)\s(?:dealing with|working on|handling|fighting)\s(?:today|now|right now|this morning|at the moment)\b`,
  // "…건은 어제 요청 올려놨어요" (not "…올려놨으면"), "한빛 SR 담당 엔지니어가…" (not "SR 담당 엔지니어는 어떻게…?").
  String.raw`(?:요청|SR|티켓|케이스)(?:을|를)?\s?(?:올려\s?놨|넣어\s?놨|열어\s?놨|올려\s?뒀|넣어\s?뒀)(?!으면|다면)|(?<=[가-힣A-Za-z0-9]) (?:SR|티켓|케이스)\s?담당\s?엔지니어(?:가|한테|에게)`,
  // "오늘 아침 들어온 한빛상사 Teams 건", "세광전자 Azure 건 지금 접수하려는데", "…건 올리기 직전", "…건 오늘꺼라", "…건 때문에 지금".
  String.raw`(?:오늘|어제|아침|방금|오전|오후)[^.?!]{0,10}?(?:들어온|접수된|받은|맡은)\s(?:[^\s.?!]+\s){0,3}?[^\s.?!]*\s?건(?=[\s.,!?]|$|(?:을|은|이|으로)\s)`,
  String.raw`(?<=[가-힣A-Za-z0-9]) 건(?:을|은|이)?\s?(?:지금|오늘|방금)\s?(?:접수|올리|넣|열)|건 (?:올리기|접수하기|넣기|열기) 직전|건(?:이)? 오늘(?:꺼|거)|건 때문에 지금`,
];
export const matterWorkedOn = prefiltered(new RegExp(matterWorkedOnParts.join('|'), 'iu'));

// "it's happening right now", "not a drill", "지금 발생 중": whatever the message is for, a case is live.
export const liveNow = prefiltered(
  /\b(?:happening|going on) (?:right )?now\b|\bnot a drill\b|지금 (?:발생|진행|일어나고) ?(?:중|있)/iu,
);

// "When a customer disputes a charge…", "how do customer billing disputes get escalated": what customers do in general,
// not what one did.
export const customersInGeneral = prefiltered(
  /\b(?:when|whenever|if|once|after)\s+(?:a|an|any|our|the)?\s*(?:customer|client|user)s?\b|\b(?:customer|client)s?\s+(?:\w+\s+)?(?:disputes|reports|complaints|claims|calls)\s+(?:get|are|go|should|must|need|can|to|like)\b/iu,
);

// "…about the customer's payroll team, whose calendar has been showing meetings late since Monday, or…?": a case told
// inside the question, of this customer ("the", "our"), in a clause that says how things stand.
export const caseInTheQuestion = prefiltered(
  /\b(?:the|our|my) (?:customer|client)(?:'s)?\b[^?.]{0,60}?\b(?:whose|that|which|who|where)\b[^?.]{0,80}?\b(?:has been|have been|still|keeps?|won'?t|doesn'?t|don'?t|can'?t|since|isn'?t|aren'?t)\b/iu,
);

// Notes end a clause in the noun form, with no join and no full stop: "…잡혀 있음 주문한 적 없음 이거 어디로 올림?".
export const nounFormEnd =
  /(?:있음|없음|았음|었음|했음|됐음|였음|않음|맞음|같음|다름|모름|나옴|보임|울림|걸림|생김|바뀜|감|됨|(?<!포)함|임)(?=\s+\S)/gu;

// "…하면 되는 건지, MS 케이스로 가야 하는 건지 헷갈려요", "Not sure whether we…": the writer cannot decide, which asks as "?"
// does; the question-kind model tells whether it is about a case or in general.
export const unsureWhich = prefiltered(
  /(?:건지|는지|인지|할지|될지)[^.?!]{0,80}?(?:헷갈|모르겠|고민)|\b(?:not sure|unsure|can't tell|don't know|no idea)\s+(?:whether|if)\b/iu,
);

// "Which support path is right?", "어떤 지원 경로가 맞아요?": which vehicle fits, the check's answer (R5, R6).
export const asksWhichRoute = prefiltered(
  /\b(?:which|what)(?: \w+){0,3}? (?:route|path|channel)s? (?:is|would be) (?:right|correct|best)\b|(?:어떤|어느|무슨)\s?(?:지원\s?)?(?:경로|채널|루트)(?:가|로|를|이)?\s?(?:맞|타야|가야)/iu,
);
