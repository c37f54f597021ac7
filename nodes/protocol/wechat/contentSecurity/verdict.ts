/**
 * Content security 2.0 (msg_sec_check, media_check_async and its wxa_media_check push): what
 * WeChat's verdict says, as fields a workflow can branch on.
 */
export type Suggest = 'pass' | 'review' | 'risky';

/** WeChat's labels of a verdict (result.label, detail[].label). */
export const LABELS: Record<number, string> = {
	100: 'normal',
	10001: 'advertising',
	20001: 'politics',
	20002: 'pornography',
	20003: 'abuse',
	20006: 'illegal or criminal',
	20008: 'fraud',
	20012: 'vulgar',
	20013: 'copyright',
	21000: 'other',
};

export interface StrategyDetail {
	strategy: string;
	errcode: number;
	suggest?: string;
	label?: number;
	labelName?: string;
	prob?: number;
	keyword?: string;
	level?: number;
}

export interface ContentVerdict {
	/** "pass", "review" or "risky": WeChat's combined suggestion. */
	suggest: string;
	/** True only for "pass": what an IF node needs. */
	pass: boolean;
	label: number;
	labelName: string;
	traceId: string;
	detail: StrategyDetail[];
}

/** Reads the verdict of an answer (msg_sec_check) or of a wxa_media_check push. */
export function readVerdict(answer: Record<string, unknown>): ContentVerdict {
	const result = isObject(answer.result) ? answer.result : {};
	const suggest = String(result.suggest ?? '');
	const label = Number(result.label ?? 0);
	return {
		suggest,
		pass: suggest === 'pass',
		label,
		labelName: labelName(label),
		traceId: String(answer.trace_id ?? ''),
		detail: (Array.isArray(answer.detail) ? answer.detail : []).filter(isObject).map(readDetail),
	};
}

function readDetail(entry: Record<string, unknown>): StrategyDetail {
	const detail: StrategyDetail = {
		strategy: String(entry.strategy ?? ''),
		errcode: Number(entry.errcode ?? 0),
	};
	if (entry.suggest !== undefined) detail.suggest = String(entry.suggest);
	if (entry.label !== undefined) {
		// Real pushes have carried label as a string.
		detail.label = Number(entry.label);
		detail.labelName = labelName(detail.label);
	}
	if (entry.prob !== undefined) detail.prob = Number(entry.prob);
	if (typeof entry.keyword === 'string' && entry.keyword !== '') detail.keyword = entry.keyword;
	if (entry.level !== undefined) detail.level = Number(entry.level);
	return detail;
}

export function labelName(label: number): string {
	return LABELS[label] ?? `label ${label}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
