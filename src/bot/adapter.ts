import {
  ActivityTypes,
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ConversationState,
  type InvokeResponse,
  TurnContext,
} from 'botbuilder';
import { AuthenticationConstants, AuthenticationError, type AuthenticateRequestResult } from 'botframework-connector';
import type { BotConfig } from '../config.js';
import { errorSummary } from '../http/http.js';
import type { Logger } from '../logger.js';
import { emulatorOnlyTraces } from './emulatorOnlyTraces.js';
import { knownTenants, TenantGuardedAuthentication } from './tenantGuard.js';
import { messages } from '../conversation/messages.js';
import { turnLogger } from './turnLogger.js';

/**
 * CloudAdapter with its activity processing open to our server: the SDK's own `process` answers a
 * failed turn with a 500 carrying the error message and prints it to the console; the server reads,
 * checks and answers requests itself and only hands the checked activity over.
 */
export class FaqCloudAdapter extends CloudAdapter {
  /**
   * Authenticates the request, then runs the turn. Every way a token can fail (none, malformed,
   * `alg: none`, HS256, wrong audience or issuer, expired, unknown key) becomes an
   * `AuthenticationError`, which the server answers with 401: some of them reach the SDK's callers
   * as plain errors, which would otherwise be 500s.
   */
  async handle(authorization: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    let authenticated: AuthenticateRequestResult;
    try {
      authenticated = await this.botFrameworkAuthentication.authenticateRequest(activity, authorization);
    } catch (error) {
      throw error instanceof AuthenticationError ? error : new AuthenticationError('request not authenticated', 401);
    }
    return this.processActivity(authenticated, activity, logic);
  }
}

/**
 * The CloudAdapter, authenticated from the configuration (no app id: local mode, no tokens). An
 * error inside a turn is logged, that conversation's state is cleared so it cannot fail again the
 * same way, and the user gets a short apology; the server keeps serving.
 */
export function createAdapter(config: BotConfig, logger: Logger, conversationState: ConversationState): FaqCloudAdapter {
  // The SDK takes any one override as "all settings are given" and leaves the rest empty, which
  // fails every token: an override is completed with the public cloud's values.
  const overrides =
    Object.keys(config.openIdOverrides).length === 0
      ? {}
      : {
          ValidateAuthority: true,
          ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
          ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
          ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
          OAuthUrl: AuthenticationConstants.OAuthUrl,
          ToBotFromChannelOpenIdMetadataUrl: AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
          ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
          CallerId: CallerIdConstants.PublicAzureChannel,
          ...config.openIdOverrides,
        };
  const authentication = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.appId,
    MicrosoftAppPassword: config.appPassword,
    MicrosoftAppType: config.appType,
    MicrosoftAppTenantId: config.tenantId,
    ...overrides,
  });
  const adapter = new FaqCloudAdapter(new TenantGuardedAuthentication(authentication, knownTenants(config.tenantId)));
  adapter.use(emulatorOnlyTraces);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    const log = turnLogger(context, logger);
    log.error({ err: errorSummary(error), channelId: context.activity.channelId, type: context.activity.type }, 'turn failed');
    try {
      await conversationState.delete(context);
    } catch (deleteError) {
      log.error({ err: errorSummary(deleteError) }, 'could not clear the conversation state after a failed turn');
    }
    if (context.activity.type === ActivityTypes.Message) {
      try {
        await context.sendActivity(messages.apology);
      } catch (sendError) {
        log.error({ err: errorSummary(sendError) }, 'could not send the apology');
      }
    }
  };
  return adapter;
}
