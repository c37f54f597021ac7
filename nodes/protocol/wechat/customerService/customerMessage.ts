/**
 * The customer service messages a Mini Program can send (/cgi-bin/message/custom/send) and the
 * rules checked before one is sent, so that a message WeChat would refuse never spends the
 * user's allowance of replies.
 */
export type CustomerMessage =
	| { msgtype: 'text'; text: { content: string } }
	| { msgtype: 'image'; image: { media_id: string } }
	| {
			msgtype: 'link';
			link: { title: string; description: string; url: string; thumb_url: string };
	  }
	| {
			msgtype: 'miniprogrampage';
			miniprogrampage: { title: string; pagepath: string; thumb_media_id: string };
	  };

export type CustomerMessageBody = { touser: string } & CustomerMessage;

/**
 * WeChat refuses longer text with 45002 ("content size out of limit"); its limit is on the UTF-8
 * bytes of the content (a Chinese character is 3 bytes), as for Official Account service messages.
 */
export const MAX_TEXT_BYTES = 2048;

/**
 * WeChat's temporary-media page gives both 2 MB and 10 MB for images; 2 MB is the figure for Mini
 * Programs, so the node holds images to it rather than uploading one that may be refused.
 */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

/** The image types WeChat's temporary media takes. */
export const IMAGE_TYPES: readonly string[] = ['image/gif', 'image/jpeg', 'image/png'];

/** Every problem of a message, in words, or an empty list when it may be sent. */
export function customerMessageProblems(body: CustomerMessageBody): string[] {
	const problems: Array<string | undefined> = [
		body.touser.trim() ? undefined : 'Recipient Openid is empty',
	];
	switch (body.msgtype) {
		case 'text': {
			const { content } = body.text;
			const bytes = Buffer.byteLength(content, 'utf8');
			problems.push(
				content.trim() ? undefined : 'Text is empty',
				bytes > MAX_TEXT_BYTES
					? `Text is ${bytes} bytes long (UTF-8; a Chinese character takes 3); WeChat takes at most ${MAX_TEXT_BYTES}`
					: undefined,
			);
			break;
		}
		case 'image':
			problems.push(body.image.media_id.trim() ? undefined : 'Image Media ID is empty');
			break;
		case 'link': {
			const { title, description, url, thumb_url } = body.link;
			problems.push(
				title.trim() ? undefined : 'Title is empty',
				description.trim() ? undefined : 'Description is empty',
				webUrlProblem('URL', url),
				webUrlProblem('Thumbnail URL', thumb_url),
			);
			break;
		}
		case 'miniprogrampage': {
			const { title, pagepath, thumb_media_id } = body.miniprogrampage;
			problems.push(
				title.trim() ? undefined : 'Title is empty',
				pagepath.trim() ? undefined : 'Page Path is empty',
				/^\//.test(pagepath.trim())
					? 'Page Path starts with "/"; WeChat wants it as in app.json, e.g. pages/index/index?foo=bar'
					: undefined,
				thumb_media_id.trim() ? undefined : 'Thumbnail Media ID is empty',
			);
			break;
		}
	}
	return problems.filter((problem): problem is string => problem !== undefined);
}

/** The problem of an image about to be uploaded as temporary media, or undefined. */
export function imageProblems(
	label: string,
	mimeType: string | undefined,
	bytes: number,
): string[] {
	const problems: string[] = [];
	if (!mimeType || !IMAGE_TYPES.includes(mimeType.toLowerCase()))
		problems.push(
			`${label} is ${mimeType || 'not typed'}; WeChat takes ${IMAGE_TYPES.map((type) => type.slice(6).toUpperCase()).join(', ')} images`,
		);
	if (bytes === 0) problems.push(`${label} is empty`);
	if (bytes > MAX_IMAGE_BYTES)
		problems.push(
			`${label} is ${bytes} bytes; WeChat takes at most ${MAX_IMAGE_BYTES} bytes (2 MB)`,
		);
	return problems;
}

function webUrlProblem(label: string, value: string): string | undefined {
	if (!value.trim()) return `${label} is empty`;
	try {
		const url = new URL(value.trim());
		if (url.protocol === 'http:' || url.protocol === 'https:') return undefined;
	} catch {
		// falls through to the problem below
	}
	return `${label} "${value}" is not an http or https address`;
}
