/**
 * A request the bot will not serve, with the status to answer. The reason is
 * for the log only: the response says no more than the status does.
 */
export class RequestRefused extends Error {
  constructor(
    readonly status: 401 | 403 | 503,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'RequestRefused';
  }
}
