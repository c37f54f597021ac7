/** Tencent Cloud Chat message bodies (MsgBody, OfflinePushInfo) built from plain fields. */

export type TimElement = { MsgType: string; MsgContent: Record<string, unknown> };

const TIM_ELEMENT_TYPE = /^TIM[A-Za-z]+Elem$/;

export interface CustomElementFields {
	data: string;
	desc?: string;
	ext?: string;
}

/** One TIMTextElem. */
export function textElement(text: string): TimElement {
	return { MsgType: 'TIMTextElem', MsgContent: { Text: text } };
}

/** One TIMCustomElem; Desc and Ext only when set. */
export function customElement({ data, desc, ext }: CustomElementFields): TimElement {
	const content: Record<string, unknown> = { Data: data };
	if (desc) content.Desc = desc;
	if (ext) content.Ext = ext;
	return { MsgType: 'TIMCustomElem', MsgContent: content };
}

/**
 * A MsgBody given as JSON text or an array: a non-empty array of TIM...Elem elements, each with a
 * MsgContent object, a TIMTextElem with a Text string (Tencent refuses one without, and the message
 * would be lost). Resolves the elements, or the problem with them.
 */
export function parseMsgBody(raw: unknown): { elements: TimElement[] } | { problem: string } {
	let parsed: unknown = raw;
	if (typeof raw === 'string') {
		try {
			parsed = JSON.parse(raw);
		} catch {
			return { problem: 'Message Body is not valid JSON' };
		}
	}
	if (!Array.isArray(parsed) || parsed.length === 0)
		return { problem: 'Message Body must be a non-empty array of TIM elements' };
	const bad = parsed.findIndex((element) => {
		const { MsgType, MsgContent } = (element ?? {}) as Record<string, unknown>;
		return typeof MsgType !== 'string' || !MsgContent || typeof MsgContent !== 'object';
	});
	if (bad >= 0)
		return { problem: `Message Body element ${bad + 1} needs a MsgType and a MsgContent object` };
	const elements = parsed as TimElement[];
	const unknownType = elements.findIndex((element) => !TIM_ELEMENT_TYPE.test(element.MsgType));
	if (unknownType >= 0)
		return {
			problem: `Message Body element ${unknownType + 1} has MsgType "${elements[unknownType].MsgType}": Tencent's types are TIM…Elem, such as TIMTextElem or TIMCustomElem`,
		};
	const textless = elements.findIndex(
		(element) => element.MsgType === 'TIMTextElem' && typeof element.MsgContent.Text !== 'string',
	);
	if (textless >= 0)
		return { problem: `Message Body element ${textless + 1} is a TIMTextElem with no Text string` };
	return { elements };
}

export interface OfflinePushFields {
	title?: string;
	desc?: string;
	ext?: string;
	/** Whether to push offline at all (PushFlag 1 turns it off). */
	disabled?: boolean;
}

/** OfflinePushInfo from the fields set, or undefined when none is. */
export function offlinePushInfo(fields: OfflinePushFields): Record<string, unknown> | undefined {
	const info: Record<string, unknown> = {};
	if (fields.disabled) info.PushFlag = 1;
	if (fields.title) info.Title = fields.title;
	if (fields.desc) info.Desc = fields.desc;
	if (fields.ext) info.Ext = fields.ext;
	return Object.keys(info).length ? info : undefined;
}
