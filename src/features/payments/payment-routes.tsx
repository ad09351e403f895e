/**
 * The payments' and seasons' screens behind one chunk: the app's routes send every payments address here, and this picks the
 * screen, so the first load carries one lazy entry for them instead of one each.
 */
import { Route, Switch } from 'wouter';
import { BordereauScreen } from './bordereau-screen';
import { ContractPaymentsScreen } from './contract-payments-screen';
import { DistributionPaymentsScreen } from './distribution-payments-screen';
import { MembershipFeesScreen } from './membership-fees-screen';
import { ProducerChequesScreen } from './producer-cheques-screen';
import { RenewalScreen } from './renewal-screen';
import { SeasonScreen } from './season-screen';
import { TreasurerScreen } from './treasurer-screen';

export function PaymentRoutes() {
  return (
    <Switch>
      <Route path="/payments" component={TreasurerScreen} />
      <Route path="/distributions/season" component={SeasonScreen} />
      <Route path="/contracts/renew" component={RenewalScreen} />
      <Route path="/contracts/:id/payments">{(params) => <ContractPaymentsScreen id={params.id} />}</Route>
      <Route path="/distributions/:id/payments">{(params) => <DistributionPaymentsScreen id={params.id} />}</Route>
      <Route path="/distributions/:id/payments/:producerId">
        {(params) => <BordereauScreen id={params.id} producerId={params.producerId} />}
      </Route>
      <Route path="/producer/:distributionId/cheques">{(params) => <ProducerChequesScreen distributionId={params.distributionId} />}</Route>
      <Route path="/groups/:id/fees">{(params) => <MembershipFeesScreen groupId={params.id} />}</Route>
    </Switch>
  );
}
