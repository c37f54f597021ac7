/** WeChat's order_state numbers for a paid order, and their names in the node's output. */
export const ORDER_STATES: Record<number, string> = {
	1: 'toShip',
	2: 'shipped',
	3: 'receiptConfirmed',
	4: 'completed',
	5: 'refunded',
	6: 'awaitingSettlement',
};

/** States in which WeChat already holds the shipment: uploading again spends the one re-shipment. */
export const ALREADY_SHIPPED_STATES: ReadonlySet<number> = new Set([2, 3, 4, 6]);

export function orderStateName(state: unknown): string {
	return ORDER_STATES[Number(state)] ?? `state ${String(state)}`;
}
