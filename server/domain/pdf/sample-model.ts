import type { DocumentKind } from '../documents/document-kinds';
import { documentModel, type Model } from './document-model';
import type { PdfLanguage } from './template-input';

const PREFIX: Record<DocumentKind, string> = { Quote: 'Q', SalesOrder: 'SO', Invoice: 'I' };

/** Made-up data for the admin preview when no record is named: accents, € and thousands included. */
export function sampleModel(kind: DocumentKind, lang: PdfLanguage, now: Date): Model {
  const items = [
    {
      name: 'Licence annuelle – édition Entreprise',
      quantity: '2',
      listPrice: '600.00',
      unitPrice: '540.00',
      discount: '10.00',
      taxRate: null,
      amount: '1080.00',
    },
    {
      name: 'Formation sur site (journée)',
      quantity: '1',
      listPrice: '154.56',
      unitPrice: '154.56',
      discount: '0.00',
      taxRate: null,
      amount: '154.56',
    },
  ];
  return documentModel(kind, lang, now, {
    record: {
      id: '00000000-0000-0000-0000-000000000000',
      number: `${PREFIX[kind]}-00042`,
      name: 'Équipement du siège',
      status: 'Draft',
      currency: 'EUR',
      taxRate: '20',
      shippingCost: '0.00',
      amount: '1234.56',
      discountAmount: '120.00',
      preDiscountedAmount: '1354.56',
      taxAmount: '246.91',
      grandTotalAmount: '1481.47',
      billingAddressStreet: '12 rue des Écoles',
      billingAddressCity: 'Besançon',
      billingAddressPostalCode: '25000',
      billingAddressCountry: 'France',
      dateInvoiced: now.toISOString().slice(0, 10),
      dateDue: null,
      description: null,
    },
    items,
    account: { name: 'Brûlé & Fils SARL', emailAddress: 'compta@brule.example', website: null },
    contact: { firstName: 'Élodie', lastName: 'Brûlé', emailAddress: 'elodie@brule.example' },
    contacts: [{ firstName: 'Élodie', lastName: 'Brûlé', emailAddress: 'elodie@brule.example' }],
  });
}
