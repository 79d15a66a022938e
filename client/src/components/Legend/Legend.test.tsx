import { fireEvent, render, screen, within } from '@testing-library/react';
import { ACTOR_KINDS } from '@explorer/domain';
import { Legend } from './Legend';

describe('Legend', () => {
  it('names every kind, type and authority', () => {
    render(
      <Legend
        open
        authorities={[
          { id: 'european-union', name: 'European Union', code: 'EU', color: '#009E73' },
        ]}
      />,
    );
    const legend = screen.getByTestId('legend');
    expect(within(legend).getByRole('list', { name: 'Actor kinds' })).toHaveTextContent('Vessel');
    expect(within(legend).getByRole('list', { name: 'Relationship types' })).toHaveTextContent(
      'Sanctions',
    );
    expect(within(legend).getByRole('list', { name: 'Designated by' })).toHaveTextContent('EU');
    expect(within(legend).queryByRole('button')).toBeNull();
  });

  it('toggles kinds and types, says when filtered, and shows all again', () => {
    const onToggleKind = jest.fn();
    const onToggleType = jest.fn();
    const onShowAll = jest.fn();
    render(
      <Legend
        open
        hiddenKinds={new Set(['PERSON'])}
        hiddenTypes={new Set(['FUNDS'])}
        onToggleKind={onToggleKind}
        onToggleType={onToggleType}
        onShowAll={onShowAll}
      />,
    );
    expect(screen.getByTestId('legend-kind-PERSON')).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByTestId('legend-kind-COMPANY')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('legend-type-FUNDS')).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(screen.getByTestId('legend-kind-COMPANY'));
    expect(onToggleKind).toHaveBeenCalledWith('COMPANY');
    fireEvent.click(screen.getByRole('button', { name: /Supplies/ }));
    expect(onToggleType).toHaveBeenCalledWith('SUPPLIES');
    expect(screen.getByTestId('legend')).toHaveTextContent('filtered');
    fireEvent.click(screen.getByRole('button', { name: 'Show all' }));
    expect(onShowAll).toHaveBeenCalled();
  });

  it('draws sanctions dashed and control solid, and each kind with its icon', () => {
    const { container } = render(<Legend open />);
    const line = (name: string) =>
      within(screen.getByRole('list', { name: 'Relationship types' }))
        .getByText(name)
        .closest('li')!
        .querySelector('line')!;
    expect(line('Sanctions').getAttribute('stroke-dasharray')).toBe('6 4');
    expect(line('Controls').getAttribute('stroke-dasharray')).toBeNull();
    expect(container.querySelectorAll('svg.kind-icon path')).toHaveLength(ACTOR_KINDS.length);
  });
});
