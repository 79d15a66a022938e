import { fireEvent, render, screen, within } from '@testing-library/react';
import { houthisToHezbollah, qodsFundsHezbollah } from '../../test/fixtures';
import { PathSteps } from './PathSteps';

describe('PathSteps', () => {
  it('tells each hop as a sentence in its own direction, with its evidence', () => {
    render(<PathSteps path={houthisToHezbollah} onSelectActor={() => {}} />);
    const hops = screen.getAllByTestId('hop');
    expect(hops).toHaveLength(2);
    expect(hops[0]).toHaveTextContent('Qods Force supplies Houthis (supplies, 2015)');
    expect(within(hops[1]!).getByTestId('evidence-excerpt')).toHaveTextContent(
      'one billion dollars',
    );
  });

  it('offers each link when asked to, and draws nothing for a 0-hop path', () => {
    const onSelectRelationship = jest.fn();
    const { rerender, container } = render(
      <PathSteps
        path={houthisToHezbollah}
        onSelectActor={() => {}}
        onSelectRelationship={onSelectRelationship}
      />,
    );
    fireEvent.click(screen.getAllByRole('button', { name: 'Show this link' })[1]!);
    expect(onSelectRelationship).toHaveBeenCalledWith(qodsFundsHezbollah);
    rerender(
      <PathSteps
        path={{ hops: 0, actors: houthisToHezbollah.actors.slice(0, 1), relationships: [] }}
        onSelectActor={() => {}}
      />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
