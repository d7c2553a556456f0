import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('runs in local mode on 127.0.0.1:3978 with no configuration', () => {
    expect(loadConfig({})).toMatchObject({ localMode: true, host: '127.0.0.1', port: 3978, appType: 'MultiTenant', logLevel: 'info' });
  });

  it('keeps feedback records 30 days unless told otherwise (keep less: issue 19)', () => {
    expect(loadConfig({}).feedbackRetentionDays).toBe(30);
    expect(loadConfig({ FEEDBACK_RETENTION_DAYS: '7' }).feedbackRetentionDays).toBe(7);
  });

  it('listens on every interface once it has an app id', () => {
    const config = loadConfig({ MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret' });
    expect(config).toMatchObject({ localMode: false, host: '0.0.0.0', appId: 'app' });
  });

  it('reads the app type case-insensitively', () => {
    const config = loadConfig({ MicrosoftAppId: 'app', MicrosoftAppPassword: 's', MicrosoftAppType: 'singletenant', MicrosoftAppTenantId: 't' });
    expect(config.appType).toBe('SingleTenant');
  });

  it.each([
    [{ MicrosoftAppType: 'MultiTennant' }, /MicrosoftAppType "MultiTennant" is not one of/],
    [{ MicrosoftAppId: 'app' }, /MicrosoftAppPassword is required/],
    [{ MicrosoftAppId: 'app', MicrosoftAppPassword: 's', MicrosoftAppType: 'SingleTenant' }, /MicrosoftAppTenantId is required/],
    [{ MicrosoftAppPassword: 'orphan' }, /MicrosoftAppId is empty/],
    [{ PORT: 'eighty' }, /PORT "eighty" is not a port number/],
    [{ PORT: '70000' }, /PORT "70000"/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL "loud"/],
    [{ MicrosoftAppId: 'app', MicrosoftAppPassword: 's', WEBCHAT_BRIDGE: 'true' }, /WEBCHAT_BRIDGE=true cannot work with MicrosoftAppId set/],
  ])('stops with a clear message for %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
