import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
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

type Reply = { type: string; text?: string; channelData?: unknown; suggestedActions?: { actions: unknown[] }; attachments?: Array<{ contentType: string; content: { buttons: Array<{ value: string }> } }> };

describe('Microsoft Teams payloads', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(() => bot.close());
  const answer = (id: string) => bot.app.engine.entry(id)?.answer;

  it("answers in personal chat with Teams' own feedback, and its formatted text's buttons on a Hero card", async () => {
    const result = await post(bot.url, teamsActivity('personal', { text: 'How can my city join?' }));
    expect(result.status).toBe(200);
    const reply = result.body.activities?.[0] as Reply;
    expect(reply.text).toBe(answer('how-to-join'));
    expect(reply.channelData).toEqual({ feedbackLoopEnabled: true });
    // Its contact list is Markdown, which Teams' emulator shows raw beside suggested actions.
    expect(reply.suggestedActions).toBeUndefined();
    expect(reply.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.hero');
    expect(reply.attachments?.[0]?.content.buttons.map((b) => (b as unknown as { type: string }).type)).toEqual(['imBack', 'imBack', 'imBack']);
  });

  it('offers a plain-text answer with at most three buttons in personal chat as suggested actions of type imBack', async () => {
    const result = await post(bot.url, teamsActivity('personal', { text: 'vision' }));
    const reply = result.body.activities?.[0] as Reply;
    expect(reply.text).toBe(answer('vision'));
    expect(reply.channelData).toEqual({ feedbackLoopEnabled: true });
    expect(reply.attachments ?? []).toEqual([]);
    const actions = (reply.suggestedActions?.actions ?? []) as Array<{ type: string }>;
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.length).toBeLessThanOrEqual(3);
    for (const action of actions) expect(action.type).toBe('imBack');
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

/**
 * Teams' own feedback, end to end on loopback: the bot replies in normal delivery to a stand-in for
 * Teams' connector (which gives each message its id), then Teams' `message/submitAction` invoke for
 * a thumbs up names that message; the feedback log on disk gets the verdict for the entry answered,
 * and never the text typed in Teams' feedback box.
 */
describe("Teams' own feedback on an answer", () => {
  let bot: RunningBot;
  let connector: Server;
  let connectorUrl: string;
  const sent: Array<{ id: string; activity: Record<string, unknown> }> = [];
  beforeAll(async () => {
    bot = await startBot();
    connector = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        const id = `1:teams-message-${sent.length + 1}`;
        sent.push({ id, activity: JSON.parse(body || '{}') as Record<string, unknown> });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id }));
      });
    });
    await new Promise<void>((resolve) => connector.listen(0, '127.0.0.1', resolve));
    connectorUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await bot.close();
    await new Promise((resolve) => connector.close(resolve));
  });

  const onDisk = () =>
    readdirSync(bot.app.feedback!.dir)
      .map((name) => readFileSync(path.join(bot.app.feedback!.dir, name), 'utf8'))
      .join('');
  /** A personal-chat activity in normal delivery: the replies go to the stand-in connector. */
  const normalDelivery = (extra: Record<string, unknown>): Record<string, unknown> => ({ ...teamsActivity('personal', extra), serviceUrl: connectorUrl, deliveryMode: undefined });
  const reaction = (conversation: unknown, replyToId: string, value: unknown) =>
    post(bot.url, { ...normalDelivery({ type: 'invoke', name: 'message/submitAction', text: undefined, value, replyToId }), conversation });

  it('counts a thumbs up for the entry the message answered, and keeps nothing typed', async () => {
    const question = normalDelivery({ text: 'How can my city join?' });
    expect((await post(bot.url, question)).status).toBe(200);
    const answer = sent.find((s) => s.activity['text'] === bot.app.engine.entry('how-to-join')?.answer);
    expect(answer?.activity['channelData']).toEqual({ feedbackLoopEnabled: true });

    const secret = 'my name is Reza and my number is 0912 345 6789';
    const like = { actionName: 'feedback', actionValue: { reaction: 'like', feedback: JSON.stringify({ feedbackText: secret }) } };
    const result = await reaction(question['conversation'], answer!.id, like);
    expect(result.status).toBe(200);
    const records = onDisk().trim().split('\n').map((line) => JSON.parse(line) as { kind: string; entryId: string });
    expect(records).toEqual([expect.objectContaining({ kind: 'helpful', entryId: 'how-to-join' })]);
    expect(onDisk()).not.toContain('Reza');

    const dislike = { actionName: 'feedback', actionValue: { reaction: 'dislike', feedback: '' } };
    await reaction(question['conversation'], answer!.id, dislike);
    expect(onDisk()).toContain('"kind":"notHelpful"');
  });

  it('counts a reaction without replyToId (as Agents Playground sends it) for the latest answer', async () => {
    const question = normalDelivery({ text: 'vision' });
    await post(bot.url, question);
    const dislike = { actionName: 'feedback', actionValue: { reaction: 'dislike', feedback: '' } };
    const result = await post(bot.url, { ...normalDelivery({ type: 'invoke', name: 'message/submitAction', text: undefined, value: dislike }), conversation: question['conversation'] });
    expect(result.status).toBe(200);
    expect(onDisk()).toContain('"kind":"notHelpful","entryId":"vision","language":"en"');
  });

  it('counts nothing for a message it did not send, or for a value that is not feedback', async () => {
    const before = onDisk();
    const question = normalDelivery({ text: 'What is ICORN?' });
    await post(bot.url, question);
    const like = { actionName: 'feedback', actionValue: { reaction: 'like', feedback: '' } };
    expect((await reaction(question['conversation'], '1:not-a-message-of-the-bot', like)).status).toBe(200);
    const last = sent.at(-1)!.id;
    for (const forged of [{ actionName: 'other', actionValue: { reaction: 'like' } }, { actionName: 'feedback', actionValue: { reaction: 'love' } }, 'like', null]) {
      expect((await reaction(question['conversation'], last, forged)).status).toBe(200);
    }
    expect(onDisk()).toBe(before);
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
