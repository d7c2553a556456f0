import {
  AuthenticationConstants,
  AuthenticationError,
  BotFrameworkAuthentication,
  EmulatorValidation,
  type AuthenticateRequestResult,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorFactory,
  type UserTokenClient,
} from 'botframework-connector';
import type { Activity } from 'botbuilder';

const TENANT = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * The tenants whose tokens the SDK may see: those its Emulator issuer list names at start-up
 * (Bot Framework's own) and the bot's tenant. Read through the public `EmulatorValidation` export.
 */
export function knownTenants(ownTenantId: string): Set<string> {
  const issuers = EmulatorValidation.ToBotFromEmulatorTokenValidationParameters.issuer;
  const list = Array.isArray(issuers) ? issuers : issuers ? [issuers] : [];
  const tenants = new Set(list.flatMap((issuer) => issuer.match(TENANT) ?? []).map((t) => t.toLowerCase()));
  if (ownTenantId) tenants.add(ownTenantId.toLowerCase());
  return tenants;
}

/** The `tid` claim of a bearer token, read without verifying it (the SDK verifies later). */
export function tenantClaimOf(authHeader: string): string | undefined {
  const [scheme, token, extra] = authHeader.split(' ');
  if (scheme !== 'Bearer' || !token || extra !== undefined) return undefined;
  const payload = token.split('.')[1];
  if (!payload || payload.length > 16_384) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const tid = claims[AuthenticationConstants.TenantIdClaim];
    return typeof tid === 'string' ? tid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Workaround for a defect of botframework-connector 4.23.3 (archived, no fix will come): its
 * `EmulatorValidation.isTokenFromEmulator` decodes every bearer token unverified and, for a `tid`
 * claim it has not seen, pushes four issuers onto a module-global list. A flood of junk tokens grows
 * that list without limit and slows every later check. This wrapper, a `BotFrameworkAuthentication`
 * like the SDK's own (the public extension point CloudAdapter takes), refuses with 401 a token whose
 * `tid` names a tenant other than the bot's or Bot Framework's before the SDK reads it; everything
 * else is the SDK's. `test/hardening/auth.test.ts` checks that the SDK still has the defect, so the
 * workaround is dropped when it goes away.
 */
export class TenantGuardedAuthentication extends BotFrameworkAuthentication {
  constructor(
    private readonly inner: BotFrameworkAuthentication,
    private readonly tenants: ReadonlySet<string>,
  ) {
    super();
  }

  private check(authHeader: string): void {
    const tid = tenantClaimOf(authHeader);
    if (tid !== undefined && !this.tenants.has(tid.toLowerCase())) throw new AuthenticationError('token of an unknown tenant', 401);
  }

  authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    this.check(authHeader);
    return this.inner.authenticateRequest(activity, authHeader);
  }

  authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    this.check(authHeader);
    return this.inner.authenticateStreamingRequest(authHeader, channelIdHeader);
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    this.check(authHeader);
    return this.inner.authenticateChannelRequest(authHeader);
  }

  createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.inner.createConnectorFactory(claimsIdentity);
  }

  createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.inner.createUserTokenClient(claimsIdentity);
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }
}
