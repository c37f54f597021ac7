import {
	customElement,
	offlinePushInfo,
	parseMsgBody,
	textElement,
} from '../../../nodes/protocol/tencent/messageBody';
import { addedMemberStatus } from '../../../nodes/protocol/tencent/groupCommands';

describe('Tencent Cloud Chat message bodies from fields', () => {
	test('text and custom elements; Desc and Ext only when set', () => {
		expect(textElement('hi')).toEqual({ MsgType: 'TIMTextElem', MsgContent: { Text: 'hi' } });
		expect(customElement({ data: 'd' })).toEqual({
			MsgType: 'TIMCustomElem',
			MsgContent: { Data: 'd' },
		});
		expect(customElement({ data: 'd', desc: 'x', ext: 'e' }).MsgContent).toEqual({
			Data: 'd',
			Desc: 'x',
			Ext: 'e',
		});
	});

	test('a JSON body: text or array, each element with MsgType and MsgContent', () => {
		const element = { MsgType: 'TIMTextElem', MsgContent: { Text: 'a' } };
		expect(parseMsgBody(JSON.stringify([element]))).toEqual({ elements: [element] });
		expect(parseMsgBody([element])).toEqual({ elements: [element] });
		expect(parseMsgBody('[')).toEqual({ problem: 'Message Body is not valid JSON' });
		expect(parseMsgBody('[]')).toEqual({
			problem: 'Message Body must be a non-empty array of TIM elements',
		});
		expect(parseMsgBody([element, { MsgType: 'TIMTextElem', MsgContent: 'a' }])).toEqual({
			problem: 'Message Body element 2 needs a MsgType and a MsgContent object',
		});
	});

	test('a type Tencent does not have, or a text element with no text, is refused before sending', () => {
		const custom = { MsgType: 'TIMCustomElem', MsgContent: { Data: 'd' } };
		expect(parseMsgBody([custom, { MsgType: 'Text', MsgContent: { Text: 'a' } }])).toEqual({
			problem:
				'Message Body element 2 has MsgType "Text": Tencent\'s types are TIM…Elem, such as TIMTextElem or TIMCustomElem',
		});
		expect(parseMsgBody([{ MsgType: 'TIMTextElem', MsgContent: { Text: 7 } }])).toEqual({
			problem: 'Message Body element 1 is a TIMTextElem with no Text string',
		});
		expect(parseMsgBody([custom, { MsgType: 'TIMFaceElem', MsgContent: { Index: 1 } }])).toEqual({
			elements: [custom, { MsgType: 'TIMFaceElem', MsgContent: { Index: 1 } }],
		});
	});

	test('OfflinePushInfo only from the fields set; PushFlag 1 turns the push off', () => {
		expect(offlinePushInfo({})).toBeUndefined();
		expect(offlinePushInfo({ title: 't', desc: '', ext: 'e' })).toEqual({ Title: 't', Ext: 'e' });
		expect(offlinePushInfo({ disabled: true })).toEqual({ PushFlag: 1 });
	});

	test("add_group_member's Result per member", () => {
		expect([0, 1, 2, 3, 9].map(addedMemberStatus)).toEqual([
			'failed',
			'added',
			'alreadyMember',
			'invited',
			'failed',
		]);
	});
});
