/**
 * WeChat's callbacks as WeChat sends them to the trigger (safe mode, XML): encrypted events, each
 * copy of one delivery with a fresh timestamp and nonce (as WeChat's retries come), posted through
 * the webhook processor. The encryption and signing are scripts/lib/weChatCallbacks.ts (testkit's).
 */
import { encryptForPush, pushRequest } from '../lib/weChatCallbacks';
import { CALLBACK_SECRETS } from './workflows';

export interface Delivery {
	/** The dedupKey the trigger must give the event. */
	dedupKey: string;
	encrypted: string;
}

export interface CopyAnswer {
	status: number;
	text: string;
	ms: number;
}

const encrypt = (message: string, appId: string) =>
	encryptForPush(message, CALLBACK_SECRETS.encodingAESKey, appId);

const header = (from: string, event: string) =>
	`<ToUserName><![CDATA[gh_e2e]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName>` +
	`<CreateTime>${Math.floor(Date.now() / 1000)}</CreateTime><MsgType><![CDATA[event]]></MsgType>` +
	`<Event><![CDATA[${event}]]></Event>`;

/** A live-room follow; `series` keeps the events of different scenarios apart. */
export function followEvent(series: string, index: number, appId: string): Delivery {
	const openid = `oE2e${series}${String(index).padStart(5, '0')}`;
	const time = 1_700_000_000 + index;
	const xml =
		`<xml>${header(openid, 'wxalive_follow_notify')}<FollowNotify><room_id>1</room_id>` +
		`<user_openid><![CDATA[${openid}]]></user_openid><time>${time}</time><live_status>102</live_status>` +
		`<action><![CDATA[add_follow]]></action></FollowNotify></xml>`;
	return {
		dedupKey: `wxalive_follow_notify|1|${openid}|add_follow|${time}`,
		encrypted: encrypt(xml, appId),
	};
}

/**
 * A subscription-message send result for two messages. Its dedupKey holds a comma
 * (`...|<MsgID>,<MsgID>`), which n8n's Postgres node would split into two query parameters if the
 * key were given as text rather than as a list.
 */
export function sentResultEvent(index: number, appId: string): Delivery {
	const msgIds = [0, 1].map((i) => String(1_864_323_726_461_255_680n + BigInt(index * 2 + i)));
	const entries = msgIds
		.map(
			(msgId) =>
				`<List><TemplateId><![CDATA[e2eTemplate]]></TemplateId><MsgID>${msgId}</MsgID>` +
				`<ErrorCode>0</ErrorCode><ErrorStatus><![CDATA[success]]></ErrorStatus></List>`,
		)
		.join('');
	const xml = `<xml>${header(`oE2eSent${index}`, 'subscribe_msg_sent_event')}<SubscribeMsgSentEvent>${entries}</SubscribeMsgSentEvent></xml>`;
	return {
		dedupKey: `subscribe_msg_sent_event|${msgIds.join(',')}`,
		encrypted: encrypt(xml, appId),
	};
}

/** One copy as WeChat sends it: the same encrypted message, a fresh timestamp and nonce. */
const signedCopy = ({ encrypted }: Delivery) =>
	pushRequest(CALLBACK_SECRETS.token, encrypted, 'gh_e2e');

/** Posts copies to the trigger's production URL and keeps every answer with its time. */
export class CopySender {
	readonly answers: CopyAnswer[] = [];

	constructor(private readonly url: string) {}

	async send(delivery: Delivery): Promise<void> {
		const { query, body } = signedCopy(delivery);
		const started = performance.now();
		const answer = await fetch(`${this.url}?${query}`, {
			method: 'POST',
			headers: { 'content-type': 'text/xml' },
			body,
		}).then(
			async (response) => ({ status: response.status, text: await response.text() }),
			(error: Error) => ({ status: 0, text: error.message }),
		);
		this.answers.push({ ...answer, ms: performance.now() - started });
	}

	/** Copies answered `success`: each started one execution (a refused copy started none). */
	accepted(): number {
		return this.answers.filter((answer) => answer.status === 200 && answer.text === 'success')
			.length;
	}

	/** The copies not answered WeChat's `success`, as a problem (or none). */
	refusals(): string[] {
		const refused = this.answers.filter(
			(answer) => answer.status !== 200 || answer.text !== 'success',
		);
		return refused.length
			? [
					`${refused.length} of ${this.answers.length} copies were not answered "success" (first: ${refused[0].status} ${refused[0].text.slice(0, 120)})`,
				]
			: [];
	}

	/** p50 / p99 of the answer times, in ms. */
	answerTimes(): string {
		const ms = this.answers.map((answer) => answer.ms).sort((a, b) => a - b);
		return `${ms[ms.length >> 1]?.toFixed(0)} / ${ms[Math.floor(ms.length * 0.99)]?.toFixed(0)}`;
	}
}
