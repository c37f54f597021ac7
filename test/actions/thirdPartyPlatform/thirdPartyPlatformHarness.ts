// The platform's workers, credential and runs live in testkit (the benchmarks use them too).
export * from '../../../testkit/engine/platformRuns';
