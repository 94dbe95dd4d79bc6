import {
  DateField,
  EditButton,
  ReferenceField,
  SelectField,
  Show,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { FieldGrid } from '../../common/FieldGrid';
import { MoneyField } from '../../common/MoneyField';
import { Section } from '../../common/ShowColumns';
import { pricingTypeChoices, productStatusChoices } from './choices';

const ProductDetails = () => {
  const translate = useTranslate();
  return (
    <Section title={translate('crm.common.details')}>
      <FieldGrid>
        <TextField source="name" />
        <TextField source="partNumber" />
        <SelectField source="status" choices={productStatusChoices} />
        <ReferenceField source="categoryId" reference="product-categories" link="edit" />
        <SelectField source="pricingType" choices={pricingTypeChoices} />
        <TextField source="pricingFactor" />
        <MoneyField source="costPrice" />
        <MoneyField source="listPrice" />
        <MoneyField source="unitPrice" />
        <ReferenceField source="assignedUserId" reference="users" link={false} />
        <TextField source="description" sx={{ whiteSpace: 'pre-wrap' }} />
        <DateField source="createdAt" showTime />
      </FieldGrid>
    </Section>
  );
};

export const ProductShow = () => (
  <Show
    actions={
      <TopToolbar>
        <EditButton />
      </TopToolbar>
    }
    component="div"
    sx={{ mt: 1 }}
  >
    <ProductDetails />
  </Show>
);
