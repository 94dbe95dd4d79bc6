import { describe, expect, it } from 'vitest';
import { speechFor } from '../../bot/i18n';
import { adminUrl, recordOfUrl } from '../../bot/views/admin-url';
import { convertModal, draftFromLead } from '../../bot/views/convert-modal';
import { dealCard } from '../../bot/views/deal-card';
import { homeView } from '../../bot/views/home';
import { ACTION, CALLBACK, CONVERT_BLOCK, dealIdOfBlock } from '../../bot/views/ids';
import { leadCard } from '../../bot/views/lead-card';
import { newLeadModal } from '../../bot/views/new-lead-modal';
import { pipelineBlocks } from '../../bot/views/pipeline';
import type { DealData, LeadData, Viewer } from '../../bot/views/records';
import { usageMessage } from '../../bot/views/usage';
import { DEFAULT_STAGES } from '../../server/domain/settings/opportunity-stages';

const URL = 'https://crm.example.com';
const en = speechFor('en-US');
const fr = speechFor('fr-FR');
const stages = [...DEFAULT_STAGES];
const me = '11111111-1111-4111-8111-111111111111';
const other = '22222222-2222-4222-8222-222222222222';
const viewer: Viewer = {
  userId: me,
  people: new Map([[other, { name: 'Bob Martin', slackUserId: 'UBOB' }]]),
};
const lead: LeadData = {
  id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  number: 'L-12',
  name: 'Jane Doe',
  status: 'New',
  accountName: 'Acme <Inc>',
  emailAddress: 'jane@acme.com',
  opportunityAmount: '12500.00',
  createdAt: '2026-11-27T10:00:00.000Z',
};
const deal: DealData = {
  id: 'dddddddd-dddd-4ddd-8ddd-dddddddddddd',
  number: 'D-7',
  name: 'Acme renewal',
  stage: 'Negotiation',
  amount: '12500.00',
  currency: 'EUR',
  probability: 80,
  closeDate: '2026-12-31',
  assignedUserId: other,
};
const json = (x: unknown) => JSON.stringify(x);
const actionIds = (blocks: unknown[]) =>
  blocks.flatMap((b: any) => (b.type === 'actions' ? b.elements.map((e: any) => e.action_id) : []));

describe('lead card', () => {
  it('shows the lead with Assign to me, Convert and Open in admin', () => {
    const blocks = leadCard(lead, viewer, en, URL);
    expect(actionIds(blocks)).toEqual([ACTION.leadAssignMe, ACTION.leadConvert, ACTION.openAdmin]);
    const text = json(blocks);
    expect(text).toContain(`<${URL}/admin/#/leads/${lead.id}/show|L-12 Jane Doe>`);
    expect(text).toContain('Acme &lt;Inc&gt;'); // user text is escaped
    expect(text).toContain('€12,500.00');
    const open = (blocks.at(-1) as any).elements.at(-1);
    expect(open.url).toBe(adminUrl(URL, 'leads', lead.id));
  });

  it('offers no Assign to me on my own lead and no Convert once converted; speaks French', () => {
    const mine = leadCard({ ...lead, assignedUserId: me }, viewer, fr, URL);
    expect(actionIds(mine)).toEqual([ACTION.leadConvert, ACTION.openAdmin]);
    expect(json(mine)).toContain('Nouvelle');
    expect(json(mine)).toContain('12\u00a0500,00\u00a0€');
    const done = leadCard({ ...lead, status: 'Converted' }, viewer, en, URL);
    expect(actionIds(done)).toEqual([ACTION.openAdmin]);
  });
});

describe('deal card', () => {
  it('has the stage select on the current stage, in the user language', () => {
    const blocks = dealCard(deal, stages, viewer, fr, URL);
    const actions = blocks.at(-1) as any;
    expect(dealIdOfBlock(actions.block_id)).toBe(deal.id);
    const select = actions.elements[0];
    expect(select.action_id).toBe(ACTION.dealStage);
    expect(select.initial_option.value).toBe('Negotiation');
    expect(select.initial_option.text.text).toBe('Négociation');
    expect(select.options).toHaveLength(stages.length);
    const text = json(blocks);
    expect(text).toContain('31 déc. 2026');
    expect(text).toContain('80\u00a0%');
    expect(text).toContain('<@UBOB>');
    expect(actionIds(blocks)).toEqual([ACTION.dealStage, ACTION.dealAssignMe, ACTION.openAdmin]);
  });
});

describe('pipeline', () => {
  it('lists stages with count, amounts and weighted amounts, totals and won', () => {
    const report = {
      stages: [
        {
          stage: 'Proposal',
          probability: 50,
          count: 2,
          amount: '1000.00',
          weightedAmount: '500.00',
        },
        {
          stage: 'Negotiation',
          probability: 80,
          count: 1,
          amount: '12500.00',
          weightedAmount: '10000.00',
        },
      ],
      totals: { count: 3, amount: '13500.00', weightedAmount: '10500.00' },
      won: { month: '2000.00', quarter: '7000.00' },
    };
    const text = json(pipelineBlocks(report, stages, false, en));
    expect(text).toContain('*Negotiation* (80%) — 1 deal · €12,500.00 · weighted €10,000.00');
    expect(text).toContain('Won this month');
    expect(text).toContain('€7,000.00');
    const frText = json(pipelineBlocks(report, stages, true, fr));
    expect(frText).toContain('Mon pipeline');
    expect(frText).toContain('*Proposition* (50\u00a0%) — 2 affaires');
    expect(frText).not.toMatch(/\u202f/);
  });
});

describe('modals', () => {
  it('new-lead modal is prefilled and names its blocks after the fields', () => {
    const view = newLeadModal(
      { firstName: 'Jane', accountName: 'Acme' },
      en,
      { responseUrl: 'https://x.test/r' },
      'note',
    );
    expect(view.callback_id).toBe(CALLBACK.newLead);
    const byId = Object.fromEntries(view.blocks.map((b: any) => [b.block_id, b]));
    expect(byId.firstName.element.initial_value).toBe('Jane');
    expect(byId.accountName.element.initial_value).toBe('Acme');
    expect(byId.lastName.element.initial_value).toBeUndefined();
    expect(JSON.parse(view.private_metadata!)).toEqual({ responseUrl: 'https://x.test/r' });
  });

  it('conversion modal: targets ticked, account search, fields from the lead, duplicates', () => {
    const draft = draftFromLead({
      ...lead,
      firstName: 'Jane',
      lastName: 'Doe',
      accountName: 'Acme',
    });
    const view = convertModal(draft, en, {});
    expect(view.callback_id).toBe(CALLBACK.convertLead);
    const byId = Object.fromEntries(view.blocks.map((b: any) => [b.block_id, b]));
    expect(byId[CONVERT_BLOCK.targets].element.initial_options.map((o: any) => o.value)).toEqual([
      'account',
      'contact',
      'opportunity',
    ]);
    expect(byId[CONVERT_BLOCK.existingAccount].element).toMatchObject({
      type: 'external_select',
      action_id: ACTION.accountSearch,
    });
    expect(byId[CONVERT_BLOCK.contactLastName].element.initial_value).toBe('Doe');
    expect(byId[CONVERT_BLOCK.opportunityAmount].element.initial_value).toBe('12500.00');
    expect(byId[CONVERT_BLOCK.duplicateAccount]).toBeUndefined();
    expect(JSON.parse(view.private_metadata!)).toMatchObject({
      leadId: lead.id,
      duplicatesShown: false,
    });

    const withDups = convertModal(
      { ...draft, duplicates: [{ resource: 'accounts', id: 'acc-1', name: 'Acme' }] },
      fr,
      {},
    );
    const dup = withDups.blocks.find(
      (b: any) => b.block_id === CONVERT_BLOCK.duplicateAccount,
    ) as any;
    expect(dup.element.options.map((o: any) => o.value)).toEqual(['link:acc-1', 'new']);
    expect(json(withDups)).toContain('Lier l’existant : Acme');
  });
});

describe('App Home and usage', () => {
  it('shows my leads, my deals and my pipeline', () => {
    const view = homeView(
      {
        name: 'Alice',
        leads: [lead],
        leadsTotal: 1,
        deals: [deal],
        dealsTotal: 12,
        pipeline: {
          stages: [],
          totals: { count: 0, amount: '0.00', weightedAmount: '0.00' },
          won: { month: '0.00', quarter: '0.00' },
        },
        stages,
      },
      viewer,
      en,
      URL,
    );
    const text = json(view);
    expect(view.type).toBe('home');
    expect(text).toContain('My open leads');
    expect(text).toContain('L-12 Jane Doe');
    expect(text).toContain('D-7 Acme renewal');
    expect(text).toContain('…and 11 more');
    expect(text).toContain('My pipeline');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
  });

  it('usage help says what was wrong, then the grammar', () => {
    const m = usageMessage('/deal', fr, { code: 'badAmount', text: 'beaucoup' });
    expect(m.text).toContain('« beaucoup » n’est pas un montant');
    expect(m.text).toContain('/deal stage D-7 négo');
  });
});

describe('admin links', () => {
  it('recognises our lead and deal links only', () => {
    expect(recordOfUrl(URL, `${URL}/admin/#/leads/${lead.id}/show`)).toEqual({
      resource: 'leads',
      id: lead.id,
    });
    expect(recordOfUrl(URL, `${URL}/admin/#/opportunities/${deal.id}`)).toEqual({
      resource: 'opportunities',
      id: deal.id,
    });
    expect(recordOfUrl(URL, `https://evil.example.com/admin/#/leads/${lead.id}`)).toBeNull();
    expect(recordOfUrl(URL, `${URL}/admin/#/leads`)).toBeNull();
  });
});
