/**
 * What the partner says about service health (R3, R4), read in the sentence
 * that names it: "nothing listed in service health", "서비스 상태 페이지엔 아무것도
 * 안 떠요", "헬스 대시보드도 봤는데 별거 없어요" (checked, nothing there);
 * "상태 페이지는 아직 확인 못 했어요" (not checked); "listed as an incident"
 * (known). Negation decides, so it is read first: "no incident" is never a
 * known incident, and something unrelated listed there is "not listed" (R4
 * speaks of the problem itself being listed).
 */
import type { ServiceHealth } from '../facts';
import { prefiltered } from '../text-tools/prefiltered-regexp';
import type { Suggestion } from './read-text';

const mention = prefiltered(
  new RegExp(
    [
      '\\bservice[ -]?health\\b',
      '\\bsvc\\.? ?hea\\w*\\b',
      '\\bservice ?heatlh\\b',
      // Typed fast: "serivce helth", "SH clean", "checked health, nothing" (a load balancer's health probes are no service health).
      '\\bser(?:vice|ivce|vcie|vce|vic) ?h(?:ealth|elth|ealt|eatlh|elath|eath)\\b',
      '\\bsh\\b',
      '\\b(?:checked|check|chekced|chcked|looked at|look at|seen|saw) (?:the )?health\\b(?! probes?| checks?)',
      '\\bhealth\\b(?= (?:shows?|says|has|is|lists?|clean|checked|ok)\\b|\\s*[:=])',
      '\\b(?:on|in) (?:the )?health\\b(?! probes?| checks?)',
      '\\bhealth (?:dashboard|dashbaord|dashbord|page|status|center|centre)\\b',
      '\\bstatus (?:page|dashboard)\\b',
      '\\bazure status\\b',
      '\\bstatus\\.(?:azure|office)',
      '\\bshd\\b',
      '\\bresource health\\b',
      '\\bservice status\\b',
      '\\bhealth in the admin cent',
      '서비스 ?상태',
      '서비스상태',
      '헬스(?:는|도|엔|에|가|상|체크)',
      '헬스\\s(?:봐|봤|확인|아직)',
      '상태 ?페이지',
      '상태 ?대시보드',
      '헬스 ?대시보드',
      '서비스 ?헬스',
      '헬스 ?페이지',
      '상태 ?화면',
    ].join('|'),
    'i',
  ),
);

// "I checked service health. Nothing there." — a short sentence after the mention still speaks of it.
const sentenceEnd = /[.!?\n。]+|(?<=[요다음함죠]) *[.!?~]*(?= )/g;

const notChecked = prefiltered(
  new RegExp(
    [
      "\\b(?:haven't|havent|havnt|have not|hasn't|hasnt|has not|didn't|didnt|did not|not yet|yet to|forgot to|no time to|before (?:i|we))\\s+(?:\\w+\\s+){0,3}(?:check|look|verif|see|seen|open)",
      '\\bnot (?:yet )?(?:been )?(?:checked|looked at|verified|reviewed)(?: yet)?\\b',
      '\\bwhere (?:exactly )?(?:do|can|should) (?:i|we) (?:check|find|see|look)',
      '\\bunchecked\\b',
      '\\bnot sure what service health shows\\b',
      // "아직 안 봤어요" is not checked; "아직 안 올라왔어요", "아직 아무것도 안 떴어요" was checked: nothing posted yet.
      // "아직 업데이트 안 됨": nothing posted yet.
      '아직\\s?(?:[가-힣]+\\s?){0,2}(?:확인|보|봤|못|(?<!업데이트(?:가|는)?\\s?)안(?!\\s?(?:올라|떠|뜨|떴|나와|나왔|나옴|게시|뜸|뜬)))',
      '확인\\s?(?:을|는|도)?\\s?(?:못|안)\\s?(?:했|해|함|하)',
      '확인하지\\s?(?:못|않|안)',
      '(?:안|못)\\s?봤',
      '(?:안|못)\\s?봄',
      '보지\\s?(?:못|않)',
      '확인\\s?전',
      '미확인',
      // "서비스 상태는 아직이요": not yet.
      '아직(?:이요|이에요|입니다|임)',
      '확인\\s?(?:은|는)?\\s?아직',
      '확인\\s?못',
      '체크\\s?(?:못|안)',
    ].join('|'),
    'i',
  ),
);

const unrelated = prefiltered(
  new RegExp(
    [
      '\\bunrelated\\b',
      '\\bnot related\\b',
      '\\bnothing (?:related|relevant)\\b',
      '\\bdifferent (?:service|issue|workload|region|product)\\b',
      '\\bsomething else\\b',
      '\\bnot ours\\b',
      '\\bnot (?:our|this|the same) (?:issue|problem|one)\\b',
      "\\b(?:it's|but it's|is) about (?:mobile|a different|another|something)\\b",
      // "an advisory about live events, not calls", "about OneDrive sync delays, not this": what is listed is something else.
      '\\babout\\b[^.!?]{1,60}?,\\s*not (?!sure\\b)\\w+',
      "\\b(?:doesn't|does not|don't) (?:match|apply|relate)\\b",
      '\\bnot (?:relevant|applicable|about)\\b',
      '\\birrelevant\\b',
      '관련\\s?(?:없|이\\s?없|은\\s?없|된 건 없|된 게 없)',
      '무관',
      '상관\\s?없',
      '다른 (?:서비스|건|내용|이슈|제품)',
      '해당\\s?(?:없|사항\\s?없)',
      '증상(?:이|은|도)?\\s?(?:달라|다르|다릅)',
      // "…an advisory about search delays, which isn't this."
      "\\b(?:which|that|but that|but it) (?:isn't|is not|wasn't|was not|'s not) (?:this|it|ours|our (?:issue|problem))\\b",
    ].join('|'),
    'i',
  ),
);

const nothingListed = prefiltered(
  new RegExp(
    [
      // Typed fast too: "nothign on health".
      '\\b(?:nothing|nothign|nothin|nothng|notihng|nada|zilch)\\b',
      // "no Entra issues listed", "no Dynamics 365 incident": a word or two (a product's name) may come between.
      '\\bno (?:active |open |current |known |new |relevant |related )?(?:[a-z][\\w-]*(?: \\d+)? ){0,2}(?:incidents?|issues?|advisor(?:y|ies)|outages?|alerts?|entry|entries|problems?|events?|notices?|posts?|messages?)\\b',
      '\\bclean\\b',
      '\\bgreen\\b',
      '\\bclear\\b',
      '\\bhealthy\\b',
      '\\bempty\\b',
      '\\ball good\\b',
      '\\bnormal\\b',
      '\\boperational\\b',
      // "OK to just wait?" asks what to do; it says nothing of what service health shows.
      '\\bfine\\b(?! to\\b)',
      '\\bok\\b(?! to\\b)',
      "\\b(?:not|isn't|wasn't|aren't) (?:\\w+ )?(?:listed|shown|showing|posted|reported|there|mentioned)\\b",
      "\\b(?:doesn't|does not|didn't|did not) (?:show|list|mention|report)\\b",
      '\\bshows? no\\b',
      '\\bno sign\\b',
      '아무\\s?(?:것|거|게|내용)',
      '별\\s?(?:거|것|게|다른|내용|이상|문제)',
      '특이\\s?사항\\s?(?:없|이\\s?없)',
      '업데이트(?:가|는)?\\s?(?:안|없)',
      '이상\\s?(?:없|이\\s?없|은\\s?없|무)',
      '안\\s?(?:떠|뜨|뜸|떴|나와|나오|나옴|나왔|보여|보이|올라와|올라왔|올라옴)',
      '(?:뜨|나오|보이|올라오)(?:지|진)\\s?(?:않|안)',
      '(?:뜬|나온|올라온)\\s?(?:게|것|건)\\s?(?:없|하나도)',
      // "게시되어 있지 않습니다", "올라와 있지 않아요": the incident words, negated.
      '(?:게시|등록)(?:되어|돼)?\\s?있지\\s?않|(?:게시|등록)되지\\s?않|(?:올라와|떠|나와)\\s?있지\\s?않',
      '(?:인시던트|이슈|장애|공지|권고|문제|항목|내용)\\s?(?:는|은|도|가|이)?\\s?(?:없|하나도)',
      '정상',
      '깨끗',
      '초록',
      '그린',
      '없(?:어요|음|습니다|네요|고|는데|다|었|더|던|구요|어서)',
      // Typed fast: "없엇어요", "업음", "업어요".
      '없엇',
      '업(?:음|어요|네요|슴)',
    ].join('|'),
    'i',
  ),
);

const incidentListed = prefiltered(
  new RegExp(
    [
      '\\bincidents?\\b',
      '\\badvisor(?:y|ies)\\b',
      '\\bknown (?:issue|incident|problem)\\b',
      "\\b(?:is|are|was|were|it's|been) (?:\\w+ )?(?:listed|posted|shown|reported)\\b",
      // "its already in service health", "it's on the health dashboard now": the case itself is there.
      "(?<!\\b(?:if|whether) )\\b(?:it'?s|it is|this is|that'?s) (?:already |now )?(?:in|on) (?:the )?(?:service\\s?health|health dashboard|status page)\\b",
      '\\b(?:shows|showing|lists|listing|reports|has|mentions|confirms) (?:an?|the|it|this)\\b',
      // "…has 'Users may see Outlook crash on launch' — matches ours": the problem itself, quoted.
      '\\b(?:has|shows|lists) ["\'‘“]',
      '\\bmatch(?:es)? (?:ours|our (?:issue|problem|symptoms?))\\b',
      '\\binvestigating\\b',
      '\\backnowledged\\b',
      '\\bdegradation\\b',
      '인시던트',
      '권고',
      '공지',
      '올라와',
      '올라온',
      '떠\\s?있',
      '떠요',
      '뜹니다',
      '떴',
      '게시',
      '알려진 문제',
      '나와\\s?있',
      '나와요',
      '나옵니다',
      '등록(?:돼|되어|됐)',
      '조사\\s?중',
      '확인\\s?중',
    ].join('|'),
    'i',
  ),
);

// Without naming the dashboard: "it's a known issue according to Microsoft", "MS가 장애 인정했어요".
const knownWithoutMention = prefiltered(
  /\b(?:it'?s|it is|this is|that'?s|is a|confirmed (?:as )?a|already a) known (?:issue|incident|problem)\b|microsoft (?:has )?(?:confirmed|acknowledged)|알려진 (?:문제|이슈|장애)(?:예요|이에요|입니다|라고|래요|로)/i,
);

function sentencesNaming(text: string): string[] {
  const sentences = text
    .split(sentenceEnd)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const windows: string[] = [];
  sentences.forEach((sentence, index) => {
    if (!mention.test(sentence)) return;
    const next = sentences[index + 1];
    windows.push(next !== undefined && next.length <= 40 && !mention.test(next) ? `${sentence} ${next}` : sentence);
  });
  return windows;
}

// A listed incident's title, quoted ("사용자가 외부 PSTN 통화를 걸 수 없음", 'Users may see…'): its words are the incident's.
const quotedTitle = /["“][^"“”]{3,120}["”]|(?<=^|\s)['‘][^'‘’\n]{3,120}['’](?=[\s.,;:!?)]|$)/gu;

// Looked again and it is there now: "03:10엔 아무것도 없었는데, 03:45 다시 보니 … 인시던트가 올라와 있어요".
const listedOnSecondLook = prefiltered(
  /(?:다시 (?:보니|봤더니|확인하니)|새로고침\s?(?:하니까|했더니|하니))[^.!?\n]{0,80}?(?:인시던트|권고|공지)[^.!?\n]{0,20}?(?:올라와|떠\s?있|게시)|\brefresh(?:ed|ing)?\b[^.!?\n]{0,40}?\bnow\b[^.!?\n]{0,80}?\b(?:incident|advisory)\b/iu,
);

// Something is listed, but the partner cannot tell whether it is this case ("not sure if it's related", "관련 있는 건지는 잘
// 모르겠어요"): reading a known incident would tell them not to escalate, so the check asks.
const unsureWhetherRelated = prefiltered(
  /\b(?:not sure|unsure|no idea|can't tell|cannot tell|unclear) (?:if|whether) (?:it'?s |it is |that'?s |this is |they'?re |they are )?(?:related|the same|ours|connected|relevant)\b|\b(?:might|may|could) (?:or may not )?be (?:related|the same (?:issue|one|thing)|connected)\b|관련(?:이|성이)?\s?(?:있는|된)\s?(?:건지|것인지|거인지|지)(?:는|도)?\s?(?:잘\s|확실히\s)?(?:모르|확실하지|확실치)|같은 (?:건|문제|이슈)(?:인)?지(?:는|도)?\s?(?:잘\s)?모르/iu,
);

function readWindow(window: string): ServiceHealth | undefined {
  const shown = window.replace(quotedTitle, ' ');
  if (listedOnSecondLook.test(window)) return 'known-incident';
  if (notChecked.test(shown)) return 'not-checked';
  if (unrelated.test(shown) || nothingListed.test(shown)) return 'not-listed';
  if (unsureWhetherRelated.test(shown)) return undefined;
  if (incidentListed.test(window)) return 'known-incident';
  return undefined;
}

export function readServiceHealth(text: string): Suggestion<ServiceHealth> | undefined {
  const values = new Set(
    sentencesNaming(text)
      .map(readWindow)
      .filter((value) => value !== undefined),
  );
  if (values.size === 0) {
    const known = knownWithoutMention.exec(text);
    return known === null ? undefined : { value: 'known-incident', confidence: 0.7, cue: known[0] };
  }
  // Sentences that disagree ("nothing listed" … "there is an incident"): ask, don't guess.
  if (values.size > 1) return undefined;
  const [value] = [...values] as [ServiceHealth];
  return { value, confidence: 0.85, cue: value };
}
