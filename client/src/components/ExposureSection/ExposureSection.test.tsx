import { fireEvent, render, screen } from '@testing-library/react';
import { GraphQLFault, installFakeServer } from '../../test/fakeServer';
import { designatedExposure, houthisExposure, qods } from '../../test/fixtures';
import { ExposureSection } from './ExposureSection';

describe('ExposureSection', () => {
  it('says a designated actor is designated, with no path to highlight', async () => {
    installFakeServer({ SanctionExposure: () => ({ sanctionExposure: designatedExposure(qods) }) });
    render(<ExposureSection actorId={qods.id} onShowPaths={jest.fn()} onSelectActor={jest.fn()} />);
    expect(await screen.findByText('Designated')).toBeInTheDocument();
    expect(screen.getByTestId('exposure')).toHaveTextContent('Qods Force is designated.');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('lists the paths of a linked actor and lets their actors be opened', async () => {
    const server = installFakeServer({
      SanctionExposure: () => ({ sanctionExposure: houthisExposure }),
    });
    const onSelectActor = jest.fn();
    render(
      <ExposureSection actorId="houthis" onShowPaths={jest.fn()} onSelectActor={onSelectActor} />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Qods Force' }));
    expect(onSelectActor).toHaveBeenCalledWith('irgc-qods-force');
    expect(server.calls[0]).toEqual({
      operationName: 'SanctionExposure',
      variables: { id: 'houthis' },
    });
  });

  it('offers Retry when the exposure cannot be loaded', async () => {
    installFakeServer({
      SanctionExposure: () => {
        throw new GraphQLFault('STORE_TIMEOUT');
      },
    });
    render(<ExposureSection actorId="houthis" onShowPaths={jest.fn()} onSelectActor={jest.fn()} />);
    expect(await screen.findByTestId('retry')).toBeInTheDocument();
  });
});
