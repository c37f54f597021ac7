import { widthProblem } from './textRules';
import type { WidthRule } from './textRules';

/** Room name: 3 to 17 Chinese characters (room/create, room/editroom). */
export const ROOM_NAME_RULE: WidthRule = { label: 'Room name', minChinese: 3, maxChinese: 17 };
/** Anchor nickname: 2 to 15 Chinese characters. */
export const ANCHOR_NAME_RULE: WidthRule = { label: 'Anchor name', minChinese: 2, maxChinese: 15 };

const MINUTE = 60;
/** The start must be at least 10 minutes ahead ("开播时间需要在当前时间的10分钟后"). */
export const MIN_LEAD_SECONDS = 10 * MINUTE;
/** A broadcast lasts 30 minutes to 24 hours. */
export const MIN_DURATION_SECONDS = 30 * MINUTE;
export const MAX_DURATION_SECONDS = 24 * 60 * MINUTE;
/** The start may be at most 6 calendar months ahead ("开始时间不能在 6 个月后"). */
export const MAX_LEAD_MONTHS = 6;

/** Image size limits from the room/create document (bytes). */
export const ROOM_IMAGE_MAX_BYTES = {
	coverImg: 2 * 1024 * 1024,
	shareImg: 1024 * 1024,
	feedsImg: 100 * 1024,
} as const;

export interface RoomSchedule {
	startTime: number;
	endTime: number;
}

/** Unix seconds of `nowSeconds` plus `months` calendar months (UTC). */
function addMonths(nowSeconds: number, months: number): number {
	const date = new Date(nowSeconds * 1000);
	date.setUTCMonth(date.getUTCMonth() + months);
	return Math.floor(date.getTime() / 1000);
}

function describeTime(seconds: number): string {
	return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

/** Every problem with a planned start and end (unix seconds), checked against `nowSeconds`. */
export function scheduleProblems(
	{ startTime, endTime }: RoomSchedule,
	nowSeconds: number,
): string[] {
	const problems: string[] = [];
	if (startTime < nowSeconds + MIN_LEAD_SECONDS)
		problems.push(
			`the start (${describeTime(startTime)}) must be at least 10 minutes from now (${describeTime(nowSeconds)})`,
		);
	const latestStart = addMonths(nowSeconds, MAX_LEAD_MONTHS);
	if (startTime > latestStart)
		problems.push(
			`the start (${describeTime(startTime)}) must be within 6 months (by ${describeTime(latestStart)})`,
		);
	const duration = endTime - startTime;
	if (duration < MIN_DURATION_SECONDS || duration > MAX_DURATION_SECONDS)
		problems.push(
			`the broadcast must last 30 minutes to 24 hours; ${describeTime(startTime)} to ` +
				`${describeTime(endTime)} is ${Math.round(duration / 60)} minutes`,
		);
	return problems;
}

export interface RoomNames {
	name: string;
	anchorName: string;
}

export function roomNameProblems({ name, anchorName }: RoomNames): Array<string | undefined> {
	return [widthProblem(name, ROOM_NAME_RULE), widthProblem(anchorName, ANCHOR_NAME_RULE)];
}

export function imageSizeProblem(
	label: string,
	bytes: number,
	maxBytes: number,
): string | undefined {
	if (bytes <= maxBytes) return undefined;
	return `${label} is ${bytes} bytes; WeChat takes at most ${maxBytes} bytes`;
}
