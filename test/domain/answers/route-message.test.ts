import assert from 'node:assert/strict';
import { concreteEvent } from '../../../src/domain/answers/case-words';
import { routeMessage } from '../../../src/domain/answers/route-message';
import { problemMessages, questions } from './fixtures';

const route = (text: string): string => routeMessage(text).route;
const routeAndTopic = (text: string): [string, string | undefined] => [route(text), routeMessage(text).topic?.topic.id];
/** The cases routed otherwise than expected, each with the route it got: the one list a failure prints. */
const misrouted = (cases: ReadonlyArray<readonly [string, string]>): string[] =>
  cases.filter(([text, expected]) => route(text) !== expected).map(([text]) => `${route(text)}: ${text}`);
/** The texts that do not start the check (route `problem`, or `both` with a question answered beside it), with their route. */
const notChecked = (texts: readonly string[]): string[] =>
  texts.filter((text) => !['problem', 'both'].includes(route(text))).map((text) => `${route(text)}: ${text}`);
/** The texts read as stating no symptom of a service (rulebook §2: a symptom makes the facts break-fix). */
const withoutSymptom = (texts: readonly string[]): string[] => texts.filter((text) => !routeMessage(text).symptom);
/** The cases that do not start the check and the general questions that are not answered as questions, together. */
const misread = (cases: readonly string[], generalQuestions: readonly string[]): string[] => [
  ...notChecked(cases),
  ...misrouted(generalQuestions.map((text) => [text, 'question'] as const)),
];

describe('routeMessage (problem, question, both, unknown)', () => {
  const problems = problemMessages.filter((message) => message.expected === 'problem');
  // A live problem and a distinct question a topic answers (the fixtures' "ambiguous" ones that ask a second question).
  const both = [
    "Customer's Azure VM is down - what's the response time for severity A?",
    'Exchange is down for all users; can I call Microsoft by phone?',
    '고객 Teams가 전체 장애인데, 고객 대신 서비스 요청은 어떻게 제출하나요?',
    '고객 Azure VM이 다운됐는데 심각도 A면 응답 시간이 얼마나 걸리나요?',
    'Teams is down for the whole customer tenant - is there a phone number for Microsoft support?',
    '고객 Azure 가상 머신이 중단됐는데 전화로 지원 요청 가능한가요?',
  ];

  it('has at least 20 problem messages, half Korean', () => {
    assert.ok(problems.length >= 20, `${problems.length} problems`);
    assert.ok(problems.filter((message) => message.language === 'ko').length * 2 >= problems.length);
  });

  it('routes every problem description to the check, even with "?" or "how"', () => {
    assert.deepEqual(
      problems.filter((m) => route(m.text) !== 'problem').map((m) => `${route(m.text)}: ${m.text}`),
      [],
    );
  });

  it('a live problem with a distinct topic question starts the check and answers the question', () => {
    assert.deepEqual(
      both.filter((text) => route(text) !== 'both').map((text) => `${route(text)}: ${text}`),
      [],
    );
  });

  it('a general question no cue scores highly is still told from a question about the case, by the question-kind model', () => {
    const asksGenerally = [
      "Customer's Exchange Online stopped receiving mail at 8am for every mailbox. Can partners open service requests by phone at all, or is it web only?",
      '고객사 Azure SQL이 오늘 아침부터 전체 접속 불가예요. 파트너 센터에서 고객 요청 만드는 메뉴 순서가 어떻게 되나요?',
      '고객사 Azure SQL이 오늘 아침부터 전체 접속 불가예요. 헬프데스크 에이전트도 요청 만들 수 있어요?',
    ];
    const asksAboutTheCase = [
      "Customer's Exchange Online stopped receiving mail at 8am for every mailbox. Should we escalate this one?",
      '고객사 Azure SQL이 오늘 아침부터 전체 접속 불가예요. 이거 MS에 올려야 하나요?',
    ];
    assert.deepEqual(asksGenerally.map(routeAndTopic), [
      ['both', 'phone-support'],
      ['both', 'how-to-file'],
      ['both', 'who-can-file'],
    ]);
    assert.deepEqual(asksAboutTheCase.map(route), ['problem', 'problem']);
  });

  it('R10, R11: the question beside a case is answered by the topic a plain question would get, cues and model together', () => {
    const texts = [
      "Customer's Exchange Online mailboxes bounce for 12 users since noon. Also, in the Office 365 service request form, whose contact details go in, ours or the customer's?",
      '고객사 Exchange Online 메일이 12명만 반송돼요. 그리고 Office 365 서비스 요청은 제출한 다음에 어디서 다시 봐요?',
    ];
    assert.deepEqual(texts.map(routeAndTopic), [
      ['both', 'office-365-request-fields'],
      ['both', 'office-365-request-fields'],
    ]);
  });

  it('R11: an either-or question beside a case is read whole ("고객 정보 넣어요 아님 저희 정보 넣어요?", "저희 번호 넣어요 고객 번호 넣어요?")', () => {
    const texts = [
      '고객사 SharePoint Online 사이트 몇 개가 로딩이 안 돼요. Office 365 서비스 요청 양식 연락처에 고객 정보 넣어요 아님 저희 정보 넣어요?',
      '고객사 OneDrive 동기화가 일부 사용자만 실패해요. O365 요청 양식 연락처엔 저희 번호 넣어요 고객 번호 넣어요?',
    ];
    assert.deepEqual(texts.map(routeAndTopic), [
      ['both', 'office-365-request-fields'],
      ['both', 'office-365-request-fields'],
    ]);
  });

  it('R15: a short question beside a case is read with the sentence before it when the topic model agrees ("활성화하려면 무슨 권한이 필요해요?")', () => {
    const texts = [
      '고객사 Exchange Server 2016 메일 전송이 멈췄어요. 온프렘 지원 받으려는데 기술 혜택이 아직 활성화가 안 돼 있어요. 활성화하려면 무슨 권한이 필요해요?',
      "Customer's on-prem SQL Server 2019 keeps crashing. We want to use our on-prem support incidents but our technical benefits aren't activated. Which role can activate them?",
    ];
    assert.deepEqual(texts.map(routeAndTopic), [
      ['both', 'activate-technical-benefits'],
      ['both', 'activate-technical-benefits'],
    ]);
  });

  it('R15, R18: an error text of the support tools quoted beside a case is answered, asked or not', () => {
    const texts = [
      'Customer\'s Azure SQL is down for everyone. When I click Link support benefits it says "This Access ID is already associated to an account".',
      "기술 혜택 페이지에 '아직 혜택이 없는 것 같습니다'라고 나와요. 고객 온프레미스 Exchange 2019 메일이 전부 멈췄거든요.",
    ];
    assert.deepEqual(texts.map(routeAndTopic), [
      ['both', 'access-id-already-associated'],
      ['both', 'activate-technical-benefits'],
    ]);
  });

  it('a message that says there is no live case, or asks "in general" about an outage, is a question', () => {
    assert.deepEqual(
      routeAndTopic("There is no current incident; we're preparing a policy. Who handles fraud on a customer tenant?"),
      ['question', 'billing-support'],
    );
    const texts = [
      'In general, what severity would a complete production outage get?',
      '지금 장애 건은 없고 그냥 궁금해서요. 파트너가 직접 해결할 문제와 MS로 넘길 문제는 어떻게 구분해요?',
      'Just curious, no live issue: what severity is a mail outage for the whole company?',
      '현재 고객 문제 있는 건 아니고 공부 중인데요, 고객 메일이 전부 반송되면 심각도가 뭐예요?',
    ];
    assert.deepEqual(
      texts.map(route),
      texts.map(() => 'question'),
    );
    // No case filed yet is not no case: a symptom or an event told beside it is the case.
    const told = [
      "No active incident on our side, but the customer's Azure Functions have stopped firing since midnight. Escalate?",
      "There is no open case yet: the customer's mailbox migration fails for every user. Should we file?",
      "Nothing pending from us, but the customer's invoice shows 200 Copilot seats nobody ordered. Dispute?",
      'Nothing pending in our queue — the customer just called: their mailbox is gone. What now?',
      // "No current outage listed" says what service health shows, not that nothing is wrong.
      "There's no current outage listed, yet the customer's SharePoint returns 503 for everyone.",
      // Nor does service health showing "no active incidents", nor a customer named between commas.
      "Our client, Northwind Traders, reports that Azure Backup jobs for 9 VMs have shown 'Warning' since midnight and are not completing. Service health shows no active incidents for Backup. Please advise.",
    ];
    assert.deepEqual(misrouted(told.map((text) => [text, 'problem'] as const)), []);
  });

  it('R23: "get an engineer on the phone?" beside a case is the phone-support question', () => {
    const text =
      'Teams calling is broken for every user at our customer since 8am. Any way to get an engineer on the phone?';
    assert.deepEqual(routeAndTopic(text), ['both', 'phone-support']);
  });

  it('"just curious" beside a live symptom still starts the check, and the question beside it is answered ("…our customer\'s whole tenant can\'t sign in right now")', () => {
    const texts = [
      "just curious how sev A works — our customer's whole tenant can't sign in right now",
      '그냥 궁금해서 여쭤보는데 심각도 A는 응답이 얼마나 빨라요? 지금 고객사 메일이 전부 안 나가요',
    ];
    assert.deepEqual(
      texts.map(routeAndTopic),
      texts.map(() => ['both', 'severity-response-times']),
    );
    // So does what customers report beside it.
    assert.deepEqual(
      notChecked([
        "Just curious — is it normal that a customer's Teams meetings drop after exactly 60 minutes? Three of our customers report it this week.",
      ]),
      [],
    );
  });

  it('R2: a question asked ahead ("Asking ahead of time…", "a prospect\'s questionnaire", "계약 전", "미리 알아두려고요") is about the rules, even when it names a customer\'s dispute; "Thank you in advance" asks nothing ahead', () => {
    assert.deepEqual(
      routeAndTopic(
        'Asking ahead of time for our finance team: when a customer disputes a charge, how do we raise it with Microsoft?',
      ),
      ['question', 'billing-support'],
    );
    // Beside something that happened to a customer, the check starts.
    const told = [
      "Thank you in advance. The customer's refund for a returned reservation hasn't shown on any invoice for six weeks. Which support handles this?",
      'The customer was billed twice this month. For next time, how do we avoid it?',
      'Customer got charged twice for Teams Premium in March. Asking ahead of time too: does billing support cost us anything?',
      '고객사 청구서에 주문 안 한 Visio가 찍혀 있어요. 계약 전에 안내받은 금액이랑 달라요. 분쟁 되나요?',
      // A customer's word passed on is something that happened too.
      '고객사 한 곳이 계약 전에 약속받은 할인이 청구서에 반영이 안 됐다고 해요. 이건 어디로 문의해야 하나요?',
    ];
    assert.deepEqual(notChecked(told), []);
  });

  it('"how do we raise it?" asked of a kind of matter ("사기 의심 건은 보통 MS에 어떻게 올려요?", "마켓플레이스 타사 제품 건은 어디에 문의해요?") is a question when the case model reads a plain question; asked of a case told or pointed at ("this customer"), it starts the check', () => {
    const texts = [
      '사기 의심 건은 보통 MS에 어떻게 올려요? 수수료 있어요?',
      '마켓플레이스 타사 제품 건은 어디에 문의해요? 벤더 연락처는 어디 있어요?',
    ];
    assert.deepEqual(misrouted(texts.map((text) => [text, 'question'] as const)), []);
    assert.equal(route('고객 건인데 이거 MS에 올려야 하나요? 메일이 전부 반송돼요'), 'problem');
    // Pointed at one case ("this customer"), it is that case, however few its words.
    assert.equal(route('Should we open a ticket for this customer?'), 'problem');
  });

  it('a past case told as an example ("…is resolved now. For next time…", "…건은 이미 해결됐어요") is a question about the rules; live again ("bouncing again", "다시 생겼어요", "still queued"), a case', () => {
    const past = [
      "The customer's Azure SQL outage from Tuesday is resolved now. For next time, what's the initial response target for severity A?",
      '지난달 고객사 Teams 통화 끊김 건은 이미 해결됐어요. 보통 이런 건도 전화로 접수할 수 있나요?',
    ];
    assert.deepEqual(past.map(routeAndTopic), [
      ['question', 'severity-response-times'],
      ['question', 'phone-support'],
    ]);
    // So does one asked while writing a guide, a wiki or a runbook, unless a customer's case is told beside it.
    assert.deepEqual(
      [
        '팀 가이드를 정리하고 있어요. 어떤 지원 경로가 맞아요?',
        '런북 업데이트 중인데요, 고객 메일이 전부 반송되면 심각도는 뭐로 잡아요?',
      ].map(route),
      ['question', 'question'],
    );
    assert.equal(
      route('사내 위키 정리하다가 여쭤봐요. 고객사 청구액이 사용 내역과 불일치합니다. 분쟁으로 올릴 수 있나요?'),
      'problem',
    );
    // A lessons-learned question or a knowledge-base note asks about the rules too.
    const retrospective = [
      'Lessons-learned question: a customer of ours had a surprise licence order last spring and we took weeks to raise it. Who should have raised it with Microsoft?',
      "For our internal KB: a customer once had licences ordered on their tenant by someone they didn't know. Which route do partners use for fraud like that?",
    ];
    assert.deepEqual(misrouted(retrospective.map((text) => [text, 'question'] as const)), []);
    // A symptom told of a past time ("Last quarter…", "지난달에…") is the closed case's.
    const lastTime = [
      "Last quarter a customer's SharePoint went down for a whole day; that ticket is long closed. For next time, could we have phoned Microsoft instead?",
      '지난달에 고객사 Teams가 반나절 먹통이었어요. 그 건은 종료됐는데, 원래 그런 건 심각도 A로 올리는 게 맞나요?',
    ];
    assert.deepEqual(misrouted(lastTime.map((text) => [text, 'question'] as const)), []);
    const live = [
      "Last month a customer's mail was bouncing and it was fixed, but it's bouncing again since this morning. Sev A?",
      '지난주에 고객사 VPN 끊김 건은 해결됐는데 오늘 또 끊겨요. SR 열어야 하나요?',
      "We thought the customer's mail flow was fixed, but it's bouncing again since 9am. Sev A?",
      '지난주에 해결됐던 고객 VPN 끊김이 오늘 다시 생겼어요. SR 열어야 하나요?',
      "The customer's Exchange hybrid issue was closed by Microsoft yesterday, but mail to on-prem mailboxes is still queued. Reopen or new SR?",
      // Closed, but asked about itself; or closed but not resolved; or not known to be resolved.
      "The customer's VM outage is resolved; we want Microsoft's root cause analysis. Do we open an SR for that?",
      '고객 장애는 복구됐는데 원인을 MS에 물어보고 싶어요. 이것도 SR로 여나요?',
      'The ticket was closed but the issue is not resolved for the customer. What now?',
      '고객 Exchange 문제가 해결됐는지 모르겠어요. 메일이 가끔 늦게 와요.',
    ];
    assert.deepEqual(misrouted(live.map((text) => [text, 'problem'] as const)), []);
  });

  it('a message that only asks general questions is a question, even when it names a customer, unless it states a symptom', () => {
    assert.equal(route('고객 건인데 파트너 센터 안 거치고 Azure 포털에서 바로 티켓 열어도 되나요?'), 'question');
    assert.equal(
      route("For a customer's case, can I skip Partner Center and open the ticket straight in the Azure portal?"),
      'question',
    );
    assert.equal(route("Customer's invoice doubled this month, should we escalate?"), 'problem');
  });

  it('R2: something that happened to a customer (charged twice, paid an invoice twice) is a case, even when its only question is about the rules', () => {
    const texts = [
      'Customer got charged twice for their Azure reservation — and generally, is billing support free for CSP partners?',
      '고객사 Microsoft 365 요금이 두 번 청구됐는데, 청구 지원은 CSP 파트너면 무료인 거죠?',
      'The customer paid the same Microsoft 365 invoice twice. Can that be refunded through a service request?',
    ];
    assert.deepEqual(
      texts.map(route),
      texts.map(() => 'both'),
    );
    // Supposed, it has not happened.
    assert.equal(route('If a customer paid the same invoice twice, how do they get a refund?'), 'question');
  });

  it('R2: seats billed as more than bought ("E5 40석이 60석으로 청구된 건") happened, whatever is asked about roles beside it', () => {
    assert.deepEqual(
      notChecked([
        '저는 헬프데스크 역할인데요, 고객사 한솔물류 E5 40석이 60석으로 청구된 건 제가 서비스 요청 만들 수 있나요? 헬프데스크면 일반적으로 어떤 게 막히는지도 궁금해요.',
      ]),
      [],
    );
  });

  it('R2: a customer\'s amounts that do not match or are wrong ("청구 요약이 맞지 않아요", "doesn\'t add up", "또 틀림") are a case; supposed ("…틀리면", "…안 맞으면", "If…"), a question', () => {
    const texts = [
      '고객 송장 합계랑 파트너 센터 청구 요약이 맞지 않아요. 분쟁 접수 되나요?',
      "The customer's invoice total doesn't add up against the usage file. Is that a dispute?",
    ];
    // The check starts; "is that a dispute?" may be answered beside it (R2).
    assert.deepEqual(notChecked(texts), []);
    // Short chat notes too: one under the case model's usual minimum, one with the amount "틀림" (wrong).
    assert.deepEqual(notChecked(['고객사 3월 송장 금액 틀려요 분쟁 되나요', '고객 인보이스 또 틀림. 분쟁 가능?']), []);
    const supposed = [
      '고객 청구서 금액이 틀리면 분쟁 접수 되나요?',
      '고객 송장 합계랑 파트너 센터 청구 요약이 맞지 않으면 분쟁 접수 되나요?',
      "If a customer's invoice total doesn't add up against the usage file, is that a dispute?",
    ];
    assert.deepEqual(misrouted(supposed.map((text) => [text, 'question'] as const)), []);
  });

  it('rulebook §2: "오류가 있어요", "누락돼요", "배포 실패인데" are symptoms, and an invoice that "has the wrong VAT rate" or "our own partner tenant got charged" is a case, however long the question beside it', () => {
    const cases: ReadonlyArray<[string, string]> = [
      [
        '고객 Exchange Online 메일 일부가 누락돼요. 별개로, 파트너 센터에서 고객 대신 서비스 요청 넣는 메뉴 순서 좀 알려주세요',
        'both',
      ],
      [
        '고객 Defender 정책 배포 실패인데 한 부서만 해당이라 급하지는 않아요. 그리고 CSP 지원 혜택엔 원래 뭐가 들어 있어요? 신규 파트너도 되나요?',
        'both',
      ],
      ['Our own partner tenant got charged for an Azure support plan we never purchased.', 'problem'],
      [
        "The customer's invoice has the wrong VAT rate on their Azure usage. Also, what does the CSP support benefit cover — is billing help free?",
        'both',
      ],
    ];
    assert.deepEqual(misrouted(cases), []);
    const withToolQuestion = routeMessage(
      '고객사 온프레미스 SQL Server 로그 전달 오류가 있어요. 그거랑 별개로 저희 기술 혜택 활성화하려는데 버튼이 안 눌려요, 이유가 뭘까요?',
    );
    assert.equal(withToolQuestion.symptom, true);
    assert.notEqual(withToolQuestion.route, 'question');
  });

  it('rulebook §2: problems told in everyday words start the check: a job that "안 돌아요" or skipped nights, users logged out, a VM that "reboots itself", a subscription gone from the list, a bill that "이상하게 나왔어요"', () => {
    const cases: ReadonlyArray<[string, string]> = [
      [
        '고객 Logic Apps 워크플로가 오늘 아침부터 안 돌아서 주문이 밀려 있어요. 그리고 보통 서비스 요청은 어떤 역할이 올릴 수 있어요?',
        'both',
      ],
      ['고객사 M365 청구 금액이 이상하게 나온 건 문의하려는데, 혹시 CSP 지원 혜택에 정확히 뭐가 포함돼요?', 'both'],
      ['고객이 쓰는 마켓플레이스 SaaS 앱이 몇 분마다 사용자를 로그아웃시켜요. 이건 MS가 봐주나요?', 'problem'],
      [
        '고객 Azure Backup 작업이 사흘 밤 건너뛰었어요. 그리고 Azure 지원 요청 쓸 때 지원 계획 필드는 뭘 골라요?',
        'both',
      ],
      [
        "Customer's Azure Backup skipped three nights in a row. Also, which support plan do I pick in the Azure request form?",
        'both',
      ],
      [
        "The customer's Azure VM reboots itself every couple of hours. We're Gold with Cloud Platform - how many Signature incidents do we get?",
        'both',
      ],
      ['고객 구독이 파트너 센터 목록에서 없어졌어요. 삭제한 사람은 없대요. 다음 단계가 뭔가요?', 'problem'],
    ];
    assert.deepEqual(misrouted(cases), []);
    assert.equal(routeMessage(cases[0]![0]).symptom, true);
  });

  it('rulebook §2, R2: calls that "fail", mail "dead since 7am", staff who "앱에 못 들어가요" are symptoms; a customer who "disputes" a charge and a "중복 과금 건" happened, whatever is asked beside them', () => {
    assert.deepEqual(
      misrouted([
        [
          "Can I just ring Microsoft to say our customer's Exchange Online has been dead since 7am for the whole company?",
          'both',
        ],
        [
          "Customer's Teams Phone calls fail for their Daegu branch - do you offer Korean-language support in general, and at what hours?",
          'both',
        ],
        ['고객 Azure 중복 과금 건 분쟁으로 올리려는데, 일반적으로 이런 비장애 건은 첫 응답 얼마나 걸려요?', 'both'],
        [
          "Customer disputes their Microsoft 365 true-up charge. What's the process - and is dispute support free for CSP partners?",
          'both',
        ],
      ]),
      [],
    );
    assert.equal(
      routeMessage(
        '고객사 Teams 라이선스가 꼬여서 일부 직원이 앱에 못 들어가요. 팀즈 라이선스 문제는 보통 어디로 문의해요?',
      ).symptom,
      true,
    );
  });

  it('rulebook §2: a situation told without a symptom word, then "who do we ask?" or "which plan covers this?", is a case (the case model reads the wording); R16: "which plan" is answered beside it by the partner support plans, not the Azure form\'s plan field', () => {
    const texts = [
      'Dynamics 365 Finance 환경에 라이선스가 20개만 보여요, 25개 샀는데요. 누구한테 얘기해야 해요?',
      'Power BI refresh for the finance workspace has been stuck on "in progress" since Monday. Which support plan covers this?',
    ];
    assert.deepEqual(texts.map(routeAndTopic), [
      ['problem', undefined],
      ['both', 'support-plans'],
    ]);
  });

  it('R22: a case told before an ellipsis ("…영어가 서툴러서요… 한국어로 상담 받을 수 있나요?") starts the check, and the question after it is answered beside it', () => {
    const texts = [
      '고객 Exchange 건으로 SR 하나 열 건데 영어가 서툴러서요… 한국어로 상담 받을 수 있나요?',
      '고객사 Teams 통화 건으로 SR 올릴 건데 영어가 자신 없어서요… 한국어 상담도 되나요?',
    ];
    assert.deepEqual(
      texts.map(routeAndTopic),
      texts.map(() => ['both', 'local-language-support']),
    );
  });

  it('R23: a case told inside the question ("…about the customer\'s payroll team, whose Outlook calendar has been showing meetings an hour late since Monday, or…?") starts the check, and the question is answered beside it', () => {
    assert.deepEqual(
      routeAndTopic(
        "Can I phone Microsoft about the customer's payroll team, whose Outlook calendar has been showing meetings an hour late since Monday, or is there no phone line for CSP?",
      ),
      ['both', 'phone-support'],
    );
    assert.deepEqual(
      routeAndTopic("Can a partner phone Microsoft when a customer's calendar shows meetings an hour late?"),
      ['question', 'phone-support'],
    );
  });

  it('R5, R6: a situation told, then "which support path is right?" asked about it ("…Which route is right for this?", "…어떤 지원 경로가 맞아요?"), is a case, even when its words are the phone line\'s ("rings", "안내 멘트"); asked about a kind of problem, it is a question', () => {
    const texts = [
      "What route do we take for this - the customer's main number rings for a minute before any phone rings.",
      '가온병원 Teams 자동 전화 교환이 낮에도 야간 안내를 틀어요. 어떤 지원 경로가 맞아요?',
      '한빛물산 대표번호로 걸면 상담원 전화가 40초 지나서야 울려요. 설정은 다 확인했어요. 어느 경로로 가야 맞나요?',
      "Our customer's call queue sends every call to the same agent, whatever the routing method says. Which support path is right here?",
    ];
    assert.deepEqual(misrouted(texts.map((text) => [text, 'problem'] as const)), []);
    const general = [
      "What route do we take for a customer's billing dispute?",
      '병원 고객 전화 문제는 어떤 지원 경로가 맞아요?',
      "Which support path is right when a customer's Teams Phone auto attendant misbehaves?",
      'Which support routes do partners have for customer problems?',
    ];
    assert.deepEqual(misrouted(general.map((text) => [text, 'question'] as const)), []);
  });

  it('R5, R6: a situation said, then "fix it ourselves or escalate?" asked about it, is a case; the same question asked in general is a question', () => {
    const texts = [
      'Guest users from the partner company see the whole directory. Is that on us or Microsoft?',
      '신규 입사자한테 예전 로그인 브랜딩이 보여요. MS가 봐야 하나요 저희가 해야 하나요?',
    ];
    assert.deepEqual(
      texts.map(route),
      texts.map(() => 'problem'),
    );
    const general = [
      'New helpdesk staff start on Monday. Which problems do partners fix themselves and which go to Microsoft?',
      "Our new helpdesk guy asked me today. Is that on us or Microsoft in general when a customer's mailbox is full?",
      '팀 가이드를 정리하고 있어요. 어떤 문제는 저희가 해결하고 어떤 건 MS로 넘겨야 하나요?',
    ];
    assert.deepEqual(
      general.map(routeAndTopic),
      general.map(() => ['question', 'fix-or-escalate']),
    );
  });

  it('R5, R6: a situation said, then the writer unsure which ("…예외 처리하면 되는 건지, MS 케이스로 가야 하는 건지 헷갈려요", "Not sure if we just do it or…") asks the check\'s own question: a case; unsure of a kind of problem, for a guide, it is a question', () => {
    assert.deepEqual(
      misread(
        [
          '대한상사에서 Defender 예외 목록에 사내 프로그램을 넣어 달라고 해요. 저희가 예외 처리하면 되는 건지, MS 케이스로 가야 하는 건지 헷갈려요.',
          'Tailspin wants their in-house tool added to the Defender exclusions list. Not sure if we just do it or it goes to Microsoft.',
        ],
        [
          '팀 가이드를 정리하고 있어요. 어떤 문제는 저희가 해결하고 어떤 건 MS로 넘겨야 하는 건지 헷갈려요.',
          '신입 교육 자료 만드는 중이에요. 설정 문제는 저희가 하면 되는 건지 MS로 가야 하는 건지 늘 헷갈려요.',
          "We're writing our helpdesk guide. Never sure whether config problems are ours or go to Microsoft.",
        ],
      ),
      [],
    );
  });

  it('a case told before "Side question:", "On a separate note", "참고로", "그나저나" or "별도로" is read by itself; the general question after the words is answered beside it, unless the words open the message or a symptom follows them', () => {
    const texts = [
      "I opened the customer's Azure SQL case yesterday, it's still with the engineer. Side question: where do I go later to see Azure requests I submitted for customers?",
      '고객사 Intune 기기 준수 상태가 금요일부터 틀리게 보여요. 그나저나 고객 대신 요청은 관리 에이전트만 제출할 수 있나요?',
      "A customer's Purview labels show on some files only. On a separate note, when we sign straight into the Azure portal with our partner account to open customer tickets, is that allowed?",
      '고객 메일이 정크함으로 가는 건은 보고 있어요. 별도로, 파트너 센터 기술 혜택 활성화 버튼이 회색인데 이건 어떤 권한이 있어야 누를 수 있나요?',
    ];
    assert.deepEqual(texts.map(routeAndTopic), [
      ['both', 'azure-request-fields'],
      ['both', 'who-can-file'],
      ['both', 'direct-portal-sign-in'],
      ['both', 'activate-technical-benefits'],
    ]);
    assert.equal(route('By the way, is billing support free for CSP partners?'), 'question');
    // What follows the word may be the case itself, when the word opens the message or a symptom follows it.
    assert.equal(route("btw the customer's whole tenant can't sign in since 9, what severity?"), 'problem');
    assert.equal(
      route('by the way our customer says their Intune policies vanished overnight, who do we ask?'),
      'problem',
    );
    assert.deepEqual(routeAndTopic('btw customer got charged twice for Teams Phone this month, can we dispute it?'), [
      'both',
      'billing-support',
    ]);
  });

  it('rulebook §2: "안 되" that asks leave ("…만들면 안 되나요?", "CSP 지원으로는 안 되는 거죠?") or says how long ("입사한 지 얼마 안 돼서요") is no symptom; said of a service ("로그인하면 안 돼요", "Teams로는 안 되고"), it is', () => {
    const texts = [
      '포털에 바로 로그인해서 고객 요청 만들면 안 되나요?',
      '저희 회사 자체 테넌트 건은 CSP 지원으로는 안 되는 거죠?',
      '입사한 지 얼마 안 돼서요. 고객 서비스 요청은 어떻게 만드나요?',
    ];
    assert.deepEqual(misrouted(texts.map((text) => [text, 'question'] as const)), []);
    const live = [
      '고객 VM에 원격으로 로그인하면 안 돼요. 검은 화면만 나와요',
      '고객사 Teams로는 안 되고 웹에서만 회의 참가가 돼요. SR 열어야 하나요?',
    ];
    assert.deepEqual(misrouted(live.map((text) => [text, 'problem'] as const)), []);
  });

  it('rulebook §2: a symptom word inside another word is none: "디렉터리", "다이렉트" hold no "렉" (lag), "안타깝게도" no "안 타"', () => {
    const texts = [
      '안타깝게도 이번 분기 인시던트를 다 쓴 것 같은데 남은 개수는 어디서 보나요?',
      'Entra 디렉터리 역할 중에 어떤 역할이 있어야 지원 요청을 만들 수 있나요?',
      '다이렉트 빌 파트너도 한국어 지원을 받을 수 있나요?',
    ];
    assert.deepEqual(misrouted(texts.map((text) => [text, 'question'] as const)), []);
    assert.equal(routeMessage('고객 게임 서버가 렉이 심해요').symptom, true);
  });

  it('rulebook §2: "익스체인지" is Exchange, not the "…인지" of a supposition: its symptom stays a symptom', () => {
    assert.deepEqual(
      routeAndTopic('고객사 익스체인지 메일이 오전부터 하나도 안 들어오는데 전화로 바로 접수할 수 있나요?'),
      ['both', 'phone-support'],
    );
    // "…인지" still asks whether: no symptom is said.
    assert.equal(routeMessage('서버 다운인지 아닌지 판단 기준이 뭔가요?').symptom, false);
  });

  it('rulebook §2: a symptom stays a symptom in a run-on line whose question comes after "…건데", "…려는데" ("…끊김 SR 올릴 건데 전화로도 접수되는지 궁금"): the case starts, the question is answered beside it', () => {
    const texts = [
      '고객 Teams 통화가 일부 사용자만 계속 끊김 SR 올릴 건데 전화로도 접수되는지 궁금',
      '고객 VM이 느려서 SR 올리려는데 심각도는 어떻게 고르는지 궁금합니다',
    ];
    assert.deepEqual(texts.map(routeAndTopic), [
      ['both', 'phone-support'],
      ['both', 'severity-response-times'],
    ]);
  });

  it('rulebook §2: "…하면서" goes with what happens and "어떻게 하면 돼요?" asks what to do now: neither supposes the symptom beside it', () => {
    for (const text of [
      '고객 VPN이 접속하면서 계속 끊겨요. 티켓 열어야 하나요?',
      '고객사 서버가 업데이트되면서 다운됐어요. 어떻게 해야 하나요?',
      '고객 VM 다운 어떻게 하면 돼요?',
    ]) {
      assert.deepEqual([route(text), routeMessage(text).symptom], ['problem', true], text);
    }
  });

  it('R15, R18: an error met while using the support tools, told across "…려는데", is the tools\' error, not a symptom of a customer\'s service', () => {
    for (const text of [
      '파트너 센터에서 서비스 요청 만들려는데 계속 오류가 나요',
      '파트너 센터 들어가려는데 로그인이 안 돼요',
    ]) {
      assert.equal(routeMessage(text).symptom, false, text);
    }
  });

  it('R21, R22, R23: "…하면 안 되나요?", "…받으면 …적용 안 되는 건가요?" suppose a case to ask about the rules: "안 되" there is no symptom', () => {
    const texts = [
      '급한 건은 포털 말고 MS에 전화로 바로 요청하면 안 되나요?',
      '고객이 한국어로 지원받으면 심각도 A 응답 시간은 적용 안 되는 건가요?',
      '장애 의심되면 서비스 상태부터 보라는데 파트너 센터에서 그게 어디 있어요?',
    ];
    assert.deepEqual(texts.map(routeAndTopic), [
      ['question', 'phone-support'],
      ['question', 'local-language-support'],
      ['question', 'service-health'],
    ]);
  });

  it('a statement and a question run together in one sentence ("…몇 건 잡힘 근데 …되나요?") is a case with a question beside it', () => {
    const texts = [
      '고객사 Azure 구독에서 모르는 VM 결제가 몇 건 잡힘 근데 이런 건 유료 지원 없이도 접수돼요?',
      "Customer's tenant shows three E5 charges nobody ordered and can billing issues go through without a paid plan?",
    ];
    assert.deepEqual(
      texts.map(routeAndTopic),
      texts.map(() => ['both', 'billing-support']),
    );
    assert.equal(route('Can we open a request for a customer and who pays for it?'), 'question');
  });

  it('a note\'s clauses listed with commas before its question ("…dial tone gone for the whole customer, status page green, we\'re Silver, need to escalate - how?") state a case; the question is its last clause', () => {
    const notes = [
      "Teams phone dial tone gone for the whole customer, status page green, we're Silver, need to escalate - how?",
      "customer's Teams phone numbers all show unassigned, service health ok, we have ASfP, how do we escalate?",
    ];
    // Who the partner is, listed before a question, states no case.
    const profile = 'As an indirect reseller, without admin rights, with a helpdesk role, can we file Azure requests?';
    assert.deepEqual(misread(notes, [profile]), []);
  });

  it('a note whose clauses end in the noun form ("…잡혀 있음 주문한 적 없음 이거 어디로 올림?") states a case before its question, when the case model reads a case; "…정리하는 중임" is context for a general question', () => {
    assert.deepEqual(
      routeAndTopic('청구서에 고객 이름으로 Defender 라이선스 잡혀 있음 주문한 적 없음 이거 어디로 올림?'),
      ['both', 'billing-support'],
    );
    assert.deepEqual(routeAndTopic('사내 위키 정리하는 중임 포털에 직접 로그인해서 고객 티켓 열어도 됨?'), [
      'question',
      'direct-portal-sign-in',
    ]);
  });

  it('rulebook §2: symptoms said as nouns in notes and tickets are symptoms ("로그인 안 됨", "백업 실패 건", "전부 에러예요", "503s"), and a backup job\'s failure beside the support request being written is the customer\'s', () => {
    const texts = [
      '고객사 Power BI 게이트웨이 로그인 안 됨 근데 이건 Power BI 지원으로 가요?',
      '고객 Azure SQL 백업 실패 건 서비스 요청 넣을 때 연락처는 누구 걸로 해요?',
      '고객사 쪽 Logic Apps 전부 에러예요. 유료 지원 플랜 없어도 접수 가능해요?',
      '고객사 온프레미스 Exchange 2019 큐 오류가 계속 나요. 온프레미스도 파트너 혜택으로 지원돼요?',
      '고객 직원들 Teams에서 로그인 창이 계속 떠요. 파트너 센터에서 서비스 상태는 어디서 봐요?',
      "The customer's App Service returns 503s on every call. Can I open the request from portal.azure.com myself?",
      '고객 Azure Backup 복원이 실패해서 지원 요청 작성 중인데 지원 계획은 뭘 골라요?',
    ];
    assert.deepEqual(
      texts.map((text) => routeMessage(text).symptom),
      texts.map(() => true),
    );
  });

  it('rulebook §2: short chat notes name their symptom in few words ("쉐포 다운이요", "plugins erroring", "nva says license expired"), and subscriptions "created on" a customer\'s tenant happened (R2)', () => {
    const notes = [
      '고객 쉐포 다운이요. 야간에도 한국어 상담 돼요?',
      'cx dynamics plugins erroring - do we need asfp to log it?',
      'marketplace waf vm says license expired',
      'marketplace nva says license expired',
      'unknown subs created on client tenant, fraud??',
    ];
    // Asked of any tenant, it stays a question.
    const asked = 'When subscriptions are created on a customer tenant without consent, who investigates?';
    assert.deepEqual(misread(notes, [asked]), []);
  });

  it('rulebook §2: "won\'t connect", results that "틀리게 나와요" and a worker that "계속 죽는데" are symptoms, whatever general question is asked beside them', () => {
    assert.deepEqual(
      notChecked([
        "Teams won't connect for the customer's sales floor, haven't checked health yet - where in Partner Center do I see their service health?",
        '고객사 Power BI 보고서 합계가 틀리게 나와서 지원 받아야 해요. 활성화 버튼이 회색인데 누가 풀어요?',
        '고객사 App Service 워커가 계속 죽는데 보통 파트너가 고칠 범위랑 MS 범위가 어떻게 나뉘어요?',
      ]),
      [],
    );
  });

  it('rulebook §2: a case mentioned in passing beside a general question starts the check: "AKS 또 터짐", "…is down right now and I\'m wondering if…", "can\'t assign … licences right now", "it\'s happening right now: … drops off Teams calls", and the customer\'s own "오류 나는 중인데" before the support tools are named', () => {
    assert.deepEqual(
      notChecked([
        '우리 사내 애저 구독 AKS 또 터짐 ㅠ 자사 구독은 CSP 지원 안 된다던데 그럼 어디로 가요?',
        "does Premier cover on-prem? client's SQL Server 2017 AG listener is down right now and I'm wondering if it would have helped",
        "We only have Silver. Where do Dynamics 365 licence problems go? A client can't assign Sales licences to two new hires right now.",
        "FYI for the wiki — it's happening right now: the whole Daegu branch of Northwind drops off Teams calls after 30 seconds.",
        '고객 Azure Front Door 오류 나는 중인데 파트너 센터 안 거치고 포털에서 바로 요청 만들면 어떻게 되나요?',
      ]),
      [],
    );
    // Said after "if", a symptom is still supposed.
    assert.deepEqual(misrouted([["Is it severity A if the customer's whole tenant is down?", 'question']]), []);
  });

  it('a case being worked on ("Currently working an Exchange Online incident for a client", "고객사 Teams 이슈 대응 중입니다", "Live SharePoint issue at a customer right now") or told as "no one can log in" starts the check beside the general question; worked on in general ("When handling an incident for a customer…"), it does not', () => {
    assert.deepEqual(
      misread(
        [
          'Currently working an Exchange Online incident for a client. What does the CSP support benefit include beyond break-fix?',
          'We are handling a networking incident for one of our customers. Which paid partner support plans exist for advisory help?',
          '고객사 Teams 이슈 대응 중입니다. 파트너 유료 지원 계획은 어떤 게 있나요?',
          'Live SharePoint issue at a customer right now. Can you summarise what CSP support covers?',
          'Northwind: no one can log in to Teams since 8am, whole company — how do I file a request in Partner Center?',
        ],
        [
          'While handling an incident for a customer, can we call Microsoft by phone?',
          '고객 이슈 대응 중에는 보통 전화로도 접수할 수 있나요?',
        ],
      ),
      [],
    );
  });

  it('a case told in a few words before a long general question starts the check: "returning errors", "misbehaving", "crawling", "다운.", "접근이 안 된다고", "이의 제기 중", a note "cx exchange 2016 dag issue.", and "We are raising an issue for a customer\'s Azure Firewall."; asked how to raise one, it is a question', () => {
    assert.deepEqual(
      misread(
        [
          'Our own Azure Front Door is returning errors.\n\nCould you explain how Signature Cloud Support incidents work for Gold partners with a non-cloud competency?',
          "Customer's Check Point VM from Marketplace misbehaving - does Microsoft support marketplace products at all, or do we go to the publisher?",
          'where exactly do I check service health for one customer in Partner Center, since Contoso is telling us Teams is crawling for everyone today?',
          '고객 Azure Functions 다운. Azure 지원 요청 작성할 때 지원 계획은 뭘 선택해야 하나요? 클라우드 솔루션 공급자 고르면 되나?',
          'Partner Center 안 거치고 Azure 포털에서 바로 고객 지원 요청 만들면 안 되나요? 방금 고객사에서 VM에 접근이 안 된다고 연락 와서요',
          '고객사가 이번 달 인보이스 금액 이의 제기 중. 청구 분쟁은 어떻게 Microsoft에 올려요?',
          'cx exchange 2016 dag issue. where do we file on-prem tickets with our MPN benefit?',
          "We are raising an issue for a customer's Azure Firewall.\n\nWhich support plan should be selected under Basics for CSP customers, and where do we review the request later?",
        ],
        [
          'How do we raise a support case for a customer in Partner Center?',
          '파일 다운 받으려면 파트너 센터 어디로 가요?',
        ],
      ),
      [],
    );
    // "다운 타임" (downtime) is no symptom.
    assert.equal(routeMessage('고객사 다운 타임 보상은 어디로 문의해요?').symptom, false);
  });

  it('rulebook §2: "끈김" typed for 끊김, a CPU at 100 % and running out of memory are symptoms (a break-fix problem)', () => {
    const texts = [
      '고객사 애저 db 연결 끈김',
      '고객 VPN 자꾸 끈겨요',
      'Galloway Freight on-prem SQL Server hits 100% CPU every night',
      'customer VM CPU at 100% since the patch',
      '고객 서버 CPU 100% 찍고 있어요',
      'customer app service out of memory every hour',
    ];
    assert.deepEqual(withoutSymptom(texts), []);
  });

  it('a case marked live ("Live case:", "We\'ve got a major one right now at…", "지금 고객사 … 건 때문에") or told by "queues backing up", "throughput maxed out", "connections keep resetting" starts the check beside a long general question; "Live case or not…" and "a live case channel" mark none', () => {
    assert.deepEqual(
      misread(
        [
          "Contoso, Exchange Online queues backing up. Where exactly in Partner Center do we see a customer's service health?",
          'Litware: Azure Service Bus throughput maxed out. Which support plan do we pick in the Azure request form?',
          'Tailspin: Azure SQL connections keep resetting. Are Action Pack partners eligible for Signature Cloud Support?',
          "Live case: Northwind's Teams external access blocked. Which issues does Microsoft expect partners to resolve themselves?",
          "We've got a major one right now at Alpine Ski House. Does being a CSP partner give us priority response?",
          'CSP 지원 혜택에 정확히 뭐가 포함돼요? 지금 고객사 Azure Kubernetes 건 때문에 확인하는 거예요',
        ],
        [
          "Live case or not, what's the Sev A initial response time in general?",
          'Is there a live case channel for partners, or do we file everything in Partner Center?',
          '실제 건은 없어요. 그냥 궁금해서요, Signature Cloud Support는 Silver 파트너도 받을 수 있나요?',
        ],
      ),
      [],
    );
  });

  it('rulebook §2: Korean notes name their trouble in a noun ("쓰기 실패.", "게스트 초대 막힘", "디스크 손상 의심", "할당량 초과 오류 중"): a case beside the general question; "배포 실패 시…" supposes one', () => {
    assert.deepEqual(
      misread(
        [
          '거래처 Cosmos DB 쓰기 실패. CSP 말고 기술 문제는 어떤 유료 지원 플랜이 있어요?',
          '고객 팀즈 게스트 초대 막힘. O365 서비스 요청 폼 연락처는 고객 거 넣어요?',
          '거래처 VM 디스크 손상 의심. 간접 재판매인도 Azure 건 직접 제출할 수 있나요?',
        ],
        ['배포 실패 시 보통 어떤 지원 경로로 문의해요?'],
      ),
      [],
    );
  });

  it('rulebook §2: "응답하지 않고 있습니다", "went read-only", "not expanding" are symptoms, and "We have an open issue at Proseware" marks a live case, beside a general question', () => {
    assert.deepEqual(
      notChecked([
        '고객사에 배포된 마켓플레이스 방화벽 이미지가 기동 후 응답하지 않고 있습니다. 게시자 지원 연락처는 어디서 확인하나요?',
        'For our own Azure subscription, what entitlement do we give Microsoft? Our own prod Azure SQL went read-only an hour ago.',
        'Contoso, exchange online archive not expanding. what do we get under CSP support?',
        'We have an open issue at Proseware. What are the steps to create a service request for a customer?',
      ]),
      [],
    );
  });

  it('a named matter being worked on now ("동진물류 팀즈 건 지금 잡고 있는데요", "…건 오늘 아침부터 진행 중인데", "the Fabrikam Azure case on my plate") is a live case beside a general question; a case in general ("How long can a case stay open…?") is none', () => {
    assert.deepEqual(
      misread(
        [
          '동진물류 팀즈 건 지금 잡고 있는데요, 서비스 요청을 전화로도 낼 수 있나요?',
          '한결 Azure 건 오늘 아침부터 진행 중인데, 고객 요청은 파트너 센터 어느 메뉴에서 만들어요?',
          'Premier랑 ASfP 차이가 뭐예요? 지금 대성 Azure 건 하고 있어서 궁금해졌어요.',
          'Do we have to check service health before opening a request? Asking for the Fabrikam Azure case on my plate.',
          "how do we activate technical benefits in partner center? need it for the Contoso SQL case we're on today",
        ],
        [
          'How long can a case stay open before Microsoft closes it?',
          'Can we keep a ticket open for a week?',
          "What's on the case page in Partner Center?",
        ],
      ),
      [],
    );
  });

  it('a question for a playbook, an FAQ or a cheat sheet, whose case is an example ("e.g. when their SharePoint is down", "for emergencies like a full outage", "예를 들어…", "When a customer rings saying…") or said not to be live ("This isn\'t a live case", "실제 건은 아니고요"), is a question; a live case with an example beside it stays a case', () => {
    assert.deepEqual(
      misread(
        [
          "Customer's Teams is down for everyone, e.g. chat and calls both fail. Sev A?",
          '고객사 앱 몇 개가 안 돼요. 예를 들어 Teams가 안 열려요. SR 올려야 하나요?',
          'When the customer tried to sign in this morning, every account failed. Escalate?',
          "Our customer's SQL MI is down — when a customer's SQL is down like this, is it sev A?",
        ],
        [
          "Updating our L1 playbook. When a customer rings saying Teams won't load, where in Partner Center do we check service health first?",
          '실제 건은 아니고요, 고객 VM 문제로 Azure 포털에 바로 로그인해서 티켓 열면 안 되는 이유가 뭔가요?',
          '진행 중인 건은 아니고요, 고객 설정 잘못으로 생긴 문제(예를 들어 메일 규칙 잘못 걸어서 메일이 안 가는 경우)도 MS에 올리나요?',
          'Is there a phone line for CSP service requests, for emergencies like a full Exchange outage? Asking for the wiki.',
          "Making a cheat sheet: what's the Partner Center path to open a request for a customer, e.g. for when their SharePoint is down?",
        ],
      ),
      [],
    );
    // These start no check either, though no topic answers them surely enough: the reader asks what is wanted.
    const noCheck = [
      "This isn't a live case, just getting the FAQ right: when a customer's mail bounces because their MX record is wrong, that's ours to fix, right?",
      "Where do I find the ISV support contact for a marketplace product, e.g. when a customer's third-party firewall stopped passing traffic?",
    ];
    assert.deepEqual(
      noCheck.filter((text) => ['problem', 'both'].includes(route(text))),
      [],
    );
  });

  it('rulebook §2: "전사 불통" and "refusing all connections" are symptoms, and a dash ends the clause a "…면" supposes ("…불통(…) — 심각도 A면 첫 응답은?"); "…불통이면요" still supposes', () => {
    assert.deepEqual(
      misread(
        [
          '거래처 SharePoint 전사 불통(헬스 대시보드엔 없음) — 심각도 A면 첫 응답은 언제 와요?',
          "The customer's AVD host pool is refusing all connections since 7am — where do I see how many partner incidents we have left?",
        ],
        ['심각도 A면 첫 응답은 언제 와요? 전사 불통이면요.'],
      ),
      [],
    );
  });

  it('rulebook §2: "…열면 500 에러가 나요" says what happens each time it is opened, a symptom; "…끊기면 어떻게 해요?", "…에러가 나면 심각도는?", "만약 …열면 에러가 나요" and "예를 들어 …" suppose one', () => {
    assert.deepEqual(
      misread(
        [
          '고객사 SharePoint 사이트 몇 개가 열면 500 에러가 나요. 그리고 이런 거 한국어로 지원 받을 수 있나요? 된다면 몇 시까지인지도요.',
          '거래처 Outlook에서 첨부 파일을 열면 자꾸 튕겨요. 한국어 지원은 몇 시까지 되나요?',
        ],
        [
          'VPN이 끊기면 어떻게 해요? 한국어 지원은 몇 시까지 되나요?',
          '고객 사이트에서 500 에러가 나면 심각도는 뭔가요? 한국어 지원도 되나요?',
          '만약 고객 사이트를 열면 500 에러가 나요. 그때 한국어 지원은 몇 시까지 되나요?',
          '예를 들어 고객이 첨부 파일을 열면 튕겨요. 이럴 때 한국어 지원은 몇 시까지 되나요?',
        ],
      ),
      [],
    );
  });

  it('R2, rulebook §2: an amount said to be odd ("요금 이상해요", "청구액 이상함") is a charge that happened, and a page that shows "하얀 화면", "흰 화면", "빈 화면" a symptom, beside a question about the rules; "금액이 이상할 때는…?" supposes', () => {
    assert.deepEqual(
      misread(
        [
          '고객 요금 이상해요ㅠ 청구 지원은 무료예요?',
          '거래처 청구액 이상함ㅠ 이런 것도 서비스 요청으로 올려요?',
          '고객사 팀즈 앱 하얀 화면만 나옴. 서비스 상태는 파트너 센터 어디서 봐요?',
          '거래처 아웃룩 웹 접속하면 흰화면. 파트너 센터에서 고객 서비스 요청은 어떻게 만들어요?',
          '고객 SharePoint 사이트 빈 화면 뜸. 파트너 센터에서 고객 서비스 요청은 어떻게 만들어요?',
        ],
        ['청구 금액이 이상할 때는 어디로 문의해요?'],
      ),
      [],
    );
  });

  it('R2: a bill that went from one amount to another ("Our partner Azure bill went up from $2k to $9k") is a charge that happened, also on the own tenant; supposed ("If our bill goes from…"), none', () => {
    assert.deepEqual(
      misread(
        [
          'Our partner Azure bill went up from $2k to $9k, is that something we raise through a CSP ticket?',
          "Our internal Azure bill rose from about $1,500 to $7,800 since the 1st and we don't see why. Do we raise it through a CSP ticket?",
        ],
        ['If our Azure bill goes from $2k to $10k in a month, is that a CSP ticket?'],
      ),
      [],
    );
  });

  it('"In case it\'s a known issue:" before a case told is a hedge about the case, not a supposition of it: the check starts; "In case the customer\'s Exchange goes down, …?" and "In case of an outage, …?" still suppose one', () => {
    assert.deepEqual(
      misread(
        [
          "In case it's a known issue: Contoso's users can't sign in to Teams since 9am.",
          "In case this is already known: Fabrikam cannot send mail from Outlook, it says 'Something went wrong'.",
          "In case anyone has seen this: Litware's Intune enrolment fails with 0x80180014.",
          "In case this is a known thing - Wingtip can't create new Teams from templates. Existing teams work fine.",
        ],
        [
          "In case the customer's Exchange goes down, what severity do we pick?",
          'In case of an outage, who do we call?',
          'In case a customer is billed twice: do we raise it through Partner Center?',
        ],
      ),
      [],
    );
  });

  it('"만약을 위해", "만일을 대비해" ("just in case") hedge the message before a case told, not suppose it: the check starts; "만약 …되면", "만약을 대비해서 물어보는데, 전사 장애면…?" still suppose', () => {
    assert.deepEqual(
      misread(
        [
          '만일을 위해 남겨요: 거래처 Azure VPN 게이트웨이 연결이 계속 끊겨요',
          '만약을 대비해 공유드려요. 고객사 Intune 정책이 어제부터 적용이 안 돼요.',
          '만약을 위해 여쭤봐요, 지금 거래처 Azure 방화벽이 트래픽을 전부 막고 있어요.',
        ],
        [
          '만약 고객사 Exchange가 다운되면 심각도는 뭐로 해요?',
          '만약을 대비해서 물어보는데, 전사 장애면 전화로 접수돼요?',
          '만일 거래처 테넌트 전체가 로그인이 안 되면 누구한테 연락해요?',
        ],
      ),
      [],
    );
  });

  it('rulebook §2: a symptom told in a few words before "how do I raise a request?" starts the check: a zone "isn\'t resolving", a share that "stalls", servers that "lost network", "접근 거부 뜸", "에러남", "로그인이 불가한 상태", messages "늦게 와요"', () => {
    const howToFile = 'How do I raise a customer service request in Partner Center?';
    const howToFileKo = '파트너 센터에서 고객 서비스 요청은 어떻게 만들어요?';
    assert.deepEqual(
      notChecked([
        `Tailspin's private DNS zone isn't resolving any records. ${howToFile}`,
        `Litware's Azure Files share stalls on every copy. ${howToFile}`,
        `Our customer's domain controllers lost network at 7am. ${howToFile}`,
        `고객사 Azure 키볼트 접근 거부 뜸. ${howToFileKo}`,
        `거래처 Azure Backup 에러남. ${howToFileKo}`,
        `고객사 AVD 로그인이 불가한 상태예요. ${howToFileKo}`,
        `고객사 팀즈 메시지가 10분씩 늦게 와요. ${howToFileKo}`,
      ]),
      [],
    );
  });

  it('rulebook §2: mail "misrouting" or "delayed", "재부팅 루프 중", a flow that "끊겼어요" are symptoms of a service (break-fix)', () => {
    const texts = [
      "Fabrikam's Exchange Online connector is misrouting inbound mail.",
      "Contoso's outbound mail is delayed by two hours.",
      '고객사 VM 10대가 재부팅 루프 중이에요.',
      '고객사 Exchange 메일 흐름이 어젯밤에 끊겼어요.',
    ];
    assert.deepEqual(withoutSymptom(texts), []);
  });

  it('rulebook §2, R6: a service "behaving contrary to its documentation" (문서와 다르게 동작), "5xx", "404", connections that reset, a firewall "blocking traffic", "검색 불가 현상", "큐가 쌓여요", "권한 상속이 꼬였어요", "배포 오류 있음", "조회 실패 지금" are symptoms beside a general question; asked of a kind of service ("문서와 다르게 동작하는 서비스 문제는…?"), a question', () => {
    assert.deepEqual(
      misread(
        [
          "Since Monday Munson's Azure Front Door has been behaving contrary to its documentation. Which kinds of problems do partners hand to Microsoft?",
          '고객사 Logic Apps가 문서와 다르게 동작해요. 파트너 센터에서 고객 서비스 요청은 어떻게 만들어요?',
          'Lucerne: App Gateway 5xx, every region. How do I raise a customer service request in Partner Center?',
          'Lucerne: SharePoint team sites 404. How do I raise a customer service request in Partner Center?',
          'Lucerne: SQL MI connection resets. How do I raise a customer service request in Partner Center?',
          'Lucerne: marketplace NVA blocking traffic. How do I raise a customer service request in Partner Center?',
          '대성물산 OneDrive 검색 불가 현상 확인 중입니다. 파트너 센터에서 고객 서비스 요청은 어떻게 만들어요?',
          '대성물산 Exchange 2019 큐가 계속 쌓여요. 파트너 센터에서 고객 서비스 요청은 어떻게 만들어요?',
          '대성물산 SharePoint 권한 상속이 꼬였어요. 파트너 센터에서 고객 서비스 요청은 어떻게 만들어요?',
          'Intune 앱 배포 오류 있음. 파트너 센터에서 고객 서비스 요청은 어떻게 만들어요?',
          '대성물산 Azure DNS 조회 실패 지금. 파트너 센터에서 고객 서비스 요청은 어떻게 만들어요?',
        ],
        [
          '문서와 다르게 동작하는 서비스 문제는 에스컬레이션 대상인가요?',
          '다운된 서비스 문제는 에스컬레이션 대상인가요?',
        ],
      ),
      [],
    );
  });

  it('rulebook §2: a note that ends on its trouble ("…onboarding error.", "…동기화 오류 현재 발생.") tells a symptom beside a general question; "What does a licensing error mean?" asks', () => {
    assert.deepEqual(
      misread(
        [
          'Fabrikam - Defender for Endpoint onboarding error. How do I raise a customer service request in Partner Center?',
          '세광전자 SharePoint 동기화 오류 현재 발생. 파트너 센터에서 고객 서비스 요청은 어떻게 만들어요?',
        ],
        ['Who handles a marketplace licensing error, Microsoft or the ISV?'],
      ),
      [],
    );
  });

  it('a case told before a dash and a question after it in one sentence ("…went dark during month-end close - can I phone Microsoft…?") is a case with a question beside it, and a trouble word before a closing bracket ("(…확장 실패) ASfP는…?", "[… 복제 에러] 이거…") names its symptom', () => {
    assert.deepEqual(
      misread(
        [
          "Northwind's payroll app in Azure went dark during month-end close - can I phone Microsoft or is it web only?",
          '(우리 Azure 구독 AKS 노드 풀 확장 실패) ASfP는 클라우드 제품만 돼요?',
          '[세광전자 / Exchange 2016 DAG 복제 에러] 이거 인시던트 하나 쓸 건데, 올해 남은 건수는 어디서 봐요?',
        ],
        [
          'Quick question - can we call Microsoft for a sev A?',
          'Small thing for our wiki - who can file service requests?',
        ],
      ),
      [],
    );
  });

  it('rulebook §2: a change "사흘째 반영되지 않고 있어요" and call queues that "aren\'t ringing any agents" are symptoms, beside a general question too', () => {
    assert.deepEqual(
      notChecked([
        '고객사 Purview 레이블 변경이 사흘째 반영되지 않고 있어요. 파트너 센터에서 고객 서비스 요청은 어떻게 만들어요?',
      ]),
      [],
    );
    assert.equal(routeMessage("Contoso's call queues aren't ringing any agents since the update.").symptom, true);
  });

  it('no live case said ("지금 건이 있는 건 아니에요", "지금 걸린 건은 없고요", "Nothing live"), a kind of trouble ("…오류 같은 것도") and a symptom supposed "even if" ("장애가 나도") make a question about the rules; a case told with "장애 상황은 아니고" or "nothing live affected" stays a case', () => {
    assert.deepEqual(
      misread(
        [
          '고객사 Teams 통화가 자꾸 끊겨요. 장애 상황은 아니고 일부 사용자만이에요.',
          '고객사 Intune 등록 실패 같은 건 지금 어떻게 해요?',
          "Fabrikam's Azure Backup restore test fails every night. It's a test vault, nothing live affected.",
        ],
        [
          'SharePoint 동기화 오류 같은 것도 MS에 올릴 수 있는 건가요? 지금 건이 있는 건 아니에요.',
          '장애 상황은 아니고 그냥 궁금해서요. 심각도 A급 장애가 나도 전화 접수는 안 되는 건가요?',
          'Nothing live, just writing our escalation guide: would a tenant-wide Teams outage be Sev A?',
          '지금 걸린 건은 없고요, 원칙만요. 고객 정책 설정이 잘못돼서 메일이 안 나가면 저희가 고치는 건가요?',
        ],
      ),
      [],
    );
  });

  it('rulebook §2: a symptom told as the reason before an indirect question ("…20분째 503이라 누가 올려야 하는지…", "…다운돼서 어디로 문의하는지…") is stated, not supposed by "…는지"; supposed itself ("장애가 나서 …되는지"), none', () => {
    const symptomOf = (text: string): boolean => routeMessage(text).symptom;
    assert.deepEqual(
      [
        '지금 고객사 Azure Functions가 20분째 503이라 누가 올려야 하는지 정해야 해서요.',
        '거래처 SQL Managed Instance가 아침부터 다운돼서 어디로 문의하는지 찾는 중이에요.',
        '고객 포털이 30분째 503이라서 누가 만들어야 하는지 알아야 돼요.',
      ].filter((text) => !symptomOf(text)),
      [],
    );
    assert.equal(symptomOf('만약 장애가 나서 전화로 접수하면 되는지 궁금해요.'), false);
  });

  it('R7: a customer\'s request for guidance passed on ("…조언을 요청하고 있습니다", "would like guidance on…") is an advisory case, even told beside "현재 장애는 없습니다" or "Nothing is down right now"; without such a request those still ask about the rules', () => {
    assert.deepEqual(
      misread(
        [
          '고객사가 내년 초까지 온프레미스 Exchange를 Exchange Online으로 옮기려고 하는데, 이전 계획에 대해 Microsoft의 조언을 요청하고 있습니다. 현재 장애는 없습니다. 어떻게 진행하면 될까요?',
          "Our customer Northwind would like guidance on sizing Azure Virtual Desktop for 800 users. Nothing is down right now. How do we get Microsoft's advice on this?",
        ],
        [
          '지금 장애는 없어요. 파트너가 고객 대신 설계 자문도 요청할 수 있나요?',
          'Nothing is down right now - can a customer ask Microsoft for design guidance through a CSP request?',
        ],
      ),
      [],
    );
  });

  it('a named case followed up ("Update on the Northwind Exchange ticket:", "re the Fabrikam Azure SQL case…") or a ticket "already open" is a live case, its question answered beside the check; "Once a request is filed…?", "How do we follow up on a case…?" ask about the rules', () => {
    assert.deepEqual(
      misread(
        [
          'Update on the Northwind Exchange ticket: where do I see how many partner incidents we have left this year?',
          're the Fabrikam Azure SQL case from this morning — which Partner Center roles can file a request?',
          'The ticket is already open under Cloud Solution Provider. Can we move it to our Signature Cloud Support benefit?',
        ],
        [
          'Once a request is filed, how long until Microsoft replies?',
          'How do we follow up on a case we filed last month?',
        ],
      ),
      [],
    );
  });

  it('a live case named in passing beside a question ("Currently on the Trey Research Exchange case", "I have the Fabrikam Azure ticket open", "…case today", "About to log the Northwind Azure case", "세광전자 Azure 건 지금 접수하려는데", "…건 올리기 직전이에요") starts the check beside the answer; "No case right now", "about to document how to log a case" do not', () => {
    assert.deepEqual(
      misread(
        [
          'Which Partner Center roles can file a service request? Currently on the Trey Research Exchange case with a new hire.',
          'Can the engineer answer in Korean? I have the Fabrikam Azure ticket open and the customer prefers Korean.',
          "Where do I find a marketplace publisher's support contact? Need it for the Lamna Healthcare backup appliance case today.",
          'Do we need a separate contract to pick Cloud Solution Provider as the plan? About to log the Northwind Azure case.',
          '세광전자 Azure 건 지금 접수하려는데 지원 계획은 뭘 골라야 해요?',
          'Office 365 요청 양식에 연락처는 누구 걸 넣어요? 대한상사 팀즈 건 올리기 직전이에요.',
        ],
        [
          'No case right now, just checking: who can file service requests?',
          "We're about to document how to log a case. Which roles can file?",
        ],
      ),
      [],
    );
  });

  it('rulebook §2, R2: users "getting \'Access denied\'", a VM or screen that "안 떠요", a connector that "로그 수집을 안 해요", licences "다 해제됨", and a case worked on or named ("Still working the … ticket", "I\'ve got … ticket open", "Have our own Azure case going right now", "오늘 아침 들어온 … 건", "…안 된다고 전화 옴") start the check beside a question; a form field that "안 떠요" and "If a VM won\'t start…" do not', () => {
    assert.deepEqual(
      misread(
        [
          "Relecloud's users are getting 'Access denied' on every Teams channel. Which roles can file a service request?",
          '고객사 Hyper-V VM이 안 떠요. 파트너 센터에서 고객 서비스 요청은 어떻게 만들어요?',
          '거래처 Sentinel 커넥터가 로그 수집을 안 해요. 파트너 센터에서 고객 서비스 요청은 어떻게 만들어요?',
          '고객사 사용자 라이선스가 갑자기 다 해제됨. 파트너 센터에서 고객 서비스 요청은 어떻게 만들어요?',
          'Still working the Lucerne SQL ticket from Monday. Where do I see how many partner incidents we have left?',
          "I've got Contoso's Azure ticket open — can I move it to our Signature benefit?",
          'Have our own Azure case going right now. How many Signature Cloud Support incidents do we get?',
          '오늘 아침 들어온 한빛상사 Teams 건 하다가 궁금한데, 청구 지원은 무료예요?',
          '파트너센터에서 고객 서비스 상태 보는 메뉴 어디예요? 지금 한울상사 메일 안 된다고 전화 옴',
        ],
        [
          'Office 365 요청 양식에 지원 범주가 안 떠요. 어디서 골라요?',
          "If a customer's VM won't start after patching, what severity do we pick?",
        ],
      ),
      [],
    );
  });

  it('a live case named in a sentence of its own starts the check even when the question before it opens with "If…" or "만약…"; a case named inside the supposition does not', () => {
    assert.deepEqual(
      misread(
        [
          'If a customer disputes a charge, is billing support free? Separately, I am on the Wingtip Teams case that is still open.',
          '만약 고객이 청구 금액에 이의를 제기하면 청구 지원은 무료인가요? 그건 그렇고 지금 한솔물류 메일 건 진행 중이에요.',
        ],
        [
          'If I am on the Contoso case and the customer is billed twice, is billing support free?',
          '만약 한솔물류 메일 건 진행 중에 고객이 요금에 이의를 제기하면 청구 지원은 무료인가요?',
        ],
      ),
      [],
    );
  });

  it('rulebook §2: "…다 죽었어요", "…죽었고요" (went dead) is a symptom and starts the check beside a question; "죽었으면" supposes it', () => {
    assert.deepEqual(
      misread(
        [
          '한결병원 애저 VM 다 죽었고요, 저희가 Gold 파트너인데 Signature Cloud Support로 처리되나요?',
          '그 학교 메일 서버 아침에 죽었어요. 한국어 지원은 몇 시까지예요?',
        ],
        ['만약 고객 VM이 다 죽었으면 심각도는 뭐로 해요?'],
      ),
      [],
    );
  });

  it('a supposition after a question\'s label ("Quick question: if a customer…", "General policy question: if…", "질문: 만약…") supposes the case, and "no specific case right now", "General process question" say no case is live; a live case after such a label still starts the check', () => {
    assert.deepEqual(
      misread(
        [
          'Quick question: our customer Fabrikam cannot sign in to Teams since 8am, if it goes on past noon is that Sev A?',
          '질문: 고객사 한빛물산 메일이 아침부터 안 나가요. 만약 오후까지 이러면 심각도 A로 올려도 되나요?',
        ],
        [
          'Quick question: if a customer disputes a charge on their invoice, is billing support free?',
          'General policy question: if a customer is billed twice, is that handled through a service request?',
          '질문: 만약 고객이 청구 금액에 이의를 제기하면 청구 지원은 무료인가요?',
          'No specific case right now: how do we escalate a billing dispute to Microsoft?',
          'General process question for our finance team: how do we escalate a billing dispute to Microsoft?',
        ],
      ),
      [],
    );
  });

  it('the signs of a case are read sentence by sentence, not across a full stop: "거래처 인보이스 금액 이상. 문의드립니다. …?" starts the check, and "…for their customers? someone said no" is no customer\'s report', () => {
    assert.deepEqual(
      misread(
        ['거래처 인보이스 금액 이상. 문의드립니다. 청구 지원도 서비스 요청으로 올리나요?'],
        [
          'can resellers file Azure requests for their customers? someone said no',
          'is billing support free for customers? someone said it costs',
        ],
      ),
      [],
    );
  });

  it('a case only supposed ("if a client\'s … stops working, do we raise it with Microsoft or the vendor?", "가정인데요, …") is not a case asked about; the same case told as fact is', () => {
    assert.deepEqual(
      misread(
        [
          "Our client's SharePoint add-in from a vendor stopped working this morning, do we raise it with Microsoft or the vendor?",
        ],
        [
          "if a client's SharePoint add-in from a vendor stops working, do we raise it with Microsoft or the vendor?",
          '가정인데요, 여러 고객사가 한꺼번에 지역 장애를 겪으면 서비스 상태에 올라온 인시던트를 보고 기다려도 되나요?',
        ],
      ),
      [],
    );
  });

  it('"지금 터진 건 없음", "현재 들어온 건 없어요" say no case is live, and "…건으로 티켓 열 때" asks when a request is filed, not about one being filed; "…건으로 요청 올리려는데" still files one', () => {
    assert.deepEqual(
      misread(
        ['대성 메일 건으로 요청 올리려는데 연락처는 누구 걸 넣어요?'],
        [
          "Azure에서 'InternalServerError' 나는 이슈도 Signature Cloud Support로 열 수 있어요? 지금 터진 건 없음.",
          "배포할 때 'Conflict' 오류 나는 것도 Signature로 열 수 있어요? 현재 들어온 건 없어요.",
          '궁금한데요, 고객 메일 건으로 티켓 열 때 연락처는 누구 걸 넣어요?',
        ],
      ),
      [],
    );
  });

  it('"If the … is still down…" opens with a case that is live, not a supposition: the check starts; "If a customer\'s VM is still down after four hours…" supposes one', () => {
    assert.deepEqual(
      misread(
        [
          'If the Wingtip file server is still down after the restart, do we raise it with Microsoft?',
          "If Litware's mailbox is still not syncing by noon, do we open a Sev B?",
        ],
        ["If a customer's VM is still down after four hours, do we raise the severity?"],
      ),
      [],
    );
  });

  it('rulebook §2: the if-clause of "If the … outage is still going at five, can we phone…?" states the symptom, as does "If Wingtip\'s payroll outage isn\'t fixed by 3pm…" (how long a case lasts), as does "If the Northwind mail outage is still on after lunch…" (a case named by its customer), or "만약 거래처 … 장애가 저녁까지 계속되면…", and "…먹통 심각도A면 몇 시간?" supposes only the severity, not the symptom told before it: the check starts; "If a customer\'s outage is still going…", "If the outage is still going…", "…다운되면 심각도 A면…" suppose one, and "…다운 같은 건 심각도 A면…" asks of a kind', () => {
    assert.deepEqual(
      misread(
        [
          "If the Alpine Ski House tenant's outage is still going at five, can we phone Microsoft instead?",
          "If our client's payroll site is still erroring after lunch, which severity do we pick?",
          '거래처 팀즈 먹통 심각도A면 답 언제 와요?',
          '고객사 SharePoint 다운 sev A로 올리면 몇 시간 안에 연락 와요?',
          "If Wingtip's payroll outage isn't fixed by 3pm, can we phone Microsoft?",
          "If our client's Exchange outage continues past lunch, do we raise it to Sev A?",
          '만약 거래처 ERP 서버 장애가 저녁까지 계속되면 한국어로 전화 지원 받을 수 있나요?',
          "If the Tailspin billing outage isn't resolved by noon, do we phone Microsoft?",
          'If the Northwind mail outage is still on after lunch, do we raise it to Sev A?',
        ],
        [
          "If a customer's outage is still going after a day, can we phone Microsoft instead?",
          'If the outage is still going after a day, can we phone Microsoft instead?',
          "If a customer's outage continues past 8 hours, do we raise it to Sev A?",
          "If the request isn't answered within 8 hours, can we call?",
          "If the outage isn't resolved by noon, do we phone Microsoft?",
          'If the promotion is still on after lunch, do we raise it to Sev A?',
          '만약 고객 장애가 4시간 넘게 계속되면 심각도를 올리나요?',
          '고객 서비스가 다운되면 심각도 A면 몇 시간 안에 답이 와요?',
          '고객 서비스 다운 같은 건 심각도 A면 몇 시간 안에 답이 와요?',
          '전사 장애는 심각도A면 답 언제 와요?',
        ],
      ),
      [],
    );
  });

  it('rulebook §2: a customer\'s note that ends on how bad something is ("…콜드스타트 심함.") and a workload\'s button greyed out ("…목록 만들기 버튼이 회색이라") are symptoms beside a question about the rules; with no customer ("…차이가 심함"), or Partner Center\'s own button (R18), they are not', () => {
    assert.deepEqual(
      misread(
        [
          '거래처 Logic Apps 콜드스타트 심함. 별개로 파트너용 지원 플랜들 차이 좀 정리해 줘. 어떤 게 클라우드 전용이고 어떤 게 온프레미스까지 되는지, 요금은 어떻게 매기는지.',
          '고객사 쉐어포인트 목록 만들기 버튼이 회색이라 요청 넣으려고요. 연락처는 누구 걸 넣어요?',
        ],
        [
          '지원 플랜들 차이가 심함. 어떤 게 클라우드 전용이고 어떤 게 온프레미스까지 되는지 정리해 줘.',
          '파트너 센터 요청 버튼이 회색이라 고객 대신 못 올려요. 왜 그래요?',
        ],
      ),
      [],
    );
  });

  it('R2: a customer named only by its company, opening the message with what it reported ("Wide World Importers flagged…"), tells a case beside the question; "Who gets flagged when…?" asks about the rules', () => {
    assert.deepEqual(
      misread(
        [
          'Wide World Importers flagged Azure subscriptions nobody there created — do suspected fraud cases go through a Partner Center request like billing ones?',
        ],
        ['Who gets flagged when a subscription is unauthorized - us or the customer?'],
      ),
      [],
    );
  });

  it('R15: the customer\'s page that "안 열려서" is why a request is being filed ("…요청 올리려고 …지원 혜택 연결 눌렀더니 \'This Access ID…\'"): a symptom beside the tool\'s error, the check starts with the answer; "고객 대신 요청 넣으려고 …" names only the tool\'s error', () => {
    assert.deepEqual(
      misread(
        [
          "거래처 설문 마감이 오늘 6시인데 응답 페이지가 안 열려서 요청 올리려고 Azure 포털에서 지원 혜택 연결 눌렀더니 'This Access ID is already associated to an account'라고 나와요. 이게 무슨 뜻이에요?",
        ],
        [
          "고객 대신 요청 넣으려고 Azure 포털에서 지원 혜택 연결 눌렀더니 'This Access ID is already associated to an account'라고 나와요. 이게 무슨 뜻이에요?",
        ],
      ),
      [],
    );
  });

  it('"We don\'t have a current case", "지금 케이스는 없어요" say no case is filed, so a question asked for a colleague stays a question ("…고객 대신 … 절차를 정리해 달래요" is no customer\'s word); "no open case in Partner Center yet", "no current case with Microsoft yet" say it is not filed yet, and a case told beside them starts the check', () => {
    assert.deepEqual(
      misread(
        [
          "Customer's SharePoint is read-only for all users. We have no open case in Partner Center yet - should we open one?",
          "We don't have a current case with Microsoft yet, but the customer's Exchange is down for everyone. Escalate?",
          '고객사 Teams 전체 장애예요. 지금 케이스는 없어요, 새로 열어야 하나요?',
        ],
        [
          "Our COO wants to know whether a Silver partner is entitled to Signature Cloud Support. We don't have a current case.",
          '교육 담당자가 고객 대신 서비스 요청 올리는 절차를 정리해 달래요. 지금 케이스는 없어요.',
        ],
      ),
      [],
    );
  });

  it('rulebook §2: how long an operation of a customer\'s service takes ("sign-in takes 45 seconds", "화면 로딩이 40초씩 걸려요") is a symptom beside a question about the rules: the check starts; how long Microsoft takes to answer is a question', () => {
    assert.deepEqual(
      misread(
        [
          'Power Apps portal at a customer: sign-in takes 45 seconds, 300 staff affected. Is that a CSP request or does it need Premier?',
          '고객사 ERP 화면 로딩이 40초씩 걸려요. 간접 리셀러도 직접 요청 열 수 있나요?',
        ],
        ['How long does Microsoft take to answer a Sev A? Is it 60 minutes?', '심각도 A 첫 응답은 몇 초 걸려요?'],
      ),
      [],
    );
  });

  it('R2: a statement that surely tells a customer\'s case starts the check beside "No pending case." or "No specific case number yet"; one opening "예시로는…" gives an example', () => {
    assert.deepEqual(
      misread(
        [
          "No pending case. Customer's invoice has a charge for a subscription they cancelled.",
          "Customer's SharePoint search returns nothing. No specific case number yet - do we open one?",
        ],
        [
          "신입 교육 자료를 만들고 있어요. 심각도 A, B, C의 첫 응답 시간이 각각 얼마인지 알려 주세요. 예시로는 '고객사 Teams 전체 중단'과 '사용자 한 명 메일함 느림'을 쓰려고 해요.",
        ],
      ),
      [],
    );
  });

  it('rulebook §2: a no-case phrase conceded before a customer\'s symptom told now in its sentence ("There\'s no current outage; the customer\'s Teams just drops calls…", "Nothing live yet on our side, but Contoso\'s Exchange stopped…", "지금 장애는 아니고 고객 메일이 30분씩 늦어요") does not make the message a question: the check starts; one before a case to come or a past one ("…but next time a client\'s SQL server crashes…", "…작년 장애 사후 보고서…") still asks', () => {
    assert.deepEqual(
      misread(
        [
          "There's no current outage; the customer's Teams just drops calls for 5 users. Escalate?",
          "Not a live case for Microsoft yet - the customer's Azure VM won't boot after patching. Should it be?",
          "Nothing live yet on our side, but Contoso's Exchange stopped receiving external mail 10 min ago.",
          '지금 장애는 아니고 고객 메일이 30분씩 늦어요. 티켓 열까요?',
          '지금 문제 있는 건 아닌데 거래처 Outlook이 계속 암호를 다시 물어봐요. 이거 MS 건인가요?',
        ],
        [
          "Nothing is down right now, but next time a client's SQL server crashes, who files it?",
          '현재 장애는 없고요, 고객사 작년 장애 사후 보고서 보고 여쭤봐요. 이런 건 MS가 처리하나요?',
        ],
      ),
      [],
    );
  });

  it('rulebook §2, R7: a customer\'s note that ends on "오프라인." is a symptom beside the question, and a customer\'s wish to get Microsoft\'s guidance ("MS 쪽 가이드를 받고 싶습니다") passed on is an advisory case even with "지금 장애가 있는 건 아니고요"; "…가이드를 받고 싶다고 하면…?" supposes one', () => {
    assert.deepEqual(
      misread(
        [
          '거래처 Surface Hub 오프라인. 분기 보고 때문에 그런데, 저희가 쓴 MS 지원 인시던트랑 남은 인시던트 수를 파트너 센터에서 볼 수 있는 화면 같은 게 있나요? Azure 포털엔 안 보이던데.',
          '고객사 담당자 메일 공유합니다. > 본사와 지점 간 네트워크를 Azure Virtual WAN으로 어떻게 구성하면 좋을지 MS 쪽 가이드를 받고 싶습니다. 지금 장애가 있는 건 아니고요, 구축 전에 제대로 하고 싶어서요. 이런 설계 자문도 CSP 서비스 요청으로 올릴 수 있나요? 고장은 아니라서 헷갈리네요.',
        ],
        ['고객이 설계 가이드를 받고 싶다고 하면 그것도 서비스 요청 대상인가요? 지금 문제가 있는 건 아니에요.'],
      ),
      [],
    );
  });

  it('R3: "it\'s already posted in service health", "이미 서비스 상태에 떠 있는데" tell a case that is live and listed: the check starts (and reads it as a known incident); "If it\'s already in service health…", "…떠 있으면…" and "…when the incident is already on the service health page?" ask about the rules', () => {
    assert.deepEqual(
      misread(
        [
          "it's already posted in service health, still raise our own sr?",
          '이미 서비스 상태에 떠 있는데 SR 또 열어요?',
        ],
        [
          "If it's already in service health, do we still open a case?",
          '서비스 상태에 떠 있으면 SR 안 열어도 돼요?',
          'Do we open an SR when the incident is already on the service health page?',
        ],
      ),
      [],
    );
  });

  it('a meeting with a prospect ("prospect demo at 2pm", "잠재 고객 데모") is when the case matters, and a presales colleague who passes a customer\'s case on is who told it, not a pre-sales question: the check starts; "a prospect\'s questionnaire asks…" and "our presales team wants to know…" still ask ahead', () => {
    assert.deepEqual(
      misread(
        [
          '우리 데모 테넌트 Dynamics 365 평가판이 22일 남았다더니 오늘 만료됐어요. 오후에 잠재 고객 데모 있어요.',
          'Our presales engineer heard from the Litware CTO that their Power BI reports are a day behind. Escalate?',
        ],
        [
          "A prospect's questionnaire asks how fast Microsoft answers a severity A request. What do we say?",
          'Our presales team wants to know how fast Microsoft answers a severity A request. What do we say?',
        ],
      ),
      [],
    );
  });

  it('R2: "청구 중복", "결제 중복" is a charge that happened, unless it was ("…중복 있었을 때"); "원칙 질문입니다" says no case is told', () => {
    assert.deepEqual(
      misread(
        ['청구 중복 고객 하나 있음 청구 지원도 무료임?'],
        ['원칙 질문입니다. 고객이 자기 방화벽 문제인데도 MS에 티켓 열어달라고 하면 저희가 해결해야 하나요?'],
      ),
      [],
    );
    assert.deepEqual(
      ['청구 중복 고객 하나 있음', '작년에 고객사 결제 중복건 있었을때'].map((text) => concreteEvent.test(text)),
      [true, false],
    );
  });

  it('R3: "Service health shows no active issues", "…says no current problems" tell what service health shows, not that no case is live: the check starts; "No active issues, just a question" still asks about the rules', () => {
    assert.deepEqual(
      misread(
        [
          "Our customer's Azure SQL has refused connections for an hour. Service health shows no active issues. Should we raise it with Microsoft?",
          "Our customer's Azure SQL has refused connections for an hour. The Azure portal shows no active issues. Should we raise it with Microsoft?",
          '고객사 VM이 30분째 응답이 없어요. Service health says no current problems. MS에 올려야 하나요?',
        ],
        ['No active issues, just a question: who can file a service request?'],
      ),
      [],
    );
  });

  it('R3: "no active issues", "현재 이슈 없음", "진행 중인 건 없어요" said of service health (named before it in the sentence, or "in service health" after it) is what service health shows, not a word that no case is live: the check starts; said of the partner\'s own situation, it still makes a question', () => {
    const bounced = "Customer's Exchange mail is bouncing for all users.";
    assert.deepEqual(
      misread(
        [
          `${bounced} Checked service health - no active issues. Escalate?`,
          `${bounced} Service health has no current problems. Escalate?`,
          `${bounced} Nothing live in service health. Escalate?`,
          `${bounced} No active outage according to service health. Escalate?`,
          '고객사 메일 전체 반송 중. 서비스 상태엔 현재 이슈 없음. 올려요?',
          '고객사 메일 전체 반송 중. 서비스 상태 확인했는데 지금 장애는 없다고 나와요. 올려요?',
          '고객사 메일 전체 반송 중. 서비스 상태에 진행 중인 건 없어요. 올려요?',
          '고객사 메일 전체 반송 중. 현재 장애 없음 (서비스 상태 기준). 올려요?',
          '고객사 메일 전체 반송 중인데 서비스 상태 보니까 현재 문제 없음으로 나옴',
        ],
        [
          'No live case, just a question: where do I check service health for a customer?',
          '지금 장애는 없고요, 고객 서비스 상태는 파트너 센터 어디서 봐요?',
        ],
      ),
      [],
    );
  });

  it('a case told as "…안 된다고 연락 옴", "the thing we\'re dealing with right now", "Our own tenant case has been running since 9am" starts the check beside a question, and calls that "drop after two minutes", "Nobody here can sign in" are symptoms; "Should I leave the ticket open…?" asks about the rules', () => {
    assert.deepEqual(
      misread(
        [
          '한국어 지원은 몇 시까지예요? 방금 세광 팀즈 안 된다고 연락 옴',
          '청구 지원은 무료예요? 방금 세광 포털 안 된다고 문의 옴',
          "Is support for our own tenant part of the CSP benefit? Asking because of the thing we're dealing with right now.",
          'Our own tenant case has been running since 9am. Which entitlement do we need for support on our own tenant?',
        ],
        ['Should I leave the ticket open while we wait for the customer?'],
      ),
      [],
    );
    assert.deepEqual(
      [
        'Since lunch our own Teams calls drop after two minutes.',
        'Nobody here can sign in to Outlook since 9am.',
      ].filter((text) => !routeMessage(text).symptom),
      [],
    );
    assert.equal(routeMessage('Nobody here can answer that question.').symptom, false);
  });

  it('a request already filed ("…건은 어제 요청 올려놨어요", "…건으로 어제 넣었는데"), an SR\'s engineer named ("한빛 SR 담당 엔지니어가…"), a note "…접근 이슈 있음", folders "missing for 30 users", content "served stale" tell a live case beside a question; "요청을 올려놨으면…?", "SR 담당 엔지니어는 어떻게 바꿔요?" and a greyed-out activate button do not', () => {
    assert.deepEqual(
      misread(
        [
          '고객 메일 보관 건은 어제 요청 올려놨어요. 올린 Office 365 요청은 어디서 다시 봐요?',
          '대성물산 SharePoint 권한 건으로 어제 넣었는데, 올린 요청은 어디서 확인해요?',
          '한빛 SR 담당 엔지니어가 영어로만 답해요. 한국어 지원은 몇 시까지예요?',
          'cx Azure Files 접근 이슈 있음. 파트너 센터 안 거치고 포털에 바로 로그인하면 어떻게 돼요?',
          "Lucerne: OneDrive folders missing for 30 users. Where do I review the customer's service requests later?",
        ],
        ['요청을 올려놨으면 나중에 어디서 확인해요?', '기술 혜택 화면에서 활성화 버튼이 회색이에요. 왜 그래요?'],
      ),
      [],
    );
    assert.notEqual(routeMessage('SR 담당 엔지니어는 어떻게 바꿔요?').route, 'problem');
    assert.equal(routeMessage("Customer's CDN keeps serving stale content after every purge.").symptom, true);
  });

  it('R21: "What severity is a full outage?", "Would a regional outage count as severity A?" ask about a kind of trouble: questions; "Why is Northwind\'s VM in a reboot loop since this morning?" and "Is this an outage? <case>" stay cases', () => {
    assert.deepEqual(
      misread(
        [
          "Why is Northwind's VM in a reboot loop since this morning?",
          "Is this an outage? Contoso's whole tenant can't sign in.",
        ],
        ['What severity is a full outage?', 'Would a regional outage count as severity A?'],
      ),
      [],
    );
  });

  it('a customer\'s question passed on ("A client asked: …?", "One of our customers asked whether…", "Our customer asked me something - …?") is a question about the rules; a customer who asked us to escalate, asked why the invoice doubled or asked about a refund for licences billed twice tells a case', () => {
    assert.deepEqual(
      misread(
        [
          'The customer asked us to escalate their Exchange outage.',
          'Customer asked why their invoice doubled this month. Where do we raise that?',
          'Customer asked about a refund for 30 E5 licences billed twice.',
        ],
        [
          'A client asked: do Microsoft engineers answer in Korean?',
          'One of our customers asked whether billing support costs anything extra.',
          'Our customer asked me something - is billing support free for CSP?',
          'A customer asked if we can get them Microsoft support in Korean outside business hours.',
        ],
      ),
      [],
    );
  });

  it('R19: "CSP 지원으로 안 되는 거죠?" asks whether a support vehicle covers something, and "장애 건은 아니고요", "지금 문제 생긴 건 아니고" deny a symptom: questions about the own tenant; "고객사 VPN으로 사내망 접속이 안 돼요", "고객사 Teams 전화로 외부 발신이 안 되는데…" stay cases, and so does a price "잘못 적용됐어요" (R2)', () => {
    assert.deepEqual(
      misread(
        [
          '고객사 VPN으로 사내망 접속이 안 돼요. 어떻게 해요?',
          '고객사 Teams 전화로 외부 발신이 안 되는데 지원 요청 올려야 하나요?',
          '장애 건은 아니고 고객 구독 갱신 가격이 잘못 적용됐어요. 누구한테 얘기해야 돼요?',
        ],
        [
          '장애 건은 아니고요, 자사 구독 문제도 파트너 센터에서 요청 올릴 수 있나요?',
          '저희 Azure 구독 문제는 CSP 지원으로 안 되는 거죠? 그럼 어디서 지원받아요?',
          '사내 M365 테넌트 장애는 CSP 혜택으로 안 되나요? 지금 문제 생긴 건 아니고 미리 알아보는 중이에요.',
        ],
      ),
      [],
    );
  });

  it('a past case said closed in more words ("이미 해결돼서 종료했어요", "이미 종결된 건", "이미 종료된 건", "all sorted since", "fixed itself"), or its symptom told of a month past ("3월 … 장애 때"), is an example for a question about the rules, and Microsoft that "took 4 hours to come back" is not the case coming back; "is back down", "broken again", "다시 생겼어요" stay live', () => {
    assert.deepEqual(
      misread(
        [
          "The customer's Exchange is back down this morning after last week's fix. Should we escalate?",
          "The Contoso mail flow issue was fixed yesterday but it's broken again today. Escalate?",
          '고객사 Teams 장애는 어제 해결됐는데 오늘 다시 생겼어요. 심각도 A로 올려야 하나요?',
          "The customer's Exchange outage fixed itself overnight but it's back down since noon. What's the Sev A response target?",
        ],
        [
          '지난달 고객사 Teams 통화 장애 건은 이미 해결돼서 종료했어요. 다음을 위해서요, 심각도 A는 최초 응답이 몇 시간이에요?',
          '예전에 고객사 VM 부팅 실패로 요청 넣었던 적이 있어요(이미 종결된 건). CSP 파트너도 우선 응답을 받나요?',
          "Last month a customer's Azure SQL was down and Microsoft took 4 hours to come back to us. That's closed now, but what is the real Sev A initial response?",
          "A customer's marketplace VPN appliance broke last quarter (all sorted since). Does Microsoft support marketplace products or is it the publisher?",
          '이미 종료된 건인데요, 3월 고객사 메일 장애 때 심각도 A로 올렸는데 답이 늦었어요. 원래 A는 몇 시간 안에 답이 와요?',
          "The customer's Exchange outage fixed itself after an hour. For next time, what's the severity A response target?",
        ],
      ),
      [],
    );
  });

  it('a message that opens with an example ("예를 들어 …", "For example, …", "E.g. …") supposes all it tells: a question about the rules, even with "…맞죠?" or a charge; an example given after a case told ("…안 나가요. 예를 들어 외부로 보내면 전부 반송돼요.") leaves the case', () => {
    assert.deepEqual(
      misread(
        ['고객사 메일이 안 나가요. 예를 들어 외부로 보내면 전부 반송돼요. 어떻게 해요?'],
        [
          '예를 들어 고객사 메일 서버가 몽땅 멈추면 심각도 A로 접수하는 게 맞죠? 첫 응답은 언제 와요?',
          "For example, a customer's whole Teams tenant can't sign in - that's Sev A, right? How fast does Microsoft answer?",
          "E.g. a customer's SQL MI is unreachable for everyone: which severity would we pick?",
          'For example, a customer was charged twice for the same licences - who handles that?',
        ],
      ),
      [],
    );
  });

  it('a made-up case ("Training scenario: …", "Scenario for our on-call guide: …", "Example for the onboarding quiz: …", "Case study from a ticket we closed…", "Imagine…") asks about the rules; a bare "Scenario: <live case> right now" stays a case', () => {
    assert.deepEqual(
      misread(
        ["Scenario: Contoso's Teams is down for everyone right now and the CEO is shouting. What do I do first?"],
        [
          "Training scenario: Fabrikam's SharePoint Online returns 503 for every user and service health is clear. Which menu in Partner Center do we open first?",
          "Scenario for our on-call guide: a customer's AKS nodes are all NotReady at 2am. Can a helpdesk agent file the request?",
          "Example for the onboarding quiz: a customer's Exchange Online bounces all inbound mail. What severity is that?",
          "Case study from a ticket we closed in May: a customer's storage account was unreachable for a day. Should that have been Sev A?",
          "Imagine a customer's whole tenant can't sign in on a Sunday. Is there a phone line?",
        ],
      ),
      [],
    );
  });

  it('"2012 버전은 안 되나요?" asks whether an older version is covered, as "전화로는 안 되나요?" asks leave: a question, not a symptom', () => {
    assert.deepEqual(
      misread(
        ['고객사 Exchange 2016 서버가 안 돼요. 2016 버전은 지원 되나요?'],
        ['온프레미스 지원은 2016 버전까지 되나요? 2012 버전은 안 되나요?'],
      ),
      [],
    );
  });

  it('"장애 있는 건 아니고요", "지금 장애 있는 건 아닌데요" deny the symptom they name, and "가정 질문이에요", "Hypothetical for our playbook" say no case is live: questions; beside a case told ("…청구서 금액이 틀렸어요"), the check starts', () => {
    assert.deepEqual(
      misread(
        [
          '장애 있는 건 아니고 청구서 금액이 틀렸어요. 분쟁 되나요?',
          '작년부터 고객 VPN이 계속 끊겨요. SR 열까요?',
          "This isn't hypothetical, it's happening at Fabrikam right now: is a Conditional Access policy that blocks every admin something Microsoft fixes?",
          '가정 질문이 아니고 실제 상황이에요. 고객사 Teams 회의 녹화가 전부 사라졌어요.',
        ],
        [
          '장애 있는 건 아니고요, 심각도 B랑 C 초기 응답 시간 차이가 뭐예요?',
          '지금 장애 있는 건 아닌데요, 파트너 지원은 전화 접수가 안 되는 거 맞죠?',
          '대규모 네트워크 장애는 파트너가 손쓸 게 없으니 바로 에스컬레이션하는 거 맞죠? 가정 질문이에요',
          "Hypothetical for our playbook: a customer's Exchange Server 2019 crashes after a CU. Can we use our MPN incidents?",
        ],
      ),
      [],
    );
  });

  it('R21: a request filed and not answered ("sev B, 5 hours and no response yet", "no callback so far") is a live case; supposed ("…회신이 없으면"), a question about response times', () => {
    const waiting = [
      'Ticket 2411200030005678 sev B, 5 hours and no response yet',
      'Case opened yesterday at sev A, no callback so far. What now?',
      '우리건설 SR 회신 아직 없음? 벌써 하루 지났는데',
    ];
    const supposed = [
      "What's the response time if an SR gets no reply in 4 hours?",
      'SR 올리고 나서 회신이 없으면 어떻게 해요?',
    ];
    assert.deepEqual(misread(waiting, supposed), []);
  });

  it('rulebook §2: "문제가 생겨서 연락드려요" reports a problem that happened; "문제가 생겼을 때 …?" asks about the rules', () => {
    assert.deepEqual(
      misrouted([
        ['고객 Azure 쪽에 기술적인 문제가 생겨서 연락드려요.', 'problem'],
        ['문제가 생겼을 때 누가 서비스 요청을 열 수 있어요?', 'question'],
      ]),
      [],
    );
  });

  it('R12: a request being filed about a matter named ("…접수 PC Teams 알림 건으로 요청 넣으려는데…") is a case, and "can a helpdesk agent file it?" is answered beside it; asked for any request ("…건으로 지원 요청을 만들 때는…?"), a question', () => {
    assert.deepEqual(
      routeAndTopic(
        '늘봄한의원 접수 PC Teams 알림 건으로 요청 넣으려는데 제 역할이 헬프데스크 에이전트뿐이에요. 헬프데스크 에이전트도 서비스 요청 만들 수 있나요?',
      ),
      ['both', 'who-can-file'],
    );
    assert.equal(route('고객사 구독 건으로 지원 요청을 만들 때는 헬프데스크 에이전트도 되나요?'), 'question');
    // The request's product may be named between ("…건으로 Office 365 서비스 요청 만들고 있는데요").
    assert.deepEqual(
      notChecked([
        '고객사 배포 그룹 권한 부여가 반영 안 되는 건으로 Office 365 서비스 요청 만들고 있는데요, 지원 범주 목록에 맞는 게 없네요. 범주는 어디서 봐요?',
      ]),
      [],
    );
  });

  it('R12: "who files it, us or the distributor?" and "where do we follow up?" ask about roles and places, beside the case', () => {
    const texts = [
      "We're an indirect reseller. Our customer's SharePoint Online search returns zero results for everyone since Friday. Who is supposed to file the ticket - us or the distributor?",
      '저희는 간접 리셀러예요. 고객사 쉐어포인트 검색이 금요일부터 전 사용자 결과 0건이에요. 이런 건 누가 티켓을 여나요? 저희인가요 간접 공급자인가요?',
    ];
    assert.deepEqual(misrouted(texts.map((text) => [text, 'both'] as const)), []);
  });

  it('routes the labelled plain questions as questions', () => {
    const wrong = questions.filter((question) => route(question.text) !== 'question');
    console.log(`      questions routed as questions: ${questions.length - wrong.length} of ${questions.length}`);
    assert.ok(wrong.length <= questions.length * 0.05, wrong.map((question) => question.text).join('\n'));
  });

  it('R18, R15: error texts of the support tools are questions', () => {
    assert.equal(
      route('getting an error when I click Link support benefits: access id already associated'),
      'question',
    );
    assert.equal(route('지원 혜택 연결하면 오류가 떠요: 액세스 ID가 이미 연결되어 있습니다'), 'question');
  });

  it('R21: a case supposed ("만약에…", "가정해서 여쭙니다", "Say a customer…", "Let\'s say…", "…일이 생기면", "…다운됐다고 치면") is a question about the rules; "…올리면 되나요?" beside a symptom asks what to do with it', () => {
    const supposed = [
      '만약에 고객 VM이 안 켜지는 일이 생기면 간접 리셀러인 저희가 직접 SR 만들 수 있나요?',
      '고객사 온프레미스 SharePoint 서버가 다운됐다고 치면 파트너 혜택으로 MS 지원 받을 수 있나요?',
      '고객 테넌트 전체가 로그인 불가라고 치면 심각도 A인가요?',
      '가정해서 여쭙니다. 고객이 청구 금액에 이의를 제기하고 싶다고 하면 어떤 경로로 진행하나요?',
      'Say a customer runs Exchange Server 2010 on-prem. Can our MPN incidents cover it?',
      "Let's say the customer's whole tenant can't sign in. Which severity?",
      '고객 메일이 안 들어오는 일이 생기면 전화로 접수할 수 있나요?',
    ];
    assert.deepEqual(misrouted(supposed.map((text) => [text, 'question'] as const)), []);
    const live = [
      '고객 VM이 안 켜져서 SR 올리면 되나요?',
      '고객사 메일이 계속 반송되는데 어디로 올리면 돼요?',
      // "If possible" asks politely: it supposes nothing.
      "If possible please advise — customer's Teams calls drop after 5 minutes for all users.",
    ];
    assert.deepEqual(misrouted(live.map((text) => [text, 'problem'] as const)), []);
  });

  it('R21: a hypothetical outage is a question about severities', () => {
    assert.equal(route('If production is down for everyone, which severity do I choose?'), 'question');
    assert.equal(route('프로덕션 전체 중단이면 심각도 몇으로 해야 돼요?'), 'question');
  });

  it('R19: "asking before anything breaks" supposes a problem to come: the message is a question', () => {
    assert.deepEqual(
      routeAndTopic(
        'Is our own company tenant covered by CSP support, or do we need a paid plan? Asking before anything breaks.',
      ),
      ['question', 'own-tenant-support'],
    );
  });

  it('"is this severity A?" about the case is part of the problem, not a second question', () => {
    assert.equal(route("The customer's SQL VM keeps rebooting, is this severity A?"), 'problem');
    assert.equal(route('the customer VM is down since 9am. severity A.'), 'problem');
  });

  it('returns unknown for chit-chat', () => {
    for (const text of ['hi', 'thanks!', '안녕하세요', 'can you summarize this thread', '회의록 정리해 줘', '']) {
      assert.equal(route(text), 'unknown', text);
    }
  });
  it('R2: a security finding told as fact ("admin acct compromised", "계정 털렸어요") and a credit owed or a charge not as ordered ("…still isn\'t on the invoice", "환불이 아직 청구서에 없어요") start the check beside a question; the same things supposed or asked of in general stay questions', () => {
    assert.deepEqual(
      misread(
        [
          'cx admin acct compromised, need MS asap',
          'customer global admin account hacked. who can file for them?',
          '고객 계정 털렸어요. 한국어 지원 24시간 되나요?',
          "The promised refund still isn't on the March invoice. Who do I chase?",
          '약속받은 환불이 아직 청구서에 없어요. 한국어 지원은 몇 시까지 돼요?',
        ],
        [
          "If a customer's admin account is hacked, is that Severity A?",
          'How do we report a compromised customer account to Microsoft?',
          '작년에 고객 계정 털렸던 건은 해결이 됐는데요, 그런 사기성 요금도 CSP 지원으로 올릴 수 있나요?',
          'Can a refund for a customer be paid as a credit on the next invoice?',
          '청구가 잘못 잡히면 어디로 정정 요청하나요?',
        ],
      ),
      [],
    );
  });
  it('a case reviewed after it closed ("Closed case review:", "회고 중인데요", "…느렸던 건") or played in a "Tabletop exercise scenario" is an example for a question about the rules; a case resolved and back, or still not resolved, stays live', () => {
    assert.deepEqual(
      misread(
        [
          '지난주에 해결했던 고객사 VPN 문제가 다시 생겼어요. 끊김이 계속돼요. 올려야 하나요?',
          "We resolved the customer's DNS issue last week but it's back down since noon. Sev A?",
          '고객사 Teams 통화가 끊겼던 건 해결했는데, 오늘은 채팅이 안 돼요. MS에 올려야 하나요?',
          '고객사 메일이 전부 반송됐던 건 아직 해결 안 됐어요. 에스컬레이션 해야 하나요?',
        ],
        [
          '지난주 건 회고 중인데요, 고객사 SharePoint 사이트가 일부 부서에서만 간헐적으로 느렸던 건을 심각도 A로 올렸거든요. 기준상으로는 B가 맞았나요?',
          "Closed case review: we opened a Microsoft ticket for a customer's marketplace firewall and it came back to us a day later. What should the process have been?",
          "Tabletop exercise scenario: users at a customer report Teams won't connect. Before anyone opens a ticket, what should the runbook tell them to check first?",
        ],
      ),
      [],
    );
  });
  it('a case told as closed in other words ("a case we closed in October", "Retro on…", "the closed … ticket (resolved last week)", "종료된 건… 그때"), or a question "asked in general" with "아직 문제 생긴 건 없어요", asks about the rules; the same ticket still down, or down again today, stays live', () => {
    assert.deepEqual(
      misread(
        [
          'Following up on the Fabrikam ticket: their VMs are still down. Should we raise severity?',
          '지난달에 종료된 건인데 그때랑 똑같이 고객사 VM이 오늘 또 다운됐어요. 다시 올려야 하나요?',
          "Customer's Exchange was down all morning and it's still not resolved. Does Korean-language support only run during business hours?",
        ],
        [
          "Retro on an incident we closed in October: a customer's Exchange was down all morning. Does Korean-language support only run during business hours?",
          'Following up on the closed Fabrikam ticket (resolved last week, nothing open now): what is the proper way to file for a customer in Partner Center?',
          '지난달에 종료된 건인데요, 그때 고객사 VM이 다운돼서 심각도 A로 올렸어요. 심각도 A 최초 응답 시간이 몇 시간인가요?',
          '고객이 일반적으로 물어본 건데요, 마켓플레이스 타사 앱도 Microsoft가 지원하나요? 아직 문제 생긴 건 없어요.',
          'A customer asked in general whether Microsoft supports third-party apps bought on the marketplace. What do I tell them?',
        ],
      ),
      [],
    );
  });
  it('R19, R14: a charge on "our own Azure subscription" happened to the partner, and a version "지원 종료된" (out of support) is no closed case: both start the check; a closed case and a question about out-of-support products stay questions', () => {
    assert.deepEqual(
      misread(
        [
          'Global admin at our partner company here - our own Azure subscription was charged for a support plan nobody bought. Who should I contact?',
          '고객사 온프레미스 Exchange Server 2010(지원 종료된 버전)에서 메일 DB 마운트가 안 돼요. 전 직원 메일 중단입니다. 저희 골드인데 MPN 온프레미스 인시던트로 접수할 수 있나요?',
        ],
        [
          '지원 종료된 제품도 MPN 혜택으로 지원되나요?',
          '이미 종료된 건인데요, 심각도 A면 최초 응답 시간이 몇 시간인가요?',
        ],
      ),
      [],
    );
  });
  it('R21: a request filed and "still nobody contact us", and a charge "이중으로"/"중복으로" billed, told before a question about the rules, start the check; the same supposed stay questions', () => {
    assert.deepEqual(
      misread(
        [
          'SR logged this morning 9am sev A for our client, still nobody contact us. what to do?',
          '거래처 사용료가 중복으로 청구된 것 같다고 해서 보고 있는데요... 청구 관련 문의는 기술 지원이랑 접수 경로가 다른가요?',
          '고객 라이선스 비용이 이중으로 과금된 것 같대서 보는 중인데, 청구 문의는 전화로도 되나요?',
        ],
        ['If nobody responds to a Sev A ticket in an hour, what can we do?', '이중으로 결제되면 어디로 문의하나요?'],
      ),
      [],
    );
  });
  it('R21: seats not as bought ("시트 수가 안 맞아요", "Seat counts don\'t match"), an admin locked out, a symptom back ("증상 재발함"), a request closed too early ("또 조기종료됐어요") or unanswered ("아직 소식이 없어요") start the check; the same supposed or asked in general stay questions', () => {
    assert.deepEqual(
      misread(
        [
          '시트 수가 안 맞아요. 파트너센터 20, 관리센터 18인데 어디에 문의해요?',
          "Seat counts don't match between Partner Center and the admin center for a customer. Who fixes that?",
          '고객사 관리자 계정이 잠겼어요. 한국어 지원 몇 시까지 돼요?',
          '지난달 닫힌 티켓 다시 열 수 있어요? 증상 재발함',
          'SR 또 조기종료됐어요;; 다시 열어야 하나요',
          '지난주 올린 티켓 아직 소식이 없어요. 한국어 지원은 몇 시까지예요?',
        ],
        [
          "If a customer's global admin gets locked out, can Microsoft reset it?",
          'How do we raise a seat count mismatch with Microsoft in general?',
          '프로세스 질문입니다. 예전에 재발했던 Exchange 건은 다 해결됐는데요, 그때 올린 요청의 연락처는 어떻게 적어요?',
        ],
      ),
      [],
    );
  });
  it('"Not about a specific case", "…? 일반적인 질문이에요." at a message\'s end say the whole message asks about the rules; a case told before "일반적인 질문인데" or "General question:" still starts the check', () => {
    assert.deepEqual(
      misread(
        [
          '고객 VM 다운이에요. 그리고 일반적인 질문인데, 전화로도 접수 되나요?',
          "Customer's Exchange is down for everyone. General question: can I phone Microsoft?",
        ],
        [
          '마켓플레이스에서 산 서드파티 백업 장애 나면 MS에 티켓 열 수 있어요? 그냥 일반적인 거 물어보는 거예요',
          '고객 구독이 탈취돼서 채굴로 요금이 많이 나온 경우 사기 건으로 요청할 수 있나요? 일반적인 질문이에요.',
          "Not about a specific case: for throttling issues, where's the line between what we fix and what we hand to Microsoft?",
        ],
      ),
      [],
    );
  });
  it('"just curious" beside calls that can\'t be made, a charge still billed for a deleted resource or a score that fell by so many points overnight still starts the check; the same supposed or asked in general stay questions', () => {
    assert.deepEqual(
      misread(
        [
          "Just curious, nothing urgent: the customer's Teams phones can't make outbound calls for a few users since lunch. Separately, how fast is a sev B answered?",
          '그냥 궁금해서요, 고객 구독에서 지난주에 삭제한 스토리지 계정 요금이 아직도 청구되고 있어요. 어디에 문의하나요?',
          "We deleted the customer's test VMs last month and they're still being billed for them. Who do I contact?",
          "just curious, a customer's Secure Score fell 15 points overnight and nobody changed anything. normal? should we ask MS?",
          '궁금해서 여쭙니다. 고객 보안 점수가 어제 15점 떨어졌어요. 저희가 바꾼 건 없고요. 이거 MS에 물어봐야 하나요?',
          '그냥 궁금해서 여쭤보는데 고객 청구서에 지난달 해지한 구독 요금이 이번 달에도 계속 나와요. 어디로 문의하죠?',
          "just curious — is it normal for a customer's compliance score to drop 30 points overnight? nothing changed on our side",
          '장애는 아니고 그냥 궁금해서요. 고객사 보안 점수가 갑자기 30점이나 하락했어요. 바꾼 설정은 없고요. 혹시 MS에 물어볼 일인가요?',
        ],
        [
          "If a customer can't make outbound calls, is that severity A?",
          '삭제한 VM 요금이 계속 나오면 어디에 문의하나요?',
          "Just curious: if a customer's Secure Score drops 20 points, is that something we fix ourselves or escalate to Microsoft?",
        ],
      ),
      [],
    );
  });
  it('R7: a customer who wants to hear Microsoft\'s recommended approach ("…권장 방식을 듣고 싶다고 해요"), beside "지금 장애는 아니고", is an advisory case: the check starts', () => {
    assert.deepEqual(
      misread(
        [
          '고객사가 하이브리드 이전 방식에 대해 MS 쪽 권장 방식을 듣고 싶다고 해요. 지금 장애는 아니고 계획 단계예요. 이런 자문 건도 서비스 요청으로 올릴 수 있나요?',
        ],
        ['지금 장애는 없고요, 일반적으로 고객 자문 요청도 서비스 요청으로 올릴 수 있나요?'],
      ),
      [],
    );
  });
  it('a company named "B사" and a setting that "안 바뀜" tell a case before a general question: the check starts beside the answer; "…안 바뀌나요?" and "A사 같은 고객이…" still ask', () => {
    assert.deepEqual(
      misread(
        ['B사 Outlook 서명 설정이 안 바뀜. 그리고 헬프데스크 에이전트도 서비스 요청 만들 수 있나요?'],
        [
          '고객 대신 요청 올릴 때 담당자 연락처는 나중에 안 바뀌나요?',
          'A사 같은 고객이 장애를 겪으면 누가 요청을 올려요?',
        ],
      ),
      [],
    );
  });
  it('an admin who "locked himself out" and hosts that "won\'t accept any connections" are symptoms: the check starts; the same supposed stays a question', () => {
    assert.deepEqual(
      misread(
        [
          "Customer's global admin locked himself out via a CA policy and there's no break-glass account — we're their CSP, do we need a ticket?",
          "Customer's AVD hosts won't accept any connections since 8am and everyone works from home, service health is clean — and unrelated, is Korean-language support available for tickets like this?",
        ],
        ['If an admin locks himself out with conditional access, can Microsoft help, or is that ours to fix?'],
      ),
      [],
    );
  });
  it('the support tools themselves out of service ("Partner Center has been timing out … for an hour") is a live problem: the check starts; an error the rules explain (R15, R18) stays a question', () => {
    assert.deepEqual(
      misread(
        [
          'Partner Center has been timing out on the service requests page for an hour. Should we escalate?',
          "Partner Center keeps timing out on the Service requests page, can't reach any customer. Is that something we escalate or wait out?",
        ],
        [
          'Getting "This Access ID is already associated to an account" when linking our support benefits. What does it mean?',
          "Partner Center says 'You are not authorized for this action' when I open a service request. Which role do I need?",
          'Activate is greyed out on the technical benefits page. Why?',
          'Can someone write down the exact clicks to file a service request for a customer from Partner Center?',
        ],
      ),
      [],
    );
  });
  it('a question asked to document the process ("Trying to document our process.") asks about the rules; a live case beside it still starts the check', () => {
    assert.deepEqual(
      misread(
        ["Customer's Dynamics 365 is down for everyone right now. Trying to document our process too: who files?"],
        [
          'Power Apps problems in general - through the normal CSP service request flow, or somewhere else? Trying to document our process.',
        ],
      ),
      [],
    );
  });
});
