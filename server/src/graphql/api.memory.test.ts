import { apiSuite } from '../test/apiSuite';

describe('GraphQL API on the embedded store', () => {
  apiSuite();
});
