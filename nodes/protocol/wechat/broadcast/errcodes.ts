/**
 * What the live broadcast APIs' own errcodes mean, from WeChat's "直播间管理接口", "直播商品管理接口"
 * and "成员管理接口" errcode tables. The same number means different things in different groups
 * (300001, 300002, 300006 differ between rooms and goods; 300036 is "room does not exist" for
 * push_message but "anchor not verified" for room/create), so each endpoint gets its group's table.
 */
type Meanings = Record<number, string>;

const COMMON: Meanings = {
	[-1]: 'WeChat system busy; the request may or may not have been carried out',
	1: 'no live room has been created yet',
	47001: 'the request body is not in the documented format',
	200002: 'an argument is invalid (WeChat names it in its message)',
	300051: 'WeChat could not parse the JSON body',
};

/** Room management (room/*, goods/* inside a room). */
export const ROOM_ERRCODES: Meanings = {
	...COMMON,
	1003: 'a goods id does not exist',
	300001: 'creating or editing rooms is forbidden for this Mini Program',
	300002: 'a name is too long or too short',
	300006: 'an image could not be used (media id expired or invalid: upload it again)',
	300022: 'the live room does not exist',
	300023: "the room's state does not allow this (for example it has started or ended)",
	300024: 'the goods do not exist',
	300025: 'the goods have not passed audit',
	300026: 'the room already holds the maximum number of goods',
	300027: 'importing the goods failed',
	300028: 'the room name breaks the content rules',
	300029: 'the anchor nickname breaks the content rules',
	300030: "the anchor's WeChat ID is not valid",
	300031: 'the cover image breaks the rules',
	300032: 'the share image breaks the rules',
	300033: 'adding these goods exceeds the room limit',
	300034: "the anchor's nickname length breaks the rules",
	300035: "the anchor's WeChat ID does not exist",
	300036:
		"the anchor's WeChat ID has no real-name verification: the anchor verifies in the 小程序直播 Mini Program first",
	300037: 'the shopping channel (feeds) image breaks the rules',
	300038: 'no customer service is configured in the Mini Program admin console',
	300042: 'a room cannot be edited while it is streaming',
	300043: 'only one broadcast a day may have following enabled',
	300044: 'the goods have no explanation video',
	300045: 'the explanation video has not been generated yet',
	300046: 'generating the explanation video failed',
	300047: 'other goods are being pushed; try again shortly',
	300048: 'reading the goods list failed',
	300049: 'goods cannot be put on or taken off sale while being pushed',
	300050: 'the goods list to sort is empty',
	300052: 'goods taken off sale cannot be pushed',
	300053: 'the room does not hold these goods',
	500001: "the sub-anchor's WeChat ID is not valid",
	500002: 'the sub-anchor has no real-name verification',
	500003: 'a sub-anchor is already set: update it instead',
	500004: 'the same sub-anchor cannot be set twice',
	500005: 'the sub-anchor cannot be the anchor',
	600001: 'the user is already an assistant of this room',
	600002: 'the user was not found',
	9410000: 'the room list is empty',
	9410001: 'reading the room failed',
	9410002: 'reading the goods failed',
	9410003: 'reading the replay failed',
};

/** The goods library (goods/add, audit, resetaudit, update, delete, getapproved, getgoodswarehouse). */
export const GOODS_ERRCODES: Meanings = {
	...COMMON,
	300001: 'creating goods is forbidden for this Mini Program',
	300002: 'the goods name is too long or too short',
	300003: 'the price breaks the rules (e.g. the current price above the original, or not a number)',
	300004: 'the goods name breaks the content rules',
	300005: 'the goods image breaks the content rules',
	300006: 'the image could not be used (media id expired or invalid: upload it again)',
	300007: 'the page URL does not exist in the published Mini Program',
	300008: 'adding the goods failed',
	300009: 'withdrawing the audit failed (the goods are not in audit)',
	300010: "the goods' audit state does not allow this (for example they are in audit)",
	300011: 'goods added in the admin console cannot be changed through the API',
	300012: 'no audit quota left today (500 a day)',
	300013: 'submitting for audit failed',
	300014: 'goods in audit cannot be deleted',
	300017: 'the goods have not been submitted for audit',
	300018: 'the goods image is too large (at most 300 x 300 pixels)',
	300021: 'the goods were added but submitting them for audit failed',
	300022: 'the goods id does not exist',
};

/** Live member roles (role/addrole, role/deleterole, role/getrolelist). */
export const ROLE_ERRCODES: Meanings = {
	...COMMON,
	400001: 'the WeChat ID is not valid',
	400002:
		'the WeChat ID has no real-name verification (anchors only): verify in the 小程序直播 Mini Program first',
	400003: 'the role limit is reached (10 admins, 500 operators, 500 anchors)',
	400004: 'the user already has this role',
	400005: 'the anchor cannot be removed while they have a room that has not started',
};

/** Temporary media upload (/cgi-bin/media/upload). */
export const MEDIA_ERRCODES: Meanings = {
	40004: 'the media type is not valid',
	40005: 'the file type is not allowed (images: bmp, png, jpeg, jpg, gif)',
	40006: 'the file is too large',
	41005: 'the media file is missing',
};
