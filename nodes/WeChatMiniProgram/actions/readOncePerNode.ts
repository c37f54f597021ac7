import type { IExecuteFunctions } from 'n8n-workflow';

/** Whether a raw node parameter holds an expression anywhere (a resource locator's value included). */
function holdsExpression(value: unknown): boolean {
	if (typeof value === 'string') return value.startsWith('=');
	if (Array.isArray(value)) return value.some(holdsExpression);
	if (value !== null && typeof value === 'object')
		return Object.values(value).some(holdsExpression);
	return false;
}

/**
 * `read(itemIndex)` for a parameter read once per input item, evaluated only once when the parameter
 * holds no expression: n8n then gives every item the same value, and resolving it for each item
 * (a copy and a schema check per call) was most of the time before the first request with 100000
 * items. A failed read is not kept, so every item still reports its own error.
 */
export function readOncePerNodeUnlessExpression<T>(
	ctx: IExecuteFunctions,
	parameter: string,
	read: (itemIndex: number) => T,
): (itemIndex: number) => T {
	if (holdsExpression(ctx.getNode().parameters[parameter])) return read;
	let known: { value: T } | undefined;
	return (itemIndex) => (known ??= { value: read(itemIndex) }).value;
}
