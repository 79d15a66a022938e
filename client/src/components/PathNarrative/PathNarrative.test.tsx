import { fireEvent, render, screen } from '@testing-library/react';
import { houthisToHezbollah } from '../../test/fixtures';
import { PathNarrative } from './PathNarrative';

describe('PathNarrative', () => {
  it('reads a path left to right, arrows pointing the way each relationship runs', () => {
    const { container } = render(
      <PathNarrative path={houthisToHezbollah} onSelectActor={() => {}} />,
    );
    expect(container).toHaveTextContent(
      'Houthis ← (supplies, 2015) ← Qods Force → (funds, $1bn, 2025) → Hezbollah',
    );
    expect(screen.getAllByTestId('path-step')).toHaveLength(2);
  });

  it('selects an actor of the path when its name is clicked', () => {
    const onSelectActor = jest.fn();
    render(<PathNarrative path={houthisToHezbollah} onSelectActor={onSelectActor} />);
    fireEvent.click(screen.getByRole('button', { name: 'Qods Force' }));
    expect(onSelectActor).toHaveBeenCalledWith('irgc-qods-force');
  });
});
