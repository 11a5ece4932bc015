/**
 * Whole triage conversations through the HTTP endpoint (expectReplies,
 * msteams, embedded Cosmos), in English and Korean, by clicking card buttons
 * and by typing; the final card's decision, severity, response target and
 * vehicle are checked against the rulebook.
 */
import assert from 'node:assert/strict';
import { TestBot, newUser } from '../helpers/bot-harness';
import { cardText } from '../helpers/card-inspect';
import { type Answers, playTriage } from '../helpers/triage-driver';

const directAdmin = { cspModel: 'direct', role: 'admin-agent' };

interface Scenario {
  name: string;
  locale: 'en-US' | 'ko-KR';
  start: string;
  answers: Answers;
  expect: RegExp[];
  /** Questions that must not be asked: they do not matter for this answer. */
  notAsked?: string[];
}

const scenarios: Scenario[] = [
  {
    name: 'R1 marketplace product → contact the ISV',
    locale: 'en-US',
    start: 'A customer has trouble with a marketplace product they bought, should I escalate?',
    answers: { product: 'marketplace', category: 'technical' },
    expect: [/Contact the ISV/i, /ISV/],
    notAsked: ['impact', 'serviceHealth', 'cspModel'],
  },
  {
    name: 'R2 billing dispute → commercial service request (Korean)',
    locale: 'ko-KR',
    start: '고객이 Azure 청구서 금액에 대해 분쟁을 제기했어요',
    answers: {
      ...directAdmin,
      product: 'azure',
      tenant: 'customer',
      category: 'dispute',
      language: 'ko',
    },
    expect: [/에스컬레이션/, /서비스 요청/],
    notAsked: ['impact', 'serviceHealth', 'nature'],
  },
  {
    name: 'R6 R10 R21 Azure production down, not in service health → severity A, 2 hours, Cloud Solution Provider plan; R12 the customer-domain route without asking',
    locale: 'en-US',
    start: 'Our customer production Azure VM is down for all users',
    answers: {
      ...directAdmin,
      product: 'azure',
      tenant: 'customer',
      category: 'technical',
      serviceHealth: 'not-listed',
      nature: 'unavailable',
      impact: 'critical',
      language: 'en',
    },
    expect: [
      /Escalate to Microsoft/,
      /Severity\nA \(/,
      /2 hours/,
      /Cloud Solution Provider/,
      /No admin privileges for this customer.*portal\.azure\.com\/<customer-domain>/,
    ],
  },
  {
    name: 'R12 indirect reseller on Azure without access → the indirect provider files',
    locale: 'en-US',
    start: 'escalate',
    answers: {
      cspModel: 'indirect-reseller',
      role: 'admin-agent',
      azureAccessGranted: 'no',
      product: 'azure',
      tenant: 'customer',
      category: 'technical',
      serviceHealth: 'not-listed',
      nature: 'bug',
      impact: 'moderate',
      language: 'en',
    },
    expect: [/indirect provider/i, /Severity\nB \(/],
  },
  {
    name: 'R12 helpdesk agent on Azure → support group in the Azure portal (Korean)',
    locale: 'ko-KR',
    start: '에스컬레이션',
    answers: {
      cspModel: 'direct',
      role: 'helpdesk-agent',
      product: 'azure',
      tenant: 'customer',
      category: 'technical',
      serviceHealth: 'not-listed',
      nature: 'bug',
      impact: 'minimal',
      language: 'en',
    },
    expect: [/심각도\nC\(/, /지원 그룹/],
  },
  {
    name: 'R13 Dynamics 365 without ASfP → needs Advanced Support for Partners',
    locale: 'en-US',
    start: 'new',
    answers: {
      ...directAdmin,
      paidPlans: 'none',
      product: 'dynamics365',
      tenant: 'customer',
      category: 'technical',
      serviceHealth: 'not-listed',
      nature: 'bug',
      impact: 'moderate',
      language: 'en',
      mpnLevel: 'silver',
      cloudCompetency: 'no',
    },
    expect: [/Advanced Support for Partners/],
  },
  {
    name: 'R14 on-premises N-1 in mainstream → Microsoft Product Support in Support for Business (Korean)',
    locale: 'ko-KR',
    start: '고객사 온프레미스 SQL Server 문제입니다',
    answers: {
      ...directAdmin,
      product: 'onprem',
      category: 'technical',
      onpremVersion: 'previous',
      mpnLevel: 'gold',
      benefitsActivated: 'yes',
      impact: 'moderate',
      cloudCompetency: 'yes',
      paidPlans: 'none',
      language: 'ko',
    },
    expect: [/Support for Business/, /Microsoft 제품 지원|Microsoft Product Support/],
    notAsked: ['serviceHealth', 'tenant', 'nature'],
  },
  {
    name: 'R14 R16 on-premises older version → paid support',
    locale: 'en-US',
    start: 'new',
    answers: {
      ...directAdmin,
      product: 'onprem',
      category: 'technical',
      onpremVersion: 'older',
      mpnLevel: 'gold',
      benefitsActivated: 'yes',
      impact: 'moderate',
      paidPlans: 'none',
      cloudCompetency: 'yes',
      language: 'en',
    },
    expect: [/paid/i],
    notAsked: ['serviceHealth', 'tenant'],
  },
  {
    name: 'R19 own tenant on Azure → sign in directly with your own entitlement',
    locale: 'en-US',
    start: 'new',
    answers: {
      ...directAdmin,
      product: 'azure',
      tenant: 'own',
      category: 'technical',
      serviceHealth: 'not-listed',
      nature: 'bug',
      impact: 'moderate',
      mpnLevel: 'gold',
      cloudCompetency: 'yes',
      benefitsActivated: 'yes',
      paidPlans: 'none',
      language: 'en',
    },
    expect: [/own tenant/i, /Signature Cloud Support/],
  },
  {
    name: 'R5 configuration issue → resolve it yourself (Korean)',
    locale: 'ko-KR',
    start: '새로',
    answers: {
      ...directAdmin,
      product: 'm365',
      tenant: 'customer',
      category: 'technical',
      serviceHealth: 'not-listed',
      nature: 'configuration',
    },
    expect: [/직접 해결/],
    notAsked: ['impact', 'language'],
  },
  {
    name: 'R22 R24 a Korean user choosing Korean support is warned about business hours',
    locale: 'ko-KR',
    start: '고객의 Exchange Online 메일 전송이 일부 사용자에게 간헐적으로 느려요',
    answers: {
      ...directAdmin,
      product: 'm365',
      tenant: 'customer',
      category: 'technical',
      serviceHealth: 'not-listed',
      nature: 'bug',
      impact: 'moderate',
      language: 'ko',
    },
    expect: [/심각도\nB\(/, /4시간/, /영업시간|업무 시간/],
  },
];

describe('triage conversation (HTTP endpoint, embedded Cosmos)', () => {
  let bot: TestBot;
  before(async () => {
    bot = await TestBot.start();
  });
  after(() => bot.stop());

  for (const scenario of scenarios) {
    it(scenario.name, async () => {
      const user = newUser({ locale: scenario.locale });
      const run = await playTriage(bot, user, scenario.start, scenario.answers);
      const text = cardText(run.summary);
      for (const pattern of scenario.expect) assert.match(text, pattern);
      for (const key of scenario.notAsked ?? [])
        assert.ok(!run.asked.includes(key), `asked ${key}: ${run.asked.join(', ')}`);
    });
  }
});
