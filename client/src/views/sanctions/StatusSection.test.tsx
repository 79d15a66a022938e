import { fireEvent, render, screen, within } from '@testing-library/react';
import type { SanctionStatusReport } from '../../api/api';
import type { AsyncState } from '../../hooks/useAsync';
import {
  directStatus,
  houthisStatus,
  ofacSanctionsQods,
  qods,
  qodsSuppliesHouthis,
} from '../../test/fixtures';
import { StatusSection, type StatusSectionProps } from './StatusSection';

function setup(
  state: AsyncState<SanctionStatusReport>,
  overrides: Partial<StatusSectionProps> = {},
) {
  const props: StatusSectionProps = {
    actor: { id: 'houthis', name: 'Houthis' },
    state,
    onRetry: jest.fn(),
    onSelectActor: jest.fn(),
    onSelectRelationship: jest.fn(),
    ...overrides,
  };
  render(<StatusSection {...props} />);
  return props;
}

describe('StatusSection', () => {
  it('shows a linked status with its rule, the explanation, the hop and the designation it rests on', () => {
    const props = setup({ status: 'ok', data: houthisStatus });
    expect(screen.getByTestId('overall-status').querySelector('[data-status]')).toHaveAttribute(
      'data-status',
      'LINKED',
    );
    // Only the authority whose rule applies gets an entry; the others are one line.
    const [entry] = screen.getAllByTestId('authority-status');
    expect(screen.getAllByTestId('authority-status')).toHaveLength(1);
    expect(entry).toHaveAttribute('data-authority', 'us-ofac');
    expect(within(entry!).getByTestId('status-rule')).toHaveAttribute('data-rule', 'ADJACENT');
    expect(within(entry!).getByTestId('status-explanation')).toHaveTextContent(
      houthisStatus.byAuthority[1]!.explanation,
    );
    const path = within(entry!).getByTestId('status-path');
    expect(path).toHaveTextContent('Houthis ← (supplies, 2015) ← Qods Force');
    expect(within(path).getByTestId('hop')).toHaveTextContent('Qods Force supplies Houthis');
    // The designation is the neighbour's: its name leads and opens it.
    const designation = within(entry!).getByTestId('designation');
    expect(within(designation).getByTestId('designation-programs')).toHaveTextContent('SDGT');
    fireEvent.click(within(designation).getByRole('button', { name: 'Qods Force' }));
    expect(props.onSelectActor).toHaveBeenCalledWith(ofacSanctionsQods.target.id);
    fireEvent.click(within(path).getAllByRole('button', { name: 'Show this link' })[0]!);
    expect(props.onSelectRelationship).toHaveBeenCalledWith(qodsSuppliesHouthis);
    expect(screen.getByTestId('status-none')).toHaveTextContent(
      'Not sanctioned by European Union.',
    );
  });

  it('shows a direct listing without a path to walk, with its designation led by the authority', () => {
    setup({ status: 'ok', data: directStatus(qods, ofacSanctionsQods) }, { actor: qods });
    const entry = screen.getByTestId('authority-status');
    expect(within(entry).getByTestId('status-rule')).toHaveAttribute('data-rule', 'LISTED');
    expect(within(entry).queryByTestId('status-path')).toBeNull();
    expect(
      within(within(entry).getByTestId('designation')).getByRole('button', { name: 'OFAC' }),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('status-none')).toBeNull();
  });

  it('says when a control status counts shares the sources do not give', () => {
    const controlled: SanctionStatusReport = {
      ...houthisStatus,
      status: 'CONTROLLED',
      byAuthority: [
        {
          ...houthisStatus.byAuthority[1]!,
          status: 'CONTROLLED',
          rule: 'OWNERSHIP_50_PERCENT',
          assumesUnknownShares: true,
        },
      ],
    };
    setup({ status: 'ok', data: controlled });
    expect(screen.getByTestId('status-rule')).toHaveAttribute('data-rule', 'OWNERSHIP_50_PERCENT');
    expect(screen.getByTestId('assumes-unknown-shares')).toBeInTheDocument();
  });

  it('offers Retry when the status cannot be derived', () => {
    const props = setup({ status: 'error', error: new Error('boom') });
    fireEvent.click(screen.getByTestId('retry'));
    expect(props.onRetry).toHaveBeenCalled();
  });
});
