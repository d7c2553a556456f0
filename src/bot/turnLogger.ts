import type { TurnContext } from 'botbuilder';
import type { Logger } from '../logger.js';

/** Where a turn keeps its logger (with the request id), in the turn state. */
export const TURN_LOGGER = Symbol('turnLogger');

/** The logger of a turn, or the fallback when the turn did not come through the server. */
export function turnLogger(context: TurnContext, fallback: Logger): Logger {
  return (context.turnState.get(TURN_LOGGER) as Logger | undefined) ?? fallback;
}
