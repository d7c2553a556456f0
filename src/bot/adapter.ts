import {
  ActivityHandler,
  ActivityTypes,
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ConversationState,
  type InvokeResponse,
  TurnContext,
} from 'botbuilder';
import { AuthenticationConstants, AuthenticationError, EmulatorValidation, type AuthenticateRequestResult } from 'botframework-connector';
import type { BotConfig } from '../config.js';
import { errorSummary } from '../http.js';
import type { Logger } from '../logger.js';
import { CachingBotFrameworkAuthentication } from './cachingAuthentication.js';
import { messages } from './messages.js';
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
 * botframework-connector 4.23.3 decides whether a token comes from the Emulator by decoding it
 * unverified, and adds four issuers to a module-global list for every tenant id it has not seen: a
 * flood of junk tokens grows that list without limit and slows every later check. The list is
 * replaced by one that only accepts issuers of the tenants it started with and of the bot's own
 * tenant (what the SDK needs for single-tenant Emulator tokens).
 */
export function boundEmulatorIssuers(ownTenantId: string): string[] {
  const parameters = EmulatorValidation.ToBotFromEmulatorTokenValidationParameters as { issuer?: string | string[] };
  const current = Array.isArray(parameters.issuer) ? parameters.issuer : [];
  if (current instanceof BoundedIssuers) {
    current.allow(ownTenantId);
    return current;
  }
  const bounded = new BoundedIssuers(current, ownTenantId);
  parameters.issuer = bounded;
  return bounded;
}

const TENANT = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

class BoundedIssuers extends Array<string> {
  private readonly tenants = new Set<string>();

  constructor(initial: string[] | number, ownTenantId?: string) {
    super();
    // Array methods (map, filter) call the constructor with a length.
    if (typeof initial === 'number') return;
    for (const issuer of initial) {
      const tenant = TENANT.exec(issuer)?.[0];
      if (tenant) this.tenants.add(tenant.toLowerCase());
      super.push(issuer);
    }
    if (ownTenantId) this.allow(ownTenantId);
  }

  allow(tenantId: string): void {
    if (tenantId) this.tenants.add(tenantId.toLowerCase());
  }

  override push(...issuers: string[]): number {
    for (const issuer of issuers) {
      const tenant = TENANT.exec(issuer)?.[0]?.toLowerCase();
      if (tenant && this.tenants.has(tenant) && !this.includes(issuer)) super.push(issuer);
    }
    return this.length;
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
  boundEmulatorIssuers(config.tenantId);
  const adapter = new FaqCloudAdapter(new CachingBotFrameworkAuthentication(authentication));
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

/**
 * True when the SDK runs as native async functions, as `npm install` leaves it (see
 * `nativeAsyncSdk.ts`); false when its ES2015 form is loaded, which costs about twice the CPU per turn.
 */
export function sdkRunsNativeAsync(): boolean {
  return [ActivityHandler.prototype.run, TurnContext.prototype.sendActivity].every((method) => !method.toString().includes('__awaiter('));
}
