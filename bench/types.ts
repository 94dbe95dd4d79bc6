/** One benchmark: `run()` prints its figures (with a baseline measured in the same run); it asserts nothing. */
export interface Benchmark {
  name: string;
  run(): Promise<void>;
}
