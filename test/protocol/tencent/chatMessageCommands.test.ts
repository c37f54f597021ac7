import {
	customElement,
	offlinePushInfo,
	textElement,
} from '../../../nodes/protocol/tencent/chatMessageCommands';

describe('Chat Message commands: MsgBody elements and OfflinePushInfo', () => {
	test('a text element and a custom element with only the fields given', () => {
		expect(textElement('hi')).toEqual({ MsgType: 'TIMTextElem', MsgContent: { Text: 'hi' } });
		expect(customElement({ data: '{"a":1}' })).toEqual({
			MsgType: 'TIMCustomElem',
			MsgContent: { Data: '{"a":1}' },
		});
		expect(customElement({ data: 'd', description: 'shown', extension: 'e' })).toEqual({
			MsgType: 'TIMCustomElem',
			MsgContent: { Data: 'd', Desc: 'shown', Ext: 'e' },
		});
	});

	test('OfflinePushInfo only when a push field is set, with PushFlag 0 (pushed)', () => {
		expect(offlinePushInfo({})).toBeUndefined();
		expect(offlinePushInfo({ title: 'T' })).toEqual({ PushFlag: 0, Title: 'T' });
		expect(offlinePushInfo({ title: 'T', description: 'D', extension: 'E' })).toEqual({
			PushFlag: 0,
			Title: 'T',
			Desc: 'D',
			Ext: 'E',
		});
	});
});
