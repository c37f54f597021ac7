import type {
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
	INodeTypeDescription,
} from 'n8n-workflow';

/**
 * n8n's UX guide for node and credential text (docs.n8n.io, "UX guidelines" for verified
 * community nodes), as rules over the descriptions n8n loads. Each rule returns one line per
 * breach, naming where it is, so a failing test says what to fix.
 */

/** What a rule reads: a node's description or a credential's properties under a label. */
export interface DescribedThing {
	label: string;
	properties: INodeProperties[];
	/** The node's own description and subtitle, when it is a node. */
	description?: string;
	subtitle?: string;
}

type Entry = INodeProperties | INodePropertyOptions | INodePropertyCollection;

interface Visited {
	path: string;
	entry: Entry;
	/** The parameter (or collection) that lists this entry, if any. */
	parent?: INodeProperties;
}

const isParameter = (entry: Entry): entry is INodeProperties => 'type' in entry;
const isOption = (entry: Entry): entry is INodePropertyOptions => 'value' in entry;
const descriptionOf = (entry: Entry): string | undefined =>
	'description' in entry && typeof entry.description === 'string' ? entry.description : undefined;
const labelOf = (entry: Entry): string =>
	'displayName' in entry && entry.displayName ? entry.displayName : entry.name;

/** Every parameter, option and collection of a thing, depth first, with a readable path. */
function visit(thing: DescribedThing): Visited[] {
	const found: Visited[] = [];
	const walk = (entries: readonly Entry[], path: string, parent?: INodeProperties) => {
		for (const entry of entries) {
			const shown = isParameter(entry) ? showOf(entry) : '';
			const here = `${path} > ${labelOf(entry)}${shown}`;
			found.push({ path: here, entry, parent });
			const nestedParent = isParameter(entry) ? entry : parent;
			if ('options' in entry && Array.isArray(entry.options))
				walk(entry.options as Entry[], here, nestedParent);
			if ('values' in entry && Array.isArray(entry.values))
				walk(entry.values as Entry[], here, nestedParent);
		}
	};
	walk(thing.properties, thing.label);
	return found;
}

/** " [liveRoom/create]" for a parameter shown for one resource and operation. */
function showOf(parameter: INodeProperties): string {
	const show = parameter.displayOptions?.show ?? {};
	const resource = show.resource?.join('|');
	const operation = show.operation?.join('|');
	return resource || operation ? ` [${[resource, operation].filter(Boolean).join('/')}]` : '';
}

/** Every piece of text a user reads in the editor, with where it is. */
function userText(thing: DescribedThing): Array<{ path: string; text: string }> {
	const texts = [thing.description, thing.subtitle]
		.filter((text): text is string => Boolean(text))
		.map((text) => ({ path: thing.label, text }));
	for (const { path, entry } of visit(thing)) {
		const pieces = [
			labelOf(entry),
			descriptionOf(entry),
			isOption(entry) ? entry.action : undefined,
			isParameter(entry) ? entry.hint : undefined,
			isParameter(entry) ? entry.placeholder : undefined,
		];
		for (const text of pieces) if (typeof text === 'string' && text) texts.push({ path, text });
	}
	return texts;
}

/** "Create a live room" → n8n writes "Create live room". */
export function articlesInActions(thing: DescribedThing): string[] {
	return visit(thing)
		.filter(({ entry }) => isOption(entry) && /\b(a|an|the)\b/i.test(entry.action ?? ''))
		.map(({ path, entry }) => `${path}: action "${(entry as INodePropertyOptions).action}"`);
}

/**
 * API names in descriptions: "(addassistant)", "(room/create)", "(get_wxa_followers,
 * push_message)", "(subscribeMessage.send)", a snake_case field such as
 * "component_verify_ticket", or Tencent's "OfficialAccount.CallbackAfterSendMsg". They belong
 * in a hint or the docs; a description says what the operation does for the user.
 */
const API_VERB =
	/^(add|api|apply|create|del|delete|edit|get|modify|push|query|remove|send|set|update)[a-z]+[A-Za-z]*$/;

export function apiNamesInDescriptions(thing: DescribedThing): string[] {
	const identifier = /^[A-Za-z][\w./]*$/;
	const isApiName = (token: string) =>
		identifier.test(token) &&
		token !== token.toUpperCase() &&
		(/[a-z][_./][a-z]/i.test(token) || API_VERB.test(token) || /^[a-z]{1,4}$/.test(token));
	const problems: string[] = [];
	for (const { path, entry } of visit(thing)) {
		const text = descriptionOf(entry);
		if (!text) continue;
		const groups = [...text.matchAll(/\(([^()]*)\)/g)].map((match) => match[1]);
		const namedGroup = groups.find((group) => {
			const tokens = group.split(/[\s,]+/).filter(Boolean);
			return (
				tokens.length > 0 &&
				tokens.every((token) => identifier.test(token)) &&
				tokens.some(isApiName) &&
				(tokens.length === 1 || tokens.some((token) => /[_./]/.test(token)))
			);
		});
		const snakeCase = text.match(/\b[a-z][a-z0-9]*_[a-z0-9_]+\b/);
		const dotted = text.match(/\b[A-Za-z]+\.[A-Za-z]*[A-Z][A-Za-z]*\b/);
		const found = namedGroup !== undefined ? `(${namedGroup})` : (snakeCase ?? dotted)?.[0];
		if (found) problems.push(`${path}: description names the API: ${found}`);
	}
	return problems;
}

/** n8n's own lint threshold: from 5 options on, a dropdown is alphabetical. */
const MIN_OPTIONS_TO_SORT = 5;

const isSorted = (names: string[]) =>
	names.every((name, index) => index === 0 || names[index - 1].localeCompare(name) <= 0);

/**
 * Dropdowns (options, multiOptions) of 5 or more, by name, unless their values are numeric codes
 * (n8n exempts those, whose order is the API's); the fields of every collection, by display name.
 */
export function unsortedOptions(thing: DescribedThing): string[] {
	const problems: string[] = [];
	for (const { path, entry } of visit(thing)) {
		if (!isParameter(entry) || !Array.isArray(entry.options)) continue;
		const names = (entry.options as Entry[]).map(labelOf);
		if (entry.type === 'collection') {
			if (!isSorted(names)) problems.push(`${path}: fields not alphabetical: ${names.join(', ')}`);
			continue;
		}
		if (entry.type !== 'options' && entry.type !== 'multiOptions') continue;
		const options = entry.options as INodePropertyOptions[];
		if (options.length < MIN_OPTIONS_TO_SORT) continue;
		if (options.every((option) => /^-?\d+$/.test(String(option.value)))) continue;
		if (!isSorted(names)) problems.push(`${path}: options not alphabetical: ${names.join(', ')}`);
	}
	return problems;
}

/** Every boolean says what true means, n8n style: "Whether ...". */
export function undescribedBooleans(thing: DescribedThing): string[] {
	return visit(thing)
		.filter(
			({ entry }) =>
				isParameter(entry) &&
				entry.type === 'boolean' &&
				!/^Whether\b/.test(entry.description ?? ''),
		)
		.map(({ path, entry }) => `${path}: boolean without a "Whether ..." description`);
}

/**
 * Operations that return a list: "Get Many" and "Get <plural>" (Get Status reads one record per
 * ID asked for, so it is no list). Each has a Return All switch and a Limit shown without it.
 */
export function listOperationsWithoutLimit(thing: DescribedThing): string[] {
	const problems: string[] = [];
	const isListOperation = (name: string) =>
		name === 'Get Many' || (/^Get .+s$/.test(name) && !/ Status$/.test(name));
	const shownFor = (parameter: INodeProperties, resource: unknown, operation: string) => {
		const show = parameter.displayOptions?.show ?? {};
		return (
			(show.resource === undefined || show.resource.includes(resource as string)) &&
			(show.operation ?? []).includes(operation)
		);
	};
	for (const selector of thing.properties.filter((property) => property.name === 'operation')) {
		const resources = selector.displayOptions?.show?.resource ?? [undefined];
		for (const option of (selector.options ?? []) as INodePropertyOptions[]) {
			if (!isListOperation(option.name)) continue;
			for (const resource of resources) {
				const fields = thing.properties.filter((property) =>
					shownFor(property, resource, String(option.value)),
				);
				const returnAll = fields.find(
					(field) => field.name === 'returnAll' && field.type === 'boolean',
				);
				const limit = fields.find((field) => field.name === 'limit' && field.type === 'number');
				const limitHiddenByReturnAll = limit?.displayOptions?.show?.returnAll?.[0] === false;
				if (!returnAll || !limit || !limitHiddenByReturnAll)
					problems.push(
						`${thing.label} > ${String(resource)}/${String(option.value)}: list operation without Return All and a Limit shown when it is off`,
					);
			}
		}
	}
	return problems;
}

/**
 * One spelling per term, American English: "Sub-Anchor" (never "sub anchor" or "subanchor"),
 * "authorize", "authorization", and the other -ize and -or words.
 */
const BANNED_SPELLINGS: Array<[RegExp, string]> = [
	[/\bsub ?anchor/i, 'Sub-Anchor'],
	[/authoris/i, 'authoriz-'],
	[/\b(organis|recognis|customis|initialis|serialis|normalis|prioritis|summaris)/i, '-iz-'],
	[/\b(behaviour|colour|favour|honour)/i, '-or'],
	[/\b(centre|licence)\b/i, '-er / license'],
	[/\b(cancelled|cancelling)\b/i, 'canceled / canceling'],
];

export function bannedSpellings(thing: DescribedThing): string[] {
	const problems: string[] = [];
	for (const { path, text } of userText(thing))
		for (const [pattern, use] of BANNED_SPELLINGS) {
			const found = text.match(pattern);
			if (found) problems.push(`${path}: "${found[0]}" in "${text}" (write ${use})`);
		}
	return problems;
}

export const UX_RULES = {
	articlesInActions,
	apiNamesInDescriptions,
	unsortedOptions,
	undescribedBooleans,
	listOperationsWithoutLimit,
	bannedSpellings,
};

/** A node's description as a thing the rules read. */
export function nodeThing(description: INodeTypeDescription): DescribedThing {
	return {
		label: description.displayName,
		properties: description.properties,
		description: description.description,
		subtitle: description.subtitle,
	};
}
