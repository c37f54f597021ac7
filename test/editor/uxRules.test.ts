import type { INodeProperties } from 'n8n-workflow';

import { TencentChatApi } from '../../credentials/TencentChatApi.credentials';
import { WeChatMiniProgramApi } from '../../credentials/WeChatMiniProgramApi.credentials';
import { WeChatPlatformApi } from '../../credentials/WeChatPlatformApi.credentials';
import { WeChatMiniProgram } from '../../nodes/WeChatMiniProgram/WeChatMiniProgram.node';
import { WeChatMiniProgramTrigger } from '../../nodes/WeChatMiniProgramTrigger/WeChatMiniProgramTrigger.node';
import { WeChatPlatformTrigger } from '../../nodes/WeChatPlatformTrigger/WeChatPlatformTrigger.node';
import { nodeThing, UX_RULES } from './uxRules';
import type { DescribedThing } from './uxRules';

const shipped: DescribedThing[] = [
	nodeThing(new WeChatMiniProgram().description),
	nodeThing(new WeChatMiniProgramTrigger().description),
	nodeThing(new WeChatPlatformTrigger().description),
	...[new WeChatMiniProgramApi(), new WeChatPlatformApi(), new TencentChatApi()].map(
		(credential) => ({ label: credential.displayName, properties: credential.properties }),
	),
];

describe('n8n’s UX guide on every node and credential', () => {
	test.each(Object.entries(UX_RULES))('%s: none', (_rule, rule) => {
		expect(shipped.flatMap(rule)).toEqual([]);
	});
});

describe('each rule catches what it is for', () => {
	const operation = (options: INodeProperties['options']): INodeProperties => ({
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		displayOptions: { show: { resource: ['liveRoom'] } },
		default: '',
		options,
	});
	const broken = (properties: INodeProperties[]): DescribedThing => ({
		label: 'Broken',
		properties,
	});

	test('an article in an action', () => {
		const thing = broken([
			operation([{ name: 'Create', value: 'create', action: 'Create a live room' }]),
		]);
		expect(UX_RULES.articlesInActions(thing)).toEqual([
			'Broken > Operation [liveRoom] > Create: action "Create a live room"',
		]);
	});

	test.each([
		['Add room assistants (addassistant)', '(addassistant)'],
		['Create a room (room/create)', '(room/create)'],
		['Tell followers (get_wxa_followers, push_message)', '(get_wxa_followers, push_message)'],
		['Replay videos (getliveinfo get_replay)', '(getliveinfo get_replay)'],
		['Send it (subscribeMessage.send)', '(subscribeMessage.send)'],
		['The public template title (tid)', '(tid)'],
		['The latest component_verify_ticket WeChat pushed', 'component_verify_ticket'],
		['OfficialAccount.CallbackAfterSendMsg: the message', 'OfficialAccount.CallbackAfterSendMsg'],
	])('an API name in a description: %s', (description, named) => {
		const thing = broken([operation([{ name: 'Create', value: 'create', description }])]);
		expect(UX_RULES.apiNamesInDescriptions(thing)).toEqual([
			`Broken > Operation [liveRoom] > Create: description names the API: ${named}`,
		]);
	});

	test.each([
		'A temporary media ID (valid 3 days)',
		'Messages encrypted (AES); plain ones are refused',
		'A media ID or a Message Body (JSON)',
		'Whether to add the (decrypted) message text',
	])('plain words in parentheses are no API name: %s', (description) => {
		const thing = broken([operation([{ name: 'Create', value: 'create', description }])]);
		expect(UX_RULES.apiNamesInDescriptions(thing)).toEqual([]);
	});

	test('an unsorted dropdown of five, an unsorted collection, and numeric codes left alone', () => {
		const named = (names: string[], numeric = false) =>
			names.map((name, index) => ({ name, value: numeric ? index : name.toLowerCase() }));
		const thing = broken([
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				default: '',
				options: named(['Live', 'Chat', 'Goods', 'Role', 'Room']),
			},
			{
				displayName: 'Role',
				name: 'role',
				type: 'options',
				default: 0,
				options: named(['Super Admin', 'Admin', 'Anchor', 'Operator', 'All'], true),
			},
			{
				displayName: 'Additional Fields',
				name: 'additionalFields',
				type: 'collection',
				default: {},
				options: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '' },
					{ displayName: 'Avatar', name: 'avatar', type: 'string', default: '' },
				],
			},
		]);
		expect(UX_RULES.unsortedOptions(thing)).toEqual([
			'Broken > Resource: options not alphabetical: Live, Chat, Goods, Role, Room',
			'Broken > Additional Fields: fields not alphabetical: Name, Avatar',
		]);
	});

	test('a boolean without a description, or with one that is not "Whether ..."', () => {
		const thing = broken([
			{ displayName: 'Disable Likes', name: 'closeLike', type: 'boolean', default: false },
			{
				displayName: 'On Sale',
				name: 'onSale',
				type: 'boolean',
				default: true,
				description: 'Puts the goods on sale',
			},
		]);
		expect(UX_RULES.undescribedBooleans(thing)).toHaveLength(2);
	});

	test('a list operation without Return All / Limit, and one whose Limit ignores Return All', () => {
		const show = { resource: ['thirdPartyPlatform'], operation: ['getAuthorizers'] };
		const selector: INodeProperties = {
			...operation([
				{ name: 'Get Authorizers', value: 'getAuthorizers' },
				{ name: 'Get Status', value: 'getStatus' },
			]),
			displayOptions: { show: { resource: ['thirdPartyPlatform'] } },
		};
		expect(UX_RULES.listOperationsWithoutLimit(broken([selector]))).toEqual([
			'Broken > thirdPartyPlatform/getAuthorizers: list operation without Return All and a Limit shown when it is off',
		]);
		const limitAlwaysShown = broken([
			selector,
			{
				displayName: 'Return All',
				name: 'returnAll',
				type: 'boolean',
				default: false,
				displayOptions: { show },
			},
			{
				displayName: 'Limit',
				name: 'limit',
				type: 'number',
				default: 50,
				displayOptions: { show },
			},
		]);
		expect(UX_RULES.listOperationsWithoutLimit(limitAlwaysShown)).toHaveLength(1);
	});

	test.each([
		['Add a live room sub anchor', 'sub anchor'],
		['Get a room subanchor', 'subanchor'],
		['Every merchant that authorised the platform', 'authoris'],
		['A merchant that revoked the authorisation', 'authoris'],
	])('a banned spelling: %s', (description, found) => {
		const thing = broken([operation([{ name: 'Get', value: 'get', description }])]);
		expect(UX_RULES.bannedSpellings(thing)).toEqual([expect.stringContaining(`"${found}"`)]);
	});
});
