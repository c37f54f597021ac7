import { sleep } from 'n8n-workflow';

import type { Clock } from '../protocol/common/clock';

/**
 * Real time, waited on with n8n's own sleep (n8n Cloud forbids raw timers): what the nodes run on
 * in n8n. Tests give a node another clock in its constructor.
 */
export const systemClock: Clock = { now: () => Date.now(), sleep };
