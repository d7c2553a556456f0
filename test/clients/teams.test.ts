import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../src/conversation/messages.js';
import { textWithoutBotMention } from '../../src/bot/teams.js';
import { post, replyTexts, startBot, type RunningBot } from '../helpers.js';

/**
 * Activities as Microsoft Teams sends them (shapes from Microsoft's Teams bot documentation and the
 * botbuilder-js Teams tests): personal, group chat and channel conversations, @mentions, the bot
 * being added to a team, and app installation. Teams itself cannot run here; these are its payloads.
 */
const BOT = { id: '28:c9e8c047-2a74-40a2-b28a-b162d5f5327c', name: 'ICORN Assistant' };
const USER = { id: '29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB39ATiQWA85gQtHieVkKilBZ9XHoq9j7Zaqt7CZ-NJWi7me2kHTL3Bw', name: 'Megan Bowen', aadObjectId: '00000000-0000-0000-0000-000000000001' };
const TENANT = { id: '72f988bf-86f1-41af-91ab-2d7cd011db47' };
const TEAM_THREAD = '19:6d0b5d4a2f024b5a8d5bd7b3c9e1d8b0@thread.skype';

let sequence = 0;
function teamsActivity(kind: 'personal' | 'groupChat' | 'channel', extra: Record<string, unknown>): Record<string, unknown> {
  sequence += 1;
  const conversation =
    kind === 'personal'
      ? { conversationType: 'personal', tenantId: TENANT.id, id: `a:1I0kl8EkpE1O9PH5TWrzrLNwnWWcfrU7QZjKR0WSfOpzbfcAg2IaydGElSo10tVr4C7Fc6GtieTJX663WuJ-${sequence}` }
      : kind === 'groupChat'
        ? { isGroup: true, conversationType: 'groupChat', tenantId: TENANT.id, id: `19:meeting_N2QzYTA3YmItYmMwOC00OTJmLThkYzMtZWMzZGU0NGIyZGI0@thread.v2-${sequence}` }
        : { isGroup: true, conversationType: 'channel', tenantId: TENANT.id, id: `${TEAM_THREAD};messageid=148156760381${sequence}` };
  const channelData =
    kind === 'channel'
      ? { teamsChannelId: TEAM_THREAD, teamsTeamId: TEAM_THREAD, channel: { id: TEAM_THREAD }, team: { id: TEAM_THREAD }, tenant: TENANT }
      : { tenant: TENANT };
  return {
    type: 'message',
    id: `14859834085${sequence}`,
    timestamp: '2026-11-28T10:10:07.437Z',
    localTimestamp: '2026-11-28T11:10:07.437+01:00',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    channelId: 'msteams',
    from: USER,
    conversation,
    recipient: BOT,
    textFormat: 'plain',
    locale: 'en-US',
    entities: [{ locale: 'en-US', country: 'US', platform: 'Web', timezone: 'Europe/Oslo', type: 'clientInfo' }],
    channelData,
    deliveryMode: 'expectReplies',
    ...extra,
  };
}

function mention(text: string) {
  return { mentioned: { id: BOT.id, name: BOT.name }, text, type: 'mention' };
}

type Reply = { type: string; text?: string; suggestedActions?: { actions: unknown[] }; attachments?: Array<{ contentType: string; content: { buttons: Array<{ value: string }> } }> };

describe('Microsoft Teams payloads', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(() => bot.close());
  const answer = (id: string) => bot.app.engine.entry(id)?.answer;

  it('answers in personal chat, with its buttons on a Hero card: Teams shows only three suggested actions, and no feedback ones', async () => {
    const result = await post(bot.url, teamsActivity('personal', { text: 'How can my city join?' }));
    expect(result.status).toBe(200);
    const reply = result.body.activities?.[0] as Reply;
    expect(reply.text).toBe(answer('how-to-join'));
    expect(reply.suggestedActions).toBeUndefined();
    expect(reply.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.hero');
  });

  it.each([
    ['at the start', '<at>ICORN Assistant</at> How can my city join?'],
    ['at the end', 'How can my city join? <at>ICORN Assistant</at>'],
    ['in the middle, twice', 'How can <at>ICORN Assistant</at> my city join <at>ICORN Assistant</at>?'],
  ])('strips the bot mention %s in a channel and answers on a card', async (_, text) => {
    const result = await post(bot.url, teamsActivity('channel', { text, entities: [mention('<at>ICORN Assistant</at>')] }));
    const reply = result.body.activities?.[0] as Reply;
    expect(reply.text).toBe(answer('how-to-join'));
    expect(reply.suggestedActions).toBeUndefined();
    expect(reply.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.hero');
    expect(reply.attachments?.[0]?.content.buttons.map((b) => b.value)).toContain(bot.app.engine.entry('member-commitment')?.question);
  });

  it.each([
    ['<at>ICORN Assistant</at> thanks!', messages.smallTalk.thanks],
    ['hello <at>ICORN Assistant</at>', messages.smallTalk.greeting],
    ['<at>ICORN Assistant</at> help', messages.help],
  ])('reads %j without the mention', async (text, expected) => {
    const result = await post(bot.url, teamsActivity('channel', { text, entities: [mention('<at>ICORN Assistant</at>')] }));
    expect(replyTexts(result)).toEqual([expected]);
  });

  it('answers an @mention in a group chat on a card', async () => {
    const result = await post(bot.url, teamsActivity('groupChat', { text: 'Hi <at>ICORN Assistant</at>, who can get a residency?', entities: [mention('<at>ICORN Assistant</at>')] }));
    const reply = result.body.activities?.[0] as Reply;
    expect(reply.text).toBe(answer('who-can-get-a-residency'));
    expect(reply.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.hero');
  });

  it('welcomes a team once when the bot is added, not when a member joins', async () => {
    const added = teamsActivity('channel', {
      type: 'conversationUpdate',
      text: undefined,
      conversation: { isGroup: true, conversationType: 'channel', tenantId: TENANT.id, id: TEAM_THREAD },
      membersAdded: [{ id: BOT.id }],
      channelData: { team: { id: TEAM_THREAD, name: 'City of Refuge coordinators' }, eventType: 'teamMemberAdded', tenant: TENANT },
    });
    const first = await post(bot.url, added);
    expect(replyTexts(first)).toEqual([messages.welcome]);
    expect((first.body.activities?.[0] as Reply).attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.hero');

    const userJoined = await post(bot.url, { ...added, membersAdded: [{ id: '29:another-user' }] });
    expect(replyTexts(userJoined)).toEqual([]);
    const again = await post(bot.url, added);
    expect(replyTexts(again)).toEqual([]);
  });

  it('welcomes a personal chat once, whether the install or the conversation update comes first', async () => {
    const base = teamsActivity('personal', { text: undefined });
    const install = { ...base, type: 'installationUpdate', action: 'add' };
    const update = { ...base, type: 'conversationUpdate', membersAdded: [{ id: BOT.id }] };
    expect(replyTexts(await post(bot.url, install))).toEqual([messages.welcome]);
    expect(replyTexts(await post(bot.url, update))).toEqual([]);
  });
});

describe('removing the bot mention', () => {
  it.each([
    ['<at>ICORN Assistant</at> what is icorn', 'what is icorn'],
    ['what is <at>ICORN Assistant</at> icorn <at>ICORN Assistant</at>', 'what is icorn'],
    ['ask <at>Megan Bowen</at> or <at>ICORN Assistant</at> about membership', 'ask Megan Bowen or about membership'],
    ['no mention here', 'no mention here'],
  ])('%j reads as %j', (text, expected) => {
    const entities = text.includes('ICORN Assistant') ? [mention('<at>ICORN Assistant</at>')] : [];
    expect(textWithoutBotMention({ text, entities, recipient: BOT })).toBe(expected);
  });
});
