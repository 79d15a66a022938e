import { exportSuite } from '../test/exportSuite';

describe('exports on the embedded store', () => {
  exportSuite();
});
