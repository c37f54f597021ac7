/** How Tencent's paged commands name their cursor in the "came back again" error of collectCursorPages. */
export function tencentCursor(what: 'Next' | 'LastMsgKey' | 'Offset') {
	return {
		service: 'Tencent Cloud Chat',
		cursorName: (cursor: unknown) => `the ${what} cursor "${String(cursor)}"`,
	};
}
