/**
 * A screen that throws shows a message in place of itself instead of blanking the whole app: the header, the sync
 * status and the navigation stay, and going to another screen tries again. A class of our own rather than
 * react-error-boundary: catching and resetting on navigation is all we need, and the app shell's first-load
 * budget (160 KB gzip, 155 used) is better kept for the screens.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';

function ScreenError() {
  const { t } = useTranslation();
  return (
    <div className="notice error" role="alert">
      <h1>{t('common.screenError.title')}</h1>
      <p>{t('common.screenError.hint')}</p>
      <div className="actions">
        <button type="button" onClick={() => history.back()}>
          {t('common.screenError.back')}
        </button>
        <Link href="/">{t('common.screenError.home')}</Link>
      </div>
    </div>
  );
}

interface BoundaryProps {
  location: string;
  children: ReactNode;
}

interface BoundaryState {
  failed: boolean;
  location: string;
}

class LocationErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { failed: false, location: this.props.location };

  static getDerivedStateFromError(): Partial<BoundaryState> {
    return { failed: true };
  }

  // The error belongs to the screen it happened on: another address gets a fresh try.
  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.location === state.location ? null : { failed: false, location: props.location };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever opens the console on the phone; the person sees the message.
    console.error(error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <ScreenError /> : this.props.children;
  }
}

export function ScreenErrorBoundary({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  return <LocationErrorBoundary location={location}>{children}</LocationErrorBoundary>;
}
