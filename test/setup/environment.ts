import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { useVirtualClock } from '../../testkit/clock/defaultClock';

// n8n-core reads its instance settings (encryption key, folders) from N8N_USER_FOLDER:
// keep every test run away from the developer's real ~/.n8n.
process.env.N8N_USER_FOLDER ??= mkdtempSync(path.join(tmpdir(), 'n8n-wechat-test-'));
process.env.N8N_ENCRYPTION_KEY ??= 'test-only-encryption-key';

// n8n's logger prints every node error; tests assert on errors directly. The log-leak test turns it back on.
process.env.N8N_LOG_LEVEL ??= 'silent';

// Every test file runs on one virtual clock, shared by the local servers and the node's transport:
// limits and waits are proven in virtual seconds, never with real time (testkit/clock/).
useVirtualClock();
