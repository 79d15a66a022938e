import type { Services } from '../services/Services';

/** Per-request context: the domain services and the request id used in logs and errors. */
export interface RequestContext {
  services: Services;
  requestId: string;
}
