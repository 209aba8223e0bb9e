/**
 * A mistake the person running the relay can fix (a bad relay.json, a missing credential, a
 * wrong argument): the CLI prints its message alone, never a stack trace, and exits 1. The
 * message never holds a secret.
 */
export class RelayUserError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RelayUserError'
  }
}
