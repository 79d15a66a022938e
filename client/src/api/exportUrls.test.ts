import { exportUrl } from './exportUrls';

describe('exportUrl', () => {
  it('links the whole graph with no filter', () => {
    expect(exportUrl('json', {})).toBe('/export/graph.json');
  });

  it('passes types, kinds and date as the server reads them', () => {
    expect(
      exportUrl('graphml', { types: ['FUNDS', 'OWES'], kinds: ['PERSON'], asOf: '2015' }),
    ).toBe('/export/graph.graphml?types=FUNDS%2COWES&kinds=PERSON&asOf=2015');
  });

  it('exports a neighbourhood, where kinds do not apply', () => {
    expect(exportUrl('csv', { around: 'hezbollah', depth: 2, kinds: ['PERSON'] })).toBe(
      '/export/graph.csv?around=hezbollah&depth=2',
    );
  });
});
