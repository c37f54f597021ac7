/** Small helpers so every benchmark prints the same figures the same way. */
export interface Measurement {
	label: string;
	items: number;
	unit: string;
	calls: number;
	elapsedMs: number;
	heapDeltaMb: number;
	rssMb: number;
}

export async function measure(
	label: string,
	unit: string,
	run: () => Promise<{ items: number; calls: number }>,
): Promise<Measurement> {
	globalThis.gc?.();
	const heapBefore = process.memoryUsage().heapUsed;
	const started = process.hrtime.bigint();
	const { items, calls } = await run();
	const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
	const memory = process.memoryUsage();
	const result = {
		label,
		items,
		unit,
		calls,
		elapsedMs,
		heapDeltaMb: (memory.heapUsed - heapBefore) / 2 ** 20,
		rssMb: memory.rss / 2 ** 20,
	};
	report(result);
	return result;
}

export function report(m: Measurement): void {
	const perSecond = m.items / (m.elapsedMs / 1000);
	const perCall = m.calls ? ` | ${(m.elapsedMs / m.calls).toFixed(1)} ms/call` : '';
	console.log(
		`${m.label.padEnd(52)} ${String(m.items).padStart(7)} ${m.unit} | ${String(m.calls).padStart(5)} calls | ` +
			`${(m.elapsedMs / 1000).toFixed(2)} s | ${Math.round(perSecond).toLocaleString('en-US')} ${m.unit}/s${perCall} | ` +
			`heap +${m.heapDeltaMb.toFixed(1)} MB, rss ${m.rssMb.toFixed(0)} MB`,
	);
}
