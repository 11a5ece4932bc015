/**
 * How a writer says a name is their own: "we're an indirect reseller", "저는 헬프데스크
 * 에이전트입니다", "골드 파트너인데", a form's line, an item of their own list, an
 * introduction, a signature or an aside. "Can a helpdesk agent file?" or "How many
 * incidents do Gold partners get?" say nothing about the writer (R12, R15–R17).
 */
import { prefiltered } from '../text-tools/prefiltered-regexp';
import { allCompetencies, allCompetenciesKo } from './competencies';
import { asideItems, signOffWords } from './profile-asides';

// The patterns are put together from each table's names (read-profile.ts): each is compiled once, not per message.
const compiled = new Map<string, RegExp>();
export function caseless(source: string): RegExp {
  let pattern = compiled.get(source);
  if (pattern === undefined) {
    pattern = new RegExp(source, 'i');
    compiled.set(source, pattern);
  }
  return pattern;
}

// The writer speaking of themselves, at most a few words before the name.
// The words between stay in one sentence and bracket: "we're the indirect provider. reseller's cx…" and "(we're an
// indirect provider) A reseller's customer" name no reseller of ours; "we are a Tier 1 (direct-bill) CSP" is direct.
const selfEn =
  "(?:(?:\\b(?:we|we're|we are|i'm|im|i am|i'm an?|i am an?|as an?|being an?|our (?:company|firm|org(?:ani[sz]ation)?|team|mpn (?:status|level)|partner (?:level|status|type)|membership|(?:partner center |pc )?role|account) (?:is|has)|i work (?:for|at)|we work as|(?:signed up|registered|enrolled) as|as their|my (?:partner center |pc )?role(?: in (?:partner center|pc))? is|i have|i've got|i only have|i hold|we hold|we have)\\b|(?:^|[.!?]\\s+)as\\b)[^\\w.!?);]+(?:[\\w-]+[^\\w.!?);]+){0,4}?)";
// Korean puts the copula after the name: "간접 리셀러입니다", "골드 파트너인데", "헬프데스크 에이전트라서", and the account or
// rights the writer works with: "글로벌 관리자 계정으로 들어와 있는데", "관리자 에이전트 권한 있습니다".
// A condition states nothing: "골드 파트너라면", "실버 역량만 있어도".
export const selfKoAfter =
  '\\s?(?:파트너|회사|업체|사)?\\s?(?:(?:계정|권한|역할)(?:으로|로)\\s?(?:일하|근무|작업|들어와|들어왔|로그인|접속|보고 있|진행)|(?:기술\\s?지원|헬프데스크|운영|엔지니어링|클라우드)\\s?팀(?:입니다|이에요|예요|인데|이고)|계정(?:이라|인데|이고|입니다|이에요)|권한(?:이|은|만)?\\s?(?:있(?!어도|으면|나요|는지)|갖고 있|보유)|만\\s?있(?!어도|으면)|있어요|있습니다|입니다|이에요|예요|이고|고(?:요)?(?![가-힣])|소속|\\s?입장에서|계정으로\\s(?:저희가|제가)|권한(?:은|을)?\\s(?:[가-힣]+\\s){0,3}?(?:받았|받음|생겼)|맞(?:아요|습니다|거든요|고|는데|어요)|만\\s?(?:하고|해요|합니다|하는)|이며|인데|이라(?!면|도)|라서|라(?!면|도)|로서|으로서|이구요|이거든|임|인 (?:저희|우리|회사|파트너|당사)|\\s?(?:[가-힣]+\\s)?담당(?:입니다|이에요|자입니다)|권한(?:만|이라|입니다|이에요|인데|이고)|역할(?:만|이라|입니다|이에요|인데|이고)|땄|취득(?:했|함|완료))';
// Standalone words only: "전" ("I") is also the end of "에이전트".
// "저희: 다이렉트 CSP", "저희(간접 공급자)가", "작성자: 김민수 (관리 에이전트)".
const selfKoBefore =
  '(?<![가-힣])(?:저는|전|저|제가|저희는|우린|우리는|저희 회사는|우리 회사는|(?<![가-힣]\\s)회사는|당사는|(?:저희|우리|당사)(?:\\s?[:：(（])?|제 (?:역할|권한|계정)(?:은|이|는|\\s?[:：])?|(?:작성자|요청자)\\s?[:：])\\s?(?:[가-힣A-Za-z]+\\s){0,3}?[(（]?';

// A competency named right after the level, in an introduction: "Gold partner w/ Cloud Platform,", "골드 + 클라우드 플랫폼 역량,".
const competencyAfterEn = `(?:\\s*(?:w/|with|in|\\+|-|–|\\()\\s*(?:the )?(?:${allCompetencies})(?: competency)?\\)?)?`;
// Korean needs the competency or a noun after the name: "골드, 실버 차이가 뭐예요?" introduces no one.
const competencyAfterKo = `(?:\\s*(?:\\+|,|와|과|\\()?\\s*(?:${allCompetenciesKo})\\s?(?:역량)?\\)?|(?<=파트너|역량|등급|멤버|리셀러|재판매인|공급자|총판|에이전트|관리자))`;

// A partner introducing itself at the very start: "Direct-bill partner, Gold, we have ASfP. Customer's…",
// "Gold partner w/ Cloud Platform, benefits activated", "골드 파트너, …", "골드 + 클라우드 플랫폼 역량, …".
const introduction = prefiltered(/^[^.!?\n]{0,80}/);

const signOff = `\\b(?:${signOffWords})\\b[^\\n]*\\n`;
// A mail's closing and all after it: "Regards,\nJin Park…", "-- 김지훈 | …", "이수민 드림\n재무팀 | …".
const signature = prefiltered(
  new RegExp(
    `\\n[^\\S\\n]*(?:(?:kind |best |warm |many )?(?:${signOffWords})\\b[^\\n]{0,20}(?:\\n[\\s\\S]*)?|--[^\\S\\n]?[\\s\\S]*|[^\\n]{0,10}(?:드림|올림)[^\\S\\n]*(?:\\n[\\s\\S]*)?)$`,
    'i',
  ),
);

/**
 * What a signature says the writer's company is ("Microsoft Gold Partner", "Microsoft Action Pack member", "(CSP
 * direct-bill partner)") and, in Korean, the writer's role as an item of it ("김지훈 | 클라우드운영팀 | 관리 에이전트").
 */
function signatureNames(text: string, namesEn: string, namesKo: string): boolean {
  const block = partsOf(text).signature;
  if (block === undefined) return false;
  const roleNamesKo = namesKo.split('|').filter((name) => /에이전트|관리자/.test(name));
  return (
    caseless(`\\b(?:microsoft|csp) (?:${namesEn})\\b`).test(block) ||
    (roleNamesKo.length > 0 &&
      caseless(`[|/·]\\s?(?:파트너 센터\\s)?(?:${roleNamesKo.join('|')})\\s*(?=$|\\n|[|/·(（])`).test(block))
  );
}
// A mail signed with a role: "Regards,\nLena Fischer\nHelpdesk Agent, Contoso IT"; a team's name ("Regards,\nHelpdesk")
// says no one's role.
const signedEn = (names: string): RegExp | undefined => {
  const roleNames = names.split('|').filter((name) => /agent|admin/.test(name));
  return roleNames.length === 0
    ? undefined
    : caseless(`${signOff}(?:[^\\n]*\\n){0,2}(?:[^\\w\\n]*|[^\\n]{0,30}?[-–|,]\\s*)(?:${roleNames.join('|')})\\b`);
};
// The writer introducing themselves by name after what they are: "헬프데스크 에이전트 김하늘입니다", "총판(간접 공급자)
// 기술지원팀 박서준입니다", after a greeting at most.
const introducedKo = (names: string): RegExp =>
  caseless(
    `^[^\\w가-힣]*(?:(?:안녕하세요|안녕하십니까|수고하십니다)[^\\w가-힣]*)?(?:파트너 센터\\s)?(?:${names})(?:\\s?[(（][^)）]{0,30}[)）])?\\s(?:[가-힣A-Za-z]*팀\\s)?[가-힣]{2,4}(?:입니다|이에요|예요)(?![가-힣])`,
  );

// "We're not Gold or Silver, just Action Pack" is neither Gold nor Silver.
const notNegated = '(?<!\\bnot (?:an? )?)(?<!\\bnot [\\w-]+ (?:or|nor) )';

/**
 * The parts of a message every name is looked for in, found once per message rather than once per name: `stated` is
 * asked about each value of each profile fact in turn.
 */
interface MessageParts {
  readonly signature: string | undefined;
  readonly unsigned: string;
  readonly asides: readonly string[];
}
let lastParts: { readonly text: string; readonly parts: MessageParts } | undefined;
function partsOf(text: string): MessageParts {
  if (lastParts?.text !== text) {
    const signatureBlock = signature.exec(text)?.[0];
    lastParts = {
      text,
      parts: {
        signature: signatureBlock,
        unsigned: signatureBlock === undefined ? text : text.slice(0, text.length - signatureBlock.length),
        asides: asideItems(text),
      },
    };
  }
  return lastParts.parts;
}

/** Whether the text names the value at all: most messages name few profile values, and the rest is not read for them. */
export const namesAny = (text: string, namesEn: string, namesKo: string): boolean =>
  caseless(namesKo === '' ? namesEn : `${namesEn}|${namesKo}`).test(text);

/** Whether the writer says one of the names is theirs; asked only of a text that `namesAny` of them. */
export function stated(text: string, namesEn: string, namesKo: string): boolean {
  // An opening that asks ("…unlimited for Gold with Cloud Productivity?") introduces no one.
  const opening = introduction.exec(text)?.[0] ?? '';
  const introduces = text.charAt(opening.length) !== '?';
  return (
    // "We buy from a distributor" names the writer's supplier, not the writer; "we're not Gold or Silver" neither.
    caseless(`${selfEn}(?<!\\b(?:from|through|via|by) (?:an? |the |our )?)${notNegated}(?:${namesEn})`).test(text) ||
    // A form's line or a note in brackets: "Partner: direct-bill CSP", "Me: global admin", "Context: indirect reseller,
    // Silver", "customer is on M365 via us (direct bill)".
    caseless(
      `\\b(?:partner(?: type| model)?|(?:our )?csp(?: model| type)?|(?:pc |partner center )?role|mpn(?: level| status)?|membership|me|my role|context|background|about us|us)\\s*[:=]\\s*(?:[\\w-]+[\\s,]+){0,2}?(?:${namesEn})\\b|\\bvia us\\s*\\(\\s*(?:${namesEn})\\b`,
    ).test(text) ||
    // An item of the writer's list ("We're Gold in Data Platform (no cloud competency), direct-bill CSP.", "Helpdesk agent
    // here, indirect reseller - …"), a sentence or list item of names only ("Direct-bill CSP.", "- silver partner,
    // benefits active", "helpdesk agent, direct bill."), "I'm not X, just Y", the company a role
    // is at ("admin agent at a direct-bill CSP"), and "Priya from a Gold partner". A question names no one, nor a
    // signature's team ("Kind regards\nTom - helpdesk").
    caseless(
      `(?:\\b(?:we're|we are)\\b[^.!?\\n]{0,80}?|\\bhere),\\s*(?:${namesEn})(?:\\s+(?:csp|partner|shop|company|firm|msp))?\\s*(?:,|;|\\.|$|\\s[-–]\\s)|(?:^|[.!?\\n]|\\s[-–•]\\s)\\s*(?:[\\w/-]+(?: [\\w/-]+){0,2}\\s*[,+&]\\s*){0,3}(?:${namesEn})(?:\\s+(?:csp|partner))?(?:\\s+(?:only|too|here))?\\s*(?:[.!\\n]|$|[,;](?=[^.!?\\n]*(?:[.!\\n]|$)))|\\b(?:agent|admin|engineer|manager|lead|analyst|technician|consultant|team) (?:at|with|for) an? (?:${namesEn})\\b|(?<!\\b(?:buy|buying|bought|order|ordered|came|moved|switched|transferred) )\\bfrom an? (?:${namesEn}) (?:partner|company|firm|msp|shop)\\b|\\b(?:we're|we are|i'm|im|i am) not [^.!?]{0,40}?,\\s*(?:just|only|but) (?:an? )?(?:${namesEn})\\b`,
    ).test(partsOf(text).unsigned) ||
    caseless(`\\b(?:${namesEn})\\b(?:\\W+[\\w-]+){0,6}\\W+(?:here|speaking)\\b|\\b(?:${namesEn}) like me\\b`).test(
      text,
    ) ||
    signedEn(namesEn)?.test(text) === true ||
    (namesKo !== '' && introducedKo(`${namesKo}|${namesEn}`).test(text)) ||
    // Hangul is \W to a RegExp: "Action Pack 있으면 …" is no introduction.
    (introduces &&
      caseless(
        `^\\W*(?:[\\w-]+\\W+){0,6}?${notNegated}(?:${namesEn})\\b${competencyAfterEn}(?:\\s+(?:at|with|for) an? [^,.;!?\\n]{1,40})?[^\\w가-힣]*(?:,|;|\\.|$)`,
      ).test(opening)) ||
    // "New admin agent at a direct-bill partner: …" introduces the writer whatever follows.
    caseless(`^\\W*(?:[\\w-]+\\W+){0,2}?(?:${namesEn})\\s+(?:at|with|for) an? [^,.;:!?\\n]{1,40}:`).test(text) ||
    signatureNames(text, namesEn, namesKo) ||
    // A team's name ("Grace (Helpdesk, Contoso)") says no one's role.
    partsOf(text).asides.some((item) =>
      caseless(
        `^(?!help ?desk\\.?$|헬프데스크$)(?:mpn |csp |microsoft |파트너 센터\\s?)?(?:${namesKo === '' ? namesEn : `${namesKo}|${namesEn}`})(?:\\s+(?:partner|member|csp|role|파트너|${allCompetencies}))?(?:\\s+(?:on|at|for|in)\\s.*)?\\.?$`,
      ).test(item),
    ) ||
    (introduces &&
      namesKo !== '' &&
      caseless(`^[^\\w가-힣]*(?:${namesKo})${competencyAfterKo}[^\\w가-힣]*(?:,|;|\\.|$)`).test(opening)) ||
    // Korean writers use the English names too: "저희 Gold인데", "Action Pack만 있어요".
    (namesKo !== '' &&
      // A competency may come between, in brackets or not: "골드 역량(클라우드 플랫폼)입니다", "골드 Cloud Platform 파트너예요".
      (caseless(
        `(?:${namesKo}|${namesEn})(?:\\s?[(（][^)）]{0,30}[)）]|\\s(?:${allCompetenciesKo})(?:\\s?역량)?(?:\\s?(?:있는|보유한?))?)?${selfKoAfter}`,
      ).test(text) ||
        // "전 관리 에이전트 아니고 영업 에이전트예요" is no admin agent; "…에이전트인 것 같은데" is a guess.
        caseless(
          `${selfKoBefore}(?:${namesKo}|${namesEn})(?!\\s?(?:은|는|이|가)?\\s?아니|인\\s?것\\s?같|일\\s?(?:거|걸)|인지)`,
        ).test(text) ||
        // A form's line of the writer's own: "저희: 다이렉트 CSP, 골드", "파트너 유형: 간접 공급자(총판)", "파트너: 직접 청구 /
        // 관리 에이전트 / 골드(Cloud Platform)", "역할: 전역 관리자".
        caseless(
          `(?:저희|우리|당사|파트너(?:\\s?유형)?|유형|역할|권한|CSP|MPN|등급|소속)\\s?[:：]\\s?(?:[^,/\\n(（]{1,20}[,/(（]\\s?){0,3}(?:CSP\\s|MPN\\s)?(?:${namesKo}|${namesEn})`,
        ).test(text)))
  );
}

export function firstStated<V>(text: string, table: ReadonlyArray<readonly [V, string, string]>): V | undefined {
  const values = table.filter(([, en, ko]) => namesAny(text, en, ko) && stated(text, en, ko)).map(([value]) => value);
  // Two different values ("we're Silver, moving to Gold") are a conflict: ask instead.
  return new Set(values).size === 1 ? values[0] : undefined;
}
