/**
 * One real run per operation, whose output items give that operation's output schema
 * (`npm run schemas` writes them, test/schemas/outputSchemas.test.ts checks them). The runs go in
 * this order against one pair of local servers seeded as for the demo (testkit/servers/demoSeed),
 * so a run may use what an earlier one made. A new operation needs one line here.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import {
	DEMO_MESSAGE_KEY,
	DEMO_OFFICIAL_ACCOUNT,
	type DemoWeChatData,
} from '../../testkit/servers/demoSeed';

export interface OperationSample {
	resource: string;
	operation: string;
	parameters?: INodeParameters | ((seed: DemoWeChatData) => INodeParameters);
	/** The input items (default: one empty item). */
	items?: IDataObject[];
}

const room = (value: number) => ({ __rl: true, mode: 'id', value });
const account = { officialAccount: DEMO_OFFICIAL_ACCOUNT };
const reminder = {
	mappingMode: 'defineBelow',
	value: { thing1: 'Spring sale', time2: '2026-11-24 20:00', thing3: 'Coupons at the start' },
	matchingColumns: [],
	schema: ['thing1', 'time2', 'thing3'].map((id) => ({ id, displayName: id, required: true })),
	attemptToConvertTypes: false,
	convertFieldsToString: true,
};

// prettier-ignore
export const OPERATION_SAMPLES: OperationSample[] = [
	{ resource: 'liveFollower', operation: 'getMany', parameters: { returnAll: false, limit: 5, filters: { roomId: room(2) } } },
	{ resource: 'liveMessage', operation: 'push', parameters: { roomId: room(1), openidSource: 'list', openids: 'oFollowerA,oFollowerB' } },
	{ resource: 'liveMessage', operation: 'pushToAllFollowers', parameters: { roomId: room(3) } },
	{ resource: 'liveRoom', operation: 'getMany', parameters: { returnAll: true } },
	{ resource: 'live', operation: 'apply' },
	{ resource: 'subscribeMessage', operation: 'send', parameters: ({ templateId, subscribedOpenid }) => ({ templateId, openid: subscribedOpenid, data: reminder }) },
	{ resource: 'subscribeTemplate', operation: 'getMany', parameters: { returnAll: true } },
	{ resource: 'subscribeTemplate', operation: 'getCategories' },
	{ resource: 'subscribeTemplate', operation: 'getPublicTitles', parameters: { categoryIds: ['616'], returnAll: false, limit: 5 } },
	{ resource: 'subscribeTemplate', operation: 'getPublicKeywords', parameters: { tid: '99' } },
	{ resource: 'subscribeTemplate', operation: 'add', parameters: { tid: '99', keywordIds: '1,2', sceneDesc: 'Live reminders' } },
	{ resource: 'subscribeTemplate', operation: 'delete', parameters: ({ templateId }) => ({ templateId }) },
	{ resource: 'chatOfficialAccount', operation: 'create', parameters: { ownerAccount: 'owner', name: 'Offers' } },
	{ resource: 'chatOfficialAccount', operation: 'get', parameters: { officialAccounts: DEMO_OFFICIAL_ACCOUNT } },
	{ resource: 'chatOfficialAccount', operation: 'update', parameters: { ...account, updateFields: { Introduction: 'Daily news' } } },
	{ resource: 'chatOfficialAccount', operation: 'addSubscribers', parameters: { ...account, subscriberSource: 'list', subscribers: 'alice,bob,carol' } },
	{ resource: 'chatOfficialAccount', operation: 'getSubscribers', parameters: { ...account, returnAll: true } },
	{ resource: 'chatOfficialAccount', operation: 'getSubscribedAccounts', parameters: { subscriber: 'alice', returnAll: true } },
	{ resource: 'chatOfficialAccount', operation: 'updateSubscriber', parameters: { ...account, subscriber: 'alice', customString: 'vip' } },
	{ resource: 'chatOfficialAccount', operation: 'removeSubscribers', parameters: { ...account, subscriberSource: 'list', subscribers: 'carol,stranger' } },
	{ resource: 'chatOfficialAccount', operation: 'sendMessage', parameters: { ...account, messageType: 'text', text: 'Hello' } },
	{ resource: 'chatOfficialAccount', operation: 'getMessages', parameters: { ...account, returnAll: true } },
	{ resource: 'chatOfficialAccount', operation: 'recallMessages', parameters: { ...account, msgKeys: DEMO_MESSAGE_KEY } },
	{ resource: 'chatOfficialAccount', operation: 'delete', parameters: account },
];
