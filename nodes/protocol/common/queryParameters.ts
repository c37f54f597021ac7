import { reject } from './callbackRejection';

const MAX_LENGTH = 4096;

/** One query parameter as a string. Repeated or oversized parameters are refused. */
export function queryParameter(query: Record<string, unknown>, name: string): string | undefined {
	const value = Object.prototype.hasOwnProperty.call(query, name) ? query[name] : undefined;
	if (value === undefined || value === '') return undefined;
	if (typeof value !== 'string') throw reject(400, `query parameter ${name} must appear once`);
	if (value.length > MAX_LENGTH) throw reject(400, `query parameter ${name} is too long`);
	return value;
}

export function requiredQueryParameter(query: Record<string, unknown>, name: string): string {
	const value = queryParameter(query, name);
	if (value === undefined)
		throw reject(name.includes('signature') ? 401 : 400, `query parameter ${name} is missing`);
	return value;
}
