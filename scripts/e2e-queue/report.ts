/** Prints the queue-mode run's report: per scenario its figures, its workers and every problem found. */
import type { ScenarioResult } from './scenarios/scenario';

export function printReport(
	results: ScenarioResult[],
	setup: [label: string, value: string][],
): void {
	const line = '='.repeat(100);
	console.log(`\n${line}\nQueue-mode end-to-end report\n${line}`);
	for (const [label, value] of setup) console.log(`${label.padEnd(40)} ${value}`);
	for (const result of results) {
		console.log(`\n-- ${result.name}: ${result.problems.length === 0 ? 'PASS' : 'FAIL'}`);
		for (const [label, value] of result.figures) console.log(`   ${label.padEnd(40)} ${value}`);
		const workers = Object.entries(result.workers)
			.map(([worker, count]) => `${worker} ${count}`)
			.join(', ');
		console.log(`   ${'executions per worker'.padEnd(40)} ${workers || '-'}`);
		for (const problem of result.problems) console.log(`   PROBLEM: ${problem}`);
	}
	const failed = results.filter((result) => result.problems.length > 0);
	console.log(
		`\n${line}\n${failed.length === 0 ? 'PASS' : 'FAIL'}: ${results.length - failed.length} of ${results.length} scenarios passed${failed.length ? ` (failed: ${failed.map((r) => r.name).join('; ')})` : ''}\n${line}`,
	);
}
