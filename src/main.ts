import 'dotenv/config';
import { chat } from './cli/chat.ts';

/**
 * `npm start`: the main job on the embedded default corpus. Until the web inquiry service lands (its own
 * issue), that is the staff chat on this terminal, answering each line typed or piped in.
 */
chat().catch((error: unknown) => {
  console.error(`start: ${(error as Error).message}`);
  process.exitCode = 1;
});
