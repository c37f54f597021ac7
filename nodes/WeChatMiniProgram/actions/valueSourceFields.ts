import type { INodeProperties } from 'n8n-workflow';

/** The words and parameter names of a batch operation's "… From" switch and its two inputs. */
export interface ValueSourceWords {
	sourceParameter: string;
	fieldParameter: string;
	listParameter: string;
	/** e.g. "Openids From". */
	sourceLabel: string;
	/** e.g. "Openid Field". */
	fieldLabel: string;
	/** e.g. "Openids". */
	listLabel: string;
	defaultField: string;
	/** One value and several, in a sentence: "an openid", "openids". */
	one: string;
	many: string;
	placeholder: string;
	/** What "All Input Items" and "List in Each Item" do with them. */
	allItems: string;
	perItem: string;
}

/** The "… From" switch: every input item gives values, or each item carries its own list. */
export function valueSourceFields(words: ValueSourceWords): INodeProperties[] {
	const { defaultField } = words;
	return [
		{
			displayName: words.sourceLabel,
			name: words.sourceParameter,
			type: 'options',
			noDataExpression: true,
			default: 'inputItems',
			options: [
				{ name: 'All Input Items', value: 'inputItems', description: words.allItems },
				{ name: 'List in Each Item', value: 'list', description: words.perItem },
			],
		},
		{
			displayName: words.fieldLabel,
			name: words.fieldParameter,
			type: 'string',
			default: defaultField,
			description: `Name of the input field holding ${words.one} (or an array of ${words.many})`,
			displayOptions: { show: { [words.sourceParameter]: ['inputItems'] } },
		},
		{
			displayName: words.listLabel,
			name: words.listParameter,
			type: 'string',
			required: true,
			default: '',
			placeholder: words.placeholder,
			description: `${words.listLabel} separated by commas or new lines, or an expression returning an array`,
			displayOptions: { show: { [words.sourceParameter]: ['list'] } },
		},
	];
}

/**
 * The "… From" switch for Tencent Cloud Chat UserIDs (Chat Account, Chat Official Account): the
 * operation names its parameters, its switch and what All Input Items does with them.
 */
export function userIdSourceFields(
	words: Pick<
		ValueSourceWords,
		'sourceParameter' | 'fieldParameter' | 'listParameter' | 'sourceLabel' | 'allItems'
	>,
): INodeProperties[] {
	return valueSourceFields({
		...words,
		fieldLabel: 'UserID Field',
		listLabel: 'UserIDs',
		defaultField: 'userId',
		one: 'a UserID',
		many: 'UserIDs',
		placeholder: 'user1, user2',
		perItem: 'Each input item carries its own list of UserIDs and is handled on its own',
	});
}
