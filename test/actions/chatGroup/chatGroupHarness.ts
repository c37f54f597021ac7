import { chatGroupsOf } from '../../../testkit/servers/fakeTencent/chatGroupRoutes';
import type { FakeGroup, FakeGroups } from '../../../testkit/servers/fakeTencent/chatGroupRoutes';
import type { FakeTencentChat } from '../../../testkit/servers/fakeTencentChat';
import { chatRunner, useChatOperation } from '../chatOfficialAccount/chatOfficialAccountHarness';

export * from '../chatOfficialAccount/chatOfficialAccountHarness';
export { batchSizes, pairedItems } from '../chatAccount/chatAccountHarness';

export const GROUP = '@TGS#demo';

/** Add or Remove Members of GROUP, the members read from each input item's userId. */
export const membersFromItems = {
	groupId: GROUP,
	accountSource: 'inputItems',
	userIdField: 'userId',
};

/** Runs Emit Items -> the node with resource Chat Group through n8n's engine. */
export const runChatGroup = chatRunner('chatGroup');

/** One Chat Group operation's tests (see useChatOperation). */
export const useGroupOperation = (operation: string) => useChatOperation(runChatGroup, operation);

/** Imports the accounts into the server's chat users. */
export function importUsers(server: FakeTencentChat, ids: string[]): void {
	for (const id of ids) server.chatUsers.set(id, { id, importedAt: 0 });
}

/** A group with the given imported members (its owner, 'owner', imported too). */
export function seedGroup(
	server: FakeTencentChat,
	members: string[] = [],
	fields: Partial<FakeGroup> = {},
): FakeGroup {
	importUsers(server, ['owner', ...members]);
	return groups(server).add({ GroupId: GROUP, Owner_Account: 'owner', ...fields }, members);
}

export const groups = (server: FakeTencentChat): FakeGroups => chatGroupsOf(server);

/** The most calls of `command` the server recorded in any sliding second (by its clock). */
export function busiestSecond(server: FakeTencentChat, command: string, groupId?: string): number {
	const times = server
		.callsTo(command)
		.filter((call) => call.answer?.ErrorCode === 0)
		.filter((call) => groupId === undefined || call.body.GroupId === groupId)
		.map((call) => call.at);
	let most = 0;
	for (let start = 0, end = 0; end < times.length; end++) {
		while (times[end] - times[start] >= 1000) start++;
		most = Math.max(most, end - start + 1);
	}
	return most;
}
