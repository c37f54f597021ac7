/**
 * Every WeChat API call the node's operations and editor methods make, each a named function, one
 * file per actions/<resource>/ folder (temporaryMedia: the image upload live rooms and live goods
 * share; broadcastCalls: what the live broadcast files share). Not here: the token grants (protocol/wechat/accessToken.ts, protocol/wechat/component/),
 * the component API (transport/componentApi/), the credential test requests (credentials/) and the
 * share code image download (transport/imageDownload.ts, a CDN URL WeChat answers).
 */
export * from './analytics';
export * from './contentSecurity';
export * from './customerService';
export * from './link';
export * from './live';
export * from './liveFollower';
export * from './liveGoods';
export * from './liveMessage';
export * from './liveRole';
export * from './liveRoom';
export * from './liveRoomGoods';
export * from './miniProgramCode';
export * from './subscribeMessage';
export * from './subscribeTemplate';
export * from './temporaryMedia';
export * from './contentSecurity';
export * from './customerService';
