import { sanctionStatusContract } from '../store/contract/sanctionStatusContract';
import { MemoryGraphStore } from '../store/memory/MemoryGraphStore';

describe('sanction status per authority on the embedded store', () => {
  sanctionStatusContract(async () => new MemoryGraphStore());
});
