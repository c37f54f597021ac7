/** Tencent waits 2000 ms for a before-callback answer; 1500 ms leaves room for the network. */
export const DEFAULT_ANSWER_DEADLINE_MS = 1500;
