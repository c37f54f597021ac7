import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteFunctions } from 'n8n-workflow';

/** A dateTime parameter as Unix seconds, or undefined when empty; an error naming the field when unreadable. */
export function readUnixSeconds(
	ctx: IExecuteFunctions,
	name: string,
	label: string,
	itemIndex: number,
): number | undefined {
	const raw = ctx.getNodeParameter(name, itemIndex, '') as unknown;
	if (raw === '' || raw === undefined || raw === null) return undefined;
	const ms = typeof raw === 'number' ? raw * (raw < 1e11 ? 1000 : 1) : Date.parse(String(raw));
	if (!Number.isFinite(ms))
		throw new NodeOperationError(
			ctx.getNode(),
			`${label} is not a date and time: "${String(raw)}"`,
			{
				itemIndex,
			},
		);
	return Math.floor(ms / 1000);
}
