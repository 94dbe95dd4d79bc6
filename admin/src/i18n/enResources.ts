const address = (prefix: string, label: string) => ({
  [`${prefix}Street`]: `${label} street`,
  [`${prefix}City`]: `${label} city`,
  [`${prefix}State`]: `${label} state`,
  [`${prefix}PostalCode`]: `${label} postal code`,
  [`${prefix}Country`]: `${label} country`,
});

const person = {
  salutationName: 'Salutation',
  firstName: 'First name',
  lastName: 'Last name',
  name: 'Name',
  title: 'Title',
  emailAddress: 'Email',
  phoneNumber: 'Phone',
};

const common = {
  description: 'Description',
  assignedUserId: 'Assigned user',
  teamsIds: 'Teams',
  createdAt: 'Created at',
  modifiedAt: 'Modified at',
  streamUpdatedAt: 'Last activity',
  q: 'Search',
};

export const enResources = {
  leads: {
    name: 'Lead |||| Leads',
    fields: {
      ...person,
      ...address('address', 'Address'),
      ...common,
      number: 'Number',
      accountName: 'Company',
      website: 'Website',
      status: 'Status',
      source: 'Source',
      industry: 'Industry',
      opportunityAmount: 'Opportunity amount',
      opportunityAmountCurrency: 'Currency',
      convertedAt: 'Converted at',
      createdAccountId: 'Account',
      createdContactId: 'Contact',
      createdOpportunityId: 'Opportunity',
    },
  },
  accounts: {
    name: 'Account |||| Accounts',
    fields: {
      ...address('billingAddress', 'Billing'),
      ...address('shippingAddress', 'Shipping'),
      ...common,
      name: 'Name',
      type: 'Type',
      industry: 'Industry',
      website: 'Website',
      emailAddress: 'Email',
      phoneNumber: 'Phone',
    },
  },
  contacts: {
    name: 'Contact |||| Contacts',
    fields: {
      ...person,
      ...address('address', 'Address'),
      ...common,
      title: 'Title (at primary account)',
      accountId: 'Account',
      accountsIds: 'Accounts',
    },
  },
  opportunities: {
    name: 'Opportunity |||| Opportunities',
    fields: {
      ...common,
      number: 'Number',
      name: 'Name',
      amount: 'Amount',
      currency: 'Currency',
      accountId: 'Account',
      contactId: 'Contact',
      stage: 'Stage',
      probability: 'Probability (%)',
      lastStage: 'Last stage',
      closeDate: 'Close date',
      leadSource: 'Lead source',
    },
  },
  notes: {
    name: 'Note |||| Notes',
    fields: { type: 'Type', post: 'Note', createdById: 'Author', createdAt: 'Date' },
  },
  users: {
    name: 'User |||| Users',
    fields: {
      name: 'Name',
      emailAddress: 'Email',
      password: 'Password',
      isAdmin: 'Administrator',
      isActive: 'Active',
      slackUserId: 'Slack user ID',
      locale: 'Language',
      teamsIds: 'Teams',
      rolesIds: 'Roles',
      createdAt: 'Created at',
    },
  },
  teams: {
    name: 'Team |||| Teams',
    fields: { name: 'Name', usersIds: 'Members', createdAt: 'Created at' },
  },
  roles: {
    name: 'Role |||| Roles',
    fields: {
      name: 'Name',
      permissions: 'Permissions',
      fieldPermissions: 'Field permissions',
      createdAt: 'Created at',
    },
  },
  'lead-capture-keys': {
    name: 'Lead capture key |||| Lead capture keys',
    fields: {
      name: 'Name',
      apiKey: 'API key',
      fields: 'Accepted fields',
      leadSource: 'Lead source',
      teamId: 'Team',
      allowedOrigins: 'Allowed origins',
      mergeDuplicates: 'Merge duplicates into the open lead',
      isActive: 'Active',
      createdAt: 'Created at',
    },
  },
  settings: {
    name: 'Setting |||| Settings',
    fields: { stages: 'Stages' },
  },
};
