/** The app's routes. Each screen is its own chunk, precached by the service worker so every route works offline. */
import { lazy, Suspense, useState } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { useTranslation } from 'react-i18next';
import { useRole } from '../db/hooks/use-session';
import { FirstScreenMarker } from './first-screen';
import { loadCheckoffScreen, loadedCheckoffScreen } from './start-early';
import { loadNamespace } from '../i18n/i18n';
import type { LaterNamespace } from '../i18n/fr/index';

/** A screen's code and the catalog namespace it reads, loaded side by side. */
const withNamespace =
  <T,>(namespace: LaterNamespace, load: () => Promise<T>) =>
  () =>
    Promise.all([load(), loadNamespace(namespace)]).then(([module]) => module);

const StandScreen = lazy(() => import('../features/stand/stand-screen').then((m) => ({ default: m.StandScreen })));
const MembersScreen = lazy(() => import('../features/members/members-screen').then((m) => ({ default: m.MembersScreen })));
const MemberDetailScreen = lazy(() => import('../features/members/member-detail-screen').then((m) => ({ default: m.MemberDetailScreen })));
const ProducersScreen = lazy(
  withNamespace('programme', () => import('../features/producers/producers-screen').then((m) => ({ default: m.ProducersScreen }))),
);
const ProducerEditScreen = lazy(
  withNamespace('programme', () => import('../features/producers/producer-edit-screen').then((m) => ({ default: m.ProducerEditScreen }))),
);
const GroupsScreen = lazy(() => import('../features/groups/groups-screen').then((m) => ({ default: m.GroupsScreen })));
const GroupDetailScreen = lazy(() => import('../features/groups/group-detail-screen').then((m) => ({ default: m.GroupDetailScreen })));
const AccountScreen = lazy(
  withNamespace('accounts', () => import('../features/account/account-screen').then((m) => ({ default: m.AccountScreen }))),
);
const AccountsScreen = lazy(
  withNamespace('accounts', () => import('../features/account/accounts-screen').then((m) => ({ default: m.AccountsScreen }))),
);
const DevicesScreen = lazy(() => import('../features/account/devices-screen').then((m) => ({ default: m.DevicesScreen })));
const DuplicatesScreen = lazy(
  withNamespace('duplicates', () => import('../features/members/duplicates-screen').then((m) => ({ default: m.DuplicatesScreen }))),
);
const ContractsScreen = lazy(() => import('../features/contracts/contracts-screen').then((m) => ({ default: m.ContractsScreen })));
const ContractEditScreen = lazy(() =>
  import('../features/contracts/contract-edit-screen').then((m) => ({ default: m.ContractEditScreen })),
);
const OffersScreen = lazy(() => import('../features/contracts/offers-screen').then((m) => ({ default: m.OffersScreen })));
const OfferEditScreen = lazy(() => import('../features/contracts/offer-edit-screen').then((m) => ({ default: m.OfferEditScreen })));
const SettingsScreen = lazy(() => import('../features/settings/settings-screen').then((m) => ({ default: m.SettingsScreen })));
const DistributionsScreen = lazy(() =>
  import('../features/distributions/distributions-screen').then((m) => ({ default: m.DistributionsScreen })),
);
const DistributionNewScreen = lazy(() =>
  import('../features/distributions/distribution-new-screen').then((m) => ({ default: m.DistributionNewScreen })),
);
const DistributionDetailScreen = lazy(() =>
  import('../features/distributions/distribution-detail-screen').then((m) => ({ default: m.DistributionDetailScreen })),
);
const SignoffSheetScreen = lazy(() =>
  import('../features/distributions/signoff-sheet-screen').then((m) => ({ default: m.SignoffSheetScreen })),
);
const LazyCheckoffScreen = lazy(() => loadCheckoffScreen().then((m) => ({ default: m.CheckoffScreen })));
// Opened by a link, the check-off's code is loaded before the first render (start-early.ts): shown at once then,
// rather than after a fallback and React's pause before it reveals the content.
function CheckoffRoute({ id }: { id: string }) {
  // Chosen once: switching from the lazy one to the loaded one later would mount the screen again.
  const [CheckoffScreen] = useState(() => loadedCheckoffScreen() ?? LazyCheckoffScreen);
  return <CheckoffScreen id={id} />;
}
const ProducerHomeScreen = lazy(() =>
  import('../features/producer-view/producer-home-screen').then((m) => ({ default: m.ProducerHomeScreen })),
);
const ProducerDistributionScreen = lazy(() =>
  import('../features/producer-view/producer-distribution-screen').then((m) => ({ default: m.ProducerDistributionScreen })),
);

const OverviewScreen = lazy(
  withNamespace('overview', () => import('../features/overview/overview-screen').then((m) => ({ default: m.OverviewScreen }))),
);
const OverviewReportRoute = lazy(
  withNamespace('overview', () => import('../features/overview/overview-report-screen').then((m) => ({ default: m.OverviewReportRoute }))),
);

const ProgrammeScreen = lazy(
  withNamespace('programme', () => import('../features/programme/programme-screen').then((m) => ({ default: m.ProgrammeScreen }))),
);
const EventsScreen = lazy(
  withNamespace('programme', () => import('../features/programme/events-screen').then((m) => ({ default: m.EventsScreen }))),
);
const EventNewScreen = lazy(
  withNamespace('programme', () => import('../features/programme/event-new-screen').then((m) => ({ default: m.EventNewScreen }))),
);
const EventDetailScreen = lazy(
  withNamespace('programme', () => import('../features/programme/event-detail-screen').then((m) => ({ default: m.EventDetailScreen }))),
);
const PartnersScreen = lazy(
  withNamespace('programme', () => import('../features/programme/partners-screen').then((m) => ({ default: m.PartnersScreen }))),
);
const PartnerEditScreen = lazy(
  withNamespace('programme', () => import('../features/programme/partner-edit-screen').then((m) => ({ default: m.PartnerEditScreen }))),
);
const OutletsScreen = lazy(
  withNamespace('programme', () => import('../features/programme/outlets-screen').then((m) => ({ default: m.OutletsScreen }))),
);
const OutletEditScreen = lazy(
  withNamespace('programme', () => import('../features/programme/outlet-edit-screen').then((m) => ({ default: m.OutletEditScreen }))),
);
const InitiativesScreen = lazy(
  withNamespace('programme', () => import('../features/programme/initiatives-screen').then((m) => ({ default: m.InitiativesScreen }))),
);
const InitiativeEditScreen = lazy(
  withNamespace('programme', () =>
    import('../features/programme/initiative-edit-screen').then((m) => ({ default: m.InitiativeEditScreen })),
  ),
);

const PAYMENT_PATHS =
  /^\/(payments|distributions\/season|contracts\/renew|contracts\/[^/]+\/payments|distributions\/[^/]+\/payments(\/[^/]+)?|producer\/[^/]+\/cheques|groups\/[^/]+\/fees)$/;
const PaymentRoutes = lazy(
  withNamespace('payments', () => import('../features/payments/payment-routes').then((m) => ({ default: m.PaymentRoutes }))),
);
const ImportScreen = lazy(
  withNamespace('import', () => import('../features/import/import-screen').then((m) => ({ default: m.ImportScreen }))),
);

function NotFound() {
  const { t } = useTranslation();
  return <p>{t('common.notFound')}</p>;
}

function Loading() {
  const { t } = useTranslation();
  return <p aria-busy="true">{t('common.loading')}</p>;
}

/** Where the app opens: a producer's phone on their distributions, any other on the stand. */
function Home() {
  const role = useRole();
  if (role === undefined) return <Loading />;
  return <Redirect to={role === 'producer' ? '/producer' : '/stand'} replace />;
}

export function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <FirstScreenMarker />
      <Switch>
        <Route path="/" component={Home} />
        {/* The payments' and seasons' addresses, known here without loading their chunk, which picks the screen. */}
        <Route path={PAYMENT_PATHS} component={PaymentRoutes} />
        <Route path="/stand" component={StandScreen} />
        <Route path="/members" component={MembersScreen} />
        <Route path="/members/:id">{(params) => <MemberDetailScreen id={params.id} />}</Route>
        <Route path="/producers" component={ProducersScreen} />
        <Route path="/producers/new">{() => <ProducerEditScreen id={null} />}</Route>
        <Route path="/producers/:id">{(params) => <ProducerEditScreen id={params.id} />}</Route>
        <Route path="/groups" component={GroupsScreen} />
        <Route path="/groups/:id">{(params) => <GroupDetailScreen id={params.id} />}</Route>
        <Route path="/contracts" component={ContractsScreen} />
        <Route path="/contracts/new">{() => <ContractEditScreen id={null} />}</Route>
        <Route path="/contracts/:id">{(params) => <ContractEditScreen id={params.id} />}</Route>
        <Route path="/offers" component={OffersScreen} />
        <Route path="/offers/new">{() => <OfferEditScreen id={null} />}</Route>
        <Route path="/offers/:id">{(params) => <OfferEditScreen id={params.id} />}</Route>
        <Route path="/settings" component={SettingsScreen} />
        <Route path="/account" component={AccountScreen} />
        <Route path="/account/accounts" component={AccountsScreen} />
        <Route path="/account/devices" component={DevicesScreen} />
        <Route path="/duplicates" component={DuplicatesScreen} />
        <Route path="/distributions" component={DistributionsScreen} />
        <Route path="/distributions/new" component={DistributionNewScreen} />
        <Route path="/distributions/:id">{(params) => <DistributionDetailScreen id={params.id} />}</Route>
        <Route path="/distributions/:id/sheet">{(params) => <SignoffSheetScreen id={params.id} />}</Route>
        <Route path="/distributions/:id/checkoff">{(params) => <CheckoffRoute id={params.id} />}</Route>
        <Route path="/producer" component={ProducerHomeScreen} />
        <Route path="/producer/:distributionId">{(params) => <ProducerDistributionScreen distributionId={params.distributionId} />}</Route>
        <Route path="/overview" component={OverviewScreen} />
        <Route path="/overview/report" component={OverviewReportRoute} />
        <Route path="/programme" component={ProgrammeScreen} />
        <Route path="/events" component={EventsScreen} />
        <Route path="/events/new" component={EventNewScreen} />
        <Route path="/events/:id">{(params) => <EventDetailScreen id={params.id} />}</Route>
        <Route path="/partners" component={PartnersScreen} />
        <Route path="/partners/new">{() => <PartnerEditScreen id={null} />}</Route>
        <Route path="/partners/:id">{(params) => <PartnerEditScreen id={params.id} />}</Route>
        <Route path="/outlets" component={OutletsScreen} />
        <Route path="/outlets/new">{() => <OutletEditScreen id={null} />}</Route>
        <Route path="/outlets/:id">{(params) => <OutletEditScreen id={params.id} />}</Route>
        <Route path="/initiatives" component={InitiativesScreen} />
        <Route path="/initiatives/new">{() => <InitiativeEditScreen id={null} />}</Route>
        <Route path="/initiatives/:id">{(params) => <InitiativeEditScreen id={params.id} />}</Route>
        <Route path="/import" component={ImportScreen} />
        <Route component={NotFound} />
      </Switch>
    </Suspense>
  );
}
