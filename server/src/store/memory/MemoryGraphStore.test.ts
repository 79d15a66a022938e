import { designationContract } from '../contract/designationContract';
import { graphStoreContract } from '../contract/graphStoreContract';
import { MemoryGraphStore } from './MemoryGraphStore';

describe('MemoryGraphStore meets the GraphStore contract', () => {
  graphStoreContract(async () => new MemoryGraphStore());
});

describe('MemoryGraphStore meets the designation contract', () => {
  designationContract(async () => new MemoryGraphStore());
});
