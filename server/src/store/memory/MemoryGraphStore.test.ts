import { graphStoreContract } from '../contract/graphStoreContract';
import { MemoryGraphStore } from './MemoryGraphStore';

describe('MemoryGraphStore meets the GraphStore contract', () => {
  graphStoreContract(async () => new MemoryGraphStore());
});
