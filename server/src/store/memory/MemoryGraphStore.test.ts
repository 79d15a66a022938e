import { designationContract } from '../contract/designationContract';
import { graphStoreContract } from '../contract/graphStoreContract';
import { linkContract } from '../contract/linkContract';
import { timelineContract } from '../contract/timelineContract';
import { MemoryGraphStore } from './MemoryGraphStore';

describe('MemoryGraphStore meets the GraphStore contract', () => {
  graphStoreContract(async () => new MemoryGraphStore());
});

describe('MemoryGraphStore meets the designation contract', () => {
  designationContract(async () => new MemoryGraphStore());
});

describe('MemoryGraphStore meets the link contract', () => {
  linkContract(async () => new MemoryGraphStore());
});

describe('MemoryGraphStore meets the timeline contract', () => {
  timelineContract(async () => new MemoryGraphStore());
});
