/** Splits `values` into consecutive chunks of at most `size` (the last may be shorter). */
export function chunk<T>(values: readonly T[], size: number): T[][] {
	if (!Number.isInteger(size) || size < 1)
		throw new Error(`Chunk size must be a positive integer, got ${size}`);
	const chunks: T[][] = [];
	for (let start = 0; start < values.length; start += size) {
		chunks.push(values.slice(start, start + size));
	}
	return chunks;
}
