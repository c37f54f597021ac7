import type { INodeProperties, INodeTypeDescription } from 'n8n-workflow';

import { WeChatMiniProgram } from '../../nodes/WeChatMiniProgram/WeChatMiniProgram.node';
import { WeChatMiniProgramTrigger } from '../../nodes/WeChatMiniProgramTrigger/WeChatMiniProgramTrigger.node';
import { WeChatPlatformTrigger } from '../../nodes/WeChatPlatformTrigger/WeChatPlatformTrigger.node';

/**
 * n8n's editor (2.41, editor-ui nodeTypesUtils) takes the node properties named in a credential's
 * `displayOptions.show` for "auth fields". When one of them is called `authentication`, it is the
 * main auth field: the editor shows it in the credential section, and also takes out of the node
 * panel every property that an auth field names in its own `show`. This is that rule, so a
 * description change that would hide Resource (as a `show: { resource }` once did) fails here and
 * not only in the browser run.
 */
function fieldsTheEditorHides(description: INodeTypeDescription): string[] {
	const authFieldNames = new Set(
		(description.credentials ?? []).flatMap((credential) =>
			Object.keys(credential.displayOptions?.show ?? {}),
		),
	);
	const authFields = description.properties.filter((property) => authFieldNames.has(property.name));
	const mainAuthField = authFields.find(
		(property) =>
			property.name === 'authentication' &&
			!property.options?.some((option) => 'value' in option && option.value === 'none'),
	);
	if (!mainAuthField) return [];
	const namedInAuthShows = (property: INodeProperties) =>
		authFields.some((field) => property.name in (field.displayOptions?.show ?? {}));
	return [
		...new Set(
			description.properties
				.filter((property) => property.name === mainAuthField.name || namedInAuthShows(property))
				.map((property) => property.name),
		),
	];
}

describe('what n8n’s editor keeps in the node panel', () => {
	test('the action node loses only Authentication (shown in the credential section)', () => {
		const { description } = new WeChatMiniProgram();
		expect(fieldsTheEditorHides(description)).toEqual(['authentication']);
	});

	test('the credential list offers both WeChat kinds, so picking one sets Authentication', () => {
		// n8n lists, for a node with a main auth field, the credentials whose `show` names it.
		const { description } = new WeChatMiniProgram();
		const listed = (description.credentials ?? [])
			.filter((credential) => 'authentication' in (credential.displayOptions?.show ?? {}))
			.map((credential) => credential.name);
		expect(listed).toEqual(['weChatMiniProgramApi', 'weChatPlatformApi']);
	});

	test.each([
		['WeChat Mini Program Trigger', new WeChatMiniProgramTrigger().description],
		['WeChat Third-Party Platform Trigger', new WeChatPlatformTrigger().description],
	])('%s keeps every field', (_name, description) => {
		expect(fieldsTheEditorHides(description)).toEqual([]);
	});

	test('the rule catches a `show` on Resource in an auth field', () => {
		const { description } = new WeChatMiniProgram();
		const withShowOnResource: INodeTypeDescription = {
			...description,
			properties: [
				...description.properties,
				{
					displayName: 'Authentication',
					name: 'authentication',
					type: 'hidden',
					default: 'x',
					displayOptions: { show: { resource: ['thirdPartyPlatform'] } },
				},
			],
		};
		expect(fieldsTheEditorHides(withShowOnResource)).toEqual(['resource', 'authentication']);
	});
});
