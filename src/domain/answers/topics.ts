/**
 * Direct answers to partners' plain support questions, one entry per topic,
 * each citing its rules and source articles. Bodies quote the documents' own
 * button and field names (English from the `*.en.md` seeds, Korean from the
 * official `*.ko.md` terms in natural spacing) so users find the same buttons.
 */
import { topicIds, type AnswerTopic, type TopicId } from './topic';

type TopicContent = Omit<AnswerTopic, 'id'>;

// A record, so a topic id without content fails to compile.
const topicTable: Readonly<Record<TopicId, TopicContent>> = {
  'incidents-remaining': {
    rules: ['R14'],
    sources: ['004'],
    title: {
      en: 'How many partner support incidents are left?',
      ko: '남은 파트너 지원 인시던트 수 확인',
    },
    body: {
      en: [
        "Only **Support for Business** shows it: the Azure portal and other cloud portals don't.",
        "- Open Support for Business, select Windows 10 and enter dummy information. You don't submit anything.",
        '- At step 2 your Partner Support contract shows its start date, end date and incidents remaining.',
        '- Contract not linked yet? Expand "Do you need to purchase or add more support plans", select **Add Contract** and enter your Access ID and Contract ID.',
      ].join('\n'),
      ko: [
        '남은 인시던트 수는 **Support for Business**에서만 확인할 수 있으며, Azure 포털 등 클라우드 포털에는 표시되지 않습니다.',
        '- Support for Business를 열고 Windows 10을 선택한 뒤 임시 정보를 입력합니다. 요청을 끝까지 제출하지는 않습니다.',
        '- 2단계에 파트너 지원 계약의 시작 날짜, 종료 날짜, 남은 인시던트 수가 표시됩니다.',
        '- 계약이 아직 연결되지 않았다면 "지원 플랜을 구입하거나 추가해야 합니까?"를 펼치고 **계약 추가**를 선택해 액세스 ID와 계약 ID를 입력합니다.',
      ].join('\n'),
    },
    links: ['supportForBusiness', 'incidentsRemaining'],
    cues: {
      en: [
        'incident|ticket|case + left|remain|balance|used up',
        'see|check|view|find|where|show + remain|left|balance + incident|ticket|case',
        'how many + incident|ticket|case + still|left|remain|have left|we$|our|so far|this year',
        'incident|ticket|case + used|burn|consum|spent|so far|this year',
      ],
      ko: [
        '남은|남아|남았|잔여 + 인시던트|건수|지원 건|티켓|케이스',
        '인시던트|건수|티켓 + 몇 개|몇 건|얼마나 + 남',
        '확인|보려|조회|어디 + 남은|남았|잔여 + 인시던트|건수|지원 건',
        '인시던트|건수|지원 건|몇 건 + 썼|쓴|사용했|사용한|소진|올해|지금까지',
      ],
    },
  },
  'phone-support': {
    rules: ['R23'],
    sources: ['000'],
    title: {
      en: 'Can I file a service request by phone?',
      ko: '전화로 서비스 요청을 제출할 수 있나요?',
    },
    body: {
      en: "No: phone support isn't offered for this program. File the service request in Partner Center: **Service requests** → **Customer request** → **New request**.",
      ko: '아니요, 이 프로그램에서는 전화 지원이 제공되지 않습니다. 파트너 센터에서 **서비스 요청** → **고객 요청** → **새 요청**으로 서비스 요청을 제출하세요.',
    },
    links: ['partnerCenter'],
    cues: {
      en: [
        'phone|telephone|call$|ring$|dial + support|ticket|request|case|microsoft',
        'phone|telephone + number|line|open|file|raise|submit|log',
        '2: by phone|over the phone|on the phone|hotline|call center|call centre|phone support',
      ],
      ko: [
        '전화 + 지원|요청|접수|문의|티켓|연락|가능|제출|처리|해결|ms$|microsoft|마이크로소프트|할 수|되나|있나',
        '전화번호|콜센터|유선 + 지원|요청|접수|문의|있',
        '2: 전화 지원|전화로 지원|전화로 요청|전화 문의|전화로 문의|전화로 접수|전화 접수',
        // Filing "by phone" is what the question asks, however fully it names the filing steps around it.
        '8: 전화로 + 요청|접수|제출|티켓|SR$|열|올리',
      ],
    },
  },
  'access-id-already-associated': {
    rules: ['R18'],
    sources: ['004'],
    title: {
      en: '"This Access ID is already associated to an account"',
      ko: '"액세스 ID가 이미 연결되어 있습니다" 오류',
    },
    body: {
      en: [
        "The Azure portal shows this error when you **Link support benefits** with a support contract that is already linked to your account (for example, added earlier for on-premises support). The message isn't valid: ignore it.",
        '- Just select **+ New support request**: your support plan shows as usual.',
        '- If the contract has expired, or the Signature {signatureGold}-pack/{signatureSilver}-pack has no incidents left, the contract is hidden as invalid; buy a new support plan to get Azure support incidents.',
      ].join('\n'),
      ko: [
        '이미 계정에 연결된 지원 계약으로 Azure 포털에서 **지원 혜택 연결**을 다시 하면 이 오류가 표시됩니다(예: 온-프레미스 지원용으로 계약을 먼저 추가한 경우). 유효하지 않은 메시지이므로 무시하세요.',
        '- **+ 새 지원 요청**을 선택하면 지원 계획이 평소처럼 표시됩니다.',
        '- 계약이 만료되었거나 시그니처 {signatureGold}팩/{signatureSilver}팩에 남은 인시던트가 없으면 계약이 유효하지 않아 숨겨집니다. Azure 지원 인시던트를 받으려면 새 지원 계획을 구입하세요.',
      ].join('\n'),
    },
    links: ['partnerSupportPlans'],
    cues: {
      en: [
        'access id + already|associated|in use',
        // R18: the error named by its field alone: "Access ID error??".
        'access id + error|errors|message',
        'already associated|already linked + account|contract|error|access',
        'technical account manager|tam$ + access id|new access',
        '2: already associated to an account|new access id',
        'link support benefit + error|fail|already',
        // R18: an expired contract or one with no incidents left is hidden when linking.
        '4: link|linking|relink + benefit + run out|no incidents|incidents left|expired|used up',
      ],
      ko: [
        '액세스 id|액세스아이디 + 이미|연결되어|연결됐|연결돼|연결되었',
        '액세스 id|액세스아이디|access id + 오류|에러|메시지',
        '이미 연결 + 오류|에러|메시지|떠|나와|나오|표시',
        '기술 계정 관리자|tam$ + 액세스|access',
        '기술 계정 관리자|tam$ + 새|받으라|문의하라|연락하라',
        '지원 혜택 연결 + 오류|에러|이미|안 돼|실패',
        '연결 + 혜택 + 만료|소진|남은 인시던트가 없|인시던트가 남지 않|다 썼',
      ],
    },
  },
  'direct-portal-sign-in': {
    rules: ['R20', 'R9'],
    sources: ['000'],
    title: {
      en: 'Signing in to the Azure portal directly instead of Partner Center',
      ko: '파트너 센터를 거치지 않고 Azure 포털에 직접 로그인하면',
    },
    body: {
      en: [
        "If you sign in to the Azure portal or the Office 365 admin center directly, you see your own context, not the customer's: a request made there is for your own subscription.",
        '- For a customer, always start from Partner Center (**Service requests** → **Customer request** → **New request**) so the partner–customer relationship is kept.',
        '- Sign in directly only for your own subscriptions, and bring a valid support entitlement for them.',
      ].join('\n'),
      ko: [
        'Azure 포털이나 Office 365 관리 센터에 직접 로그인하면 고객이 아닌 귀사의 컨텍스트가 표시되므로, 거기서 만든 요청은 귀사 구독에 대한 요청이 됩니다.',
        '- 고객 문제는 파트너와 고객의 관계가 유지되도록 항상 파트너 센터(**서비스 요청** → **고객 요청** → **새 요청**)에서 시작하세요.',
        '- 직접 로그인은 귀사 자체 구독에만 사용하고, 이때는 유효한 지원 권리가 필요합니다.',
      ].join('\n'),
    },
    links: ['partnerCenter', 'azureSupportFaq'],
    cues: {
      en: [
        'directly|straight|bypass|skip + portal|admin center|portal azure com',
        'bypass|skip|instead of|without going|go around|not through + partner center',
        'log|sign|go + directly|straight',
        'own|my$|personal|our + login|account|credential + azure|portal|admin center',
      ],
      ko: [
        '직접|바로 + 로그인|접속해서|접속하면',
        '거치지 않|거치지않|우회|건너뛰|안 거치|없이 + 파트너 센터',
        '포털|관리 센터 + 직접 로그인|바로 로그인|직접 들어|바로 들어',
        '제 계정|내 계정|저희 계정|우리 계정|본인 계정|개인 계정 + 포털|azure|애저|관리 센터',
        '포털|관리 센터 + 들어가서|들어가면|접속해서|로그인해서 + 고객',
      ],
    },
  },
  'activate-technical-benefits': {
    rules: ['R15'],
    sources: ['004'],
    title: {
      en: 'Activating technical benefits (Activate greyed out)',
      ko: '기술 혜택 활성화(활성화 단추가 회색인 경우)',
    },
    body: {
      en: [
        'Sign in to Partner Center with an MPN-associated account and select **Benefits** → **Technical benefits** → **Activate**.',
        '- Only a **Global Admin** or **MPN Partner Admin** can activate. If **Activate** is greyed out, your account has neither role: use **User management**, filter for Global admin or MPN Partner Admin, and ask them.',
        '- An account linked to CSP only (not MPN) gets "You are not authorized for this action".',
        '- "Looks like you don\'t have any benefits yet" means no active Gold, Silver or Action Pack membership offer; if your company has one, you are signed in with the wrong account: select the **Account** icon at the top right → **Sign in with another account**.',
        '- After activation every MPN user sees the Access ID and Contract ID.',
      ].join('\n'),
      ko: [
        'MPN에 연결된 계정으로 파트너 센터에 로그인한 뒤 **혜택** → **기술 혜택** → **활성화**를 선택합니다.',
        '- **전역 관리자** 또는 **MPN 파트너 관리자**만 활성화할 수 있습니다. **활성화** 단추가 회색이면 이 역할이 없는 것이므로 **사용자 관리**에서 전역 관리자나 MPN 파트너 관리자를 찾아 요청하세요.',
        '- CSP에만 연결되고 MPN에 연결되지 않은 계정에는 "이 작업에 대한 권한이 없습니다" 오류가 표시됩니다.',
        '- "아직 혜택이 없는 것 같습니다."는 활성 골드, 실버 또는 Microsoft Action Pack 멤버 자격 제안이 없다는 뜻입니다. 회사에 활성 멤버 자격 제안이 있는데도 이 메시지가 보이면 잘못된 계정으로 로그인한 것이므로 오른쪽 위의 **계정** 아이콘 → **다른 계정으로 로그인**을 선택하세요.',
        '- 활성화 후에는 모든 MPN 사용자가 액세스 ID와 계약 ID를 볼 수 있습니다.',
      ].join('\n'),
    },
    links: ['technicalBenefits', 'userManagement'],
    cues: {
      en: [
        'activate|activation + benefit|button',
        'grey|gray|disabled|unclickable|cant click + activate|button',
        'technical benefit + who|role|how|where|turn on|enable',
        'not authorized|not authorised + benefit|activat',
        'where|find|get|see + access id|contract id',
        '2: any benefits yet|dont have any benefits|do not have any benefits',
      ],
      ko: [
        '활성화 + 혜택|버튼|단추',
        '회색|비활성|클릭이 안|눌리지|안 눌 + 활성화|버튼|단추',
        '기술 혜택 + 누가|역할|권한|어떻게|어디',
        '권한이 없습니다|권한 없음 + 혜택|활성화',
        '계약 id + 어디|확인|찾|보|받',
        '2: 아직 혜택이 없|혜택이 없는 것 같|혜택이 없습니다',
      ],
    },
  },
  'own-tenant-support': {
    rules: ['R19'],
    sources: ['000'],
    title: {
      en: 'Support for your own tenant',
      ko: '귀사 자체 테넌트에 대한 지원',
    },
    body: {
      en: [
        "Support for your own partner tenant isn't part of the CSP support benefit.",
        '- Sign in directly to the Azure portal or the Office 365 admin center (your own context) and provide a valid support entitlement: an MPN Contract ID (Signature Cloud Support), Premier, or an Azure support plan.',
        '- Office 365, Dynamics CRM Online and Enterprise Mobility Suite charge no separate support fee. Azure does, and Signature Cloud Support or other MPN benefits can pay for it.',
      ].join('\n'),
      ko: [
        '파트너 자체 테넌트에 대한 지원은 CSP 지원 혜택에 포함되지 않습니다.',
        '- Azure 포털이나 Office 365 관리 센터에 직접 로그인(귀사 컨텍스트)한 뒤 유효한 지원 권리를 제공하세요. 예: MPN 계약 ID(시그니처 클라우드 지원), 프리미어, Azure 지원 계획.',
        '- Office 365, Dynamics CRM Online, Enterprise Mobility Suite는 별도의 지원 요금이 없습니다. Azure는 요금이 부과되지만 시그니처 클라우드 지원 등 MPN 혜택으로 지불할 수 있습니다.',
      ].join('\n'),
    },
    links: ['azureSupportFaq'],
    cues: {
      en: [
        'own + tenant|subscription|environment|company|organization|org$|azure',
        'partner tenant|internal tenant|internal subscription|our tenant',
        'own|our + tenant|subscription + csp|benefit|cover|include',
        'own tenant|own subscription|own azure|internal tenant|our tenant + entitlement|support|problem|issue',
      ],
      ko: [
        '자체|자사|우리 회사|우리회사|내부|사내|저희 회사 + 테넌트|구독|환경|azure|애저',
        '파트너 테넌트|자사 테넌트|자체 테넌트|우리 테넌트|저희 테넌트',
        '자체|자사|우리 회사|저희 회사 + csp|혜택|포함|지원',
        '자체 테넌트|자사 테넌트|자체 구독|자사 구독|사내 테넌트 + 권리|지원|문제|이슈',
      ],
    },
  },
  'severity-response-times': {
    rules: ['R21', 'R22'],
    sources: ['000'],
    title: {
      en: 'Severity levels and initial response times',
      ko: '심각도와 최초 응답 시간',
    },
    body: {
      en: [
        'Severity follows the business impact you indicate when you submit the service request:',
        '- **Severity A** (critical): production services down, significant loss or degradation. Initial response: {hoursA, plural, one {# hour} other {# hours}}.',
        '- **Severity B** (moderate): production services partially affected. {hoursB, plural, one {# hour} other {# hours}}.',
        '- **Severity C** (minimal): services still available, or non-production services affected. {hoursC, plural, one {# hour} other {# hours}}.',
        '- Not break-fix (advisory, billing, subscription): up to {nonBreakFixDays, plural, one {# business day} other {# business days}}.',
        'These targets are for English-speaking support; local-language support (for example Korean) is provided during business hours.',
      ].join('\n'),
      ko: [
        '심각도는 서비스 요청을 제출할 때 지정한 비즈니스 영향에 따라 결정됩니다.',
        '- **심각도 A**(중요 영향): 프로덕션 서비스 중단, 심각한 서비스 손실 또는 성능 저하. 최초 응답 {hoursA}시간',
        '- **심각도 B**(중간 영향): 프로덕션 서비스가 부분적으로 영향을 받음. {hoursB}시간',
        '- **심각도 C**(최소 영향): 서비스를 계속 사용할 수 있거나 비프로덕션 서비스가 영향을 받음. {hoursC}시간',
        '- 고장 수리가 아닌 문제(자문, 청구, 구독): 영업일 기준 최대 {nonBreakFixDays}일',
        '이 응답 시간은 영어 지원 기준이며, 한국어 등 현지 언어 지원은 업무 시간 중에만 제공됩니다.',
      ].join('\n'),
    },
    links: [],
    cues: {
      en: [
        'severity|sev$|sev a$|sev b$|sev c$|priority + level|mean|differ|definition|which|choose|pick|set|a$|b$|c$',
        'response|respond|reply|answer|sla$ + severity|sev$|critical|moderate|minimal|hour|fast|quick|long|soon',
        '2: initial response|first response|response time|response target',
        'how fast|how quickly|how long|how soon|when + respond|response|answer|reply|hear back|get back',
      ],
      ko: [
        '심각도 + 심각도a|심각도b|심각도c|기준|의미|뜻|차이|선택|정하|몇|수준|등급|어떻게',
        '응답 + 몇 시간|몇시간|얼마나|빨리|언제|시간',
        '2: 최초 응답|초기 응답|첫 응답',
        'sla$|에스엘에이 + 시간|응답|기준',
      ],
    },
  },
  'local-language-support': {
    rules: ['R22'],
    sources: ['000'],
    title: {
      en: 'Support in Korean (local language)',
      ko: '한국어(현지 언어) 지원',
    },
    body: {
      en: [
        'Local-language support, such as Korean, is provided during business hours only.',
        '- The initial response targets (Severity A {hoursA, plural, one {# hour} other {# hours}}, B {hoursB, plural, one {# hour} other {# hours}}, C {hoursC, plural, one {# hour} other {# hours}}) apply to English-speaking support.',
        '- If you need those targets outside business hours, choose English as the support language when you file.',
      ].join('\n'),
      ko: [
        '한국어 등 현지 언어 지원은 업무 시간 중에만 제공됩니다.',
        '- 최초 응답 시간(심각도 A {hoursA}시간, B {hoursB}시간, C {hoursC}시간)은 영어 지원에만 해당합니다.',
        '- 업무 시간 외에 이 응답 시간이 필요하면 요청을 제출할 때 지원 언어로 영어를 선택하세요.',
      ].join('\n'),
    },
    links: [],
    cues: {
      en: [
        'korean|local language|native language|japanese|language + support|available|hour|speak|engineer',
        'business hours|office hours + support|language|korean',
        'english only|english speaking|only english|in english',
        'korean|local language|native language + response|respond|hour|same|sla$|target|slower',
      ],
      ko: [
        '한국어|현지 언어|한글|모국어 + 지원|상담|가능|엔지니어',
        '한국어|현지 언어 + 응답|기준|똑같|동일|같은|시간|다른|달라|다르|차이|느린|언제',
        '영어 + 지원|만|응답|선택',
        '업무 시간|업무시간|근무 시간 + 지원|한국어|언어',
      ],
    },
  },
  'signature-cloud-support': {
    rules: ['R17', 'R16'],
    sources: ['004'],
    title: {
      en: 'Signature Cloud Support (Silver/Gold)',
      ko: '시그니처 클라우드 지원(실버/골드)',
    },
    body: {
      en: [
        "Technical support for cloud products, included with a Gold or Silver competency. Action Pack partners aren't eligible unless they earn a competency.",
        '- Cloud competencies (Security, Cloud Business Applications, Cloud Platform, Cloud Productivity, Enterprise Mobility Management, Small and Midmarket Cloud Solutions): unlimited incidents.',
        '- Other competencies: Silver {signatureSilver}, Gold {signatureGold} incidents.',
        '- Activate your technical benefits first. In the Azure portal select **Help + support** → **Support plans** → **Link support benefits** and enter the Access ID and Contract ID (first time only; not needed for Microsoft 365).',
      ].join('\n'),
      ko: [
        '골드 또는 실버 역량에 포함된 클라우드 제품용 기술 지원입니다. Action Pack 파트너는 역량을 획득하지 않으면 자격이 없습니다.',
        '- 클라우드 역량(보안, 클라우드 Business Applications, 클라우드 플랫폼, 클라우드 생산성, Enterprise Mobility Management, 소형 및 중간급 클라우드 솔루션): 인시던트 제한 없음',
        '- 기타 역량: 실버 {signatureSilver}건, 골드 {signatureGold}건',
        '- 먼저 기술 혜택을 활성화하세요. Azure 포털에서 **도움말 + 지원** → **지원 계획** → **지원 혜택 연결**을 선택하고 액세스 ID와 계약 ID를 입력합니다(처음 한 번만, Microsoft 365는 필요 없음).',
      ].join('\n'),
    },
    links: ['technicalBenefits', 'partnerSupportPlans'],
    cues: {
      en: [
        'signature + cloud|support|incident|pack',
        'silver|gold|action pack|competency + cloud support|cloud incident|cloud product',
        'silver|gold|competency + incident|eligible|entitle|get$|include',
        'link support benefit + how|where|access id|contract id',
      ],
      ko: [
        '시그니처 + 클라우드|지원|인시던트|팩',
        '실버|골드|action pack|액션 팩|역량 + 클라우드 지원|클라우드 인시던트|클라우드 제품',
        '실버|골드|역량 + 인시던트|자격|포함|몇 건|받을 수',
        '지원 혜택 연결 + 방법|어떻게|어디|액세스|계약',
      ],
    },
  },
  'marketplace-support': {
    rules: ['R1'],
    sources: ['000'],
    title: {
      en: 'Support for commercial marketplace products',
      ko: '상업용 마켓플레이스 제품 지원',
    },
    body: {
      en: [
        "Microsoft doesn't provide product support for commercial marketplace products: contact the ISV (independent software vendor) that published the product.",
        '- On the **Marketplace** page, select the product you need help with.',
        "- The product page shows the support contact: a link to the ISV's support site, a support email and/or a support phone number.",
      ].join('\n'),
      ko: [
        'Microsoft는 상업용 마켓플레이스 제품에 대한 제품 지원을 제공하지 않습니다. 제품을 게시한 ISV(독립 소프트웨어 공급업체)에 문의하세요.',
        '- **Marketplace** 페이지에서 도움이 필요한 제품을 선택합니다.',
        '- 제품 페이지에서 ISV 웹 사이트의 지원 링크, 지원 이메일, 지원 전화번호 등 지원 연락처를 확인할 수 있습니다.',
      ].join('\n'),
    },
    links: [],
    cues: {
      en: [
        'marketplace|appsource + support|contact|who|help|isv|publisher|vendor|offer|app|product',
        'isv|publisher|third party|3rd party|vendor + support|contact|app|product|offer',
        'bought|purchased|from|via|deployed + marketplace|appsource',
      ],
      ko: [
        '마켓플레이스|marketplace + 지원|문의|연락|제품|앱|구매|누구',
        'isv|게시자|서드파티|써드파티|타사|독립 소프트웨어 + 지원|문의|연락|제품|앱',
        '마켓플레이스|marketplace + 에서 산|에서 구매|에서 구입|에서 받은|에서 배포|제품|솔루션',
      ],
    },
  },
  'dynamics-365-support': {
    rules: ['R13'],
    sources: ['000'],
    title: {
      en: 'Dynamics 365: licensing and where to go',
      ko: 'Dynamics 365 라이선스 및 문의처',
    },
    body: {
      en: [
        'To submit Dynamics 365 incidents on behalf of a CSP customer, Support Operations partners transacting Dynamics 365 in CSP must hold **Advanced Support for Partners (ASfP)** or higher.',
        '- Plan subscriptions, licensing, billing, Finance & Operations, Dynamics 365 product-license issues or further technical support: contact **Dynamics Support**.',
      ].join('\n'),
      ko: [
        'CSP에서 Dynamics 365를 거래하는 파트너가 CSP 고객을 대신해 Dynamics 365 인시던트를 제출하려면 **ASfP(Advanced Support for Partners)** 이상의 지원 계약이 있어야 합니다.',
        '- Dynamics 365 플랜 구독, 라이선스, 청구, Finance & Operations, 제품 라이선스 문제나 추가 기술 지원은 **Dynamics 지원**에 문의하세요.',
      ].join('\n'),
    },
    links: ['dynamicsSupport', 'partnerSupportPlans'],
    cues: {
      en: [
        'dynamics|d365|crm$ + licens|billing|subscription|where|contact|who|plan|asfp|advanced support|finance',
        'asfp|advanced support for partner + dynamics|d365|incident|ticket',
        'dynamics|d365 + incident|ticket|case + file|submit|raise|open|behalf',
        'dynamics support|finance and operations|finance operations',
      ],
      ko: [
        '다이나믹스|dynamics|d365|crm$ + 라이선스|라이센스|청구|구독|어디|문의|연락|플랜|asfp|고급 지원|지원 계약',
        'asfp|advanced support + 다이나믹스|dynamics|d365|인시던트',
        '다이나믹스|dynamics|d365 + 인시던트|티켓|케이스 + 제출|대신|올리|접수',
        'dynamics 지원|다이나믹스 지원|finance operations',
      ],
    },
  },
  'how-to-file': {
    rules: ['R9'],
    sources: ['000', '001'],
    title: {
      en: 'How to file a service request for a customer',
      ko: '고객 대신 서비스 요청을 제출하는 방법',
    },
    body: {
      en: [
        'Start in Partner Center so the partner–customer relationship is kept:',
        '1. In the Partner Center menu select **Service requests** → **Customer request**.',
        '2. Search for the customer.',
        '3. From **New request** select **Azure** or **Office 365, Dynamics 365, Enterprise Mobility Suite**.',
        'You are redirected to the Azure portal or the Office 365 admin center to complete the request.',
      ].join('\n'),
      ko: [
        '파트너와 고객의 관계가 유지되도록 파트너 센터에서 시작하세요.',
        '1. **파트너 센터** 메뉴에서 **서비스 요청** → **고객 요청**을 선택합니다.',
        '2. 고객 요청 페이지에서 고객을 검색합니다.',
        '3. **새 요청**에서 **Azure** 또는 **Office 365, Dynamics 365, Enterprise Mobility Suite**를 선택합니다.',
        'Azure 포털 또는 Office 365 관리 센터로 리디렉션되면 그곳에서 요청을 작성합니다.',
      ].join('\n'),
    },
    links: ['partnerCenter'],
    cues: {
      en: [
        'how|steps|procedure|process|guide|way|walk|show me|tell me|explain|instructions + file|raise|open|submit|create|log|lodge + service request|ticket|support request|case',
        '1: service request|support request|ticket|case + customer|client',
        'service request|support request|ticket|case + partner center',
        'on behalf + customer',
        'customer request|new request + where|how|menu|find',
      ],
      ko: [
        '방법|어떻게|절차|순서|어디서|메뉴 + 서비스 요청|지원 요청|티켓|케이스 + 제출|올리|열|여나|여는|만들|접수|생성|등록',
        '고객 대신|고객을 대신 + 요청|티켓|제출|케이스',
        '고객|고객사 + 서비스 요청|지원 요청|티켓|케이스 + 여는|열어|올리|제출|접수|만드|만들|생성|등록',
        '파트너 센터 + 서비스 요청|티켓|고객 요청|새 요청',
      ],
    },
  },
  'azure-request-fields': {
    rules: ['R10'],
    sources: ['000', '004'],
    title: {
      en: 'Filling in an Azure support request for a customer',
      ko: '고객의 Azure 지원 요청 작성',
    },
    body: {
      en: [
        'In the Azure portal select **New support request**:',
        '- **Basics**: set **Support plan** to **Cloud Solution Provider**. This plan needs no support contract.',
        "- **Contact**: enter your own details, not the customer's.",
        '- Select **Create**. Review the request later under **Manage support requests**.',
      ].join('\n'),
      ko: [
        'Azure 포털에서 **새 지원 요청**을 선택합니다.',
        '- **기본 사항**: **지원 계획** 필드에서 **클라우드 솔루션 공급자**를 선택합니다. 이 계획에는 지원 계약이 필요 없습니다.',
        '- **연락처** 정보: 고객이 아닌 파트너 본인의 정보를 입력합니다.',
        '- **만들기**를 선택합니다. 나중에 **지원 요청 관리**에서 요청을 검토할 수 있습니다.',
      ].join('\n'),
    },
    links: [],
    cues: {
      en: [
        'support plan + azure|field|pick|choose|select|basics',
        'cloud solution provider + plan|option|select|choose|pick',
        'contact + detail|info|email|phone + ticket|request|form|azure',
        'whose|mine|my$|our + contact',
        'azure + form|field|fill|basics|review|track|status',
        'azure + opened|submitted|filed|raised|logged + ticket|request|case + where|see|find|view|review|list',
        '2: manage support request|basics section|basics tab|basics page|support plan field',
      ],
      ko: [
        '지원 계획 + 선택|뭘|무엇|필드|azure|애저',
        '클라우드 솔루션 공급자 + 선택|계획|플랜',
        '연락처 + 누구|고객|내 정보|제 정보|우리|입력',
        'azure|애저 + 연락처',
        'azure|애저 + 지원 요청|양식|필드|케이스|티켓|요청 + 작성|선택|입력|확인|검토|나중',
        '2: 지원 요청 관리|기본 사항|지원 계획 필드',
        'azure|애저 + 올린|제출한|만든|접수한 + 티켓|요청|케이스|sr$ + 어디|보|확인|목록|조회',
        'azure|애저 + 지원 요청|티켓|케이스|sr$ + 다시 봐|다시 보|다시 확인|나중에|진행 상황|진행상황',
      ],
    },
  },
  'office-365-request-fields': {
    rules: ['R11'],
    sources: ['000', '001'],
    title: {
      en: 'Filling in an Office 365, Dynamics CRM Online or EMS service request',
      ko: 'Office 365, Dynamics CRM Online, EMS 서비스 요청 작성',
    },
    body: {
      en: [
        'In **Create a service request** choose the support category (you may need to select **More...** to see it).',
        "- Complete the service request form with your own contact information, not the customer's, then select **Submit**.",
        '- To review it later, go to the Office 365 admin center and select **See all support tickets**.',
      ].join('\n'),
      ko: [
        '**서비스 요청 만들기** 섹션에서 해당하는 지원 범주를 선택합니다(필요하면 **자세히...**를 선택).',
        '- 고객이 아닌 파트너 본인의 연락처 정보로 서비스 요청 양식을 작성하고 **제출**을 선택합니다.',
        '- 나중에 Office 365 관리 센터에서 **모든 지원 티켓 보기**를 선택해 요청을 검토합니다.',
      ].join('\n'),
    },
    links: [],
    cues: {
      en: [
        'office 365|office365|o365|microsoft 365|m365|admin center|crm online|ems$ + ticket|service request|support request|form|category',
        'review|see|view|track|find|check|status + office 365|office365|o365|admin center|m365|microsoft 365',
        'later|afterwards|after + review|see|view|track|find|check',
        'see all support tickets|all support tickets|support category',
        'contact + office 365|office365|o365|admin center|m365',
        'opened|submitted|filed|raised|logged + ticket|request|case + where|see|find|view|review|list',
        'office 365|office365|o365|admin center + later|progress|track|check on|status',
      ],
      ko: [
        '오피스 365|오피스365|office 365|office365|o365|m365|마이크로소프트 365|관리 센터|crm online + 서비스 요청|티켓|지원 요청|양식|범주',
        '나중에|나중 + 확인|검토|보|조회|찾',
        '모든 지원 티켓|지원 범주|서비스 요청 만들기',
        '연락처 + 오피스|office|관리 센터',
        // R11: the support category may be under More...
        '지원 범주|범주 + 안 보|없|찾|어디|more|더 보기',
        '올린|제출한|만든|접수한 + 티켓|요청|케이스 + 어디|보|확인|목록|조회',
        '오피스 365|office 365|office365|o365|관리 센터 + 나중에|진행 상황|진행상황|상태 확인|어디서 봐|어디서 확인',
      ],
    },
  },
  'who-can-file': {
    rules: ['R12'],
    sources: ['000', '003'],
    title: {
      en: 'Who can file a service request',
      ko: '서비스 요청을 제출할 수 있는 사람',
    },
    body: {
      en: [
        'Roles that may escalate: admin agent, global admin, sales agent, helpdesk agent.',
        "- **Helpdesk agent**: can't create service requests in the Azure portal. Create a support group in the Azure portal and give it permission to log support requests.",
        "- **Indirect reseller**: the indirect provider files the ticket for the customer. For Azure, the reseller can file only if the indirect provider granted access to the customer's Azure account.",
        "- **No admin privileges** for the customer: copy the customer's domain name from their account page in Partner Center, go to https://portal.azure.com/<customer-domain>, select the subscription and then **New support request**.",
      ].join('\n'),
      ko: [
        '에스컬레이션할 수 있는 역할: 관리 에이전트, 전역 관리자, 영업 에이전트, 기술 지원팀 에이전트',
        '- **기술 지원팀 에이전트**: Azure 포털에서 서비스 요청을 만들 수 없습니다. Azure 포털에서 지원 그룹을 만들고 그 그룹에 지원 요청을 기록할 권한을 부여하세요.',
        '- **간접 재판매인**: 간접 공급자가 고객 대신 티켓을 제출합니다. Azure는 간접 공급자가 고객의 Azure 계정에 대한 액세스 권한을 부여한 경우에만 간접 재판매인이 요청을 만들 수 있습니다.',
        '- 고객에 대한 **관리자 권한이 없는 경우**: 파트너 센터의 고객 계정 페이지에서 도메인 이름을 복사하고 https://portal.azure.com/<고객 도메인>으로 이동해 구독을 선택한 뒤 **새 지원 요청**을 선택합니다.',
      ].join('\n'),
    },
    links: ['customers'],
    cues: {
      en: [
        'helpdesk|help desk + agent|role|permission',
        'helpdesk|help desk + azure|portal|support request|service request|ticket',
        'indirect reseller|reseller + ticket|request|file|open|create|azure|customer',
        'role|permission|privilege|who$ + can|allowed|may|able + file|open|create|raise|escalate|submit|log',
        'support group|admin privilege|admin rights|admin relationship|delegated admin|gdap|dap$ + ticket|request|file|no$|without|dont',
        // R12: no admin privileges for the customer: the customer-domain route.
        'admin privilege|admin rights|admin relationship|delegated admin|gdap + never|no$|without|dont|hasnt|havent|not$ + azure|request|ticket|file|open',
        'not authorized|not authorised + request|ticket|file|role|open|create',
        'distributor|indirect provider + file|open|ticket|request|us or',
        // "Is a sales agent enough?", "can a helpdesk agent create…": a role asking whether it may file.
        'sales agent|helpdesk agent|admin agent|global admin + enough|allowed|can|able|may',
      ],
      ko: [
        '기술 지원팀|헬프데스크|헬프 데스크|helpdesk + 에이전트|권한|역할|요청|티켓|만들',
        '영업 에이전트|헬프데스크 에이전트|관리 에이전트|관리자 에이전트|전역 관리자 + 만들 수|열 수|제출할 수|올릴 수|해도 돼|되나요',
        '간접 재판매인|재판매인|리셀러|reseller + 티켓|요청|열|만들|제출|azure|애저',
        '누가|역할|권한 + 제출|요청을|에스컬레이션|티켓',
        '지원 그룹|관리자 권한|관리 권한|위임된 관리|gdap|dap$ + 없|요청|티켓',
        '위임 관리자|위임된 관리|관리자 권한|관리 권한|관리자 관계|gdap + 없|안 받|요청 안|못 받 + azure|애저|sr$|지원 요청|티켓|만들|열',
        '권한이 없습니다|권한 없음 + 역할|서비스 요청|지원 요청',
        '간접 공급자|총판|공급자가 + 제출|올리|여는|열|해야|직접',
        '헬프데스크|기술 지원 에이전트 + 생성이 안|만들 수 없|안 돼|안돼',
      ],
    },
  },
  'support-plans': {
    rules: ['R16', 'R7'],
    sources: ['002', '004'],
    title: {
      en: 'Partner support plans for technical issues',
      ko: '기술 문제를 위한 파트너 지원 플랜',
    },
    body: {
      en: [
        'Commercial issue support is available to all CSP partners. Technical issue support is available through:',
        "- **Premier Support for Partners**: fee-based, Microsoft's top level of technical support.",
        '- **Advanced Support for Partners**: fee-based, cloud products only.',
        '- **Signature Cloud Support**: included with a Gold or Silver competency.',
        'For unsupported on-premises versions or deeper advisory help, buy a partner support plan.',
      ].join('\n'),
      ko: [
        '상업적 문제 지원은 CSP 프로그램의 모든 파트너에게 제공됩니다. 기술 문제 지원은 다음을 통해 받을 수 있습니다.',
        '- **파트너용 프리미어 지원**: 유료, Microsoft의 최상위 기술 지원',
        '- **파트너용 고급 지원(Advanced Support for Partners)**: 유료, 클라우드 제품 전용',
        '- **시그니처 클라우드 지원**: 골드 또는 실버 역량에 포함',
        '지원되지 않는 온-프레미스 버전이나 심화 자문이 필요하면 파트너 지원 플랜을 구입하세요.',
      ].join('\n'),
    },
    links: ['partnerSupportPlans'],
    cues: {
      en: [
        'paid|fee|premier|advanced support|asfp|partner support plan|buy + support|plan|option',
        'support plan|support option|support offering|support contract + partner|paid|available|exist|compare|beyond|other|kind|type',
        'beyond|more than|besides + csp',
        'premier + asfp|advanced support',
        // R16: a paid plan on top of what the partner already has.
        '4: asfp|advanced support|premier + also|still|additionally|on top|as well + buy|need|get|purchase',
      ],
      ko: [
        '유료|프리미어|고급 지원|asfp|파트너 지원 플랜|파트너 지원 계획|구입|구매 + 지원|플랜|계획|옵션',
        '지원 플랜|지원 계획|지원 옵션|지원 상품 + 파트너|유료|종류|비교|어떤 게|뭐가',
        '프리미어 + asfp|고급 지원|어드밴스드',
        'asfp|고급 지원|프리미어 + 따로|추가로|별도|또 + 사야|구매|필요|가입',
      ],
    },
  },
  'billing-support': {
    rules: ['R2'],
    sources: ['000', '002'],
    title: {
      en: 'Billing, disputes and fraud',
      ko: '청구, 분쟁 및 사기 문제',
    },
    body: {
      en: [
        'Billing and subscription-management support is included free for all CSP partners.',
        '- Billing issues, disputes and fraud concerns go to Microsoft through a service request: Partner Center → **Service requests** → **Customer request** → **New request**.',
        '- No service health check or troubleshooting step is needed first.',
        '- Initial response: up to {nonBreakFixDays, plural, one {# business day} other {# business days}} (not break-fix).',
      ].join('\n'),
      ko: [
        '청구 및 구독 관리 지원은 모든 CSP 파트너에게 무료로 포함되어 있습니다.',
        '- 청구 문제, 분쟁, 사기 문제는 서비스 요청으로 Microsoft에 에스컬레이션합니다: 파트너 센터 → **서비스 요청** → **고객 요청** → **새 요청**',
        '- 서비스 상태 확인이나 문제 해결 단계를 먼저 거칠 필요가 없습니다.',
        '- 최초 응답: 영업일 기준 최대 {nonBreakFixDays}일(고장 수리 문제가 아님)',
      ].join('\n'),
    },
    links: ['partnerCenter'],
    cues: {
      en: [
        'billing|invoice|charge|refund|payment + support|free|cost|pay$|dispute|issue|question|escalate|ticket|raise|refund|twice|wrong|incorrect|overcharg|credit',
        'dispute|fraud|refund|overcharg|chargeback + get|request|raise|file|how|ticket|customer|invoice|microsoft|report',
        'pay|paying|cost|charged|fee + extra|more|anything + billing|support',
        'subscription management',
        // Whether a billing problem needs a paid plan is answered here: billing support is free for every CSP partner (R2).
        '3: billing|invoice|charge|refund|dispute + paid support|paid plan|support plan',
        // R2: commercial issues need no service-health check first.
        '5: service health|health dashboard + billing|dispute|disputing|fraud|invoice|charge|refund',
      ],
      ko: [
        '청구|요금|인보이스|송장|결제|환불 + 지원|문의|무료|유료|비용|분쟁|에스컬레이션|문제|환불|이중|잘못|과다',
        '청구|요금|결제 + 유료|무료|비용|돈 내|따로',
        '분쟁|사기|환불|과금 오류|이중 청구 + 요청|어떻게|방법|문의|처리|받|신고|제기',
        '구독 관리',
        '3: 청구|인보이스|결제|환불|분쟁 + 유료 지원|유료 플랜|지원 플랜',
        '5: 서비스 상태 + 청구|분쟁|사기|결제|요금|환불|인보이스',
      ],
    },
  },
  'fix-or-escalate': {
    rules: ['R5', 'R6'],
    sources: ['002', '003'],
    title: {
      en: 'What to fix yourself and what to escalate',
      ko: '직접 해결할 문제와 에스컬레이션할 문제',
    },
    body: {
      en: [
        "You are expected to fix software, settings and configuration problems for your customers with your admin privileges: Partner Center → **Customers** → the customer → **Service management** → the service's admin portal.",
        'Escalate to Microsoft when it is:',
        "- an undocumented problem: the service isn't working as its service description says",
        '- the service is unavailable',
        '- a bug or other irregularity in how the service looks or works',
        '- a large-scale network disruption',
        '- a regional issue with multi-tenant impact',
        'Check service health first.',
      ].join('\n'),
      ko: [
        '소프트웨어, 설정 및 구성 문제는 파트너가 관리자 권한으로 직접 해결해야 합니다: 파트너 센터 → **고객** → 고객 선택 → **서비스 관리** → 해당 서비스의 관리 포털',
        '다음과 같은 문제는 Microsoft로 에스컬레이션하세요.',
        '- 서비스 설명대로 작동하지 않는 문서화되지 않은 문제',
        '- 서비스를 사용할 수 없음',
        '- 서비스 모양이나 작동에 영향을 주는 버그 또는 기타 이상',
        '- 대규모 네트워크 중단',
        '- 여러 테넌트에 영향을 주는 지역별 문제',
        '먼저 서비스 상태를 확인하세요.',
      ].join('\n'),
    },
    links: ['customers'],
    cues: {
      en: [
        'fix|resolve|solve|handle|troubleshoot + ourselves|yourself|our side|on our own|by ourselves',
        'when|which|what kind|what type|what issues|what problems + escalate|hand off|send to microsoft|go to microsoft',
        'baseline|support boundar|in scope|out of scope|responsib',
        'expected + fix|resolve|handle|support|troubleshoot',
        '2: on us$|our job|our responsibility|our side|up to us',
        'misconfigur|configuration|config|setting|policy + on us$|ourselves|microsoft|escalat|our job|our side',
      ],
      ko: [
        '직접 해결|자체 해결|우리가 해결|직접 처리|파트너가 해결|자체적으로 + 문제|어떤|범위|해야',
        '어떤|언제|무엇|어느 + 에스컬레이션|넘겨|넘기|이관|ms에|microsoft에',
        '지원 범위|기준 지원|책임 범위',
        '2: 저희가 해결|우리가 해결|저희가 처리|우리가 처리|저희 쪽|우리 쪽|저희 몫|우리 몫',
        '설정|구성|정책 + 저희가|우리가|직접|파트너가|해결해야|ms가|봐주|에스컬레이션',
      ],
    },
  },
  'service-health': {
    rules: ['R3', 'R4'],
    sources: ['002', '003'],
    title: {
      en: 'Where to check service health',
      ko: '서비스 상태 확인 위치',
    },
    body: {
      en: [
        'Partner Center → **Customers** → select the customer → **Service management** → service health.',
        '- If the problem is listed there, it is an existing, documented problem: follow the incident there; no new service request is needed.',
        "- If it isn't listed and you can't fix it yourself, file a service request.",
      ].join('\n'),
      ko: [
        '파트너 센터 → **고객** → 고객 선택 → **서비스 관리**에서 서비스 상태를 확인합니다.',
        '- 문제가 목록에 있으면 이미 문서화된 기존 문제이므로 그곳에서 진행 상황을 확인하세요. 새 서비스 요청은 필요 없습니다.',
        '- 목록에 없고 직접 해결할 수 없으면 서비스 요청을 제출하세요.',
      ].join('\n'),
    },
    links: ['customers'],
    cues: {
      en: [
        'service health|health dashboard|service status|health status + where|check|see|view|find|look|listed|customer|how',
        'known issue|known incident|existing incident|ongoing incident + check|see|where|listed|follow|find',
        '3: service health|known outage|known issue|known incident|existing outage|already known|health dashboard',
        'known|already|existing|ongoing + outage|incident|issue + check|tell|see|where|before|find|look',
      ],
      ko: [
        '서비스 상태 + 어디|확인|보|조회|찾',
        '알려진 문제|기존 문제|인시던트 목록|진행 중인 인시던트 + 확인|어디|보',
        '3: 서비스 상태|알려진 장애|알려진 문제|이미 알려진|기존 장애|진행 중인 장애',
      ],
    },
  },
  'onprem-product-support': {
    rules: ['R14', 'R8'],
    sources: ['004'],
    title: {
      en: 'Support for on-premises products (MPN benefit)',
      ko: '온-프레미스 제품 지원(MPN 혜택)',
    },
    body: {
      en: [
        "On-premises products aren't handled through CSP service requests: use **Microsoft Product Support** from your MPN technical benefits.",
        '- Recent products only: the current version (N), and the previous version (N-1) while it is in mainstream support. Older versions: paid support or a partner support plan.',
        '- Incidents per year: Action Pack {incidentsActionPack}, Silver {incidentsSilver}, Gold {incidentsGold}.',
        '- File at **Support for Business** with any AAD or MSA account; enter the Access ID and Contract ID the first time.',
      ].join('\n'),
      ko: [
        '온-프레미스 제품은 CSP 서비스 요청 대상이 아니며, MPN 기술 혜택의 **Microsoft 제품 지원**을 사용합니다.',
        '- 최근 제품만 지원: 현재 버전(N)과 일반 지원 기간 내의 이전 버전(N-1). 그보다 오래된 버전은 유료 지원이나 파트너 지원 플랜을 이용하세요.',
        '- 연간 인시던트: Action Pack {incidentsActionPack}건, 실버 {incidentsSilver}건, 골드 {incidentsGold}건',
        '- **Support for Business**에서 AAD 또는 MSA 계정으로 요청을 만듭니다. 처음 한 번은 액세스 ID와 계약 ID를 입력합니다.',
      ].join('\n'),
    },
    links: ['supportForBusiness', 'productLifecycle'],
    cues: {
      en: [
        'on prem|onprem|on premise|premise + support|benefit|incident|ticket|product|version|server',
        'windows server|sql server|exchange server|sharepoint server|biztalk + support|benefit|mpn|incident|version|ticket',
        'support for business + create|file|open|where|how|use',
        'n 1$|older version|previous version|mainstream + support',
        // R14: how many incidents a year, by membership level.
        'on prem|onprem|on premise|premise + how many|per year|a year|each year|annual|yearly + incident|ticket|case|support',
      ],
      ko: [
        '온프레미스|온프렘|on prem|onprem|사내 서버|설치형 + 지원|혜택|인시던트|티켓|제품|버전',
        'windows server|sql server|exchange server|윈도우 서버 + 지원|혜택|mpn|인시던트|버전',
        'support for business|비즈니스 지원 + 요청|만들|어디|방법',
        '이전 버전|구 버전|일반 지원 + 지원|혜택|가능',
        '온프레미스|온프렘|on prem|onprem + 몇 건|몇 개|1년|일 년|연간|해마다|매년 + 인시던트|지원|티켓|건',
      ],
    },
  },
  'support-entitlement': {
    rules: ['R25', 'R2'],
    sources: ['000'],
    title: {
      en: 'What the CSP support benefit includes',
      ko: 'CSP 지원 혜택에 포함되는 사항',
    },
    body: {
      en: [
        'Service requests filed through Partner Center for Azure, Office 365, Dynamics CRM Online and Enterprise Mobility Suite.',
        '- CSP partners can expect priority response time for their major issues.',
        '- The benefit applies to every CSP partner, paid or trial.',
        '- Billing and subscription-management support is included free.',
        '- Not included: support for your own partner tenant.',
      ].join('\n'),
      ko: [
        '파트너 센터를 통해 제출하는 Azure, Office 365, Dynamics CRM Online, Enterprise Mobility Suite 서비스 요청이 포함됩니다.',
        '- CSP 파트너는 주요 문제에 대해 우선 응답 시간을 기대할 수 있습니다.',
        '- 이 혜택은 유료든 체험 기간이든 모든 CSP 파트너에게 적용됩니다.',
        '- 청구 및 구독 관리 지원도 무료로 포함됩니다.',
        '- 파트너 자체 테넌트에 대한 지원은 포함되지 않습니다.',
      ].join('\n'),
    },
    links: [],
    cues: {
      en: [
        'trial + partner|benefit|apply|csp|support',
        'included|include|cover|entitle + csp|support benefit|entitlement',
        'entitlement|priority response|priority support',
        'csp|support benefit|service request + which products|what products|products covered|products are covered|what is covered|whats covered',
      ],
      ko: [
        '체험|평가판|트라이얼 + 파트너|혜택|적용|지원',
        '포함|적용|커버 + csp|지원 혜택|지원 권리|파트너 지원',
        '지원 권리|우선 응답|우선 지원',
        'csp|지원 혜택|서비스 요청 + 지원되는 제품|어떤 제품|무슨 제품|제품이 뭐|제품은 뭐',
      ],
    },
  },
};

/** All topics, in the order of `topicIds` (which breaks scoring ties). */
export const topics: readonly AnswerTopic[] = topicIds.map((id) => ({ id, ...topicTable[id] }));

export function topicById(id: TopicId): AnswerTopic {
  return topics[topicIds.indexOf(id)];
}
