import { regex, required, SelectInput, TextInput } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { FormRow } from '../../common/FieldGrid';
import { AssignedUserInput, TeamsInput } from '../../common/UserInputs';
import { CategoryInput } from '../product-categories/CategoryInput';
import {
  PRICING_NEEDS,
  type PricingType,
  pricingTypeChoices,
  productStatusChoices,
} from './choices';
import { ProductPricePreview } from './ProductPriceField';

const money = regex(/^\d+(\.\d{1,2})?$/, 'crm.validation.amount');
const percent = regex(/^\d{1,5}(\.\d{1,4})?$/, 'crm.validation.percent');
const parseDecimal = (value: string) => (value === '' ? null : value.replace(',', '.').trim());
const decimalInput = { htmlInput: { inputMode: 'decimal' as const } };

/** Only the inputs the pricing type reads are offered; the unit price is typed only when Fixed. */
const PricingInputs = () => {
  const type = (useWatch({ name: 'pricingType' }) ?? 'Same as List') as PricingType;
  const needs = PRICING_NEEDS[type] ?? [];
  return (
    <>
      <FormRow>
        <SelectInput
          source="pricingType"
          choices={pricingTypeChoices}
          defaultValue="Same as List"
          validate={required()}
        />
        {needs.includes('pricingFactor') ? (
          <TextInput
            source="pricingFactor"
            parse={parseDecimal}
            validate={percent}
            slotProps={decimalInput}
            helperText="crm.products.factor_help"
          />
        ) : null}
      </FormRow>
      <FormRow>
        <TextInput
          source="costPrice"
          parse={parseDecimal}
          validate={money}
          slotProps={decimalInput}
        />
        <TextInput
          source="listPrice"
          parse={parseDecimal}
          validate={money}
          slotProps={decimalInput}
        />
        {type === 'Fixed' ? (
          <TextInput
            source="unitPrice"
            parse={parseDecimal}
            validate={[required(), money]}
            slotProps={decimalInput}
          />
        ) : null}
      </FormRow>
      <ProductPricePreview />
    </>
  );
};

export const ProductInputs = () => (
  <>
    <FormRow>
      <TextInput source="name" validate={required()} />
      <TextInput source="partNumber" />
    </FormRow>
    <FormRow>
      <SelectInput
        source="status"
        choices={productStatusChoices}
        defaultValue="Available"
        validate={required()}
      />
      <CategoryInput source="categoryId" />
    </FormRow>
    <PricingInputs />
    <TextInput source="description" multiline minRows={2} />
    <FormRow>
      <AssignedUserInput />
      <TeamsInput />
    </FormRow>
  </>
);
