/** Every WeChat API call of the node, by API area. Operations and editor methods call these. */
export * from './broadcast';
export * from './contentSecurity';
export * from './customerService';
export * from './liveCapability';
export * from './liveFollowers';
export * from './livePush';
export * from './liveRooms';
export * from './subscribeMessages';
export * from './subscribeTemplates';
