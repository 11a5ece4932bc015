/**
 * The dialog asks only what matters for this answer: a simulated dialog
 * answers each next question from a "truth" and records what was asked.
 */
import assert from 'node:assert/strict';
import {
  assess,
  describeQuestion,
  factOptions,
  optionIds,
  optionValue,
  profileOptions,
  type QuestionKey,
} from '../../src/domain/assess';
import { categorySchema, cspModelSchema, productSchema, type Facts, type Profile } from '../../src/domain/facts';
import { azureOutage, directAdmin } from './assessment/fixtures';

interface Dialog {
  readonly asked: QuestionKey[];
  /** True when the dialog stopped on a question already answered (R3: "come back when checked"). */
  readonly waiting: boolean;
}

/** Answers each next question from the truth until the assessment asks nothing more. */
function simulate(truthFacts: Facts, truthProfile: Profile): Dialog {
  const facts: Record<string, unknown> = {};
  const profile: Record<string, unknown> = {};
  const asked: QuestionKey[] = [];
  for (;;) {
    const question = assess(facts as Facts, profile as Profile).nextQuestion;
    if (question === undefined) return { asked, waiting: false };
    const [known, truth] = question.kind === 'fact' ? [facts, truthFacts] : [profile, truthProfile];
    if (question.key in known) return { asked, waiting: true };
    asked.push(question.key);
    known[question.key] = (truth as Record<string, unknown>)[question.key];
  }
}

/** The answers every dialog of the grid shares. */
const fixed: { facts: Facts; profile: Profile } = {
  facts: { impact: 'moderate', adminRelationship: false, language: 'ko' },
  profile: { role: 'helpdesk-agent', azureAccessGranted: true, cloudCompetency: true, benefitsActivated: false },
};

/** A grid of truths over the facts and profile fields that steer the questions. */
function combinations(): { facts: Facts; profile: Profile }[] {
  const out: { facts: Facts; profile: Profile }[] = [];
  for (const product of productSchema.options)
    for (const category of categorySchema.options)
      for (const tenant of ['customer', 'own'] as const)
        for (const serviceHealth of ['not-checked', 'known-incident', 'not-listed'] as const)
          for (const nature of ['bug', 'configuration'] as const)
            for (const cspModel of cspModelSchema.options)
              for (const mpnLevel of ['none', 'action-pack', 'gold'] as const)
                for (const paidPlans of [[], ['advanced']] as const)
                  for (const onpremVersion of ['current', 'older'] as const)
                    out.push({
                      facts: { ...fixed.facts, product, category, tenant, serviceHealth, nature, onpremVersion },
                      profile: { ...fixed.profile, cspModel, mpnLevel, paidPlans: [...paidPlans] },
                    });
  return out;
}

const sequences: readonly { name: string; facts: Facts; profile: Profile; asked: QuestionKey[] }[] = [
  {
    name: 'R1 marketplace: only the product',
    facts: { product: 'marketplace', category: 'technical' },
    profile: {},
    asked: ['product'],
  },
  {
    name: 'R2 billing dispute: no service health, nature or impact; R12 the admin relationship is not asked',
    facts: { product: 'azure', tenant: 'customer', category: 'dispute', adminRelationship: true, language: 'en' },
    profile: directAdmin,
    asked: ['product', 'category', 'tenant', 'cspModel', 'role', 'language'],
  },
  {
    name: 'R2 Microsoft 365 billing: no admin relationship question (Azure only)',
    facts: { product: 'm365', tenant: 'customer', category: 'billing', language: 'ko' },
    profile: directAdmin,
    asked: ['product', 'category', 'tenant', 'cspModel', 'role', 'language'],
  },
  {
    name: 'R6 customer Azure outage: the full path (R12: both admin-relationship routes are shown, so it is not asked)',
    facts: azureOutage,
    profile: directAdmin,
    asked: ['product', 'category', 'tenant', 'serviceHealth', 'nature', 'cspModel', 'role', 'impact', 'language'],
  },
  {
    name: 'R4 known incident: stops at service health',
    facts: { ...azureOutage, serviceHealth: 'known-incident' },
    profile: directAdmin,
    asked: ['product', 'category', 'tenant', 'serviceHealth'],
  },
  {
    name: 'R5 configuration: stops at the nature',
    facts: { ...azureOutage, nature: 'configuration' },
    profile: directAdmin,
    asked: ['product', 'category', 'tenant', 'serviceHealth', 'nature'],
  },
  {
    name: 'R8 R14 on-premises: version, membership, activation, impact; never tenant or service health',
    facts: { product: 'onprem', category: 'technical', onpremVersion: 'current', impact: 'critical', language: 'en' },
    profile: { mpnLevel: 'gold', benefitsActivated: true },
    asked: ['product', 'category', 'onpremVersion', 'mpnLevel', 'benefitsActivated', 'impact'],
  },
  {
    name: 'R14 on-premises older version without Premier: no impact asked for a plan to buy',
    facts: { product: 'onprem', category: 'technical', onpremVersion: 'older', impact: 'critical' },
    profile: { mpnLevel: 'gold', paidPlans: [] },
    asked: ['product', 'category', 'onpremVersion', 'paidPlans'],
  },
  {
    name: 'R12 indirect reseller on Azure: asks whether access was granted',
    facts: azureOutage,
    profile: { cspModel: 'indirect-reseller', azureAccessGranted: false },
    asked: [
      'product',
      'category',
      'tenant',
      'serviceHealth',
      'nature',
      'cspModel',
      'azureAccessGranted',
      'impact',
      'language',
    ],
  },
  {
    name: 'R12 indirect reseller on Microsoft 365: never asks Azure access or role',
    facts: { ...azureOutage, product: 'm365' },
    profile: { cspModel: 'indirect-reseller' },
    asked: ['product', 'category', 'tenant', 'serviceHealth', 'nature', 'cspModel', 'impact', 'language'],
  },
  {
    name: 'R13 Dynamics 365 without ASfP: asks the plans, not the impact',
    facts: { ...azureOutage, product: 'dynamics365' },
    profile: { cspModel: 'direct', paidPlans: [] },
    asked: ['product', 'category', 'tenant', 'serviceHealth', 'nature', 'cspModel', 'paidPlans'],
  },
  {
    name: 'R17 R19 own Azure tenant with Gold: membership, competency, activation; no CSP model',
    facts: { ...azureOutage, tenant: 'own' },
    profile: { mpnLevel: 'gold', cloudCompetency: false, benefitsActivated: true },
    asked: [
      'product',
      'category',
      'tenant',
      'serviceHealth',
      'nature',
      'mpnLevel',
      'cloudCompetency',
      'benefitsActivated',
      'impact',
    ],
  },
  {
    name: 'R19 own Microsoft 365 tenant: no entitlement questions',
    facts: { ...azureOutage, product: 'm365', tenant: 'own' },
    profile: {},
    asked: ['product', 'category', 'tenant', 'serviceHealth', 'nature', 'impact'],
  },
];

describe('assess: the next question (asks only what matters)', () => {
  for (const { name, facts, profile, asked } of sequences) {
    it(name, () => assert.deepEqual(simulate(facts, profile).asked, asked));
  }

  it('R3 service health not checked: the dialog waits on service health after the first pass', () => {
    const dialog = simulate({ ...azureOutage, serviceHealth: 'not-checked' }, directAdmin);
    assert.deepEqual(dialog.asked, ['product', 'category', 'tenant', 'serviceHealth']);
    assert.equal(dialog.waiting, true);
  });

  describe('over every combination of the deciding facts', () => {
    const truths = combinations();
    const dialogs = truths.map(({ facts, profile }) => ({ facts, profile, ...simulate(facts, profile) }));

    it(`asks each question at most once, and ends (${truths.length} dialogs)`, () => {
      for (const { asked } of dialogs) assert.equal(new Set(asked).size, asked.length, asked.join(','));
    });

    it('never asks the tenant or service health for a product that is not a cloud service', () => {
      for (const { facts, asked } of dialogs) {
        if (facts.product === 'onprem' || facts.product === 'marketplace') {
          assert.ok(!asked.includes('tenant') && !asked.includes('serviceHealth'), `${facts.product}: ${asked}`);
        }
      }
    });

    it('asks the on-premises version only for on-premises technical problems', () => {
      for (const { facts, asked } of dialogs) {
        if (asked.includes('onpremVersion')) assert.ok(facts.product === 'onprem' && facts.category === 'technical');
      }
    });

    it('asks impact and nature only for technical problems', () => {
      for (const { facts, asked } of dialogs) {
        if (asked.includes('impact') || asked.includes('nature')) assert.equal(facts.category, 'technical');
      }
    });

    it('asks Azure access only of an indirect reseller on Azure', () => {
      for (const { facts, profile, asked } of dialogs) {
        if (asked.includes('azureAccessGranted')) {
          assert.equal(profile.cspModel, 'indirect-reseller');
          assert.equal(facts.product, 'azure');
        }
      }
    });

    it('stops waiting only on an unchecked service health (R3)', () => {
      const cloud = new Set(['azure', 'm365', 'dynamics365']);
      for (const { facts, waiting } of dialogs) {
        const unchecked = facts.serviceHealth === 'not-checked' && facts.category === 'technical';
        assert.equal(waiting, unchecked && cloud.has(facts.product ?? ''));
      }
    });

    it('ends with a decision every time', () => {
      for (const { facts, profile } of dialogs) assert.notEqual(assess(facts, profile).decision, undefined);
    });
  });

  it('partial answers still carry what is known: R6 escalation while the CSP model is unknown', () => {
    const answer = assess(azureOutage, {});
    assert.equal(answer.decision, 'escalate');
    assert.deepEqual(answer.nextQuestion, { kind: 'profile', key: 'cspModel' });
  });
});

describe('assess: answer options', () => {
  it('offers one option per schema value', () => {
    assert.deepEqual(factOptions.product, productSchema.options);
    assert.deepEqual(factOptions.category, categorySchema.options);
    assert.deepEqual(profileOptions.cspModel, cspModelSchema.options);
  });

  it('turns yes/no into booleans and paid plans into a list', () => {
    assert.equal(optionValue('adminRelationship', ['yes']), true);
    assert.equal(optionValue('benefitsActivated', ['no']), false);
    assert.deepEqual(optionValue('paidPlans', ['premier', 'azure-plan']), ['premier', 'azure-plan']);
    assert.deepEqual(optionValue('paidPlans', ['none']), []);
    for (const [key, ids] of [
      ['adminRelationship', ['yes']],
      ['benefitsActivated', ['no']],
      ['paidPlans', ['premier', 'azure-plan']],
      ['paidPlans', ['none']],
      ['impact', ['critical']],
    ] as const) {
      assert.deepEqual(optionIds(optionValue(key, ids)), ids, `optionIds undoes optionValue for ${key}`);
    }
    assert.deepEqual(optionIds(undefined), []);
    assert.equal(optionValue('impact', ['moderate']), 'moderate');
  });

  it('describes a question with a label per option in both languages', () => {
    const en = describeQuestion({ kind: 'profile', key: 'paidPlans' }, 'en');
    const ko = describeQuestion({ kind: 'profile', key: 'paidPlans' }, 'ko');
    assert.equal(en.multiple, true);
    assert.deepEqual(
      en.options.map((o) => o.id),
      ['premier', 'advanced', 'azure-plan', 'none'],
    );
    assert.equal(ko.options[3]?.label, '없음');
    assert.equal(
      describeQuestion({ kind: 'fact', key: 'impact' }, 'ko').options[0]?.label.startsWith('심각한 영향'),
      true,
      'the impact names of the current Korean article (seed 000)',
    );
  });
});
