import type { Messages } from './messages-en';

/** Every sentence the bot says, in French (same keys as `messages-en.ts`). */
export const fr: Messages = {
  notLinked: (slackUserId: string, usersUrl: string) =>
    [
      ':link: *Votre compte Slack n’est pas encore lié à un utilisateur du CRM* : rien n’a été modifié.',
      `Pour être lié, demandez à un administrateur du CRM de renseigner votre identifiant Slack \`${slackUserId}\` sur votre utilisateur dans ${usersUrl}, ou de rendre votre e-mail CRM identique à votre e-mail Slack ; puis réessayez.`,
    ].join('\n'),
  somethingWrong: 'Désolé, un problème est survenu de notre côté. Réessayez dans un instant.',
  forbidden: 'Vous n’avez pas le droit de faire cela.',
  notFound: (what: string) => `${what} : introuvable (ou vous ne pouvez pas le voir).`,
  invalid: 'Certains champs ne sont pas valides :',
  conflict: (why: string) => `Rien n’a été fait : ${why}`,
  alreadyConverted: (num: string) => `${num} a déjà été converti.`,

  lead: 'Piste',
  deal: 'Affaire',
  account: 'Compte',
  contact: 'Contact',
  opportunity: 'Affaire',

  usageIntro: (command: string) => `Voici comment utiliser \`${command}\` :`,
  usageLead: [
    '`/lead` — ouvre le formulaire de nouvelle piste',
    '`/lead new Jeanne Durand jeanne@acme.fr +33 6 12 34 56 78 at Acme SA` — création rapide',
    '`/lead list [mine|new|all]` — les pistes, les plus récentes d’abord',
    '`/lead show L-12` — une piste (un numéro ou une partie du nom)',
    '`/lead convert L-12` — convertir une piste en compte, contact et affaire',
  ],
  usageDeal: [
    '`/deal list [mine]` — les affaires en cours',
    '`/deal show D-7` — une affaire (un numéro ou une partie du nom)',
    '`/deal stage D-7 négo` — changer l’étape (nom en français ou en anglais, ou son début)',
    '`/deal amount D-7 12500` — changer le montant',
    '`/deal close D-7 2026-12-31` — changer la date de clôture',
    '`/deal quote D-7` — faire un devis à partir de l’affaire',
  ],
  usageQuote: [
    '`/quote list [mine]` — les devis récents',
    '`/quote show Q-00001` — un devis (`Q-00001`, `q-1`, `1` ou une partie de son nom)',
    '`/deal quote D-7` — faire un devis à partir d’une affaire',
  ],
  usagePipeline: ['`/pipeline` — tout le pipeline', '`/pipeline mine` — seulement mes affaires'],
  usageCrm: [
    '`/crm whoami` — votre liaison et vos rôles',
    '`/crm help` — toutes les commandes',
    '`/crm follow leads|deals|cases` — ce canal reçoit chaque nouvel enregistrement',
    '`/crm unfollow leads|deals|cases`, `/crm following` — gérer les suivis de ce canal',
    '`/crm autofollow leads|deals|cases [off]` — suivre vous-même chaque nouvel enregistrement',
    '`/crm support-mode [internal|public]` — dans un canal qui suit les tickets : les réponses des fils sont des notes ou des e-mails par défaut',
  ],
  unknownWord: (word: string) => `Je ne connais pas \`${word}\`.`,

  severalMatches: (text: string) =>
    `Plusieurs enregistrements correspondent à « ${text} ». Lequel ?`,
  noMatch: (what: string, text: string) => `${what} : rien ne correspond à « ${text} ».`,
  moreMatches: (n: number) => `…et ${n} de plus : tapez davantage du nom.`,

  badAmount: (text: string) =>
    `« ${text} » n’est pas un montant. Utilisez des chiffres avec au plus 2 décimales, par ex. \`12500\` ou \`12500,50\`.`,
  badDate: (text: string) =>
    `« ${text} » n’est pas une date. Utilisez AAAA-MM-JJ, par ex. \`2026-12-31\`.`,
  unparsed: (text: string) => `Je n’ai pas compris « ${text} » : vérifiez le formulaire.`,

  leadStatus: {
    New: 'Nouvelle',
    Assigned: 'Assignée',
    'In Process': 'En cours',
    Converted: 'Convertie',
    Recycled: 'Recyclée',
    Dead: 'Abandonnée',
  },
  status: 'Statut',
  company: 'Société',
  email: 'E-mail',
  phone: 'Téléphone',
  owner: 'Assignée à',
  nobody: 'personne',
  you: 'vous',
  created: 'Créée le',
  source: 'Origine',
  expectedAmount: 'Montant espéré',
  assignToMe: 'M’assigner',
  convert: 'Convertir',
  openInAdmin: 'Ouvrir dans l’admin',
  show: 'Voir',
  convertedTo: 'Convertie',

  stage: 'Étape',
  amount: 'Montant',
  probability: 'Probabilité',
  weighted: 'Pondéré',
  closeDate: 'Date de clôture',
  moveTo: 'Passer à l’étape',

  leadsTitle: { mine: 'Mes pistes en cours', new: 'Nouvelles pistes', all: 'Pistes' },
  dealsTitle: { mine: 'Mes affaires en cours', all: 'Affaires en cours' },
  noLeads: 'Aucune piste ici.',
  noDeals: 'Aucune affaire ici.',
  showingFirst: (shown: number, total: number) =>
    `${shown} sur ${total}, les plus récentes d’abord.`,

  pipelineTitle: (mine: boolean) => (mine ? 'Mon pipeline' : 'Pipeline'),
  pipelineEmpty: 'Aucune affaire en cours pour l’instant.',
  count: 'Affaires',
  total: 'Total',
  wonMonth: 'Gagné ce mois-ci',
  wonQuarter: 'Gagné ce trimestre',
  dealsCount: (n: number) => (n <= 1 ? `${n} affaire` : `${n} affaires`),

  newLeadTitle: 'Nouvelle piste',
  create: 'Créer',
  cancel: 'Annuler',
  firstName: 'Prénom',
  lastName: 'Nom',
  title: 'Fonction',
  description: 'Description',
  leadCreated: (num: string) => `Piste ${num} créée.`,

  convertTitle: 'Convertir la piste',
  convertCreate: 'Créer',
  convertWhat: 'Créer',
  existingAccount: 'Ou lier un compte existant',
  existingAccountHint: 'Tapez une partie de son nom. S’il est choisi, aucun compte n’est créé.',
  accountName: 'Nom du compte',
  opportunityName: 'Nom de l’affaire',
  chooseOne: 'Cochez au moins un élément : compte, contact ou affaire.',
  duplicatesFound:
    'Des doublons possibles existent déjà. Choisissez quoi faire, puis validez à nouveau.',
  linkExisting: (name: string) => `Lier l’existant : ${name}`,
  createAnyway: 'En créer un nouveau quand même',
  duplicateChoice: (what: string) => `${what} : doublon possible`,
  leadConverted: (num: string, made: string[]) => `${num} convertie : ${made.join(', ')}.`,

  assignedToYou: (ref: string) => `${ref} vous est maintenant assigné(e).`,
  dealMoved: (ref: string, from: string, to: string, probability: string) =>
    `${ref} est passée de ${from} à *${to}* (probabilité ${probability}).`,
  amountChanged: (ref: string, amount: string) => `${ref} : le montant est maintenant ${amount}.`,
  closeDateChanged: (ref: string, date: string) =>
    `${ref} : la date de clôture est maintenant le ${date}.`,
  whichStage: (typed: string) => `Quelle étape voulez-vous dire par « ${typed} » ?`,
  noStage: (typed: string, stages: string) =>
    `Aucune étape ne correspond à « ${typed} ». Étapes : ${stages}.`,

  quote: 'Devis',
  quoteStatus: {
    Draft: 'Brouillon',
    Presented: 'Présenté',
    Approved: 'Approuvé',
    Canceled: 'Annulé',
  },
  quoteMoveTo: {
    Draft: 'Repasser en brouillon',
    Presented: 'Marquer présenté',
    Approved: 'Approuver',
    Canceled: 'Annuler le devis',
  },
  quotesTitle: { mine: 'Mes devis récents', all: 'Devis récents' },
  noQuotes: 'Aucun devis ici.',
  lines: 'Lignes',
  noLines: 'Aucune ligne pour l’instant.',
  moreLines: (n: number) => (n === 1 ? '…et 1 ligne de plus' : `…et ${n} lignes de plus`),
  subtotal: 'Sous-total',
  discount: 'Remise',
  tax: 'TVA',
  shipping: 'Port',
  grandTotal: 'Total TTC',
  pdf: 'PDF',
  quoteMoved: (ref: string, from: string, to: string) => `${ref} est passé de ${from} à *${to}*.`,
  quoteLocked: (ref: string, status: string) =>
    `${ref} est ${status.toLowerCase()} : il ne peut plus changer ainsi.`,
  quoteFromDeal: (quote: string, deal: string) => `Devis ${quote} créé à partir de ${deal}.`,
  pdfShared: (ref: string) => `PDF de ${ref} partagé dans cette conversation.`,
  pdfFailed: (ref: string) =>
    `Le PDF de ${ref} n’a pas pu être partagé ici (l’application CRM est-elle dans ce canal ?).`,

  documentKind: {
    Quote: 'Devis',
    SalesOrder: 'Bon de commande',
    Invoice: 'Facture',
  },
  documentStatus: {
    SalesOrder: { Draft: 'Brouillon', Ready: 'Prêt', Completed: 'Terminé', Canceled: 'Annulé' },
    Invoice: { Draft: 'Brouillon', Issued: 'Émise', Paid: 'Payée', Canceled: 'Annulée' },
  },
  convertTo: {
    'sales-orders': '→ Bon de commande',
    invoices: '→ Facture',
  },
  sendByEmail: 'Envoyer par e-mail',
  documentFrom: (kind: string, ref: string, from: string) =>
    `${kind} ${ref} créé${kind === 'Facture' ? 'e' : ''} à partir de ${from}.`,
  emailOnItsWay: (ref: string, to: string) => `${ref} est en route vers ${to}`,

  homeTitle: (name: string) => `Bonjour ${name}`,
  homeLeads: 'Mes pistes en cours',
  homeDeals: 'Mes affaires en cours',
  homePipeline: 'Mon pipeline',
  homeNotLinked: 'Votre compte Slack n’est pas encore lié à un utilisateur du CRM.',
  homeMore: (n: number) => `…et ${n} de plus dans l’admin.`,

  followTypes: { Lead: 'pistes', Opportunity: 'affaires', Case: 'tickets' } as Record<
    string,
    string
  >,
  followOn: (what: string, who: string) =>
    `:bell: Ce canal suit désormais les nouvelles *${what}* (par ${who}) : chacune est publiée ici, et sa fiche est mise à jour quand elle change.`,
  followAlready: (what: string) => `Ce canal suit déjà les ${what}.`,
  unfollowOn: (what: string, who: string) =>
    `:no_bell: Ce canal ne suit plus les ${what} (par ${who}).`,
  unfollowNot: (what: string) => `Ce canal ne suit pas les ${what}.`,
  followingList: (list: string) => `Ce canal suit : *${list}*.`,
  followingNone: 'Ce canal ne suit rien pour l’instant. Essayez `/crm follow leads`.',
  autofollowOn: (what: string) =>
    `Vous suivez désormais chaque nouvelle entrée (${what}) : un message privé pour chacune, et pour ses changements d’étape, de statut et de responsable.`,
  autofollowOff: (what: string) => `Vous ne suivez plus automatiquement les nouvelles ${what}.`,
  cardNew: (what: string, title: string, who: string) =>
    `Nouvelle ${what.toLowerCase()} : ${title} (par ${who})`,
  cardChanged: (title: string, who: string) => `${title} a été modifiée par ${who}`,

  case: {
    what: 'Ticket',
    status: {
      New: 'Nouveau',
      Assigned: 'Attribué',
      Pending: 'En attente',
      Closed: 'Fermé',
      Rejected: 'Rejeté',
      Duplicate: 'Doublon',
    } as Record<string, string>,
    priority: { Low: 'Basse', Normal: 'Normale', High: 'Haute', Urgent: 'Urgente' } as Record<
      string,
      string
    >,
    type: { Question: 'Question', Incident: 'Incident', Problem: 'Problème' } as Record<
      string,
      string
    >,
    priorityLabel: 'Priorité',
    typeLabel: 'Type',
    customer: 'Client',
    lastActivity: 'Dernière activité',
    setStatus: 'Changer le statut',
    close: 'Fermer',
    usage: [
      '`/case` ou `/case new Imprimante en feu` — ouvrir le formulaire de nouveau ticket (prérempli avec l’objet)',
      '`/case list [mine|open|all]` — les tickets, dernière activité d’abord (par défaut : open, les ouverts)',
      '`/case show #123` — un ticket (`#123`, `123` ou des mots de son objet)',
    ],
    newTitle: 'Nouveau ticket',
    subject: 'Objet',
    assignTo: 'Attribuer à',
    contactSearch: 'Tapez un nom ou une adresse e-mail',
    assigneeNotLinked: 'Ce membre Slack n’est lié à aucun utilisateur actif du CRM.',
    created: (ref: string) => `Ticket ${ref} créé.`,
    listTitle: {
      mine: 'Mes tickets ouverts',
      open: 'Tickets ouverts',
      all: 'Tickets',
    } as Record<string, string>,
    none: 'Aucun ticket ici.',
    showingFirst: (shown: number, total: number) =>
      `${shown} sur ${total}, dernière activité d’abord.`,
    statusChanged: (ref: string, from: string, to: string) =>
      `${ref} est passé de ${from} à *${to}*.`,
    closed: (ref: string) => `${ref} est fermé.`,
    cardNew: (title: string, who: string) => `Nouveau ticket : ${title} (par ${who})`,
    cardChanged: (title: string, who: string) => `${title} a été modifié par ${who}`,
    reactionFailed: (ref: string, why: string) => `${ref} n’a pas été modifié : ${why}`,
    supportModeName: {
      public:
        '*public* : les réponses dans les fils sont envoyées au client par e-mail ; commencez par :lock: pour une note interne',
      internal:
        '*interne* : les réponses dans les fils sont des notes internes ; commencez par :email: (ou utilisez *Send to customer*) pour écrire au client',
    } as Record<string, string>,
    supportModeIs: (mode: string) => `Ce canal de support est en mode ${mode}.`,
    supportModeSet: (mode: string, who: string) =>
      `:gear: Ce canal de support passe en mode ${mode} (par ${who}).`,
    supportModeSame: (mode: string) => `Ce canal de support est déjà en mode ${mode}.`,
    notSupportChannel:
      'Ce canal ne suit pas les tickets : il n’a donc pas de mode de support. Faites-en d’abord un canal de support avec `/crm follow cases`.',
  },

  kb: {
    usage: [
      '`/kb bourrage papier` — les articles publiés de la base de connaissances sur ces mots',
      '`/kb bourrage papier #123` — idem, chacun avec un bouton pour l’envoyer en réponse au ticket #123',
    ],
    title: (words: string) => `Articles sur « ${words} »`,
    titleForCase: (words: string, ref: string) => `Articles sur « ${words} » pour ${ref}`,
    none: (words: string) => `Aucun article publié ne correspond à « ${words} ».`,
    sendInReply: (ref: string) => `Envoyer en réponse à ${ref}`,
    sentTo: (ref: string, to: string) => `Article envoyé dans la réponse à ${ref}, à ${to}.`,
    notSent: (ref: string, why: string) => `L’article n’a pas été envoyé pour ${ref} : ${why}`,
    article: 'Article',
  },

  thread: {
    repliedByEmail: (who: string) => `:outbox_tray: *${who}* a répondu par e-mail`,
    to: (who: string) => `à ${who}`,
    internalNote: (who: string) => `:lock: *${who}* (note interne)`,
    attachments: (names: string) => `:paperclip: ${names}`,
    statusLine: (from: string, to: string) => `Statut : ${from} → ${to}`,
    priorityLine: (from: string, to: string) => `Priorité : ${from} → ${to}`,
    reopened: '(rouvert par la réponse du client)',
    by: (who: string) => `(par ${who})`,
    assigned: (who: string) => `Attribué à *${who}*`,
    unassigned: 'Plus attribué',
    related: (what: string) => `:link: Lié : ${what}`,
    article: 'article',
    customer: 'Client',
    someone: 'Quelqu’un',
    notSent: (why: string) =>
      `:warning: Ce message n’a *pas* été envoyé au client par e-mail : ${why}`,
    notKept: (why: string) => `:warning: Ce message n’a *pas* été gardé sur le ticket : ${why}`,
    filesNotSent:
      'Seul le texte a été envoyé : les fichiers joints dans Slack ne sont pas transmis au client.',
    notInCaseThread:
      'À utiliser sur un message du fil d’une fiche de ticket, dans un canal qui suit les tickets.',
    notAPerson: 'Choisissez un message écrit par une personne (pas par l’application CRM).',
    queued: (ref: string) =>
      `:outbox_tray: Envoi de ce message au client de ${ref} ; :email: s’affichera dessus une fois remis.`,
    alreadyMailed: 'Ce message a déjà été envoyé au client par e-mail.',
    cannotUnsend:
      'Ce message a déjà été envoyé au client par e-mail, et un e-mail ne se reprend pas : il reste dans le ticket comme réponse envoyée. Publiez une correction si besoin.',
    alreadyNoted: 'Ce message est déjà gardé comme note interne.',
    noted: (ref: string) => `:lock: Gardé comme note interne sur ${ref} (pas envoyé par e-mail).`,
    fromMessageTitle: 'Ticket depuis message',
    fromSlack: (link: string) => `Créé depuis un message Slack : ${link}`,
    created: (ref: string, name: string) => `:white_check_mark: Ticket ${ref} créé : ${name}`,
  },
};
