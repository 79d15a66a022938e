/** The part of autocannon's API the bench uses (the package ships no types). */
declare module 'autocannon' {
  interface Instance extends PromiseLike<{ errors: number; timeouts: number; non2xx: number }> {
    on(
      event: 'response',
      fn: (client: unknown, status: number, bytes: number, ms: number) => void,
    ): void;
    on(event: 'tick', fn: (counter: { counter: number; bytes: number }) => void): void;
  }
  function autocannon(options: Record<string, unknown>): Instance;
  export default autocannon;
}
