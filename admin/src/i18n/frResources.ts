import type { enResources } from './enResources';

const address = (prefix: string, label: string) => ({
  [`${prefix}Street`]: `${label} – rue`,
  [`${prefix}City`]: `${label} – ville`,
  [`${prefix}State`]: `${label} – région`,
  [`${prefix}PostalCode`]: `${label} – code postal`,
  [`${prefix}Country`]: `${label} – pays`,
});

const person = {
  salutationName: 'Civilité',
  firstName: 'Prénom',
  lastName: 'Nom',
  name: 'Nom',
  title: 'Fonction',
  emailAddress: 'E-mail',
  phoneNumber: 'Téléphone',
};

const common = {
  description: 'Description',
  assignedUserId: 'Utilisateur assigné',
  teamsIds: 'Équipes',
  createdAt: 'Créé le',
  modifiedAt: 'Modifié le',
  streamUpdatedAt: 'Dernière activité',
  q: 'Recherche',
};

export const frResources: typeof enResources = {
  leads: {
    name: 'Prospect |||| Prospects',
    fields: {
      ...person,
      ...address('address', 'Adresse'),
      ...common,
      number: 'Numéro',
      accountName: 'Société',
      website: 'Site web',
      status: 'Statut',
      source: 'Source',
      industry: 'Secteur',
      opportunityAmount: 'Montant de l’affaire',
      opportunityAmountCurrency: 'Devise',
      convertedAt: 'Converti le',
      createdAccountId: 'Compte',
      createdContactId: 'Contact',
      createdOpportunityId: 'Affaire',
    },
  },
  accounts: {
    name: 'Compte |||| Comptes',
    fields: {
      ...address('billingAddress', 'Facturation'),
      ...address('shippingAddress', 'Livraison'),
      ...common,
      name: 'Nom',
      type: 'Type',
      industry: 'Secteur',
      website: 'Site web',
      emailAddress: 'E-mail',
      phoneNumber: 'Téléphone',
    },
  },
  contacts: {
    name: 'Contact |||| Contacts',
    fields: {
      ...person,
      ...address('address', 'Adresse'),
      ...common,
      title: 'Fonction (compte principal)',
      accountId: 'Compte',
      accountsIds: 'Comptes',
    },
  },
  opportunities: {
    name: 'Affaire |||| Affaires',
    fields: {
      ...common,
      number: 'Numéro',
      name: 'Nom',
      amount: 'Montant',
      currency: 'Devise',
      accountId: 'Compte',
      contactId: 'Contact',
      stage: 'Étape',
      probability: 'Probabilité (%)',
      lastStage: 'Dernière étape',
      closeDate: 'Date de clôture',
      leadSource: 'Source du prospect',
    },
  },
  notes: {
    name: 'Note |||| Notes',
    fields: { type: 'Type', post: 'Note', createdById: 'Auteur', createdAt: 'Date' },
  },
  users: {
    name: 'Utilisateur |||| Utilisateurs',
    fields: {
      name: 'Nom',
      emailAddress: 'E-mail',
      password: 'Mot de passe',
      isAdmin: 'Administrateur',
      isActive: 'Actif',
      slackUserId: 'ID utilisateur Slack',
      locale: 'Langue',
      teamsIds: 'Équipes',
      rolesIds: 'Rôles',
      createdAt: 'Créé le',
    },
  },
  teams: {
    name: 'Équipe |||| Équipes',
    fields: { name: 'Nom', usersIds: 'Membres', createdAt: 'Créé le' },
  },
  roles: {
    name: 'Rôle |||| Rôles',
    fields: {
      name: 'Nom',
      permissions: 'Permissions',
      fieldPermissions: 'Permissions par champ',
      createdAt: 'Créé le',
    },
  },
  'lead-capture-keys': {
    name: 'Clé de capture |||| Clés de capture',
    fields: {
      name: 'Nom',
      apiKey: 'Clé d’API',
      fields: 'Champs acceptés',
      leadSource: 'Source du prospect',
      teamId: 'Équipe',
      allowedOrigins: 'Origines autorisées',
      mergeDuplicates: 'Fusionner les doublons dans le prospect ouvert',
      isActive: 'Active',
      createdAt: 'Créée le',
    },
  },
  settings: {
    name: 'Paramètre |||| Paramètres',
    fields: { stages: 'Étapes' },
  },
};
