import { useVirtualClock } from '../../testkit/clock/defaultClock';

// Every test file runs on one virtual clock, shared by the local servers and the node's transport:
// limits and waits are proven in virtual seconds, never with real time (testkit/clock/).
useVirtualClock();
