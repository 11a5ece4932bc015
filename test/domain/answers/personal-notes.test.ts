import assert from 'node:assert/strict';
import { personalNotes, profileFactsUsed } from '../../../src/domain/answers';
import type { TopicId } from '../../../src/domain/answers';
import type { Profile } from '../../../src/domain/facts';
import { supportPolicy } from '../../../src/domain/policy';

const notes = (topic: TopicId, profile: Profile) =>
  personalNotes(topic, profile).map((note) => ({ rule: note.rule, key: note.key, params: note.params }));

describe('notes for this partner beside an answer, from the profile facts the question states', () => {
  it('R17: Gold or Silver with a cloud competency has unlimited Signature incidents', () => {
    assert.deepEqual(notes('signature-cloud-support', { mpnLevel: 'gold', cloudCompetency: true }), [
      { rule: 'R17', key: 'caveat.incidents-unlimited', params: undefined },
    ]);
  });

  it("R17: another competency has the policy's count for its level", () => {
    assert.deepEqual(notes('signature-cloud-support', { mpnLevel: 'silver', cloudCompetency: false }), [
      { rule: 'R17', key: 'caveat.incidents-per-year', params: { count: supportPolicy.signatureIncidents.silver } },
    ]);
  });

  it('R17: Action Pack has no Signature Cloud Support', () => {
    assert.deepEqual(notes('signature-cloud-support', { mpnLevel: 'action-pack' }), [
      { rule: 'R17', key: 'caveat.action-pack-no-signature', params: undefined },
    ]);
  });

  it('R17: a level without the competency says nothing: the general answer stands', () => {
    assert.deepEqual(notes('signature-cloud-support', { mpnLevel: 'gold' }), []);
  });

  it("R14: the year's product-support incidents for the stated level, on both on-premises topics", () => {
    for (const topic of ['onprem-product-support', 'incidents-remaining'] as const) {
      assert.deepEqual(notes(topic, { mpnLevel: 'gold' }), [
        {
          rule: 'R14',
          key: 'caveat.incidents-per-year',
          params: { count: supportPolicy.productSupportIncidents.gold },
        },
      ]);
      assert.deepEqual(notes(topic, { mpnLevel: 'none' }), []);
    }
  });

  it('R12: an indirect reseller is told the provider files, and that Azure needs its access; a helpdesk agent the support group', () => {
    assert.deepEqual(
      notes('who-can-file', { cspModel: 'indirect-reseller', azureAccessGranted: false, role: 'helpdesk-agent' }).map(
        (note) => note.key,
      ),
      ['caveat.indirect-provider-files', 'caveat.reseller-azure-access', 'caveat.helpdesk-support-group'],
    );
    assert.deepEqual(notes('who-can-file', { cspModel: 'direct', role: 'admin-agent' }), []);
  });

  it('R13: Dynamics 365 incidents need ASfP or higher, said only when the stated plans lack it', () => {
    assert.deepEqual(
      notes('dynamics-365-support', { paidPlans: [] }).map((note) => note.key),
      ['caveat.dynamics-needs-asfp'],
    );
    assert.deepEqual(notes('dynamics-365-support', { paidPlans: ['premier'] }), []);
    assert.deepEqual(notes('dynamics-365-support', {}), []);
  });

  it('R15: benefits not yet activated are activated first', () => {
    assert.deepEqual(
      notes('activate-technical-benefits', { benefitsActivated: false }).map((note) => note.key),
      ['caveat.activate-first'],
    );
    assert.deepEqual(notes('activate-technical-benefits', { benefitsActivated: true }), []);
  });

  it('R15: an agent role cannot activate (that is why Activate is greyed out), said instead of "activate first"', () => {
    for (const role of ['admin-agent', 'helpdesk-agent', 'sales-agent'] as const) {
      assert.deepEqual(
        notes('activate-technical-benefits', { role, benefitsActivated: false }).map((note) => note.key),
        ['caveat.role-cannot-activate'],
      );
    }
    assert.deepEqual(notes('activate-technical-benefits', { role: 'global-admin' }), []);
    assert.deepEqual(notes('activate-technical-benefits', { role: 'admin-agent', benefitsActivated: true }), []);
  });

  it('R15: "Looks like you don\'t have any benefits yet" means the wrong account for a member, no membership otherwise', () => {
    for (const mpnLevel of ['action-pack', 'silver', 'gold'] as const) {
      assert.deepEqual(
        notes('activate-technical-benefits', { mpnLevel }).map((note) => note.key),
        ['caveat.member-wrong-account'],
      );
    }
    assert.deepEqual(
      notes('activate-technical-benefits', { mpnLevel: 'none' }).map((note) => note.key),
      ['caveat.no-membership-no-benefits'],
    );
  });

  it('R15: the activation answer shows the level, role and activation it read as understood', () => {
    assert.deepEqual([...profileFactsUsed('activate-technical-benefits')].sort(), [
      'benefitsActivated',
      'mpnLevel',
      'role',
    ]);
  });

  it('R19: the entitlements a partner states for its own tenant: Signature for Gold or Silver, Premier, an Azure plan', () => {
    assert.deepEqual(
      notes('own-tenant-support', { mpnLevel: 'gold', paidPlans: ['premier', 'azure-plan'] }).map((note) => note.key),
      ['caveat.own-tenant-signature', 'caveat.own-tenant-premier', 'caveat.own-tenant-azure-plan'],
    );
    assert.deepEqual(
      notes('own-tenant-support', { mpnLevel: 'none', paidPlans: [] }).map((note) => note.key),
      ['caveat.needs-paid-plan'],
    );
    assert.deepEqual(notes('own-tenant-support', {}), []);
    assert.deepEqual([...profileFactsUsed('own-tenant-support')].sort(), ['mpnLevel', 'paidPlans']);
  });

  it('R16/R17: a Gold or Silver partner asking about paid plans is told Signature Cloud Support is already included', () => {
    assert.deepEqual(
      notes('support-plans', { mpnLevel: 'silver' }).map((note) => note.key),
      ['caveat.signature-included'],
    );
    assert.deepEqual(
      notes('support-plans', { mpnLevel: 'gold', cloudCompetency: true }).map((note) => note.key),
      ['caveat.signature-included', 'caveat.incidents-unlimited'],
    );
    assert.deepEqual(
      notes('support-plans', { mpnLevel: 'action-pack' }).map((note) => note.key),
      ['caveat.action-pack-no-signature'],
    );
    assert.deepEqual([...profileFactsUsed('support-plans')].sort(), ['cloudCompetency', 'mpnLevel']);
  });

  it('a topic the profile does not change has no note', () => {
    assert.deepEqual(notes('phone-support', { mpnLevel: 'gold', cloudCompetency: true, role: 'helpdesk-agent' }), []);
  });
});
