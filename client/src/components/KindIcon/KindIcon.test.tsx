import { ACTOR_KINDS, ActorKind } from '@explorer/domain';
import { render, screen } from '@testing-library/react';
import { KIND_STYLES } from '../../graph/palette';
import { KindIcon } from './KindIcon';

describe('KindIcon', () => {
  it('draws each kind in its graph colour, with a distinct shape', () => {
    const { container } = render(
      <>
        {ACTOR_KINDS.map((kind) => (
          <KindIcon key={kind} kind={kind} />
        ))}
      </>,
    );
    const paths = [...container.querySelectorAll('path')];
    expect(paths.map((p) => p.getAttribute('fill'))).toEqual(
      ACTOR_KINDS.map((kind) => KIND_STYLES[kind].color),
    );
    expect(new Set(paths.map((p) => p.getAttribute('d'))).size).toBe(ACTOR_KINDS.length);
  });

  it('is decorative unless labelled, then named by its kind', () => {
    const { container, rerender } = render(<KindIcon kind={ActorKind.VESSEL} />);
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    rerender(<KindIcon kind={ActorKind.VESSEL} labelled />);
    expect(screen.getByRole('img', { name: 'Vessel' })).toBeInTheDocument();
  });
});
