import { count } from 'drizzle-orm';
import { opportunities } from '../../../db/schema';
import { createAccountRow } from '../accounts/create-account';
import { createContactRow } from '../contacts/create-contact';
import type { Ctx } from '../context';
import { createLeadRow } from '../leads/create-lead';
import { LEAD_SOURCES } from '../leads/lead-type';
import { createOpportunityRow } from '../opportunities/create-opportunity';
import { createRole } from '../roles/roles';
import { getOpportunityStages } from '../settings/opportunity-stages';
import { createTeam } from '../teams/save-team';
import { createUser } from '../users/create-user';

/** A small deterministic generator: the same demo every time. */
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

const COMPANIES = [
  ['Acme Robotics', 'Manufacturing', 'Lyon', 'France'],
  ['Blue Harbor Logistics', 'Transportation', 'Rotterdam', 'Netherlands'],
  ['Cedar & Pine Studio', 'Architecture', 'Montréal', 'Canada'],
  ['Dunmore Health', 'Healthcare', 'Dublin', 'Ireland'],
  ['Élan Cosmétiques', 'Retail', 'Paris', 'France'],
  ['Fjord Analytics', 'Technology', 'Oslo', 'Norway'],
  ['Granite Insurance', 'Insurance', 'Chicago', 'United States'],
  ['Helios Solar', 'Energy', 'Sevilla', 'Spain'],
  ['Ironbridge Bank', 'Finance', 'London', 'United Kingdom'],
  ['Juniper Foods', 'Food & Beverage', 'Bordeaux', 'France'],
  ['Kestrel Aviation', 'Aerospace', 'Toulouse', 'France'],
  ['Lumen Education', 'Education', 'Berlin', 'Germany'],
] as const;
const FIRST = [
  'Camille',
  'Noah',
  'Léa',
  'Oliver',
  'Chloé',
  'Liam',
  'Inès',
  'Emma',
  'Hugo',
  'Mia',
  'Jules',
  'Zoé',
];
const LAST = [
  'Martin',
  'Smith',
  'Bernard',
  'Jones',
  'Dubois',
  'Taylor',
  'Moreau',
  'Brown',
  'Laurent',
  'Wilson',
  'Girard',
  'Evans',
];
const DEALS = [
  'Annual licence',
  'Pilot project',
  'Fleet upgrade',
  'Support renewal',
  'Expansion',
  'Onboarding package',
];

/** Fills an empty CRM with a realistic team and pipeline; does nothing if deals already exist. */
export async function seedDemo(
  ctx: Ctx,
): Promise<{ seeded: boolean; deals: number; leads: number }> {
  const [row] = await ctx.db.select({ n: count() }).from(opportunities);
  if (Number(row?.n ?? 0) > 0) return { seeded: false, deals: 0, leads: 0 };
  const rand = rng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
  const now = ctx.clock.now();
  const day = (offset: number) =>
    new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

  const level = {
    create: 'yes',
    read: 'team',
    edit: 'own',
    delete: 'own',
    stream: 'team',
  } as const;
  const role = await createRole(ctx, {
    name: 'Sales rep',
    permissions: { Lead: level, Account: level, Contact: level, Opportunity: level },
  });
  const team = await createTeam(ctx, { name: 'Sales', rolesIds: [role.id] });
  const reps: string[] = [];
  for (const [name, email] of [
    ['Sofia Rossi', 'sofia@example.com'],
    ['Marc Dupont', 'marc@example.com'],
    ['Priya Patel', 'priya@example.com'],
  ] as const) {
    const u = await createUser(ctx, {
      name,
      emailAddress: email,
      password: 'demo-password',
      teamsIds: [team.id as string],
    });
    reps.push(u.id as string);
  }
  const owner = () => ({ assignedUserId: pick(reps), teamsIds: [team.id as string] });

  const stages = await getOpportunityStages(ctx);
  const open = stages.filter((s) => s.probability > 0 && s.probability < 100);
  const won = stages.find((s) => s.probability === 100);
  const lost = stages.find((s) => s.probability === 0);
  let deals = 0;
  for (const [name, industry, city, country] of COMPANIES) {
    const account = await createAccountRow(ctx, {
      name,
      industry,
      type: 'Customer',
      billingAddressCity: city,
      billingAddressCountry: country,
      website: `https://${name.toLowerCase().replace(/[^a-z]+/g, '')}.example`,
      ...owner(),
    });
    const contact = await createContactRow(ctx, {
      firstName: pick(FIRST),
      lastName: pick(LAST),
      emailAddress: `contact@${name.toLowerCase().replace(/[^a-z]+/g, '')}.example`,
      accountId: account.id,
      title: pick(['CEO', 'CTO', 'Head of Purchasing', 'Operations Manager']),
      ...owner(),
    });
    for (let i = 0; i < 4; i++) {
      const r = rand();
      // A third of the deals closed (mostly won) over the past year, the rest open ahead.
      const stage = r < 0.28 ? won : r < 0.36 ? lost : pick(open);
      const closed = stage === won || stage === lost;
      const amount = (Math.round(rand() * 480 + 20) * 100 + (i === 0 ? 0.5 : 0)).toFixed(2);
      await createOpportunityRow(ctx, {
        name: `${name} — ${pick(DEALS)}`,
        amount,
        currency: 'EUR',
        stage: stage?.name,
        closeDate: closed ? day(-Math.floor(rand() * 330)) : day(Math.floor(rand() * 120) + 5),
        accountId: account.id,
        contactId: contact.id,
        leadSource: pick(LEAD_SOURCES),
        ...owner(),
      });
      deals++;
    }
  }
  let leads = 0;
  for (let i = 0; i < 24; i++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    const company = `${pick(['Nova', 'Orbit', 'Pixel', 'Quartz', 'Ridge', 'Summit'])} ${pick(['Labs', 'Group', 'SAS', 'GmbH', 'Ltd'])}`;
    await createLeadRow(ctx, {
      firstName: first,
      lastName: last,
      accountName: company,
      emailAddress: `${first}.${last}${i}@${company.toLowerCase().replace(/[^a-z]+/g, '')}.example`
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase(),
      source: pick(LEAD_SOURCES),
      opportunityAmount: (Math.round(rand() * 200 + 10) * 100).toFixed(2),
      ...(i % 3 === 0 ? {} : owner()),
    });
    leads++;
  }
  return { seeded: true, deals, leads };
}
