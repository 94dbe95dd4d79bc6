import { Grid } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { MyOpenLeads } from './MyOpenLeads';
import { OpenCases } from './OpenCases';
import { PipelineChart } from './PipelineChart';
import { PipelineTotals } from './PipelineTotals';
import { RevenueChart } from './RevenueChart';

export const Dashboard = () => {
  const translate = useTranslate();
  return (
    <Grid container spacing={2} sx={{ mt: 1 }} data-testid="dashboard">
      <Title title={translate('crm.dashboard.title')} />
      <Grid size={{ xs: 12, md: 8 }}>
        <PipelineChart />
        <RevenueChart />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <PipelineTotals />
        <OpenCases />
        <MyOpenLeads />
      </Grid>
    </Grid>
  );
};
