/**
 * Derives a JSON Schema (the subset n8n's editor reads for schema previews: type, properties,
 * required, items) from sample values: the output items an operation really produced. A key is
 * required when every sample object has it; a field seen with several types lists them all.
 */
export interface JsonSchema {
	type?: string | string[];
	properties?: Record<string, JsonSchema>;
	required?: string[];
	items?: JsonSchema;
	anyOf?: JsonSchema[];
	title?: string;
	description?: string;
	$schema?: string;
}

type JsonType = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object';

function typeOf(value: unknown): JsonType {
	if (value === null || value === undefined) return 'null';
	if (Array.isArray(value)) return 'array';
	if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
	if (typeof value === 'boolean' || typeof value === 'string') return typeof value as JsonType;
	return 'object';
}

export function jsonSchemaOf(samples: unknown[]): JsonSchema {
	const types = new Set(samples.map(typeOf));
	if (types.has('integer') && types.has('number')) types.delete('integer');
	const schema: JsonSchema = {};
	const typeList = [...types];
	if (typeList.length) schema.type = typeList.length === 1 ? typeList[0] : typeList;

	const objects = samples.filter((sample) => typeOf(sample) === 'object') as Array<
		Record<string, unknown>
	>;
	if (objects.length) {
		const keys = [...new Set(objects.flatMap((object) => Object.keys(object)))];
		schema.properties = Object.fromEntries(
			keys.map((key) => [
				key,
				jsonSchemaOf(objects.filter((object) => key in object).map((object) => object[key])),
			]),
		);
		const required = keys.filter((key) => objects.every((object) => key in object));
		if (required.length) schema.required = required;
	}
	const elements = samples.filter(Array.isArray).flat();
	if (elements.length) schema.items = jsonSchemaOf(elements);
	return schema;
}
