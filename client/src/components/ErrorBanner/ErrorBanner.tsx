import { describeError } from '../../api/errors';
import './ErrorBanner.css';

export interface ErrorBannerProps {
  /** What failed; described for people by `describeError`. */
  error: unknown;
  /** What was being done, e.g. "Loading the graph". */
  context?: string;
  /** Shows a Retry button when given. */
  onRetry?: () => void;
}

/** A failure, said plainly, with a way to try again. */
export function ErrorBanner({ error, context, onRetry }: ErrorBannerProps) {
  return (
    <div className="error-banner" role="alert" data-testid="error-banner">
      <p>
        {context ? <strong>{context} failed. </strong> : null}
        {describeError(error)}
      </p>
      {onRetry ? (
        <button type="button" data-testid="retry" onClick={onRetry}>
          Retry
        </button>
      ) : null}
    </div>
  );
}
