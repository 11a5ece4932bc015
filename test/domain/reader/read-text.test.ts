import assert from 'node:assert/strict';
import { isNegated } from '../../../src/domain/reader/negation';
import { readText, suggestedFacts } from '../../../src/domain/reader/read-text';

type Expectation = Partial<
  Record<
    'product' | 'tenant' | 'category' | 'impact' | 'nature' | 'serviceHealth' | 'onpremVersion',
    string | undefined
  >
>;

function assertReads(text: string, expected: Expectation): void {
  const reading = readText(text);
  for (const [fact, value] of Object.entries(expected)) {
    assert.equal(reading[fact as keyof Expectation]?.value, value, `${fact} of "${text}"`);
  }
}

describe('free-text reader (rulebook §7)', () => {
  describe('Korean particles attach to the word', () => {
    const cases: ReadonlyArray<[string, Expectation]> = [
      ['애저에서 만든 가상 머신이 안 켜져요', { product: 'azure' }],
      ['팀즈가 안 열려요', { product: 'm365' }],
      ['쉐어포인트의 권한 문제', { product: 'm365' }],
      ['다이나믹스를 쓰는 고객입니다', { product: 'dynamics365', tenant: 'customer' }],
      ['VM이 느려요', { product: 'azure', impact: 'moderate' }],
    ];
    for (const [text, expected] of cases) {
      it(`rulebook §7: "${text}"`, () => assertReads(text, expected));
    }
  });

  describe('Korean substrings that are not the cue', () => {
    it('rulebook §7: 월요일부터 is "from Monday", not 일부 (some)', () => {
      assert.equal(readText('월요일부터 고객 VM 오류').impact, undefined);
    });
    it('rulebook §7: 다운로드 is a download, not 다운 (down)', () => {
      assertReads('고객 원드라이브 파일 다운로드 오류', { nature: 'bug', impact: undefined });
    });
  });

  describe('a longer cue wins over the shorter one inside it', () => {
    const cases: ReadonlyArray<[string, Expectation]> = [
      ['Exchange Server 2016 queue is stuck', { product: 'onprem' }],
      ['Exchange mail is stuck in the queue', { product: 'm365' }],
      ['An Azure Marketplace VPN appliance keeps rebooting', { product: 'marketplace' }],
      ['Azure SQL Database is timing out', { product: 'azure' }],
      ['SQL Server 2019 service will not start', { product: 'onprem' }],
    ];
    for (const [text, expected] of cases) {
      it(`rulebook §7: "${text}"`, () => assertReads(text, expected));
    }
  });

  describe('"Teams" the product vs "teams" the people', () => {
    it('rulebook §7: capitalised Teams is the product with good confidence', () => {
      const reading = readText('Teams keeps crashing for the customer');
      assert.equal(reading.product?.value, 'm365');
      assert.ok((reading.product?.confidence ?? 0) >= 0.7);
    });
    it('rulebook §7: lower-case teams is a weak guess only', () => {
      const reading = readText('our sales teams cannot open the portal');
      assert.equal(reading.product?.value, 'm365');
      assert.ok((reading.product?.confidence ?? 1) < 0.5);
      assert.deepEqual(suggestedFacts(reading).product, undefined);
    });
  });

  describe('negation', () => {
    const cases: ReadonlyArray<[string, Expectation]> = [
      ["It's not down, just slow for some users", { impact: 'moderate', nature: undefined }],
      ['Outlook isn’t completely down but sync is slow', { impact: 'moderate' }],
      ['다운된 건 아니고 일부 사용자만 느려요', { impact: 'moderate', nature: undefined }],
      ['고객 포털이 느려지진 않았는데 가끔 오류가 나요', { impact: 'moderate', nature: 'bug' }],
      ['Update broke the layout in the test tenant, no production impact', { impact: 'minimal' }],
      ['업데이트 후 화면이 깨져 보이는데 운영에는 영향이 없습니다', { impact: 'minimal', nature: 'bug' }],
      // The cues read it partial; the impact model, which learned few such wordings, may still withdraw it.
      ["Customer's Autopilot fails for all new laptops (existing ones are fine).", { impact: 'moderate' }],
    ];
    for (const [text, expected] of cases) {
      it(`rulebook §7: "${text}"`, () => assertReads(text, expected));
    }

    const direct: ReadonlyArray<[string, string, boolean]> = [
      ['it is not down', 'down', true],
      ['never had an outage', 'outage', true],
      ['no. down again', 'down', false],
      ['the server is down', 'down', false],
      ['중단 없이 옮기고 싶어요', '중단', true],
      ['서비스가 중단됐습니다', '중단', false],
      ['장애인지 모르겠어요', '장애', true],
      // "익스체인지" ends in 인지 ("whether"), which hedges only on the cue's own word.
      ['고객사 익스체인지 온라인 메일 수신 안 됨', '고객', false],
    ];
    it('rulebook §7: a product named in a negated clause is still the product', () => {
      assertReads('The customer never ordered the Copilot licences on this invoice', {
        product: 'm365',
        category: 'billing',
      });
    });

    for (const [text, cue, negated] of direct) {
      it(`rulebook §7: "${cue}" in "${text}" is ${negated ? '' : 'not '}negated`, () => {
        const start = text.indexOf(cue);
        assert.equal(isNegated(text, start, start + cue.length), negated);
      });
    }
  });

  describe('service health (R3, R4)', () => {
    const cases: ReadonlyArray<[string, string | undefined]> = [
      ['Service health shows an incident for Exchange Online', 'known-incident'],
      ['It is a known issue according to Microsoft', 'known-incident'],
      ['서비스 상태에 나와 있는 장애 같아요', 'known-incident'],
      ['Nothing in service health, but mail is delayed', 'not-listed'],
      ['Service health is green', 'not-listed'],
      ['서비스 상태에는 아무것도 없습니다', 'not-listed'],
      ["I haven't checked service health yet", 'not-checked'],
      ['서비스 상태는 아직 확인 안 했어요', 'not-checked'],
      ['Teams calls drop', undefined],
      ["The load balancer's health probes fail on every backend", undefined],
      ['Checked the health checks of the app gateway, all fine', undefined],
    ];
    for (const [text, value] of cases) {
      it(`R3/R4: "${text}" → ${value ?? 'nothing'}`, () => assert.equal(readText(text).serviceHealth?.value, value));
    }
  });

  describe('on-prem version (R14)', () => {
    it('R14: "out of support" suggests an older version for an on-prem product', () => {
      assertReads('Windows Server 2012 is out of extended support and the customer has a crash', {
        product: 'onprem',
        onpremVersion: 'older',
      });
    });
    it('R14: 최신 버전 suggests the current version', () => {
      assertReads('최신 버전 SQL Server에서 오류가 납니다', { onpremVersion: 'current' });
    });
  });

  describe('R21: how wide, in more wordings', () => {
    const cases: ReadonlyArray<[string, Expectation]> = [
      // All, most or every one of them: critical.
      ['The outage hits all ~250 of their users since 8am.', { impact: 'critical' }],
      ['Mail to the customer is failing for most users since this morning.', { impact: 'critical' }],
      ['Teams calls drop for most of their staff after a minute.', { impact: 'critical' }],
      ['Every single outbound email is bouncing with 5.7.1.', { impact: 'critical' }],
      ['고객사 메일 송수신이 전면 중단됐어요.', { impact: 'critical' }],
      ['고객 운영 서비스가 전부 중지됐습니다.', { impact: 'critical' }],
      ['운영 VM 12개 다 내려감', { impact: 'critical' }],
      ['고객 서비스가 중단된 상태입니다.', { impact: 'critical' }],
      // A few of them: moderate.
      ['고객 SharePoint 사이트 몇 개만 403이 떠요.', { impact: 'moderate' }],
      // The partner alone, or nothing blocked: minimal.
      ['Only affects reporting; mail flows fine.', { impact: 'minimal' }],
      ['OneDrive sync is stuck for me only, just me.', { impact: 'minimal' }],
      ['운영 영향은 거의 없고 회의실 하나만 그래요.', { impact: 'minimal' }],
      ["It's not blocking anything in prod.", { impact: 'minimal' }],
      ['The admin console errors on every page, but production users are unaffected.', { impact: 'minimal' }],
      ['Creating a team fails for every user; it is not blocking existing work.', { impact: 'minimal' }],
      ["Every laptop shows as non-compliant. Display problem only, nobody's access is blocked.", { impact: 'minimal' }],
      ['Messages go missing in just that one shared mailbox in prod, nobody else.', { impact: 'minimal' }],
      // Part of production, the rest working: moderate, though production is named with a failure.
      ['About half the app is unusable in prod, requests time out since the patch.', { impact: 'moderate' }],
      ['One of their two production clusters stopped responding, the other is fine.', { impact: 'moderate' }],
      ['운영 서버 3대 중 1대에서만 재부팅이 반복돼요.', { impact: 'moderate' }],
      ['DAG 장애 조치가 반복돼서 연결이 자꾸 끊겨요. 중간중간 사용은 됨', { impact: 'moderate' }],
      // Said of nothing wide: no guess.
      ['The VM is down.', { impact: undefined }],
      ['Most of the time it works, then it fails.', { impact: undefined }],
    ];
    for (const [text, expected] of cases) it(text, () => assertReads(text, expected));
  });

  describe('R6: what the documents say, in more wordings, is "undocumented"', () => {
    const cases: readonly string[] = [
      "Customer's App Gateway marks every backend unhealthy although they answer 200 on the probe path; per the Application Gateway documentation that counts as healthy.",
      "The customer's Backup vault drops restore points after 10 days. The docs are clear it should keep them for 30.",
      "Replication lag on the customer's SQL secondary is at 40 minutes while the documentation describes it as seconds.",
      '고객사 로그가 Log Analytics에 3시간 넘게 늦게 들어와요. 문서상으론 몇 분 이내라던데.',
      '고객사 사서함 용량이 50GB에서 꽉 찼다고 떠요. 문서엔 E3는 100GB라고 나와 있어요.',
      '고객 사이트 권한 상속을 끊으면 문서대로면 기존 권한이 복사돼야 되는데 빈 권한으로 돼요.',
      '고객 VM 디스크 처리량이 문서에 나온 한도의 절반밖에 안 나와요.',
      "The customer's audit logging is enabled exactly as the docs describe, yet searches return nothing.",
      "Throughput on the customer's disk is about a third of what the Premium SSD documentation promises.",
      "The customer's file share gives about 40% of the IOPS documented for its size.",
      '고객 Functions 사전 준비 인스턴스가 서비스 설명서에 나온 대로 동작을 안 해요.',
      '고객사 Cosmos DB가 문서에 적힌 일관성 수준대로 동작을 안 해요.',
      '고객사 Intune 규정 준수 상태가 MS 문서에 나온 동작이랑 완전 달라요.',
      '고객 녹화 파일이 엉뚱한 곳에 저장돼요. 문서상으로는 개최자 OneDrive에 저장된다고 되어 있거든요.',
    ];
    for (const text of cases) it(text, () => assertReads(text, { nature: 'undocumented' }));
  });

  describe('only what the text states is pre-filled', () => {
    const cases: ReadonlyArray<[string, Expectation]> = [
      // R21: where the partner reproduced it says nothing of how bad it is where it hurts.
      [
        'The issue reproduces in a clean test tenant. Presence is stuck for users at the customer.',
        { impact: undefined },
      ],
      ['깨끗한 테스트 테넌트에서도 재현됩니다. 고객사 사용자 상태가 고정됩니다.', { impact: undefined }],
      ['The dev test tenant only shows wrong dates.', { impact: 'minimal' }],
      // R21: still working, only slower, is degraded.
      ['the Oslo branch says uploads crawl, they can still work but slowly', { impact: 'moderate' }],
      // R21: other regions or resources being fine says nothing of how many users are hit.
      ['VM deployments fail in Brazil South, other regions are fine', { impact: undefined }],
      ['고객사 VM 배포가 실패해요. 다른 리전은 괜찮대요.', { impact: undefined }],
      ['one storage account is unreachable; their other resources are fine', { impact: undefined }],
      ['uploads fail for 3 users, other offices fine', { impact: 'moderate' }],
      // R21: "prod" plus a symptom that comes and goes, or production still running, leaves the impact open.
      ['고객 앱서비스가 자꾸 타임아웃 나요. 프로덕션임', { impact: undefined }],
      ['스토리지 계정 접근이 안 돼요. 운영은 돌아가고 있어요.', { impact: undefined }],
      ["the VM won't boot, it is their prod ERP box", { impact: 'critical' }],
      // R21: "all … fail" beside the service itself still up ("서비스는 정상이고", "the workloads keep running"): the cues
      // conflict, so the check asks.
      ['헬스 프로브가 전부 실패로 떠요. 근데 서비스는 정상이고 트래픽도 잘 들어와요.', { impact: undefined }],
      ['VM 디스크 확장이 전부 실패해요. 운영 서버지만 서비스 자체는 잘 돌아가요.', { impact: undefined }],
      ['Backup jobs fail on all their VMs, but the workloads themselves keep running.', { impact: undefined }],
      ['고객 메일 송수신이 전부 안 돼요. 서비스 상태는 정상이에요.', { impact: 'critical' }],
      [
        'Every release pipeline fails on their prod cluster, although existing pods still serve requests.',
        { impact: undefined },
      ],
      ['their production CRM freezes every hour but recovers on its own', { impact: undefined }],
      // R21: service still available, nobody else, no real hindrance to work: minimal, though "every" or "prod" is said.
      [
        'Not an outage, every user can still log in, but search shows old results for all sites.',
        { impact: 'minimal' },
      ],
      [
        "It's their prod storage account but nothing's down, the service is available, only the policy misfires.",
        { impact: 'minimal' },
      ],
      ['Their CFO (just her) cannot open shared calendars since Monday. Everyone else is fine.', { impact: 'minimal' }],
      ['고객사 화상회의 녹화가 가끔 저장이 안 돼요. 업무엔 큰 지장 없대요.', { impact: 'minimal' }],
      // R5: a hedge or an "unchanged" clears the partner's own configuration.
      ['restores fail and our backup policy config is unchanged since March', { nature: undefined }],
      ['turns out it was our connector config', { nature: 'configuration' }],
      // A throttled service answers: "503 ServerBusy" is not unavailable; a plain 503 still is.
      ['every blob read gets "503 ServerBusy: The server is busy"', { nature: undefined }],
      ['Front Door returns 503 globally', { nature: 'unavailable' }],
      // "Customer Service" is a Dynamics 365 product, not the customer's tenant.
      ['Dynamics 365 Customer Service case routing stopped', { tenant: undefined }],
      ["the customer's Dynamics 365 Customer Insights stopped sending", { tenant: 'customer' }],
      // "our customer's tenant" is the customer's (R19 is for the partner's own tenant only).
      ['저희 고객사 테넌트에서 메일이 안 가요', { tenant: 'customer' }],
      ['our CSP customers tenant is down', { tenant: 'customer' }],
      ['we manage their Azure subscription under our CSP account and their VM fails', { tenant: 'customer' }],
      ['저희 테넌트에서 메일이 안 가요', { tenant: 'own' }],
      ['our Azure account is locked', { tenant: 'own' }],
      // A customer's mail passed on speaks for the customer; "their subscription" is the customer's.
      ['Fwd: Mail outage\n\nnone of our staff can send mail', { tenant: 'customer' }],
      ['-----Original Message-----\nFrom: Kenji\n20 of our 300 users get "mailbox not found"', { tenant: 'customer' }],
      ['[고객 메일 전달] 직원들끼리 주고받는 메일이 전부 격리돼요', { tenant: 'customer' }],
      ['their Azure subscription shows as "Suspended" in Partner Center', { tenant: 'customer' }],
      // A hedge about the category states none.
      ['Not sure if this is a billing thing: usage shows zero for last week', { category: undefined }],
    ];
    for (const [text, expected] of cases) {
      it(`"${text}"`, () => assertReads(text, expected));
    }
    it('R5: a hedge states nothing: "I think it\'s our OAuth config" pre-fills no nature', () => {
      const text = "free/busy fails. I think it's our OAuth config, still digging";
      assert.equal(suggestedFacts(readText(text)).nature, undefined);
      assert.equal(suggestedFacts(readText("free/busy fails. It's our OAuth config")).nature, 'configuration');
    });
  });

  describe('symptoms', () => {
    it('rulebook §7: symptoms alone make it a technical problem', () => {
      assertReads('SharePoint is down for everyone', {
        category: 'technical',
        impact: 'critical',
        nature: 'unavailable',
      });
    });
  });

  describe('confidence and cues', () => {
    it('rulebook §7: a weak rival ("region") does not make the reader doubt a strong cue ("down")', () => {
      assert.equal(
        suggestedFacts(readText("The customer's Azure VM in the East US region is down")).nature,
        'unavailable',
      );
    });
    it('rulebook §7: a suggestion names its strongest cue; a second cue for the same value adds a little', () => {
      const reading = readText('고객사 전체 사용자가 팀즈와 아웃룩에 접속 불가입니다');
      assert.deepEqual(reading.product, { value: 'm365', confidence: 0.95, cue: '팀즈' });
      assert.deepEqual(reading.impact, { value: 'critical', confidence: 0.85, cue: '전체 사용자' });
    });
    it('rulebook §7: conflicting cues lower the confidence', () => {
      const clear = readText('The customer wants a refund').category?.confidence ?? 0;
      const mixed = readText('The customer wants a refund and how do I configure the portal').category?.confidence ?? 1;
      assert.ok(mixed < clear, `${mixed} < ${clear}`);
    });
    it('rulebook §7: an empty or cue-less message suggests nothing but its language', () => {
      assert.deepEqual(readText(''), {
        product: undefined,
        tenant: undefined,
        category: undefined,
        impact: undefined,
        nature: undefined,
        serviceHealth: undefined,
        onpremVersion: undefined,
        language: undefined,
      });
      assert.deepEqual(suggestedFacts(readText('hello there')), { language: 'en' });
    });
    it('R22: Korean text suggests Korean support, English text English', () => {
      assert.deepEqual(readText('안녕하세요, 문의드립니다').language, {
        value: 'ko',
        confidence: 0.7,
        cue: '안녕하세요',
      });
      assert.equal(readText('Hello').language?.value, 'en');
    });
    it('rulebook §7: suggestedFacts keeps only suggestions at or above the threshold', () => {
      const reading = readText('Customer Exchange Online is down for all users');
      assert.deepEqual(suggestedFacts(reading), {
        product: 'm365',
        tenant: 'customer',
        category: 'technical',
        impact: 'critical',
        nature: 'unavailable',
        language: 'en',
      });
      assert.deepEqual(suggestedFacts(reading, 0.95), {});
    });
  });

  describe('normalised text', () => {
    it('rulebook §7: full-width text is read like ASCII', () => {
      assertReads('ＡＫＳ　ｃｌｕｓｔｅｒ ｉｓ ｄｏｗｎ ｆｏｒ ａｌｌ ｕｓｅｒｓ', {
        product: 'azure',
        impact: 'critical',
      });
    });
  });

  describe('reading is linear in the length of the text', () => {
    // The 50 ms target for 100 KB lives in bench/reader-bench.ts; this guard only catches a quadratic
    // reader, which took over a minute here (100 KB of "down ") against milliseconds when linear.
    for (const word of ['다운 ', 'down ', 'customer all users down error ']) {
      it(`100 KB of "${word.trim()}" is read within a generous 3 s`, function () {
        this.timeout(3_000);
        const text = word.repeat(Math.ceil(100_000 / word.length));
        assert.equal(readText(text).category?.value, 'technical');
      });
    }
  });
});
