import { fireEvent, render, screen, within } from '@testing-library/react';
import { ACTOR_KINDS, RELATION_TYPES } from '../../format/names';
import { Legend } from './Legend';

describe('Legend', () => {
  it('lists every actor kind and every relationship type', () => {
    render(<Legend />);
    const kinds = within(screen.getByRole('list', { name: 'Actor kinds' })).getAllByRole(
      'listitem',
    );
    const types = within(screen.getByRole('list', { name: 'Relationship types' })).getAllByRole(
      'listitem',
    );
    expect(kinds).toHaveLength(ACTOR_KINDS.length + 1);
    expect(types).toHaveLength(RELATION_TYPES.length + 1);
    expect(screen.getByText('Armed group')).toBeInTheDocument();
    expect(screen.getByText('Sanctions')).toBeInTheDocument();
  });

  it('draws sanctions dashed and control solid', () => {
    const { container } = render(<Legend />);
    const line = (name: string) =>
      within(screen.getByRole('list', { name: 'Relationship types' }))
        .getByText(name)
        .closest('li')!
        .querySelector('line')!;
    expect(line('Sanctions').getAttribute('stroke-dasharray')).toBe('6 4');
    expect(line('Controls').getAttribute('stroke-dasharray')).toBeNull();
    expect(container.querySelectorAll('svg.kind-icon path')).toHaveLength(ACTOR_KINDS.length);
  });

  it('toggles relationship types when asked to', () => {
    const onToggleType = jest.fn();
    render(<Legend open hiddenTypes={new Set(['SANCTIONS'])} onToggleType={onToggleType} />);
    const sanctions = screen.getByRole('button', { name: /Sanctions/ });
    expect(sanctions).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: /Funds/ })).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(sanctions);
    expect(onToggleType).toHaveBeenCalledWith('SANCTIONS');
  });
});
