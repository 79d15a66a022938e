import { designationContract } from '../contract/designationContract';
import { graphStoreContract } from '../contract/graphStoreContract';
import { linkContract } from '../contract/linkContract';
import { timelineContract } from '../contract/timelineContract';
import { timeWindowContract } from '../contract/timeWindowContract';
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

describe('MemoryGraphStore meets the time-window contract', () => {
  timeWindowContract(async () => new MemoryGraphStore());
});
