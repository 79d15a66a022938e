import { fireEvent, render, screen, within } from '@testing-library/react';
import type { Exposure } from '../../api/api';
import type { AsyncState } from '../../hooks/useAsync';
import { designatedExposure, houthisExposure, ofacSanctionsQods, qods } from '../../test/fixtures';
import { ExposureSection, type ExposureSectionProps } from './ExposureSection';

function setup(state: AsyncState<Exposure>, overrides: Partial<ExposureSectionProps> = {}) {
  const props: ExposureSectionProps = {
    actor: { id: 'houthis', name: 'Houthis' },
    state,
    onRetry: jest.fn(),
    via: null,
    onChangeVia: jest.fn(),
    traced: false,
    onTrace: jest.fn(),
    onSelectActor: jest.fn(),
    onSelectRelationship: jest.fn(),
    ...overrides,
  };
  render(<ExposureSection {...props} />);
  return props;
}

describe('ExposureSection', () => {
  it('says a designated actor is designated, with nothing to trace', () => {
    setup({ status: 'ok', data: designatedExposure(qods) }, { actor: qods });
    expect(screen.getByTestId('exposure-status')).toHaveTextContent('Designated');
    expect(screen.getByTestId('exposure')).toHaveTextContent('Qods Force is designated.');
    expect(screen.queryByTestId('trace-exposure')).toBeNull();
  });

  it('lists each path hop by hop with its evidence and traces them on request', () => {
    const props = setup({ status: 'ok', data: houthisExposure });
    const exposure = screen.getByTestId('exposure');
    expect(exposure).toHaveTextContent('Linked to a designated actor');
    const [path] = screen.getAllByTestId('exposure-path');
    expect(path).toHaveTextContent('Houthis ← (supplies, 2015) ← Qods Force');
    const hop = within(path!).getByTestId('hop');
    expect(hop).toHaveTextContent('Qods Force supplies Houthis');
    expect(within(hop).getByTestId('evidence-excerpt')).toHaveTextContent(
      'The Houthis receive missiles and drone components from the Qods Force.',
    );
    fireEvent.click(screen.getByTestId('trace-exposure'));
    expect(props.onTrace).toHaveBeenCalledWith(true);
    expect(screen.getByTestId('exposure-designation')).toHaveTextContent(
      'OFAC designates Qods Force · SDGT · since 2007-10-25',
    );
    fireEvent.click(within(screen.getByTestId('exposure-designation')).getByRole('button'));
    expect(props.onSelectActor).toHaveBeenCalledWith(ofacSanctionsQods.target.id);
  });

  it('chooses which links count', () => {
    const props = setup({ status: 'ok', data: houthisExposure });
    const via = screen.getByTestId('via');
    fireEvent.click(within(via).getByLabelText('Supplies'));
    const chosen = (props.onChangeVia as jest.Mock).mock.calls[0][0] as string[];
    expect(chosen).not.toContain('SUPPLIES');
    expect(chosen).toContain('FUNDS');
    expect(within(via).queryByLabelText('Sanctions')).toBeNull();
  });

  it('offers Retry when the exposure cannot be loaded', () => {
    const props = setup({ status: 'error', error: new Error('boom') });
    fireEvent.click(screen.getByTestId('retry'));
    expect(props.onRetry).toHaveBeenCalled();
  });
});
