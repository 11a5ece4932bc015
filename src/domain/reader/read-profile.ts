/**
 * Partner-profile facts a message states: CSP model, Partner
 * Center role, MPN level and cloud competency, paid plans, activated
 * technical benefits, provider-granted Azure access (R12, R15–R17), and the
 * admin relationship with this customer (a fact of the problem, R12).
 *
 * A profile fact is about the writer's own company, so a name counts only
 * when the writer says it is theirs (self-statement.ts): "we're an indirect
 * reseller", "저는 헬프데스크 에이전트입니다", "골드 파트너인데". "Can a helpdesk agent
 * file?" or "How many incidents do Gold partners get?" state nothing about the writer.
 */
import type { CspModel, Facts, MpnLevel, PaidPlan, Profile, Role } from '../facts';
import { prefiltered } from '../text-tools/prefiltered-regexp';
import {
  allCompetencies,
  allCompetenciesKo,
  cloudCompetencies,
  cloudCompetenciesKo,
  otherCompetencies,
  otherCompetenciesKo,
} from './competencies';
import { caseless, firstStated, namesAny, selfKoAfter, stated } from './self-statement';
import { sentenceStartAt } from './sentence-start';
import { statedOnly } from './stated-only';

export type ProfileReading = Profile & Pick<Facts, 'adminRelationship'>;

const cspModels: ReadonlyArray<readonly [CspModel, string, string]> = [
  [
    'indirect-reseller',
    'indirect reseller|csp indirect reseller|tier[- ]?2 (?:partner|reseller)|reseller',
    '간접 ?리셀러|간접 재판매인|간접 재판매자|리셀러|재판매인|2티어|티어 ?2',
  ],
  [
    'indirect-provider',
    'indirect provider|indirect csp provider|distributor|tier[- ]?1 (?:distributor|provider)',
    '간접 공급자|총판|디스트리뷰터',
  ],
  [
    'direct',
    // "we're direct.", "CSP: Direct /": "direct" alone only where its clause ends.
    'direct[- ]bill(?:ing)?(?: csp)? partner|direct csp(?: partner)?|csp direct(?: partner)?|direct partner|direct[- ]bill|direct(?=\\s*(?:[.,;!/)]|$))',
    '직접 ?청구 파트너|직접 ?청구(?: CSP)?|다이렉트 (?:CSP|파트너)|다이렉트 ?빌(?:링)?(?: CSP)?(?: 파트너)?|직접 CSP|CSP 직접(?: 청구| 파트너)?',
  ],
];
// "Our provider hasn't granted us access" / "저희 총판이": the writer buys through a provider, so is a reseller.
const throughProvider = prefiltered(
  /\bour (?:indirect )?(?:csp )?(?:provider|distributor)\b|\b(?:the )?(?:distributor|provider) is (?:the|our) (?:indirect )?(?:csp )?(?:provider|distributor)\b|(?:총판|공급자|공급업체|디스티)(?:이|가) (?:간접 )?(?:공급자|총판)|\bresell (?:through|via|from) (?:an? |our )?(?:indirect )?(?:provider|distributor)|\bwe (?:buy|purchase|transact|order) (?:through|via|from) (?:an? |our )?(?:indirect )?(?:provider|distributor)|\b(?:the|our) (?:indirect )?(?:provider|distributor) (?:has |have )?(?:granted|gave|given) us\b|(?:저희|우리) (?:간접 )?(?:공급자|총판|디스트리뷰터)/i,
);
// "One of our resellers' customers", "We're the distributor for that reseller", "저희 산하 리셀러": the writer provides to
// resellers; "a reseller under an indirect provider", "총판 통해서 재판매하는" name the writer's provider. Neither names
// what the writer is.
const ourResellers =
  /\b(?:one of )?our (?:own )?resellers(?:'s?)?|\b(?:for|of) (?:that|the|this|our) reseller\b|(?:저희|우리)\s?(?:산하|밑|아래)(?:에)?\s?(?:있는\s)?(?:리셀러|재판매인)|(?:저희|우리)\s?(?:쪽\s)?(?:리셀러|재판매인)(?=가|들|사\b|분들|업체|한테|에게)/giu;
const underProvider =
  /\bunder (?:an? |the |our )?(?:indirect )?(?:csp )?(?:provider|distributor)\b|(?:총판|공급자|디스티|디스트리뷰터)(?:을|를)?\s?(?:통해|거쳐|끼고)/giu;
// "distributor hasn't given us azure access", "총판에서 Azure 권한을 아직 안 줬어요": the provider granting the writer
// access to the customer's Azure (R12) is the writer's provider, not the writer.
const grantingProvider =
  /\b(?:the |our )?(?:indirect )?(?:csp )?(?:provider|distributor)\b(?=[^.!?\n]{0,40}\b(?:grant(?:ed|s)?|give[sn]?|gave|provided?|provides|shared?|enabled?|set (?:us|me) up)\b)|(?:총판|공급자|공급사|공급업체|디스트리뷰터|디스티)(?:에서|이|가|측(?:에서)?|쪽(?:에서)?)?(?=[^.!?\n]{0,40}(?:권한|액세스)[^.!?\n]{0,15}(?:줬|주었|주지|줄|부여|받았|받아|받지|안 줘))/giu;
const mentions = (pattern: RegExp, text: string): boolean => text.search(pattern) !== -1;

const notCsp = prefiltered(
  /\b(?:we(?:'re| are) not|we aren't|not) an? csp (?:partner|reseller)\b|\bnot (?:in|part of) (?:the )?csp\b|CSP 파트너(?:는|가)? 아니|CSP(?:는|에)? 가입(?:하지)? ?(?:안|않)|CSP(?:는|를)? 안 ?(?:하|함|해|합)|CSP\s?가입\s?전|(?:유형|파트너)\s?[:：]\s?CSP\s?(?:아님|아니)|(?:저희|우리)(?:는|은)?\s?CSP\s?(?:파트너)?(?:가|는)?\s?(?:아니|아님)/i,
);

const roles: ReadonlyArray<readonly [Role, string, string]> = [
  [
    'helpdesk-agent',
    'help ?desk agent|help ?desk role|help ?desk',
    '헬프데스크 에이전트|헬프 데스크 에이전트|기술 ?지원팀 에이전트|기술 지원 에이전트|헬프데스크|헬데(?: 에이전트)?',
  ],
  ['admin-agent', 'admin agent|admin agent role', '관리 에이전트|관리자 에이전트|어드민 에이전트'],
  ['sales-agent', 'sales agent|sales agent role', '영업 에이전트|판매 에이전트|세일즈 에이전트'],
  ['global-admin', 'global admin(?:istrator)?|ga', '전역 ?관리자|글로벌 관리자|글로벌 어드민'],
  ['other', 'billing admin(?:istrator)?|mpn partner admin(?:istrator)?', '청구 관리자|결제 관리자|MPN 파트너 관리자'],
];

const mpnLevels: ReadonlyArray<readonly [MpnLevel, string, string]> = [
  ['gold', 'gold(?: partner| competency| member| level| status| tier)?', '골드(?: 파트너| 역량| 등급| 멤버)?'],
  ['silver', 'silver(?: partner| competency| member| level| status| tier)?', '실버(?: 파트너| 역량| 등급| 멤버)?'],
  ['action-pack', 'action pack(?: subscriber| member)?|map subscriber|maps(?: subscriber| member)?', '액션 ?팩'],
];
const noMpn = prefiltered(
  /\b(?:not (?:an? )?mpn (?:partners?|members?)|no mpn (?:membership|level|status)|(?:not|aren't|isn't) in (?:the )?mpn)\b|\bwithout (?:an? )?mpn (?:membership|level|status)\b|\bmpn(?: level| status| membership)?\s*[:=]\s*(?:none|no|n\/a)\b|MPN (?:회원|파트너)이 아니|MPN(?:에)? 가입(?:하지)? ?(?:안|않)|MPN\s?(?:멤버\s?[십쉽]|회원(?:\s?자격)?|멤버)(?:이|은|도|는)?\s?(?:없|아니)/i,
);

/**
 * A level is also the writer's in ways no other profile fact is said: "our Gold incidents", "we're not in CSP, only
 * MPN Silver", an item of the writer's list ("we're a direct-bill partner with 50 customers, Gold Cloud Productivity,
 * ASfP"), and "실버 데이터센터 역량 있습니다".
 */
function levelStated(text: string, namesEn: string, namesKo: string): boolean {
  return (
    namesAny(text, namesEn, namesKo) &&
    (stated(text, namesEn, namesKo) ||
      caseless(
        `\\bour (?:mpn )?(?:${namesEn})\\b|\\b(?:we're|we are|i'm|i am) not [^.!?]{0,40}?\\s*[,–—-]\\s*(?:just|only|but) (?:an? )?(?:mpn )?(?:${namesEn})\\b|\\b(?:we have|we've got|we hold)\\b[^.!?\\n]{0,50}\\b(?:only|just) (?:the |our |an? )?(?:${namesEn})\\b|\\b(?:we're|we are)\\b[^.!?\\n]{0,80}?,\\s*(?:${namesEn})(?:\\s+(?:${allCompetencies})(?: competency)?)?\\s*(?:,|;|\\.|$)`,
      ).test(text) ||
      caseless(
        `(?:${namesKo}|${namesEn})(?:에|이고|이며|,)?\\s(?:${allCompetenciesKo})\\s?역량(?:이|도)?${selfKoAfter}`,
      ).test(text) ||
      caseless(
        `(?:${namesKo}|${namesEn})(?:\\s?역량)?(?:을|를)\\s?보유한\\s?파트너(?:입니다|이에요|예요|인데|이고)`,
      ).test(text) ||
      // The writer's aside in brackets: "(Gold Cloud Platform, benefits activated.)", "(골드 Datacenter)".
      caseless(`[(（]\\s*(?:${namesKo}|${namesEn})(?:\\s+(?:${allCompetenciesKo}))?(?:\\s+competency)?\\s*[,)）]`).test(
        text,
      ))
  );
}

// "We just moved up from Silver to Gold", "저희가 이번에 실버에서 골드로 올라갔어요": the level the writer now has.
const levelChangeEn = prefiltered(
  /\b(?:we|we've|we have|our company)\b[^.!?\n]{0,30}?\b(?:moved up|upgraded|promoted|went|got|became|made it)\b[^.!?\n]{0,20}?\bto (?:the )?(gold|silver)\b/i,
);
const levelChangeKo = prefiltered(
  /(?:실버|액션 ?팩|action pack|silver)\s?에서\s?(골드|실버|gold|silver)(?:로|으로)\s?(?:올라|승급|업그레이드|바뀌|변경|됐)/i,
);

/** Action Pack beside Silver or Gold: the competency's level is the one R17 counts. Two competency levels conflict: ask. */
function mpnLevel(text: string): MpnLevel | undefined {
  if (noMpn.test(text)) return 'none';
  const change = (levelChangeEn.exec(text) ?? levelChangeKo.exec(text))?.[1];
  if (change !== undefined) return /gold|골드/i.test(change) ? 'gold' : 'silver';
  const levels = mpnLevels.filter(([, en, ko]) => levelStated(text, en, ko)).map(([level]) => level);
  const competencyLevels = levels.filter((level) => level !== 'action-pack');
  const candidates = new Set(competencyLevels.length > 0 ? competencyLevels : levels);
  return candidates.size === 1 ? [...candidates][0] : undefined;
}

function cloudCompetency(text: string): boolean | undefined {
  const cloud =
    caseless(
      `\\b(?:${cloudCompetencies}) competenc(?:y|ies)\\b|\\b(?:gold|silver)\\s?[(/]\\s?(?:${cloudCompetencies})\\b|\\bhold (?:the )?(?:${cloudCompetencies.replace('|security|cloud', '')})\\b|(?:저희|우리|당사)\\s(?:골드|실버|gold|silver)\\s(?:${cloudCompetenciesKo.replace('|보안|클라우드', '')}|${cloudCompetencies.replace('|security|cloud', '')})(?=\\s*(?:[.,]|$|입니다|이에요|예요|이고|인데))|\\b(?:gold|silver)(?: partner)? (?:in|with|w/|for|on|\\+|\\()? ?(?:the )?(?:${cloudCompetencies.replace('|security|cloud', '')})\\b|\\bcloud competenc`,
    ).test(text) ||
    caseless(
      `(?:${cloudCompetenciesKo}|${cloudCompetencies})(?:\\s?[(（][^)）]{0,30}[)）])? ?역량(?!이면|이라면|만 있어도|(?:이|은|도)?\\s?(?:아니|아닌|아님|없|말고))|(?:골드|실버|gold|silver)(?:\\s?파트너|\\s?역량)?\\s?[(（]\\s?(?:${cloudCompetenciesKo}|${cloudCompetencies})[)）]|(?:${cloudCompetenciesKo}|${cloudCompetencies})\\s?(?:골드|실버)${selfKoAfter}`,
    ).test(text);
  const namedCompetency = caseless(
    `\\bcompetency (?:is|=|:) ?(?:${cloudCompetencies})\\b|\\b(?:gold|silver)(?: partner)?, (?:${cloudCompetencies.replace('|security|cloud', '')})\\b|역량(?:은|이)\\s?(?:${cloudCompetenciesKo}|${cloudCompetencies})`,
  ).test(text);
  const negatedCloud =
    /\b(?:no|not an?|don't have an?|without an?|isn't an?|not a) cloud (?:competenc(?:y|ies)|one)\b|\b(?:no|without any|without) (?:mpn )?competenc(?:y|ies)\b|역량(?:은|이|도)?\s?(?:하나도|전혀|아무것도)\s?없|\b(?:isn't|is not|not) one of the cloud competencies\b|\bnot (?:a )?cloud\b|\bnon-?cloud competency|클라우드 역량(?:은|이|도)? ?(?:없|아니(?!면)|아닌|아님|말고)|클라우드(?: 쪽)?(?:은|는)? 아니/i.test(
      text,
    );
  const other =
    (caseless(`\\b(?:${otherCompetencies})(?: competency)?\\b`).test(text) && /competenc|역량/i.test(text)) ||
    caseless(`\\b(?:gold|silver)(?: partner)?\\s?(?:in|with|w/|\\()\\s?(?:the )?(?:${otherCompetencies})\\b`).test(
      text,
    );
  const otherKo = caseless(`(?:${otherCompetenciesKo}|${otherCompetencies}) ?역량`).test(text);
  if (negatedCloud) return false;
  if ((cloud || namedCompetency) && !(other || otherKo)) return true;
  if ((other || otherKo) && !cloud) return false;
  return undefined;
}

// "…혜택 … 버튼이 회색이에요. 아직 활성화 안 된 상태예요", "…activate the technical benefits? They were never activated":
// the sentence after one about the benefits goes on about them.
const goesOnAboutThem = prefiltered(/^\s*(?:(?:they|these|those)\b|아직\s?활성화|활성화(?:는|가|도)?\s)/i);

/** A form's line ("Benefits activated: no", "Admin relationship: none"): its answer, or nothing without such a line. */
function formLineAnswer(text: string, line: RegExp, yes: RegExp): boolean | undefined {
  const answer = line.exec(text)?.[1];
  return answer === undefined ? undefined : yes.test(answer);
}

const benefitsFormLine = prefiltered(
  /\b(?:technical )?benefits?(?: activated| active)?\s*[:=]\s*(yes|activated|active|no|not activated|not yet|inactive|none)\b/i,
);

function benefitsActivated(text: string): boolean | undefined {
  const formLine = formLineAnswer(text, benefitsFormLine, /^(?:yes|activated|active)$/i);
  if (formLine !== undefined) return formLine;
  let previousAboutThem = false;
  for (const whole of text.split(/[.!?\n]+/)) {
    // "The Activate button is greyed out" (R15) says who may activate, not whether the benefits are active: the
    // clauses that name the button are left out.
    const sentence = whole
      .split(/,/)
      .filter((clause) => !/button|버튼/i.test(clause))
      .join(',');
    const aboutThem = /benefit|혜택/i.test(whole);
    const read = aboutThem || (previousAboutThem && goesOnAboutThem.test(sentence));
    previousAboutThem = aboutThem;
    if (!read) continue;
    if (
      /\b(?:not|haven't|havent|hasn't|hasnt|have not|has not|never|aren't|arent|isn't|isnt|weren't|werent|wasn't|wasnt|not yet|yet to|didn't|didnt|did not)\s+(?:[\w-]+\s+){0,4}?activat|\binactive\b|\bunactivated\b|\bnot active\b|\b(?:w\/o|without|no) (?:activated|active) (?:technical )?benefits|\b(?:nobody|no one|no-one) (?:has )?(?:ever )?activated|활성화(?:를|가|는|도)?\s?(?:안|못|전|하지|되지|되어 있지|돼 있지|아직)|아직\s?(?:활성화\s?)?(?:안|못)|비활성/i.test(
        sentence,
      )
    )
      return false;
    if (
      /\b(?:we(?:'ve| have)|already|just|have been|has been|were|are|got them|was)\s+(?:[\w-]+\s+){0,3}?activated\b|(?<!\b(?:if|once|when|until|whether|after|before) )\b(?:we|i) (?:already |just |finally )?activated\b|\bbenefits? (?:are |is )?active\b|(?<!\b(?:if|once|when|until|whether|after|before) (?:the |our |technical )*)\bbenefits? (?:are |is |now |all )?activated\b|활성화(?:는|도|은)?\s?(?:했|해\s?놨|해\s?놓았|해\s?뒀|해\s?두었|되어\s?있|돼\s?있|됐|됨|된 상태|완료)/i.test(
        sentence,
      )
    )
      return true;
  }
  return undefined;
}

// Global, to read every naming of a plan.
const plans: ReadonlyArray<readonly [PaidPlan, RegExp]> = [
  ['advanced', /\basfp\b|\badvanced support(?: for partners)?\b|고급 지원|어드밴스드 (?:지원|서포트)/gi],
  ['premier', /\bpremier(?: support)?(?: for partners)?\b|프리미어/gi],
  [
    'azure-plan',
    /\bazure (?:support plan|standard support|professional direct|developer support)\b|\bprofessional direct\b|Azure 지원 (?:플랜|계획|요금제)|애저 지원 (?:플랜|계획|요금제)/gi,
  ],
];
// English says it before the plan ("we have ASfP"), Korean after ("ASfP 있어요"); "you need ASfP" holds nothing.
const holdingBefore = prefiltered(
  /\b(?:support(?: plans?)?|plans?)\s*:\s*$|(?:지원|지원 플랜|플랜|계약)\s?[:：]\s?$|\b(?:signed|renewed|bought|purchased)(?: up for)?\s+(?:an?\s+|the\s+)?$|\b(?:we (?:do |also |still |only )?(?:have|hold|pay for|bought|purchased|use|are on)|we're on|we've got|our|and (?:also )?(?:have|hold))\b[^.?!]{0,20}$|\b(?:we're|we are|partner)\b[^.?!]{0,30}\bwith\s*$/i,
);
// An item of the writer's list: "We're direct bill, Gold, Cloud Platform, ASfP."
const listedByWriter = prefiltered(
  /\b(?:we're|we are)\b[^.?!]{0,80}(?:,|\+|&|\bplus|\band)\s*(?:and\s+|plus\s+)?$|^\s*(?:[\w/-]+(?: [\w/-]+){0,3}\s*[,+&]\s*){1,4}$/i,
);
// A second plan beside one held: "we've got asfp and a separate azure support plan".
const besideHeld = prefiltered(
  /(?:\b(?:and|plus|as well as)\s+(?:also\s+)?(?:an?\s+)?(?:separate\s+|second\s+)?|[+&]\s*)$/i,
);
// A Korean clause ends at its connective: "Premier 있고 ASfP는 없습니다" holds Premier.
const koreanClauseEnd = prefiltered(/(?<=있고|있는데|있지만|있으며)\s.*$/su);
const holdingAfter = prefiltered(
  /^\s?(?:(?:is|are) )?(?:active|in place|contract|customer)\b|^(?:\s?[(（][^)）]{0,20}[)）])?[^.?!]{0,12}?(?:계약 중|걸려 ?있|있어요|있습니다|있고|있는데|있음|있어서|보유|가입(?:했|되어|돼)|계약(?:도|이)?\s?(?:있|갖고|했|돼)|갖고 있|쓰고 있|사용 중|이용 중)/,
);
const noPlans = prefiltered(
  /\bno (?:paid )?(?:support )?(?:plans?|contracts?)\b|\b(?:don't|do not|doesn't) have (?:any )?(?:a )?paid (?:support )?plans?\b|유료 (?:지원\s?)?(?:플랜|계획|계약)?(?:은|이|도)? ?(?:따로 |아무것도 |하나도 |전혀 |지금 |현재 )?없|\bor any (?:other )?paid (?:support )?plans?\b|지원 (?:플랜|계약)(?:은|이|도)? ?없/i,
);
// A list of plans none of which is held: "(Premier, ASfP, Azure 플랜 전부 없음)", "Premier/ASfP 다 없음".
const noneOfList = prefiltered(/^[^.!?\n)）]{0,50}?(?:전부|다|모두|하나도|둘 다|셋 다|아무것도)\s?없/);
const planNegated = prefiltered(
  /\b(?:no|don't have|dont have|do not have|without|not on|never had|lapsed|expired|need|needs|required)\b|없|필요|만료|해지|있어야/i,
);

// The namings of a plan weighed: an over-long message of repeated plan names stays fast to read.
const mostMentions = 8;

type PlanMention = 'held' | 'not held' | 'asked about' | 'unclear';

/** What one naming of a plan says: held, not held, only asked about ("What does Premier give us over ASfP?"), or unclear. */
function planMention(text: string, index: number, end: number, heldBefore: boolean): PlanMention {
  const sentenceBefore = text.slice(sentenceStartAt(text, index), index);
  const before = sentenceBefore.slice(-40);
  const following = text.slice(end, end + 200);
  // "ASfP나 Premier 같은 유료 지원 플랜은 없어요" names the plans it has none of.
  const rest = following.replace(koreanClauseEnd, '');
  // Up to the clause's end: "an Azure support plan, no Premier" holds the Azure plan.
  const clause = /^[^,;.!?\n]*/.exec(rest)![0];
  const after = clause.slice(0, 20);
  if (planNegated.test(before.slice(-20) + after) || noPlans.test(clause) || noneOfList.test(rest)) return 'not held';
  if (
    holdingBefore.test(before) ||
    holdingAfter.test(after) ||
    listedByWriter.test(sentenceBefore) ||
    (heldBefore && besideHeld.test(before))
  )
    return 'held';
  return /^[^.!?\n]*\?/.test(following) ? 'asked about' : 'unclear';
}

/**
 * The plans the writer says they hold, read in the plan's own sentence ("헬스는 이상 없고요. 저희 ASfP 계약 있습니다" holds
 * ASfP). A plan not held ("no Premier", "you need ASfP") or only asked about is left out; a plan named without saying
 * whether it is held leaves the whole answer open, unless the writer says they hold no paid plan at all.
 */
function paidPlans(text: string): PaidPlan[] | undefined {
  const held: PaidPlan[] = [];
  let unclear = false;
  for (const [plan, pattern] of plans) {
    const mentions = [...text.matchAll(pattern)]
      .slice(0, mostMentions)
      .map((match) => planMention(text, match.index, match.index + match[0].length, held.length > 0));
    if (mentions.includes('held')) held.push(plan);
    else if (mentions.includes('unclear')) unclear = true;
  }
  if (held.length === 0 && noPlans.test(text)) return [];
  return unclear || held.length === 0 ? undefined : held;
}

// "Azure access granted by provider: yes".
const accessFormLine = prefiltered(
  /\bazure access granted(?: by (?:the )?(?:provider|distributor))?\s*[:=]\s*(yes|no)\b/i,
);

function azureAccessGranted(text: string): boolean | undefined {
  const formLine = formLineAnswer(text, accessFormLine, /^yes$/i);
  if (formLine !== undefined) return formLine;
  if (
    !/azure|애저|subscription|구독/i.test(text) ||
    !/provider|distributor|공급자|공급사|공급업체|제공업체|총판|디스트리뷰터|디스티|access|액세스|접근|권한/i.test(
      text,
    ) ||
    // "not sure the distie ever gave us azure access": a guess states nothing.
    /\b(?:not sure|unsure|don'?t know|no idea|wonder(?:ing)?|whether)\b[^.!?\n]{0,40}\b(?:provider|distributor|distie|disti)\b/i.test(
      text,
    )
  )
    return undefined;
  if (
    /\b(?:provider|distributor|distie|disti)\b.{0,50}\b(?:hasn't|hasnt|has not|haven't|havent|didn't|didnt|did not|won't|never|not yet|yet to)\s+(?:[\w-]+\s+){0,3}?(?:grant|give|gave|given|provide|share|enable|set up|set (?:us|me) up)|\b(?:haven't|have not|weren't|not) (?:been )?(?:granted|given) (?:\w+ )?(?:azure )?access\b|\bno (?:azure )?access (?:from|granted|to (?:the|their|our) customer)/i.test(
      text,
    )
  )
    return false;
  if (
    /(?:공급자|공급사|공급업체|제공업체|총판|디스트리뷰터|디스티)(?:가|는|에서|측)?.{0,30}(?:권한|액세스|접근)(?:을|를|이|은)?\s?(?:안|못|아직)|(?:권한|액세스|접근 권한)(?:을|를)?\s?(?:아직\s?)?(?:안|못)\s?(?:줬|받|주|부여)|(?:Azure|애저) ?(?:권한|액세스|접근 권한)(?:이|은|는)?\s?없|부여(?:하지|받지|되지)\s?(?:않|안|못)/i.test(
      text,
    )
  )
    return false;
  if (
    /\b(?:provider|distributor|distie|disti)\b.{0,50}\b(?:granted|gave|did (?:give|grant)|has given|given|shared|enabled)\b.{0,30}\baccess\b|\bazure access granted\b|\bwe (?:have|got|were given|were granted|have been granted) (?:\w+ ){0,2}access to (?:the customer'?s?|their) azure|\b(?:provider|distributor)\b.{0,20}\bgranted us (?:azure|access)\b/i.test(
      text,
    )
  )
    return true;
  if (
    /(?:공급자|공급사|공급업체|제공업체|총판|디스트리뷰터|디스티).{0,30}(?:권한|액세스)(?:을|를|은|는|도)?\s?(?:이미\s?)?(?:받았|받아\s?(?:뒀|놨|놓았|두었|둔|놓은|둠|놓음)|부여\s?받(?:았|은|아)|줌|줬음|줬|부여했|부여해\s?(?:줬|주었))/i.test(
      text,
    )
  )
    return true;
  return undefined;
}

const adminNames =
  '(?:delegated )?admin(?:istrative)?(?: (?:privileges|rights|access|relationship|roles?))?|gdap|dap|delegated admin(?:istration)?|aobo|admin on behalf';
const kindOfCustomer = prefiltered(
  /(?:없는|있는)\s?고객(?:사)?(?:\s?[(（][^)）]{0,40}[)）])?(?:은|는|의 경우)|(?:없이|없는|있는)[^.?!]{0,40}경우(?:에는|엔|에)/u,
);
const adminNegatedKo = prefiltered(
  /(?:관리자 관계|위임된 관리자|위임 관리자|위임(?:된)? 관리 (?:관계|권한)|관리자? (?:권한 )?위임 (?:관계|권한)|관리 권한|관리자 권한|GDAP|DAP|AOBO)(?:\s?(?:관계|권한))?(?:\s?[(（][^)）]{0,30}[)）])?(?:가|이|는|은|도|를|을)?\s?[:：]?\s?(?:[가-힣]+\s)?(?:없|안\s?(?:돼|되|맺|걸|받|했)|않|만료|해지|끊|해제)|관리자 권한(?:을)?\s?요청(?:하지)?\s?(?:안|않)/i,
);
const adminPositiveEn = prefiltered(
  /\b(?:we|our admin agents) (?:do )?(?:have|hold|'ve got|got) (?:an? )?(?:active |working |valid )?(?:(?:delegated admin(?:istrator)?|gdap|dap|admin) (?:relationship|privileges|rights|access|roles?)|gdap(?:\/delegated admin)?|dap|delegated admin(?:istration)?)\b|\b(?:via|through) (?:gdap|dap)\b|\bour admin relationship is (?:fine|ok|active|in place)\b|\b(?:gdap|dap|delegated admin|admin relationship)\b(?:\s+[\w-]+){0,3}\s+(?:is |are )?(?:in place|set up|active|established|approved|accepted)\b|\bwe(?:'re| are) (?:their|the customer's) (?:delegated )?admin\b/i,
);
// "관계가 있는지는 모르겠어요" asks whether; it states nothing.
const adminPositiveKo = prefiltered(
  /(?:관리자 관계|위임된 관리자 권한|GDAP|DAP)(?:\s?관계)?(?:\s?[(（][^)）]{0,30}[)）])?(?:가|이|는|은)?\s?[:：]?\s?(?:있(?!는지|나요|을까)|설정|맺|연결돼|연결되어|승인)|위임(?:된)?\s?관리자?(?:\s?\((?:GDAP|DAP)\))?\s?(?:관계|권한)?(?:은|이|는|도)?\s?(?:있(?!는지|나요|을까)|보유)|고객(?:사)?(?:의)?\s?관리자 권한(?:은|이|도)?\s?있(?!는지|나요|을까)/i,
);
function adminRelationship(text: string): boolean | undefined {
  const negatedEn = caseless(
    `\\b(?:no|without|lack|lacking|missing)\\s+(?:an?\\s+)?(?:active\\s+)?(?:${adminNames})\\b|\\b(?:don't|do not|doesn't|does not|haven't|have not|never|didn't|did not|no longer)\\s+(?:[\\w-]+\\s+){0,3}?(?:${adminNames})\\b|\\b(?:gdap|dap|admin relationship|delegated admin)\\b(?:\\s+[\\w-]+){0,3}\\s+(?:removed|revoked|expired|terminated|ended|lapsed)\\b|\\bnot (?:their|the customer's) (?:delegated )?admin\\b`,
  );
  // A form's own line: "Admin relationship: none", "Admin relationship: yes".
  const formLine = formLineAnswer(
    text,
    /\badmin relationship\s*[:=-]\s*(yes|y|true|in place|active|no|none|n|false)\b/i,
    /^(?:yes|y|true|in place|active)$/i,
  );
  if (formLine !== undefined) return formLine;
  // "관리자 권한이 없는 고객은 …?", "…없이 … 관리하는 경우에는": a kind of customer, not this one.
  if (kindOfCustomer.test(text)) return undefined;
  if (negatedEn.test(text) || adminNegatedKo.test(text)) return false;
  if (adminPositiveEn.test(text) || adminPositiveKo.test(text)) return true;
  return undefined;
}

function cspModel(text: string): CspModel | undefined {
  if (notCsp.test(text)) return 'none';
  const named = firstStated(
    text.replace(ourResellers, ' ').replace(underProvider, ' ').replace(grantingProvider, ' '),
    cspModels,
  );
  if (named !== undefined) return named;
  if (mentions(ourResellers, text)) return 'indirect-provider';
  return throughProvider.test(text) || mentions(underProvider, text) ? 'indirect-reseller' : undefined;
}

export function readProfile(text: string): ProfileReading {
  const reading: { [K in keyof ProfileReading]: ProfileReading[K] | undefined } = {
    cspModel: cspModel(text),
    role: firstStated(text, roles),
    mpnLevel: mpnLevel(text),
    cloudCompetency: cloudCompetency(text),
    benefitsActivated: benefitsActivated(text),
    paidPlans: paidPlans(text),
    azureAccessGranted: azureAccessGranted(text),
    adminRelationship: adminRelationship(text),
  };
  return statedOnly<ProfileReading>(reading);
}
