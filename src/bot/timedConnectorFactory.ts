import { AuthenticationConstants, ConnectorClient, ConnectorFactory, type ConnectorClientOptions, type ServiceClientCredentialsFactory } from 'botframework-connector';

type RequestPolicyFactory = Extract<NonNullable<ConnectorClientOptions['requestPolicyFactories']>, unknown[]>[number];

/**
 * A request policy that aborts each call after `timeoutMs`, retries included (the policy runs
 * once per call, before the pipeline's retry policy), keeping any abort signal the call had.
 */
export function timeoutPolicy(timeoutMs: number): RequestPolicyFactory {
  return {
    create: (next) => ({
      sendRequest: (request) => {
        const deadline = AbortSignal.timeout(timeoutMs);
        const given = request.abortSignal as AbortSignal | undefined;
        request.abortSignal = given ? AbortSignal.any([given, deadline]) : deadline;
        return next.sendRequest(request);
      },
    }),
  };
}

/** The SDK's own request policy: an `accept` header on every call (Bot Framework's services want one). */
const acceptPolicy: RequestPolicyFactory = {
  create: (next) => ({
    sendRequest: (request) => {
      if (!request.headers.contains('accept')) request.headers.set('accept', '*/*');
      return next.sendRequest(request);
    },
  }),
};

/**
 * The connector clients of a turn (its replies, the apology after an error), each call aborted
 * after `timeoutMs`: the SDK's connector sets no timeout, so a reply to a service URL that never
 * answered held its conversation for good, with nothing logged.
 *
 * Workaround for a defect of botframework-connector 4.23.3 (archived, no fix will come): the public
 * way to add a timeout, a request policy in the `ConnectorClientOptions` given to
 * `ConfigurationBotFrameworkAuthentication`, is dropped: its connector factory overwrites
 * `requestPolicyFactories` with a policy of its own. This factory is what that one does (credentials
 * from the same public credentials factory, for the public cloud's login and scope, for the bot's one
 * app id, which authentication has already checked the token names) through public constructors
 * only, with the timeout added. `FaqCloudAdapter.handle` gives it to the turn in place of the SDK's.
 * `test/hardening/timeouts.test.ts` checks that the SDK still drops the option, so this goes when it
 * no longer does.
 */
export class TimedConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly appId: string,
    private readonly credentials: ServiceClientCredentialsFactory,
    private readonly timeoutMs: number,
  ) {
    super();
  }

  async create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    const credentials = await this.credentials.createCredentials(
      this.appId,
      audience ?? AuthenticationConstants.ToChannelFromBotOAuthScope,
      AuthenticationConstants.ToChannelFromBotLoginUrl,
      true,
    );
    return new ConnectorClient(credentials, { baseUri: serviceUrl, requestPolicyFactories: [acceptPolicy, timeoutPolicy(this.timeoutMs)] });
  }
}
