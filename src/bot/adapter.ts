import { createHash } from 'node:crypto';
import {
  ActivityTypes,
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type Activity,
  type ConversationState,
  type InvokeResponse,
  TurnContext,
} from 'botbuilder';
import { AuthenticationConstants, AuthenticationError, type AuthenticateRequestResult, type BotFrameworkAuthentication, type ConnectorFactory } from 'botframework-connector';
import type { BotConfig } from '../config.js';
import { errorSummary } from '../http/http.js';
import type { Logger } from '../logger.js';
import { emulatorOnlyTraces } from './emulatorOnlyTraces.js';
import { knownTenants, TenantGuardedAuthentication } from './tenantGuard.js';
import { messages } from '../conversation/messages.js';
import { TimedConnectorFactory } from './timedConnectorFactory.js';
import { turnLogger } from './turnLogger.js';

/**
 * CloudAdapter with its activity processing open to our server: the SDK's own `process` answers a
 * failed turn with a 500 carrying the error message and prints it to the console; the server reads,
 * checks and answers requests itself and only hands the checked activity over.
 */
export class FaqCloudAdapter extends CloudAdapter {
  /**
   * @param connectors Where a turn's connector clients come from instead of the SDK's factory
   *   (`TimedConnectorFactory`: every outgoing call has a timeout); the SDK's when absent.
   */
  constructor(
    authentication: BotFrameworkAuthentication,
    private readonly connectors?: ConnectorFactory,
  ) {
    super(authentication);
  }

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
    return this.processActivity(this.connectors ? { ...authenticated, connectorFactory: this.connectors } : authenticated, activity, logic);
  }

  /**
   * Checks an Authorization header alone, before the request's body is read, so that a client
   * without a valid token never holds a turn's place while it sends (or never sends) its body.
   * It is the SDK's own `authenticateRequest` on an activity that asserts no channel and no service
   * URL: the signature, issuer, audience, expiry and key are checked, the channel's endorsement and
   * the `serviceurl` claim cannot be yet; `handle` checks the token again with the activity, which
   * checks those too. Resolves at once in local mode (the SDK authenticates nothing there).
   */
  async authenticateHeader(authorization: string): Promise<void> {
    // A token that passed is admitted again without the signature check until it expires (at most
    // ADMITTED_TOKENS.maxAgeMs): channels send the same token for many turns, and `handle` still
    // checks every turn in full. Only passes are kept, by the token's hash.
    const key = createHash('sha256').update(authorization).digest('base64');
    const until = this.admitted.get(key);
    if (until !== undefined && until > Date.now()) return;
    let result: AuthenticateRequestResult;
    try {
      result = await this.botFrameworkAuthentication.authenticateRequest({ channelId: '', serviceUrl: '' } as Activity, authorization);
    } catch (error) {
      throw error instanceof AuthenticationError ? error : new AuthenticationError('request not authenticated', 401);
    }
    const expires = Number(result.claimsIdentity?.getClaimValue('exp')) * 1000;
    if (!Number.isFinite(expires)) return;
    if (this.admitted.size >= ADMITTED_TOKENS.max) this.admitted.clear();
    this.admitted.set(key, Math.min(expires, Date.now() + ADMITTED_TOKENS.maxAgeMs));
  }

  /** Hashes of tokens the header check passed, with when to check them again. */
  private readonly admitted = new Map<string, number>();
}

/** The header check's memory of passed tokens: how many, and for how long at most. */
export const ADMITTED_TOKENS = { max: 10_000, maxAgeMs: 5 * 60_000 } as const;

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
  const settings = {
    MicrosoftAppId: config.appId,
    MicrosoftAppPassword: config.appPassword,
    MicrosoftAppType: config.appType,
    MicrosoftAppTenantId: config.tenantId,
  };
  // One credentials factory for authentication and for the connector clients of turns.
  const credentials = new ConfigurationServiceClientCredentialFactory(settings);
  const authentication = new ConfigurationBotFrameworkAuthentication({ ...settings, ...overrides }, credentials);
  const adapter = new FaqCloudAdapter(
    new TenantGuardedAuthentication(authentication, knownTenants(config.tenantId)),
    new TimedConnectorFactory(config.appId, credentials, config.outgoingTimeoutMs),
  );
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
