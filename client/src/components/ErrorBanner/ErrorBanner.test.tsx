import { fireEvent, render, screen } from '@testing-library/react';
import { GraphQLRequestError, NetworkError } from '../../api/errors';
import { ErrorBanner } from './ErrorBanner';

describe('ErrorBanner', () => {
  it('says the server is unreachable and retries on click', () => {
    const onRetry = jest.fn();
    render(
      <ErrorBanner
        error={new NetworkError('Graph')}
        context="Loading the graph"
        onRetry={onRetry}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(/cannot reach the server/i);
    fireEvent.click(screen.getByTestId('retry'));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('explains a NOT_FOUND error and has no Retry without a handler', () => {
    render(
      <ErrorBanner
        error={
          new GraphQLRequestError('Actor', [{ message: 'x', extensions: { code: 'NOT_FOUND' } }])
        }
      />,
    );
    expect(screen.getByTestId('error-banner')).toHaveTextContent(/not found/i);
    expect(screen.queryByTestId('retry')).toBeNull();
  });
});
