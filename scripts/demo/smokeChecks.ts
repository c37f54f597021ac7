/** What `npm run demo:smoke` expects of each demo workflow when run in a real n8n. */

type Item = Record<string, unknown>;

/** A problem with a node's output items, or undefined when they are right. */
export type Expectation = (items: Item[]) => string | undefined;

export interface SmokeWorkflow {
	workflowId: string;
	name: string;
	/** Per node name, what its output must be. */
	expectations: Record<string, Expectation>;
}

const expectBatches =
	(statuses: string[]): Expectation =>
	(items) => {
		const seen = items.map((item) => item.status);
		return JSON.stringify(seen) === JSON.stringify(statuses)
			? undefined
			: `batch statuses ${JSON.stringify(seen)}`;
	};

export const SMOKE_WORKFLOWS: SmokeWorkflow[] = [
	{
		workflowId: 'demoSmokeLive001',
		name: 'room 2 followers, then push',
		expectations: {
			'Get Followers': (items) =>
				items.length === 1440 && items.every((item) => item.room_id === 2)
					? undefined
					: `got ${items.length} followers`,
			Push: expectBatches(['accepted']),
		},
	},
	{
		workflowId: 'demoSmokeLive002',
		name: 'push to all followers of room 3',
		expectations: { 'Push to All Followers': expectBatches(['accepted']) },
	},
	{
		workflowId: 'demoSmokeWx00003',
		name: 'live rooms and subscription templates',
		expectations: {
			'Get Rooms': (items) => (items.length === 3 ? undefined : `got ${items.length} rooms`),
			'Get Templates': (items) => (items.length >= 1 ? undefined : 'no templates'),
		},
	},
	{
		workflowId: 'demoSmokeChat001',
		name: 'add Tencent Chat subscribers',
		expectations: {
			'Add Subscribers': (items) => {
				const results = Object.fromEntries(items.map((item) => [item.subscriber, item.status]));
				return results.alice === 'alreadySubscribed' &&
					results.bob === 'added' &&
					results.carol === 'added'
					? undefined
					: `results ${JSON.stringify(results)}`;
			},
			'Get Subscribers': (items) =>
				items.length === 3 ? undefined : `got ${items.length} subscribers`,
		},
	},
];
