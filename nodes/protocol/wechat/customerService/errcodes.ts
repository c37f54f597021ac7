/**
 * What the customer service APIs' own codes mean for the person running the workflow. 45015 and
 * 45047 are the two limits WeChat puts on answering a user; both mean nothing was sent.
 */
export const CUSTOMER_SERVICE_ERRCODES: Record<number, string> = {
	40003:
		'the recipient openid is not a user of this Mini Program (an openid of another Mini Program or Official Account, or mistyped)',
	40007:
		'the media id is not a valid temporary media id of this Mini Program, or it has expired (3 days)',
	45002: 'the text is too long',
	45015:
		"the user cannot be answered now: a Mini Program may only answer within 48 hours of the user's last message (or within 1 minute of the user opening the customer service session), and that time has passed. Nothing was sent. It becomes possible again when the user writes to the Mini Program or opens its customer service session",
	45047:
		'the user has had all the answers WeChat allows for now: 5 messages after each message of the user (within 48 hours), or 2 after the user opens the customer service session (within 1 minute). Nothing was sent. The allowance is renewed when the user writes again',
};

/** Codes of the typing status API (/cgi-bin/message/custom/business/typing). */
export const TYPING_ERRCODES: Record<number, string> = {
	...CUSTOMER_SERVICE_ERRCODES,
	45072: 'the command is neither Typing nor CancelTyping',
	45080:
		'"typing" can only be shown within 30 seconds of a message exchanged with the user; nothing was shown',
	45081: 'the user already sees "typing" (it lasts 15 seconds)',
};

/** "Already typing" is what Typing asked for: a resent Typing that went through the first time meets it. */
export const ALREADY_TYPING = 45081;

/** Codes of /cgi-bin/media/get. */
export const MEDIA_GET_ERRCODES: Record<number, string> = {
	40007:
		'the media id is not a valid temporary media id of this Mini Program, or it has expired (3 days)',
};
