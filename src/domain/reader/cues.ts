/**
 * The cue table of the free-text reader (rulebook §7): for each fact, the words that
 * suggest each value, in English and Korean. The rulebook's §7 table is the seed; the
 * rest is what partner helpdesk agents actually write. Longer cues win over
 * the shorter ones they contain ("Exchange Server" over "Exchange",
 * "Azure Marketplace" over "Azure"), so specific names can sit beside
 * generic ones.
 */
import type { Category, Impact, Nature, OnpremVersion, Product, Tenant } from '../facts';
import { caseSensitive, type CueRow, en, ko, row } from '../text-tools/cue';

export interface CuedValues {
  readonly product: Product;
  readonly tenant: Tenant;
  readonly category: Category;
  readonly impact: Impact;
  readonly nature: Nature;
  readonly onpremVersion: OnpremVersion;
}

export type CuedFact = keyof CuedValues;

export type CueTable = { readonly [F in CuedFact]: ReadonlyArray<CueRow<CuedValues[F]>> };

// Any one word, a possessive too: "cancel a customer's subscription".
const word = "[\\w'-]+";

const product: CueTable['product'] = [
  row(
    'azure',
    0.9,
    en(
      // The Azure portal is where partners file and sign in (R10, R20), not the product that broke.
      '(?<!portal\\.)azure(?!\\s?(?:portal|포털)|\\.com)',
      'aks',
      'app services?',
      'function apps?',
      'key vault',
      'cosmos ?db',
      'azure sql',
      'blob storage',
      'storage accounts?',
      'v ?nets?',
      'sentinel',
      'defender for cloud',
      'expressroute',
      'log analytics',
      'front door',
      'reserved instances?',
      'reservations?',
      'virtual desktop',
      'avd',
      'front ?door',
      'afd',
      'api management',
      'vmss',
      'scale sets?',
    ),
    ko('애저', '가상 ?머신', '스토리지 계정', '앱 ?서비스', '예약 인스턴스', '프론트 ?도어'),
  ),
  row('azure', 0.6, en('web ?apps?'), ko('웹 ?앱')),
  row(
    'azure',
    0.7,
    en(
      'vms?',
      'virtual machines?',
      'acr',
      'container registry',
      'load balancer',
      'application gateway',
      'kubernetes',
      'arm templates?',
      'bicep',
    ),
  ),
  row(
    'm365',
    0.9,
    en(
      'microsoft 365',
      'm365',
      'office 365',
      'o365',
      'exchange online',
      'sharepoint(?: online)?',
      'onedrive',
      'outlook',
      'intune',
      'microsoft teams',
      'teams (?:meetings?|calls?|chats?|channels?|rooms|essentials|admin center|phone|app|client|premium)',
      'defender for (?:endpoint|office 365)',
      'copilot',
      'business (?:basic|standard|premium)',
      'entra(?: id)?',
      'azure ad',
      'aad',
      'ems',
      'enterprise mobility',
      'autopilot',
      'owa',
      'outlook on the web',
      // Microsoft Purview's compliance features for Microsoft 365 (not its Azure data map).
      'sensitivity labels?',
      'retention (?:labels?|polic(?:y|ies))',
      'e-?discovery',
      '(?:microsoft 365 |m365 |office 365 )?e[35]',
    ),
    ko(
      '마이크로소프트 365',
      '엔트라',
      '오토파일럿',
      '코파일럿',
      '익스체인지',
      '쉐어포인트',
      '셰어포인트',
      '원드라이브',
      '아웃룩',
      '인튠',
      '팀즈',
      '민감도 ?레이블',
      '보존 ?(?:레이블|정책)',
      '플래너',
      '오피스 ?365',
    ),
  ),
  row(
    'm365',
    0.7,
    caseSensitive('Teams', 'Office', 'Planner'),
    // Entra ID's sign-in errors and policies are Microsoft 365's (rulebook §2): "AADSTS50020", "legacy auth", "SMTP AUTH".
    en(
      'exchange',
      'power bi',
      'defender',
      'mail flow',
      'aadsts\\d*',
      'conditional access',
      'legacy auth(?:entication)?',
      'smtp auth',
      'security defaults',
    ),
  ),
  row('m365', 0.5, en('mailbox(?:es)?', 'shared calendars?'), ko('사서함', '오피스(?!텔)')),
  // Lower-case "teams" is as likely to mean groups of people as the product.
  row('m365', 0.3, en('teams')),
  row(
    'dynamics365',
    0.9,
    en('dynamics(?: 365| crm)?', 'd365', 'business central', 'dataverse', 'crm online'),
    ko('다이나믹스'),
  ),
  row('dynamics365', 0.6, en('crm')),
  row(
    'onprem',
    0.9,
    en(
      'windows server',
      'sql server',
      'exchange server',
      'sharepoint server',
      'skype for business server',
      'system center',
      'on-?prem(?:ises)?',
      '(?:exchange|sharepoint|sql|skype for business|windows) (?:server )?20\\d\\d(?: r2)?',
      'dynamics (?:nav|ax|gp|crm) 20\\d\\d',
    ),
    ko('온프레미스', '온프레', '자체 서버', '사내 서버'),
  ),
  row('onprem', 0.7, en('hyper-v', 'domain controllers?')),
  // R1: a marketplace offer runs on Azure or Microsoft 365, so it wins over the platform it names (productOf).
  row(
    'marketplace',
    0.9,
    en('(?:azure |commercial )?marketplace', 'appsource', 'third-party (?:offer|app|solution)s?'),
    ko('마켓플레이스', '서드 ?파티', '타사 솔루션'),
  ),
  row('marketplace', 0.7, en('isvs?')),
];

const tenant: CueTable['tenant'] = [
  // "Dynamics 365 Customer Service" names a product, not whose tenant it is.
  row(
    'customer',
    0.8,
    en(
      "customers?'?s?(?! (?:service|insights|engagement|voice)\\b)",
      "clients?'?s?",
      "cx'?s?",
      "custo?mers?'?s?(?! (?:service|insights|engagement|voice)\\b)",
      // Typed fast: "cusotmer", "customr", "custoemr".
      "(?:cusotmer|customr|custoemr|cusomter|custmoer)s?'?s?",
      'end users? at',
      'at the customer',
    ),
    ko('고객', '거래처', '고갹', '고갯', '고갱'),
  ),
  // A customer's mail passed on speaks for the customer: its "our users" are theirs (who owns what).
  row('customer', 0.85, ko('\\bfwd?:', '-{2,} ?(?:forwarded|original) message', '고객 메일 (?:전달|원문)')),
  row(
    'customer',
    0.7,
    en(
      'their (?:[\\w-]+ ){0,2}(?:tenant|subscriptions?|sub|environment|org|organi[sz]ation)',
      // A tenant the partner manages, or one bought through its CSP, is a customer's: "a tenant we manage", "on our CSP".
      '(?:tenant|org|organi[sz]ation|company|which|that) we manage',
      "(?:they're|they are|is|are) on our csp",
    ),
  ),
  row(
    'own',
    0.9,
    // "our CSP customer's tenant" is the customer's; "our Partner Center account" is where the partner works, not what is broken.
    en(
      "our (?:(?!customers?|clients?|cx)[\\w-]+ ){0,2}(?:tenant|subscriptions?|sub|environment|intranet|directory)(?:'s)?",
      "our (?:(?!customers?|clients?|cx|csp|mpn|partner|pc)[\\w-]+ ){0,2}account(?:'s)?",
      'in-house',
      'our company(?! (?:is|are|has|was)\\b)',
      'partner (?:sandbox|demo|test) (?:tenant|subscription)',
      'the partner tenant',
      'not (?:a |for a )?customer',
    ),
    ko(
      // "저희 회사는 간접 리셀러예요", "저희 회사 골드 파트너인데" introduce the partner, as "our company is…" does.
      '(?:저희|우리) (?:(?!고객|거래처|리셀러|자체)[가-힣A-Za-z0-9]+ ){0,2}(?:회사(?!(?:는|가|도)?\\s?(?:골드|실버|액션|간접|직접|리셀러|파트너|CSP|csp|MPN|mpn))|테넌트|구독|환경)',
      // "당사는 간접 공급자입니다" introduces the partner; only "당사 테넌트", "당사 내부용 M365" says whose tenant is broken.
      '당사(?!자)(?:의)?\\s?(?:자체|내부|사내|테넌트|구독|환경|M365|Microsoft 365|Azure|애저|Exchange|메일|Teams|팀즈|SharePoint)',
      '파트너 (?:샌드박스|데모|테스트)',
      '파트너 자체',
      '(?:우리|저희) 내부',
      '내부 (?:Azure |애저 )?구독',
      '고객 (?:건|거)(?:은|는)? 아니',
      '고객 거 (?:말고|아님)',
    ),
  ),
  // "Our OWN Azure sub", "저희 자체 M365 테넌트": said outright, it outweighs the customers a problem reaches ("down for all our clients").
  row(
    'own',
    0.95,
    en("(?:partner'?s |our )own (?:[\\w-]+ ){0,2}(?:tenant|subscription|sub|org)", 'own tenant'),
    ko('자사', '(?:저희|우리|당사)\\s?자체'),
  ),
  // "Internal" servers may well be the customer's: too weak to decide alone. Internal mail, users or traffic are
  // whoever's tenant it is ("the customer's transport rule should skip internal mail"): no cue at all.
  row(
    'own',
    0.6,
    en('internal(?! server error| (?:mail|e-?mails?|messages?|recipients?|senders?|users?|traffic|dns|relay)\\b)'),
    ko('사내(?!\\s?(?:직원|메일|사용자|사람|통화|전화|채팅))'),
  ),
];

const filingVerbs =
  'get (?:it|this|that) to|send|escalate|file|open|raise|submit|log|report|route|forward|contact|reach|proceed';
const filingWordsKo = '올려|올리|접수|제출|에스컬|요청|문의|열어|신청|처리|진행';

const category: CueTable['category'] = [
  row(
    'billing',
    0.85,
    // A job title ("our billing contact") names a person, not the issue; nor does a CSP model ("direct-bill partner", "직접 청구 파트너"),
    // nor the billing account a subscription moves to (R2 subscription management).
    en(
      'invoices?',
      'invoiced',
      '(?<!direct[- ])billing(?! (?:contact|admin(?:istrator)?|team|person|manager|department|lead|address|accounts?|partner))',
      'billed',
      '(?<!direct[- ])bills?',
      'charged',
      'charges?',
      'overcharged',
      'refund(?:s|ed|ing)?',
      'payments?',
      'credit (?:note|memo)',
      'price list',
      'pricing',
    ),
    ko('(?<!직접\\s?)청구(?!\\s?파트너)', '요금', '환불', '결제', '인보이스', '과금', '청구서'),
  ),
  row('billing', 0.7, en('(?:service )?credits?'), ko('크레딧')),
  row('billing', 0.4, en('costs?', 'spend'), ko('비용')),
  row('dispute', 0.9, en('disput(?:e|es|ed|ing)', 'chargebacks?', 'contest(?:s|ed|ing)?'), ko('분쟁', '이의')),
  row(
    'fraud',
    0.9,
    en(
      'fraud(?:ulent)?',
      'unauthori[sz]ed (?:purchases?|orders?|subscriptions?|charges?)',
      'without (?:authori[sz]ation|permission|their knowledge)',
      'compromised',
      'stolen (?:credit )?(?:card|credentials)',
      'crypto-?mining',
      'scam',
    ),
    ko('사기', '도용', '무단', '부정 사용', '해킹', '채굴'),
  ),
  row(
    'subscription',
    0.8,
    en(
      'licen[cs]e (?:count|quantity|seats?)',
      `add (?:\\d+ )?(?:more )?(?:${word} ){0,3}licen[cs]es`,
      `reduce (?:the )?(?:${word} ){0,3}licen[cs]es`,
      `cancel (?:${word} ){0,5}subscriptions?`,
      `transfer (?:${word} ){0,3}subscriptions?`,
      '(?:new|second|another) subscription',
      'renew(?:al)?',
      'upgrade (?:the |their )?plan',
      `suspend(?:ed)? (?:${word} )?subscriptions?`,
      'azure plan',
      // R2: subscription management, said the way partners say it.
      'subscription (?:mgmt|management)',
      `(?:reduce|increase|convert|upgrade|downgrade|move|switch) (?:${word} ){0,4}(?:seats?|seat count|licen[cs]e count)`,
      '(?:storage|mailbox) quota',
      '(?:monthly|annual) (?:to|into) (?:monthly|annual)',
      // R2: the subscription itself changed state, not a service inside it.
      `subscriptions? (?:${word} ){0,2}(?:got |was |were |is |are |has been |have been )?(?:suspended|disabled|deactivated|vanished|disappeared|missing)`,
      `licen[cs]es (?:${word} ){0,6}?(?:still )?(?:don't|do not|didn't|haven't|have not) (?:yet )?(?:show(?:n)? up|appear(?:ed)?)`,
    ),
    ko(
      '라이선스(?:를)? (?:\\d+개 )?(?:더 )?추가',
      '라이선스 (?:수량|수)',
      '구독(?:을|를)? (?:해지|취소|이전|변경|추가|갱신|일시 중지)',
      '구독(?:이|은)? (?:갑자기 )?(?:비활성화|일시 중지|정지|사라졌|없어졌)',
      '구독 목록에서 (?:사라졌|없어졌|안 보)',
      '라이선스(?:가|는)? (?:[가-힣A-Za-z]+ ){0,3}(?:아직 )?안 (?:보여|보이|떠|나와)',
      '구독 관리',
      '(?:라이선스|좌석|시트)(?:를|을)? (?:\\d+개 )?(?:줄이|늘리|변경|전환)',
      '해지',
      '갱신',
      '이전하',
    ),
  ),
  row('subscription', 0.4, en('subscriptions?', 'licen[cs]es?', 'licensing', 'seats?'), ko('구독', '라이선스')),
  row(
    'advisory',
    0.8,
    // Asking how to reach Microsoft ("how do I get it to Microsoft?", "어떻게 올려요?") is about filing, not how-to guidance.
    en(
      `how (?:do|can|should|would) (?:i|we|you|they)(?! (?:${filingVerbs})\\b)`,
      `how to(?! (?:${filingVerbs})\\b)`,
      "what(?:'s| is) the (?:best|recommended) way",
      'best practices?',
      'recommended (?:way|approach)',
      'recommendations?',
      'guidance',
      // R7: advice and design work, not a fault ("advice on sizing", "design a DLP policy set").
      'advice',
      'advise (?:on|us|them)',
      'architectur(?:e|al) (?:advice|guidance|review|help)',
      'design(?:ing)? (?:a|an|the|their|our) ',
      'sizing',
      'is it possible',
      'is there a way',
      'would like to know',
    ),
    ko(
      `(?<!(?:${filingWordsKo})\\s?)방법`,
      `어떻게(?!\\s?(?:${filingWordsKo}|해야|하죠|해요|하나요|할까요|하면))`,
      '모범 사례',
      '조언',
      '자문',
      '설계 (?:상담|검토|자문|조언)',
      '권장',
      '가이드',
      '가능한가요',
      '가능할까요',
      '궁금',
      '안내 부탁',
      '알려 ?주세요',
    ),
  ),
  // A yes/no question about what is allowed or covered, not a report of something broken.
  row(
    'advisory',
    0.5,
    en(
      'what (?:[\\w-]+ ){0,3}(?:do|does|should) (?:[\\w-]+ ){0,3}need',
      '(?:does|do|can|could|is|are|may) (?:[\\w-]+ ){1,6}(?:let|allow|eligible|supported|covered|possible)',
      '(?:can|could|may) (?:i|we) (?!get)\\w+',
    ),
    ko('(?:할|받을|될|살|쓸) 수 있나요', '되나요', '대상인가요', '필요한가요'),
  ),
  row(
    'technical',
    0.7,
    en(
      'errors?',
      'fail(?:s|ed|ing|ures?)?',
      'not working',
      'crash(?:es|ed|ing)?',
      'bugs?',
      'broken',
      'stuck',
      'hang(?:s|ing)?',
      'freez(?:e|es|ing)',
      'time[sd]? out',
      'timeouts?',
      'unusable',
      'bounc(?:e|es|ed|ing)',
      'access denied',
      'reboot(?:s|ing)?',
      'died',
      'stopped \\w+ing',
      'keeps? \\w+ing',
      'unreachable',
      'offline',
      "(?:can't|cannot|unable to|couldn't|won't|doesn't|isn't|aren't) (?:\\w+ )?(?:sign|log|access|connect|open|send|receive|load|start|boot|pull|reach|work|update|deliver|apply|save|sync|install|activate|join|provision)\\w*",
    ),
    ko(
      '오류',
      '에러',
      '실패',
      '장애',
      '먹통',
      '튕',
      '멈춰',
      '멈춤',
      '멈춥',
      '멈추',
      '작동하지',
      '동작하지',
      '되지 않',
      '안 ?(?:돼|됩|되)',
      '못 ?(?:하|가져|보내|받|열|들어|쓰)',
      '지 못',
      '수 없',
      '끊겨',
      '끊김',
      '재부팅',
      '꺼졌',
      '꺼져',
      '죽었',
      '죽어',
      '깨져',
      '손상',
      '시간 초과',
      '반송',
      '거부',
    ),
  ),
  // The writer naming the category outright ("a technical issue", "기술적인 문제"); negation keeps "not a technical problem" out.
  row('technical', 0.7, en('technical (?:issues?|problems?|faults?)'), ko('기술(?:적인?)? ?(?:문제|이슈|장애)')),
  row('technical', 0.4, en('issues?', 'problems?'), ko('증상', '현상', '문제')),
];

/**
 * "Nobody" and "아무도" count the users affected only when nobody can do something (R21): "nobody knows why", "nobody
 * deleted it", "아무도 삭제 안 했대요" say who did or knows a thing. Shared with impact.ts, which reads the same words.
 */
export const nobodyAffected = {
  en: 'nobody(?! (?:knows?|knew|seems to know|deleted|removed|touched|changed|did|noticed|told))',
  ko: '아무도(?! ?(?:모르|모른|모릅|몰라|몰랐|삭제|변경|수정|건드|손|안 (?:건드|바꾸|바꿨|지웠|만졌|했)))',
};

const impact: CueTable['impact'] = [
  row(
    'critical',
    0.85,
    en(
      "all (?:of )?(?:the |our |their )?(?:[\\w-]+'s )?(?:users|employees|staff|people|customers)",
      'every (?:user|employee|one)(?! else)',
      'everyone(?! else)',
      'everybody(?! else)',
      'no ?one (?:can|could|is able)',
      nobodyAffected.en,
      '(?:entire|whole) (?:[\\w-]+ )?(?:company|organi[sz]ation|tenant|production|office)',
      'company-wide',
      'production (?:is )?down',
      'data loss',
      'lost data',
    ),
    ko(
      '전체 사용자',
      '모든 (?:사용자|직원|사람)',
      '전 직원',
      '전체 직원',
      '전사',
      nobodyAffected.ko,
      '(?:프로덕션|운영|서비스|업무) 중단',
      '데이터 손실',
      '업무(?:를|가)? (?:못|마비)',
      '전체가',
    ),
  ),
  row(
    'critical',
    0.65,
    en(
      'down',
      'outage',
      'offline',
      'unreachable',
      'unusable',
      'completely',
      'totally',
      'everything',
      'urgent',
      'critical',
      'asap',
    ),
    ko('중단', '장애', '다운(?!로드|그레이드)', '먹통', '완전히', '전혀', '전부', '접속 불가', '긴급'),
  ),
  row(
    'moderate',
    0.8,
    en(
      "some (?:of )?(?:the |our |their )?(?:[\\w-]+'s )?(?:users|employees|staff|people|mailboxes|devices)",
      '(?:a few|a handful of|several|certain|some) users',
      'one (?:department|team|site|office|branch)',
      'only (?:on |for )?(?:one|two|three|a few|some|\\d+) (?:users?|laptops?|devices?|machines?|pcs?|phones?)',
      'partial(?:ly)?',
      '(?:about |roughly )?(?:a third|a quarter|half) of',
    ),
    // "A handful of users, everyone else works": the rest working makes it partial.
    en(
      'everyone else',
      'everybody else',
      'all (?:the )?other users',
      'the rest (?:of (?:the )?(?:users|staff|company) )?(?:are|is|work|can)',
    ),
    ko(
      '일부(?!터)',
      '몇몇',
      '나머지(?:는|사용자는|분들은|는 다)? ?(?:정상|괜찮|잘 ?[되돼])',
      '특정 사용자',
      '한 부서',
      '(?:한|두|세|몇) ?(?:대|명)(?:에서|에게)?만',
      '부분적',
      '절반',
      '\\d+분의 \\d+',
    ),
  ),
  row(
    'moderate',
    0.6,
    en(
      'slow(?:ness|er|ly)?',
      'sluggish',
      'degraded?',
      'degradation',
      'intermittent(?:ly)?',
      'sometimes',
      'occasionally',
      'delay(?:s|ed)?',
      'crawling',
      'lag(?:gy|ging)?',
      'dropping',
    ),
    ko('느려', '느림', '느립', '느린', '느리', '저하', '간헐적', '가끔', '지연', '자꾸', '끊겨', '끊김'),
  ),
  row(
    'minimal',
    0.9,
    en(
      '(?:test(?:ing)?|dev(?:elopment)?) (?:tenant|environment|subscription|server|vm|lab|site|instance|account|cluster|box)s?',
      'test lab',
      'sandbox',
      'staging',
      'non-?prod(?:uction)?',
      'proof of concept',
      'poc',
      'not urgent',
      'no rush',
      'low priority',
      'nothing urgent',
      'cosmetic',
      'minor',
      'no (?:production |business )?impact',
      "(?:not|isn't) (?:a |in )?production",
      'build (?:agent|server|pipeline)s?',
    ),
    ko(
      '테스트',
      '(?:운영|프로덕션) (?:서버|환경)(?:은|는|이|가)? 아니',
      '빌드(?:용| 서버| 에이전트)',
      '개발(?:용| 환경| 서버)',
      '스테이징',
      '샌드박스',
      '비프로덕션',
      '비운영',
      '검증 환경',
      '급하지(?:는)? 않',
      '급한 건 아니',
      '(?:지장|영향)(?:이|은|는)? 없',
      '경미',
      '사소',
    ),
  ),
  row('minimal', 0.5, en('test', 'dev', 'lab', 'demo', 'workaround'), ko('데모', '우회', '문의')),
];

/** The weight of a configuration cue that says the partner changed or broke a setting, not just names one (R5). */
export const ownChangeWeight = 0.85;

const nature: CueTable['nature'] = [
  // R6: the service does not do what its documentation or service description says.
  row(
    'undocumented',
    0.9,
    en(
      "(?:not|isn't|aren't|doesn't|don't) (?:\\w+ )?(?:behaving|working|operating|behave|work|operate|function|functioning) (?:as|like|the way) (?:it's |it is )?(?:documented|described|the (?:docs|documentation)|designed|specified)",
      'contrary to (?:the )?(?:docs|documentation|service description)',
      '(?:docs|documentation|service description) (?:says?|states?|clearly says)',
      "(?:per|according to) (?:the )?(?:[\\w-]+(?:'s)? ){0,3}(?:docs|documentation|service description)",
      '(?:docs|documentation|service description) (?:are|is) clear',
      '(?:docs|documentation|service description) (?:describes?|promises?|specifies|lists?)',
      '(?:as|like) the (?:docs|documentation) (?:describes?|says?|shows?)\\b[^.?!]{0,10}?\\b(?:yet|but)',
      'as documented,? (?:yet|but)',
      // A measure short of what the documents give: "a third of what the documentation promises", "40% of the IOPS documented".
      'of what the (?:[\\w-]+ ){0,3}(?:docs|documentation) (?:promises?|says?|lists?|specifies|gives?)',
      '(?:\\d+ ?%|half|a third|a quarter) of the (?:[\\w-]+ ){1,2}documented',
      "(?:doesn't|does not|don't) do what (?:the )?(?:docs|documentation)",
      '(?:differs?|different) from (?:the |what the )?(?:docs|documentation|documented)',
      'against (?:the |its )?(?:docs|documentation|service description)',
      'not as documented',
      // Any verb the service fails to do as documented: "doesn't fail over as documented".
      "(?:doesn't|does not|don't|do not|didn't|did not|won't|isn't|aren't|never) (?:[\\w-]+ ){1,3}as documented",
      'undocumented',
    ),
    // The negation belongs to the cue ("문서에 나온 대로 동작하지 않아요"), so it is matched with it.
    ko(
      '(?:문서|설명서|설명|가이드)(?:에|상|에서)? ?(?:나온|적힌|명시된|설명된|안내된|있는|나와 있는)? ?(?:[^.?!\\n]{0,30}?)(?:대로|것처럼|내용대로) ?(?:동작|작동|실행|적용|처리)?(?:을|이|가|하지|되지)? ?(?:않|안|못)',
      '(?:문서|설명서)(?:에|상)? ?(?:나온|적힌|명시된|설명된) (?:동작|내용|설명|값)(?:이랑|과|와|하고) ?(?:완전 |전혀 |좀 )?(?:다르|달라|다릅)',
      '(?:문서|설명서)(?:에|상)? ?(?:나온|적힌|명시된) [^.?!\\n]{0,20}?(?:밖에|보다\\s?(?:낮|느리|느려|적|작))',
      '(?:문서|설명|서비스 설명)(?:와|랑|과|하고|랑은|와는|하고는) ?(?:실제 ?(?:동작|작동|결과)?(?:이|가)? ?)?(?:다르|달라|다릅|불일치|안 맞|맞지 않)',
      // What the documents say, then "but": "문서엔 자동 갱신된다고 돼 있는데", "서비스 설명상으로는 … 하는데".
      '(?:문서|설명서|서비스 설명|가이드)(?:에는|엔|상으로는|상으론|상|에 따르면|대로라면|대로면|에선|에서는) ?[^.?!\\n]{0,60}?(?:는데|인데|지만|던데|거든|나와 있|되어 있|돼 있|적혀 있)',
    ),
  ),
  // Pre-filled only from explicit words (prefillConfidence.nature): the writers of what partners send name a nature rarely.
  row(
    'unavailable',
    0.85,
    en(
      'down',
      'outage',
      'unavailable',
      'unreachable',
      'unresponsive',
      'inaccessible',
      'offline',
      'went offline',
      // "503 ServerBusy" is a busy, throttled service that still answers, not an unavailable one.
      '50[234](?![^\\w\\n]{0,3}(?:server ?busy|busy|throttl|too many))',
    ),
    ko('다운(?!로드|그레이드)', '먹통', '접속 불가', '응답이 없', '응답 없', '사용할 수 없', '이용(?:할 수 없| 불가)'),
  ),
  // A service that does nothing for anyone, or not at all, is unavailable however it is said.
  row(
    'unavailable',
    0.85,
    en(
      "(?:won't|wont|doesn't|does not|can't|cannot|cant) (?:load|open|start|connect|work|be reached|be accessed) for (?:anyone|anybody|everyone|any user|any of (?:them|their users))",
      `(?:can't|cannot|cant|unable to|couldn't) (?:be reached|reach|get into|access|connect to|open|sign in to|log ?in to)(?: ${word}){0,4} at all`,
    ),
    ko(
      '아무도 (?:안 ?|못 ?)(?:열|들어|접속|로그인|써|쓰)',
      '아예 (?:다 )?(?:안 ?(?:열|돼|됩|됨|되|붙)|못 ?(?:들어|열|써|쓰))',
      '전혀 (?:안 ?(?:돼|됩|되|열)|되지 않|열리지 않)',
      '(?:세션 )?연결이 전혀',
      '죽어 있',
    ),
  ),
  row(
    'unavailable',
    0.6,
    en(
      'unusable',
      'not available',
      'no ?one can',
      'nobody can',
      "(?:can't|cannot|unable to|couldn't) (?:access|reach|open|connect|sign in|log ?in)",
      'stopped (?:working|receiving|sending|responding)',
      'not (?:receiving|loading|responding)',
      'sign-?ins? (?:are |is )?failing',
    ),
    ko(
      '중단',
      '(?:접속|접근)(?:이|을)? (?:안|못)',
      '열 수 없',
      '로그인(?:이|에)? (?:안|실패|불가)',
      '(?:수신|발신|송신)(?:이)? ?(?:되지 않|안 ?되|불가)',
      '꺼졌',
      '응답하지 않',
      '오지 않',
    ),
  ),
  row(
    'bug',
    0.85,
    en(
      'bugs?',
      'glitch(?:es)?',
      'defects?',
      'regression',
      'cosmetic',
      'display(?:s|ing|ed)? (?:\\w+ )?(?:wrong|incorrect)',
    ),
    ko('버그', '결함', '표시만', '잘못 (?:표시|나옴|나와)'),
  ),
  // What a display does wrong, said plainly: "garbled characters", "글자가 겹쳐 보여요".
  row(
    'bug',
    0.85,
    en('garbled', 'overlapping (?:text|characters|letters|labels)', '(?:layout|page|view) (?:is |all )?messed up'),
    ko('(?:글자|텍스트|문자|화면)(?:가|이)? (?:서로 )?겹쳐', '화면 문제'),
  ),
  row(
    'bug',
    0.6,
    en(
      'crash(?:es|ed|ing)?',
      'blue[- ]?screens?',
      'bsod',
      'wrong (?:[\\w-]+ ){0,2}(?:order|layout|data|values?|results?|format|page)',
      'incorrect(?:ly)?',
      'unexpected(?:ly)?',
      'out of order',
      'error messages?',
      'throws?',
      'exceptions?',
      'deadlocks?',
      'errors?',
      'after (?:the )?(?:latest |last )?(?:update|patch(?:ing)?|upgrade|cu)',
    ),
    ko(
      '튕',
      '깨져',
      '깨짐',
      '이상하게',
      '교착',
      '뒤죽박죽',
      '엉망',
      '오류',
      '에러',
      '(?:업데이트|패치|CU)(?: 적용)? (?:후|이후)',
    ),
  ),
  row(
    'network',
    0.85,
    en('network (?:disruption|outage|issues?|problems?|failure)', 'packet loss', 'wider network', 'latency across'),
    ko('네트워크 (?:장애|문제|이슈|단절|끊김)', '패킷 손실'),
  ),
  row(
    'network',
    0.6,
    en(
      'network(?:ing)?',
      'latency',
      'connectivity',
      'dns resolution',
      'vpn',
      'routing',
      'bgp',
      'jitter',
      'expressroute',
    ),
    ko('네트워크', '레이턴시', '라우팅', '연결이 끊'),
  ),
  row(
    'regional',
    0.85,
    en(
      'multiple (?:tenants|customers)',
      'several (?:of our )?customers',
      "(?:other|another) (?:partner's )?(?:tenants?|customers?)",
      'other partners',
      'same region',
      'regional',
      'region-wide',
    ),
    ko('여러 (?:테넌트|고객)', '다른 (?:파트너 )?(?:고객|테넌트)', '리전 전체', '지역 전체', '지역 (?:이슈|문제|장애)'),
  ),
  // A region name says where, not that many tenants are hit: context only, too weak to suggest on its own.
  row(
    'regional',
    0.2,
    en(
      'regions?',
      'korea (?:central|south)',
      'japan (?:east|west)',
      '(?:east|west|central|north central|south central) us(?: 2| 3)?',
      '(?:west|north) europe',
      '(?:southeast|east) asia',
      'data ?cent(?:er|re)',
    ),
    ko('지역', '리전', '한국 중부', '한국 남부', '일본 동부', '일본 서부', '데이터 ?센터'),
  ),
  // R5: the partner's own settings caused it ("our connector config", "저희가 잘못 걸어둔").
  row(
    'configuration',
    ownChangeWeight,
    en(
      'misconfigur\\w*',
      'our (?:own )?(?:[\\w-]+ ){0,2}(?:config|configuration|settings?|polic(?:y|ies)|change|mistake)',
      // "We set …" happened; "how do we set up …" asks how (advisory).
      '(?<!(?:how|should|can|could|do) )(?:we|i) (?:changed|deployed|misconfigured|pointed|set|rotated) ',
      '(?:we|i) forgot to (?:update|renew|change|add|set|rotate)',
      'config(?:uration)? (?:issue|problem|error|mistake)',
      'settings? (?:issue|problem|mistake)',
    ),
    ko(
      '설정 ?(?:실수|오류|문제|잘못)',
      '잘못 (?:설정|걸어|구성)',
      '(?:저희|우리|제)가 (?:[가-힣A-Za-z]+ ){0,4}(?:설정|배포|변경|잘못)',
    ),
  ),
  row(
    'configuration',
    0.5,
    en(
      'config(?:ure|ured|uration)?',
      'settings?',
      'polic(?:y|ies)',
      'permissions?',
      'quota',
      'raise the limit',
      "licen[cs]e (?:isn't |not )?assigned",
      'password reset',
      '(?:mx|dns|cname|txt|spf) records?',
    ),
    ko('설정', '구성(?!원)', '권한', '정책', '할당량', '용량 초과', '한도', '레코드'),
  ),
];

const onpremVersion: CueTable['onpremVersion'] = [
  row(
    'current',
    0.7,
    en('latest (?:version|release|cu)', 'current (?:version|release)', 'newest version'),
    ko('최신 버전', '현재 버전', '최신 릴리스'),
  ),
  row('previous', 0.7, en('previous version', 'prior version', 'n-1'), ko('이전 버전', '직전 버전')),
  row(
    'older',
    0.7,
    en(
      '(?:end of|out of|no longer in) (?:mainstream |extended )?support',
      'legacy version',
      'old(?:er)? version',
      'unsupported version',
      'end of life',
      'eol',
      'too old',
      // R14: these releases are past mainstream support.
      '(?:sql|windows|exchange|sharepoint|skype for business) (?:server )?(?:2000|2003|2005|2007|2008|2010|2012|2013|2014|2016)(?: r2)?',
      'dynamics (?:nav|ax|gp|crm) 20(?:09|1\\d)',
    ),
    ko('지원 종료', '구버전', '오래된 버전', '레거시 버전'),
  ),
];

export const cues: CueTable = { product, tenant, category, impact, nature, onpremVersion };
