/**
 * Business impact (R21) from how wide and how serious the partner says the
 * problem is. The narrowest clear statement wins: "only one user, everyone
 * else is fine" is minimal, not critical for "everyone"; "15 of 120 users" is
 * partial; "dev/test only", "no production impact", "cosmetic, everything
 * works" are minimal; all users, the whole org, or production down are
 * critical. Nothing clear: no suggestion, and the check asks.
 */
import type { Impact } from '../facts';
import { prefiltered } from '../text-tools/prefiltered-regexp';
import { nobodyAffected } from './cues';
import type { Suggestion } from './read-text';
import { sentenceStartAt } from './sentence-start';

const minimal = prefiltered(
  new RegExp(
    [
      '\\bno (?:production |prod |business |user |real )?impact\\b',
      '\\bnothing in (?:production|prod) is affected\\b',
      '\\bno production (?:users?|workloads?|systems?) (?:are |is )?affected\\b',
      "\\b(?:not|isn't) (?:in |a |on )?(?:production|prod)\\b",
      '\\bnon-?(?:production|prod)\\b',
      '\\b(?:dev|test|dev/test|uat|staging|sandbox|lab|qa)(?: \\w+)? (?:only|environment|tenant|subscription|database|db|instance|server|box|site|cluster)\\b',
      '\\bcosmetic\\b',
      '\\b(?:just|only|purely) (?:a )?(?:display|visual|cosmetic|ui)\\b',
      '\\beverything (?:else )?(?:still )?works\\b',
      '\\bcan still (?:use|publish|work|send|read|access|get in|log in|sign in)\\b',
      // "users continue to work without interruption": the service is still available (R21).
      '\\b(?:users|staff|people|they|everyone) (?:continue|keep) (?:to )?work(?:ing)? (?:without interruption|normally|as usual)\\b',
      // One named person: "only the customer's CFO has it".
      "\\bonly (?:the |their |our )?(?:customer's |client's )?(?:ceo|cfo|coo|cto|md|managing director|owner|receptionist|boss)\\b",
      '\\bjust displays? wrong\\b',
      '\\b(?:only|just) (?:one|a single|1) (?:user|person|laptop|device|mailbox|pc)\\b',
      '(?<!\\bevery )\\bsingle user\\b',
      '\\b(?:one|a single|1) (?:user|person|device|mailbox|laptop|pc|admin|account) (?:only|is affected|affected)\\b',
      "\\bnothing(?:['’]s| is)? down\\b",
      '\\bservice is (?:still )?available\\b',
      '\\b(?:just|only) (?:her|him)\\b',
      "\\bnothing(?:['’]s| is)? (?:actually |really )?broken for (?:users|anyone|the users)\\b",
      '\\b(?:our|just|internal) (?:(?:our|internal) )*(?:lab|demo)\\b',
      '\\bdemo (?:environment|tenant|subscription|box|vm|site)\\b',
      '\\binternal (?:dev|test|lab|demo)\\b',
      '\\bone user at\\b',
      '(?:운영|프로덕션|업무|prod|production)(?:에는|엔|에)?\\s?(?:영향|지장)(?:은|이|는)?\\s?(?:없|전혀 없|거의 없)',
      // One person or one machine, the rest fine: "on one laptop, everyone else is fine", "their CFO …, everybody else ok".
      "\\b(?:(?:one|1|a single) (?:user|person|exec|executive|employee|staff member|laptop|pc|machine|device|mailbox|account)|(?:the |our |their )(?:customer's |client's )?(?:ceo|cfo|coo|cto|md|owner|receptionist|boss))\\b[^.!?]{0,120}[.,;]\\s*(?:everyone|everybody) else(?:['’]s [\\w-]+)? (?:is |are )?(?:fine|ok|okay|unaffected|can|works?)\\b",
      '(?:운영|프로덕션)(?:은|는)? 아니',
      '(?:개발|테스트|검증|스테이징|UAT|QA)\\s?(?:환경|테넌트|구독|서버|DB|용)(?:에서만|만|에서|이에요|입니다|이고)?',
      '(?:개발|테스트)(?:팀)?\\s?(?:룸|계정|사용자|클러스터|VM|구독)',
      '(?:운영 )?(?:고객|사용자)(?:\\s?쪽)?(?:은|는|에는|엔|한테|에게|에)?\\s?영향(?:은|이)?\\s?없',
      // Not "중간중간 사용은 됨" (usable now and then) nor "2대 중 1대에서만" (one of two): those are partial.
      '(?<!(?:중간중간|가끔|간간이|간헐적으로)\\s?)(?:사용|기능|동기화 자체|알림 자체|회의 참여|데이터)(?:은|는|도)?\\s?(?:다\\s|모두\\s|잘\\s)?(?:정상|돼요|됩니다|됨|와요)',
      '(?<!중(?:에)?\\s?)(?:한|1)\\s?(?:대|명|분|개)(?:에서|에게)?만',
      '(?:직원|사용자|고객)\\s?(?:1|한)\\s?(?:명|분)',
      '(?:기능|사용|업무)(?:에는|엔|에|상)?\\s?(?:큰\\s|별\\s|별다른\\s)?(?:영향|지장)(?:은|이|는)?\\s?(?:없|전혀 없)',
      '(?:운영|프로덕션)\\s?(?:서버|환경|시스템)?(?:은|는|이|가)?\\s?아니',
      '급하지(?:는|도)? 않',
      '급한 건 아(?:니|님)',
      '데모(?:용| 환경)',
      '업무(?:는|도)?\\s?(?:가능|할 수 있)',
      '(?:송수신|기능 자체|서비스 자체)(?:은|는|도)?\\s?(?:정상|동작|작동)',
      '화면만 이상',
      '(?:화면 )?표시 문제',
      '\\bnot urgent\\b',
      // Users untouched, nothing of their work blocked: "production users are unaffected", "nobody's access is blocked".
      '\\b(?:prod(?:uction)?|end) users (?:are )?(?:unaffected|not affected)\\b',
      "\\b(?:isn't|is not|not) blocking (?:existing |normal |day-to-day )?(?:work|users|anyone)\\b",
      "\\b(?:nobody|no one|no-one)(?:['’]s)? (?:access |work )?(?:is |are )?(?:blocked|affected|impacted)\\b",
      '\\b(?:display|visual|cosmetic|ui) (?:problem|issue|glitch|bug) only\\b',
      '\\b(?:only|just) (?:that|this|the) one (?:[\\w-]+ )?(?:user|person|mailbox|device|account|laptop|pc)\\b',
      // The partner alone, a report only, nothing blocked: "for me only, just me", "only affects reporting".
      '\\b(?:for me only|just me|only me)\\b',
      '\\bonly affects (?:reporting|the reports?|the display|the ui)\\b',
      '\\bnot blocking anything\\b',
      '\\bminor\\b',
      '\\bbuild (?:agent|server|box)\\b',
      '\\bstaging\\b',
      '\\bsandbox\\b',
      '빌드(?:용| 서버| 에이전트)',
      '스테이징',
      '샌드박스',
      '비운영',
      '비프로덕션',
      '표시만',
      '보기만',
      '기능은 (?:다|모두|정상)',
      '(?:한|1)\\s?명만',
      '사용자 한 명',
      '한 명(?:만)?(?:의|이)',
      '경미',
      '사소',
      // One named person: "only the CEO's account", "대표님 메일함만", "한 분한테".
      "\\b(?:only|just|except) (?:for )?(?:the |our |their )?(?:ceo|cfo|cto|md|owner|boss)(?:'s)?\\b",
      '(?:한|1)\\s?(?:명|분)(?:한테|에게)(?!서)',
      '한 사용자만',
      // One mailbox is one person's.
      '사서함 (?:한|1) ?개',
      '테스트 그룹',
    ].join('|'),
    'i',
  ),
);

const partial = prefiltered(
  new RegExp(
    [
      // "Not all users", "not every user": some of them, never everyone (R21).
      "\\bnot (?:all|every)(?: of)? (?:the |our |their )?(?:[\\w-]+'s )?(?:users?|employees?|staff|people|mailboxes|devices|machines|vms|sites?|offices?|branch(?:es)?|locations?|one)\\b",
      "(?:\\b(?:some|a few|a handful of|several|certain|about \\d+|around \\d+)|(?<!\\ball )~\\d+) (?:of (?:the |our |their |the customer's )?)?(?:users|employees|staff|people|mailboxes|devices|machines|vms|sites)\\b|\\bsome of (?:the |their |the customer's )?(?:inbound |outbound |incoming |outgoing )?(?:mail|e-?mails|messages|requests|calls)\\b",
      '\\b\\d+ (?:of|out of) (?:the |our |their )?(?:~)?\\d+\\b',
      '\\b\\d+ (?:[\\w-]+ )?(?:of|out of) (?:~|about |around )?\\d[\\d,]*\\b',
      '\\b(?:~|about |around )?(?!100 ?%)\\d+ ?% of\\b',
      '\\b(?:half|a third|a quarter) of\\b',
      // Part of what is named, the rest working: "about half the app", "one of their two production clusters".
      '\\bhalf (?:the|their|our) (?:[\\w-]+ )?(?:app|application|users|staff|people|employees|mailboxes|devices|machines|vms|sites|office|team|company)\\b',
      '\\bone of (?:the |their |our )?(?:two|three|four|five|\\d+)\\b',
      '\\bthe other (?:one )?(?:is|are|works?) (?:fine|ok|okay|working|unaffected)\\b',
      '\\b(?:everyone|everybody) else\\b',
      '\\bthe rest (?:are|is|work|ok|fine)\\b',
      '\\brest ok\\b',
      '\\bother (?:users|devices|sites|offices) (?:are |work )?(?:fine|ok|working|unaffected)\\b',
      '\\bother (?:offices|sites|branches|users|teams|departments) (?:are )?(?:fine|ok)\\b',
      '\\bexisting (?:devices|users|ones) (?:are |work )?(?:fine|ok)\\b',
      '\\bonly (?:on |for |in )?(?:two|three|four|five|a few|\\d+) (?:laptops?|devices?|machines?|pcs?|users?|phones?|people|staff|employees|mailboxes)\\b',
      '\\b(?:day-to-day|other (?:users|people|staff|offices|sites|teams|departments)|the rest)\\b[^.!?]{0,25}\\b(?:is|are) (?:fine|ok|working)\\b',
      '\\bpartial(?:ly)?\\b',
      '(?:팀|부서|부|지사|지점|사무실)(?:에서)?만',
      '\\bdegraded\\b',
      '\\bintermittent(?:ly)?\\b',
      '\\bslow(?:ness|er)?\\b',
      '\\bworkaround\\b',
      '일부(?!터)',
      '몇몇',
      '\\d+\\s?분의\\s?\\d+',
      '(?:두|세|몇|\\d+)\\s?(?:대|명)(?:에서|에게)?만',
      '(?:주간|나머지|다른) (?:업무|곳|사람|사용자)(?:는|은|들은)?\\s?(?:다\\s?)?(?:정상|괜찮)',
      '\\d+\\s?(?:명|대|개|곳) 중(?:에)?\\s?\\d+\\s?(?:명|대|개|곳)',
      '전체 \\d+\\s?명 중',
      // A share of the users or requests, not a progress or a threshold: "stuck at 0%", "CPU > 80%", "0%에서 멈춤".
      '(?<!\\b(?:at|cpu|memory|disk|usage|over|above|below)\\s?)(?<![>=<]\\s?)(?<!\\d)(?!0\\s?%|100\\s?%)\\d+\\s?%(?!\\s?에서)',
      '절반',
      // A few counted: "사용자 몇 명", "사서함 몇 개", "10명쯤", "12명한테만", "3명 영향".
      '(?:사용자|사서함|직원|기기|계정|사람|사이트|서버|지사|지점|폴더|채널)\\s?몇\\s?(?:명|개|대|분|곳|군데)',
      '\\d+\\s?(?:명|대|개)\\s?(?:쯤|가량|정도)',
      '\\d+\\s?(?:명|대|개)(?:한테|에게)만',
      '\\d+\\s?명(?:이|만)?\\s?영향',
      '나머지(?:는|분들은)?\\s?(?:다\\s?)?(?:정상|괜찮|잘)',
      '다른 (?:사람|사용자|기기|지사|사무실)(?:은|는|들은)?\\s?(?:다\\s?)?(?:정상|괜찮)',
      '기존 (?:기기|사용자)(?:는|은)?\\s?괜찮',
      '부분적',
      '간헐적',
      '중간중간',
      '가끔',
      '느려',
      '느림',
      '느립',
      '저하',
      '우회',
    ].join('|'),
    'i',
  ),
);

const whole = prefiltered(
  new RegExp(
    [
      '\\ball (?:of )?(?:the |our |their )?(?:~?\\d+ )?(?:users|employees|staff|people|mailboxes|devices|listeners|sites|vms)\\b',
      '\\bevery (?:user|employee|single user|mailbox)\\b',
      '(?<!\\bnot )\\beveryone\\b(?! else)(?![^.!?,;]{0,30}\\b(?:except|but|apart from|other than|besides)\\b)',
      `\\b${nobodyAffected.en}\\b`,
      '\\bno ?one (?:can|could)\\b',
      '\\b(?:whole|entire) (?:\\w+ )?(?:org|organi[sz]ation|company|tenant|office|staff)\\b',
      '\\bcompany-wide\\b',
      '\\bfor any of (?:our|their|the) (?:staff|users|employees|people)\\b',
      "\\b(?:can't|cannot|unable to) (?:reach|access|use) any of (?:their|our|the)\\b",
      '\\ball (?:inbound|outbound|incoming|outgoing) (?:mail|email|calls)\\b',
      '\\ball (?:(?!other)[\\w-]+ )(?:users|employees|staff|reps|agents)\\b',
      '\\b(?:mailboxes|users|vms|devices|sites|employees|staff) all (?:bounc|fail|down|offline|crash)\\w*',
      '\\b(?:stopping|stopped|blocking|blocked) all (?:mail|email|traffic|logins?|sign-?ins?|access)\\b',
      '\\ball ~?\\d[\\d,]* of (?:the |our |their )?(?:users|employees|staff|people|mailboxes)\\b',
      // Most of them is as wide as all (R21: "all or most users").
      '(?<!\\bnot )\\bmost (?:of (?:the |our |their )?)?(?:users|employees|staff|people|mailboxes|devices)\\b',
      '\\bevery single\\b',
      '\\b100 ?% of (?:the |their |our )?(?:prod(?:uction)? )?(?:traffic|users|requests|calls)\\b',
      '\\b(?:production|prod) (?:is |completely |totally )?down\\b',
      '\\bprod(?:uction)? (?:db |database )?(?:is )?(?:unavailable|down|offline)\\b',
      '\\bdata loss\\b',
      '\\blost (?:\\w+ ){0,3}(?:data|mail|files)\\b',
      '\\b(?:is |are )?blocked\\b',
      '\\bdead in the water\\b',
      '\\bcompletely (?:down|dead)\\b',
      '\\bfor everything\\b',
      '\\ball (?:of )?(?:the )?customers\\b',
      '전 사용자',
      '전 고객',
      '전체 서비스(?:가|는)?\\s?(?:다운|중단|멈|먹통|마비|불가|장애)',
      '(?:다|전부|모두) (?:꺼졌|죽었|멈췄|멈춤|중지|내려)',
      '전면 (?:중단|장애|마비|불통)',
      '전체 사용자',
      '모든 (?:사용자|직원)',
      '전 직원',
      '사이트 전체',
      '전부 (?:반송|꺼|실패|안|다운|중단)',
      '전사',
      nobodyAffected.ko,
      '\\d+\\s?명 전원',
      '회사 전체',
      '모든 (?:요청|애플리케이션|앱|부서|읽기|쓰기)',
      '(?:프로덕션|운영) 전부',
      '전부 (?:실패|안|다운|중단)',
      '다 (?:실패|안 ?됨|안 ?돼)',
      '(?:운영|프로덕션|서비스|업무)(?:가|이)? (?:중단|마비)',
      '데이터 손실',
      '마감(?:을)? 못',
      '완전 먹통',
      '완전히 (?:다운|중단)',
      '전체(?:가|에서)?\\s?(?:다운|장애|중단|먹통|불가|안\\s?[돼되됨]|접속\\s?(?:불가|안)|로그인\\s?(?:불가|안)|실패|멈춤|마비)(?!\\s?(?:는|은)?\\s?아니)',
      '전체\\s?(?:기기|사용자|메일|사이트|지점|장비|상담원|직원)',
      '(?:사용자|직원|상담원|영업사원|교직원|유저|사원|팀원|에이전트)\\s?전원',
      '전원\\s?(?:로그인|접속|업무|동일|불가|안\\s|실패)',
      '전\\s?(?:직원|지점|사원|임직원)',
      '업무\\s?(?:스톱|불가|멈춤|마비)',
      '완전(?:히)?\\s?(?:멈|다운|중단|먹통)',
      '(?:전부|다|모두)\\s?(?:\\d{3}|오프라인|접속\\s?(?:불가|안)|에러|오류)',
    ].join('|'),
    'i',
  ),
);

/**
 * English wordings of how wide it is that partners use loosely ("every device shows inactive" is a display bug, not
 * an outage): a guess too weak to pre-fill, which stands only when the impact model reads the same (learned-facts.ts).
 */
const weakConfidence = 0.45;
const weakMinimal = prefiltered(
  new RegExp(
    [
      '\\b(?:just|only) (?:one|a single|1) (?:[\\w-]+ )?(?:user|person|account|laptop|device|mailbox|pc|admin|room)\\b',
      '\\b(?:one|a single|1) (?:test )?(?:user|person|employee)\\b(?!s)',
      '\\bonly (?:him|her)\\b',
      '\\b(?:just|only|in) (?:dev|test)\\b',
      '\\btest (?:user|room|replica|vm|account|mailbox|device)\\b',
      '\\bno rush\\b',
      '\\bno (?:end )?users? (?:are |is )?(?:impacted|affected)\\b',
      '\\bfunctionality (?:is )?(?:fine|ok|intact|unaffected)\\b',
    ].join('|'),
    'i',
  ),
);
const weakPartial = prefiltered(
  new RegExp(
    [
      '\\b(?:some|a few|several|certain|a couple of|a handful of) (?:[\\w-]+ )?(?:users|employees|staff|people|mailboxes|devices|machines|vms|sites|agents|branches|offices|reps)\\b',
      '\\b(?:for|affects?|affecting|only|just|about|around|roughly|~) ?(?:\\d+|a couple of|a few|two|three|four|five) (?:[\\w-]+ )?(?:users|people|staff|mailboxes|devices|agents|employees|reps)\\b',
      '\\bnot all\\b',
      // Other people or places, not "other regions" or "their other resources": those say nothing of the users.
      '\\b(?:the )?others?(?: (?:users|people|staff|offices|sites|branches|departments|teams|admins|agents))? (?:are |is )?(?:fine|ok|okay|working|unaffected)\\b',
      '\\brest (?:of (?:the )?[\\w-]+ )?(?:are |is )?(?:fine|ok|unaffected|working)\\b',
      '\\b(?:team|department|dept|office|branch|guests|site) only\\b',
      '\\bhalf (?:the|their|our)\\b',
    ].join('|'),
    'i',
  ),
);
const weakWhole = prefiltered(
  new RegExp(
    [
      '\\bfor (?:anyone|everybody)\\b',
      '\\bevery (?:request|visitor|backend|path|query|site|instance|save|agent)\\b',
      '\\ball (?:(?:of )?(?:their|the|our|its) )?(?:[\\w-]+ ){0,2}(?:apps|applications|sites|devices|instances|backends|mailboxes|vms|resources|agents|reps|traffic|connections|calls|requests|writes|queries|visitors|endpoints|branches|offices)\\b',
      '\\bnone of (?:their|the|our)\\b',
      '\\bfull (?:outage|stop)\\b',
      '\\b(?:whole|entire) (?:[\\w-]+ )?(?:site|intranet|team|dept|department|ops|pipeline|app)\\b',
      '\\b(?:site|website|checkout|store|storefront|shop|webshop|intranet|pipeline) (?:is )?(?:down|offline|dead|stopped)\\b',
      '\\b(?:totally|completely) (?:down|dead|broken|stopped)\\b',
    ].join('|'),
    'i',
  ),
);

/** Still working, only slower: degraded, not minimal ("they can still work, just slowly", "slow …, they can still work"). */
const stillWorkingSlowly = prefiltered(
  /\bcan still (?:work|use \w+)[^.!?]{0,20}\bslow(?:ly|er)?\b|\bslow(?:ly|er)?\b[^.!?]{0,80}\bcan still (?:work|use \w+)\b|느리게나마/i,
);

/**
 * A test tenant where the partner reproduced or tried the problem is not where it hurts ("reproduces in a clean test
 * tenant", "tested from our lab tenant, works there").
 */
const reproduction = prefiltered(
  /\brepro(?:duce[sd]?|duction|s)?\b|\b(?:test(?:ed|ing)?|tried|checked) (?:it |this |that )?(?:from|in|on|against) (?:our|a|my)\b|재현|에서 테스트/i,
);

/**
 * What leaves production's state open, so "prod" plus a symptom says nothing of the impact:
 * production still running on a fallback, or a symptom that comes and goes ("자꾸 타임아웃").
 */
const productionOpen = prefiltered(
  /\b(?:production|prod) (?:is )?(?:still )?(?:up|running)\b|(?:운영|프로덕션)(?:은|는)? (?:잘 )?돌아|\brecovers? (?:on its own|by itself)\b|\bintermittent(?:ly)?\b|\bsometimes\b|자꾸|가끔|간헐/i,
);

/**
 * The service itself still up ("서비스는 정상이고", "서비스 자체는 잘 돌아가요", "the workloads themselves keep running"),
 * beside "all … fail": the cues conflict, so no critical is read and the check asks. "서비스 상태는 정상" is service health.
 */
const serviceStillUp = prefiltered(
  /\b(?:the )?(?:workloads?|services?|apps?|applications?)(?: themselves| itself)? (?:keeps?|are still|is still|still|continues? to) (?:running|working|up|serving)\b|\bexisting [\w-]+ (?:still|keep) (?:serve|serving|run|running|work|working)\b|(?:서비스|워크로드)(?:\s?자체)?(?:는|은|도)\s?(?:지금\s)?(?:잘\s|정상(?:적으로)?\s)?(?:돌아|동작|작동)|(?:서비스|워크로드)(?:\s?자체)?(?:는|은)\s?정상/iu,
);

const production = prefiltered(/\b(?:prod|production|live)\b|운영|프로덕션/i);
const serious = prefiltered(
  /\b(?:down|unavailable|unreachable|offline|outage|fail(?:s|ing|ed)?|won't (?:boot|start)|can't|cannot|not (?:booting|starting)|stopped|stuck|crash\w*|timing out|time(?:s|d)? out)\b|다운|중단|실패|안 (?:올라와|돼|됨|되)|안돼|못 (?:하|해)|멈춰|멈췄|먹통|불가|타임아웃/i,
);

const say = (value: Impact, match: RegExpExecArray | null, confidence = 0.85): Suggestion<Impact> | undefined =>
  match === null ? undefined : { value, confidence, cue: match[0] };

/** A clear statement of how wide the problem is, or none: "it's down" alone does not say for whom. */
export function readImpact(text: string): Suggestion<Impact> | undefined {
  return (
    say('moderate', stillWorkingSlowly.exec(text)) ??
    say('minimal', outsideReproduction(text, minimal.exec(text))) ??
    say('moderate', partial.exec(text)) ??
    (serviceStillUp.test(text) ? undefined : widerThanPartial(text))
  );
}

/** How wide, read after the narrower statements: all of them or production down, else a weaker guess. */
function widerThanPartial(text: string): Suggestion<Impact> | undefined {
  return (
    say('critical', whole.exec(text)) ??
    (production.test(text) && serious.test(text) && !productionOpen.test(text)
      ? { value: 'critical', confidence: 0.75, cue: production.exec(text)![0] }
      : undefined) ??
    say('minimal', outsideReproduction(text, weakMinimal.exec(text)), weakConfidence) ??
    say('moderate', weakPartial.exec(text), weakConfidence) ??
    say('critical', weakWhole.exec(text), weakConfidence)
  );
}

/** The minimal cue, unless its sentence is about where the problem was reproduced. */
function outsideReproduction(text: string, match: RegExpExecArray | null): RegExpExecArray | null {
  if (match === null) return null;
  const rest = text.slice(match.index);
  const sentenceEnd = rest.search(/[.!?\n]/);
  const sentence = text.slice(
    sentenceStartAt(text, match.index),
    match.index + (sentenceEnd === -1 ? rest.length : sentenceEnd),
  );
  return reproduction.test(sentence) ? null : match;
}
