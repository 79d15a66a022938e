import { fireEvent, render, screen, within } from '@testing-library/react';
import { designatedActors } from '../../graph/authorities';
import { houthisExposure, ofacSanctionsNetwork, ofacSanctionsQods } from '../../test/fixtures';
import { SanctionsPanel, type SanctionsPanelProps } from './SanctionsPanel';

function setup(overrides: Partial<SanctionsPanelProps> = {}) {
  const designations = [ofacSanctionsQods, ofacSanctionsNetwork];
  const props: SanctionsPanelProps = {
    subject: { id: 'houthis', name: 'Houthis' },
    exposure: { status: 'ok', data: houthisExposure },
    onRetryExposure: jest.fn(),
    via: null,
    onChangeVia: jest.fn(),
    traced: false,
    onTrace: jest.fn(),
    designations: { status: 'ok', data: designations },
    onRetryDesignations: jest.fn(),
    designated: designatedActors(designations),
    year: null,
    onSelectActor: jest.fn(),
    onSelectRelationship: jest.fn(),
    ...overrides,
  };
  render(<SanctionsPanel {...props} />);
  return props;
}

describe('SanctionsPanel', () => {
  it('traces the selected actor and lists every designation by authority, program and date', () => {
    const props = setup();
    expect(screen.getByTestId('exposure')).toHaveTextContent('Sanctions exposure of Houthis');
    const rows = screen.getAllByTestId('designation-row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'Qods Force · SDGT · since 2007-10-25 Evidence',
      'Shamkhani shipping network · IRAN-EO13846 · since 2025-07-30 Evidence',
    ]);
    expect(screen.getByTestId('designations-list')).toHaveTextContent('OFAC');
    fireEvent.click(within(rows[1]!).getByRole('button', { name: 'Shamkhani shipping network' }));
    expect(props.onSelectActor).toHaveBeenCalledWith('shamkhani-network');
    fireEvent.click(within(rows[0]!).getByRole('button', { name: 'Evidence' }));
    expect(props.onSelectRelationship).toHaveBeenCalledWith(ofacSanctionsQods);
  });

  it('keeps to designations in force in the chosen year', () => {
    const designations = [ofacSanctionsQods, ofacSanctionsNetwork];
    setup({ year: 2010, designated: designatedActors(designations, 2010) });
    expect(screen.getAllByTestId('designation-row')).toHaveLength(1);
    expect(
      screen.getByRole('heading', { name: /Designations in force in 2010 \(1\)/ }),
    ).toBeInTheDocument();
  });

  it('asks for an actor when none is selected', () => {
    setup({ subject: null });
    expect(screen.queryByTestId('exposure')).toBeNull();
    expect(screen.getByTestId('sanctions-panel')).toHaveTextContent('Select an actor');
  });
});
