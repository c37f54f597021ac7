/** Every WeChat API call of the node, by API area. Operations and editor methods call these. */
export * from './analytics';
export * from './broadcast';
export * from './link';
export * from './liveCapability';
export * from './liveFollowers';
export * from './livePush';
export * from './liveRooms';
export * from './miniProgramCode';
export * from './subscribeMessages';
export * from './subscribeTemplates';
