import { exportSuite } from './exportSuite';

describe('exports on the embedded store', () => {
  exportSuite();
});
