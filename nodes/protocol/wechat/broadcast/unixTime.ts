/**
 * Unix seconds from what a user gives for a time: a number (seconds, or milliseconds when it is
 * that large), or a date-time text. A text without a UTC offset ("2026-12-02T20:00:00", what n8n's
 * date picker produces) is read in `timeZone` (the workflow's time zone), not the server's.
 * Undefined when the value is no time.
 */
export function toUnixSeconds(value: unknown, timeZone: string): number | undefined {
	if (typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value.trim()))) {
		const number = Number(value);
		if (!Number.isFinite(number) || number <= 0) return undefined;
		return Math.floor(number > 1e11 ? number / 1000 : number);
	}
	if (value instanceof Date) return Math.floor(value.getTime() / 1000);
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const text = value.trim();
	const hasZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(text);
	const parsed = Date.parse(hasZone ? text : `${text.replace(' ', 'T')}Z`);
	if (Number.isNaN(parsed)) return undefined;
	if (hasZone) return Math.floor(parsed / 1000);
	// `parsed` is the wall time as if it were UTC; shift it by the zone's offset at that moment.
	const first = parsed - zoneOffsetMs(parsed, timeZone);
	const settled = parsed - zoneOffsetMs(first, timeZone);
	return Math.floor(settled / 1000);
}

/** How far `timeZone`'s wall clock is ahead of UTC at the instant `utcMs`. */
function zoneOffsetMs(utcMs: number, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
	}).formatToParts(new Date(utcMs));
	const part = (type: string) => Number(parts.find((entry) => entry.type === type)?.value);
	const wall = Date.UTC(
		part('year'),
		part('month') - 1,
		part('day'),
		part('hour'),
		part('minute'),
		part('second'),
	);
	return wall - Math.floor(utcMs / 1000) * 1000;
}
