import { Injectable } from '@nestjs/common';

/**
 * Set when the process is about to stop: readiness reports down so that load balancers send no new requests,
 * while requests already sent are still served until the HTTP server closes.
 */
@Injectable()
export class Draining {
  private draining = false;

  begin(): void {
    this.draining = true;
  }

  get active(): boolean {
    return this.draining;
  }
}
