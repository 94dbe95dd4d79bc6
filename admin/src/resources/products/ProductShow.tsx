import { DateField, ReferenceField, SelectField, TextField } from 'react-admin';
import { MoneyField } from '../../common/MoneyField';
import { DetailsSection, ShowPage } from '../../common/ShowPage';
import { pricingTypeChoices, productStatusChoices } from './choices';

const ProductDetails = () => {
  return (
    <DetailsSection>
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
    </DetailsSection>
  );
};

export const ProductShow = () => (
  <ShowPage sx={{ mt: 1 }}>
    <ProductDetails />
  </ShowPage>
);
