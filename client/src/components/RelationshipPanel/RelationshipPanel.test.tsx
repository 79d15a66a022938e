import { fireEvent, render, screen, within } from '@testing-library/react';
import { ofacSanctionsQods, qodsFundsHezbollah, qodsSuppliesHouthis } from '../../test/fixtures';
import { RelationshipPanel } from './RelationshipPanel';

describe('RelationshipPanel', () => {
  it('says why the edge exists: sentence, amount, period, label and every excerpt', () => {
    const onSelectActor = jest.fn();
    const documents = new Map([
      [
        'source-essay',
        {
          id: 'source-essay',
          title: 'The dilemmas of an ayatollah',
          publisher: null,
          date: null,
          url: 'https://example.org/essay',
        },
      ],
    ]);
    render(
      <RelationshipPanel
        relationship={qodsFundsHezbollah}
        documents={documents}
        onSelectActor={onSelectActor}
      />,
    );
    const panel = screen.getByTestId('relationship-panel');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Qods Force funds Hezbollah',
    );
    expect(panel).toHaveTextContent('Relationship · Funds');
    expect(panel).toHaveTextContent('Amount$1bn');
    expect(panel).toHaveTextContent('Period2025');
    expect(panel).toHaveTextContent('Whatannual funding');
    expect(within(panel).getAllByTestId('evidence-excerpt')).toHaveLength(1);
    expect(
      within(panel).getByRole('link', { name: 'The dilemmas of an ayatollah' }),
    ).toHaveAttribute('href', 'https://example.org/essay');
    fireEvent.click(within(panel).getByRole('button', { name: /Hezbollah/ }));
    expect(onSelectActor).toHaveBeenCalledWith('hezbollah');
  });

  it('shows the program of a sanction and says when no excerpt is recorded', () => {
    render(<RelationshipPanel relationship={ofacSanctionsQods} onSelectActor={jest.fn()} />);
    const panel = screen.getByTestId('relationship-panel');
    expect(panel).toHaveTextContent('OFAC sanctions Qods Force');
    expect(panel).toHaveTextContent('ProgramSDGT');
    expect(panel).toHaveTextContent('since 2007-10-25');
    expect(panel).toHaveTextContent('Originimported');
    expect(panel).toHaveTextContent('No excerpt recorded.');
  });

  it('says what the dates rest on, and marks an inferred link with its inference', () => {
    const inferred = {
      ...qodsSuppliesHouthis,
      inferred: true,
      inference: 'the essay names the war; that each side struck the other is our reading',
      validity: {
        kind: 'HISTORICAL' as const,
        reason: 'the Iran–Iraq War, dates from common knowledge',
        period: 'the Iran–Iraq War',
        endedBefore: null,
        heldOn: null,
      },
    };
    render(<RelationshipPanel relationship={inferred} onSelectActor={jest.fn()} />);
    const panel = screen.getByTestId('relationship-panel');
    expect(panel).toHaveTextContent('Datesthe Iran–Iraq War, dates from common knowledge');
    expect(panel).toHaveTextContent('Inferredthe essay names the war');
    // A stated, dated link says nothing about inference.
    render(<RelationshipPanel relationship={qodsSuppliesHouthis} onSelectActor={jest.fn()} />);
    const plain = screen.getAllByTestId('relationship-panel')[1]!;
    expect(plain).not.toHaveTextContent('Inferred');
    expect(plain).toHaveTextContent('Datesthe dates of the record');
  });

  it('never links a document URL that is not http(s)', () => {
    const documents = new Map([
      [
        'source-essay',
        {
          id: 'source-essay',
          title: 'Essay',
          publisher: null,
          date: null,
          url: 'javascript:alert(1)',
        },
      ],
    ]);
    render(
      <RelationshipPanel
        relationship={qodsSuppliesHouthis}
        documents={documents}
        onSelectActor={jest.fn()}
      />,
    );
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByTestId('relationship-panel')).toHaveTextContent(
      'US Treasury, 2024-03 · Essay · § Proxies',
    );
  });
});
