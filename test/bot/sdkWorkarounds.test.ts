import { ActivityTypes, ConversationState, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { runDialog, WaterfallDialog, type DialogState } from 'botbuilder-dialogs';
import { EmulatorValidation } from 'botframework-connector';
import { describe, expect, it } from 'vitest';
import { emulatorOnlyTraces } from '../../src/bot/emulatorOnlyTraces.js';
import { knownTenants, tenantClaimOf } from '../../src/bot/tenantGuard.js';

/**
 * The Bot Framework SDK is archived at 4.23.3: the bot works around two of its defects through
 * public extension points. These tests pin the defects themselves, so that a changed SDK fails
 * here and the workaround is reviewed (and dropped if the defect is gone).
 */

function unsignedToken(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2ln`;
}

describe('the SDK defects the bot works around', () => {
  it('EmulatorValidation still grows its module-global issuer list for every unseen tenant (TenantGuardedAuthentication)', () => {
    const issuers = EmulatorValidation.ToBotFromEmulatorTokenValidationParameters.issuer as string[];
    const before = issuers.length;
    const tid = '0badc0de-1111-2222-3333-444455556666';
    EmulatorValidation.isTokenFromEmulator(`Bearer ${unsignedToken({ iss: `https://sts.windows.net/${tid}/`, tid })}`);
    expect(issuers.length).toBe(before + 4);
    // Test hygiene: the list is module-global.
    issuers.splice(before);
  });

  it("runDialog still sends a BotState trace with the turn's memory on every turn (emulatorOnlyTraces)", async () => {
    const state = new ConversationState(new MemoryStorage());
    const dialog = new WaterfallDialog('w', [async (step) => step.endDialog()]);
    const sent: Array<Partial<Activity>> = [];
    const adapter = new TestAdapter(async (context) => {
      context.onSendActivities(async (_c, activities, next) => {
        sent.push(...activities);
        return next();
      });
      await runDialog(dialog, context, state.createProperty<DialogState>('dialogState'));
    });
    await adapter.send('my secret question');
    const trace = sent.find((a) => a.type === ActivityTypes.Trace);
    expect(trace?.name).toBe('BotState');
    expect(JSON.stringify(trace?.value)).toContain('my secret question');
  });
});

describe('the workarounds', () => {
  it("knows Bot Framework's tenants from the SDK's list, and the bot's own", () => {
    const tenants = knownTenants('AAAAAAAA-1111-2222-3333-444455556666');
    expect(tenants.has('aaaaaaaa-1111-2222-3333-444455556666')).toBe(true);
    expect(tenants.size).toBeGreaterThan(1);
  });

  it('reads the tenant of a bearer token, and nothing from anything else', () => {
    expect(tenantClaimOf(`Bearer ${unsignedToken({ tid: 'abc' })}`)).toBe('abc');
    expect(tenantClaimOf(`Bearer ${unsignedToken({ iss: 'x' })}`)).toBeUndefined();
    for (const junk of ['', 'Bearer', 'Basic abc', 'Bearer a.b.c d', 'Bearer a.%%%.c', `Bearer a.${'x'.repeat(20_000)}.c`]) {
      expect(tenantClaimOf(junk)).toBeUndefined();
    }
  });

  it('drops traces on every channel but the Emulator, and sends the rest', async () => {
    const run = async (channelId: string) => {
      const sent: Array<Partial<Activity>> = [];
      const adapter = new TestAdapter(async (context) => {
        // Registered after the middleware's: sees what the middleware lets through.
        context.onSendActivities(async (_c, activities, next) => {
          sent.push(...activities);
          return next();
        });
        await context.sendTraceActivity('t', 1);
        await context.sendActivity('answer');
        await context.sendTraceActivity('t', 2);
      });
      adapter.use(emulatorOnlyTraces);
      await adapter.send({ type: 'message', text: 'q', channelId });
      return sent.map((a) => a.type);
    };
    expect(await run('webchat')).toEqual(['message']);
    expect(await run('emulator')).toEqual(['trace', 'message', 'trace']);
  });
});
