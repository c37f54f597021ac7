/** Largest pages of the broadcast list APIs, from WeChat's documents. */
export const MAX_REPLAY_PAGE = 100; // getliveinfo get_replay: "建议100以内"
export const MAX_GOODS_PAGE = 100; // goods/getapproved: "每次获取的数量, 最大100"
export const MAX_ROLE_PAGE = 30; // role/getrolelist: "查询个数,最大30"
/** Goods audit states of goods/getapproved and getgoodswarehouse. */
export const GOODS_AUDIT_STATUS: Record<number, string> = {
	0: 'not submitted',
	1: 'in audit',
	2: 'approved',
	3: 'rejected',
};
/** Live member roles of role/addrole, role/deleterole and role/getrolelist. */
export const LIVE_ROLES: Record<number, string> = {
	0: 'super admin',
	1: 'admin',
	2: 'anchor',
	3: 'operator',
};
