import {
  ActivityTypes,
  CloudAdapter,
  type Activity,
  type InvokeResponse,
  ConfigurationBotFrameworkAuthentication,
  type ConversationState,
  type TurnContext,
} from 'botbuilder';
import type { BotConfig } from '../config.js';
import type { Logger } from '../logger.js';
import { errorSummary } from '../http.js';
import { messages } from './messages.js';

/**
 * CloudAdapter with its activity processing open to our server: the SDK's own `process` answers a
 * failed turn with a 500 carrying the error message and prints it to the console; the server reads,
 * checks and answers requests itself and only hands the checked activity over.
 */
export class FaqCloudAdapter extends CloudAdapter {
  /** Authenticates the request and runs the turn; throws `AuthenticationError` for a bad token. */
  handle(authorization: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authorization, activity, logic);
  }
}

/**
 * The CloudAdapter, authenticated from the configuration (no app id: local mode, no tokens). An
 * error inside a turn is logged, that conversation's state is cleared so it cannot fail again the
 * same way, and the user gets a short apology; the server keeps serving.
 */
export function createAdapter(config: BotConfig, logger: Logger, conversationState: ConversationState): FaqCloudAdapter {
  const authentication = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.appId,
    MicrosoftAppPassword: config.appPassword,
    MicrosoftAppType: config.appType,
    MicrosoftAppTenantId: config.tenantId,
  });
  const adapter = new FaqCloudAdapter(authentication);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error({ err: errorSummary(error), channelId: context.activity.channelId, type: context.activity.type }, 'turn failed');
    try {
      await conversationState.delete(context);
    } catch (deleteError) {
      logger.error({ err: errorSummary(deleteError) }, 'could not clear the conversation state after a failed turn');
    }
    if (context.activity.type === ActivityTypes.Message) {
      try {
        await context.sendActivity(messages.apology);
      } catch (sendError) {
        logger.error({ err: errorSummary(sendError) }, 'could not send the apology');
      }
    }
  };
  return adapter;
}
