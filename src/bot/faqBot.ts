import { ActivityHandler, type ChannelAccount, type ConversationState, type InvokeResponse, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { runDialog, type DialogState } from 'botbuilder-dialogs';
import { FaqDialog, type ConversationMemory, type OutcomeListener } from '../../dialogs/faqDialog.js';
import { createConversation, type Conversation } from '../conversation/conversation.js';
import type { FaqEngine } from '../faq/faqEngine.js';
import type { FeedbackLog } from '../feedback/feedbackLog.js';
import { render } from './replies.js';
import { isTeams, teamsFeedbackReaction, textWithoutBotMention } from './teams.js';
import { sendTurnTrace } from './trace.js';
import { MAX_MESSAGE_LENGTH } from '../limits.js';

/** Options of the bot beyond its engine and state. */
export interface FaqBotOptions {
  onOutcome?: OutcomeListener;
  feedback?: FeedbackLog;
}

/**
 * The Bot Framework glue: runs the FAQ dialog for each message with the SDK's `runDialog`, welcomes
 * people who join, and saves the conversation state after every turn (as the SDK samples do).
 */
export class FaqBot extends ActivityHandler {
  private readonly dialog: FaqDialog;
  private readonly conversation: Conversation;
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly memory: StatePropertyAccessor<ConversationMemory>;
  private readonly welcomed: StatePropertyAccessor<boolean>;

  constructor(
    private readonly engine: FaqEngine,
    private readonly conversationState: ConversationState,
    private readonly options: FaqBotOptions = {},
  ) {
    super();
    // The bot offers to send a question to ICORN's editors only when a feedback log would keep it.
    this.conversation = createConversation(engine, { keepsQuestions: options.feedback !== undefined, retentionDays: options.feedback?.retentionDays });
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    this.memory = conversationState.createProperty<ConversationMemory>('faqMemory');
    this.welcomed = conversationState.createProperty<boolean>('welcomed');
    this.dialog = new FaqDialog(this.conversation, this.memory, { ...options, knowledgeVersion: () => engine.knowledge.version });

    this.onMessage(async (context, next) => {
      context.activity.text = textWithoutBotMention({ ...context.activity, text: cut(context.activity.text) });
      const memory = await this.memory.get(context, {});
      memory.turns = (memory.turns ?? 0) + 1;
      await runDialog(this.dialog, context, this.dialogState);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const members = context.activity.membersAdded ?? [];
      // Teams tells the bot it was added (to a personal chat, a group chat or a team); other
      // clients tell it a user joined. Either way the conversation is welcomed once.
      const botId = context.activity.recipient?.id;
      const arrived = isTeams(context.activity) ? members.some((m) => m.id === botId) : joinedByPeople(context, members);
      if (arrived) await this.welcomeOnce(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcomeOnce(context);
      await next();
    });
  }

  /** The welcome: a one-line intro and topic buttons, once per conversation. */
  async welcomeOnce(context: TurnContext): Promise<void> {
    if (await this.welcomed.get(context, false)) return;
    await this.welcomed.set(context, true);
    await context.sendActivity(render(context, this.conversation.welcome()));
  }

  /**
   * Teams' own feedback on an answer (thumbs up or down; see `teamsFeedbackEntry`): counted for the
   * entry that message answered, when it is one of the conversation's latest answers. What the user
   * may type in Teams' feedback box is not kept. Any other invoke goes to the SDK's handling.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name !== 'message/submitAction') return super.onInvokeActivity(context);
    const verdict = teamsFeedbackReaction(context.activity.value);
    const memory = await this.memory.get(context, {});
    const replyTo = context.activity.replyToId;
    // Teams names the message reacted to; Agents Playground (0.2.28) leaves replyToId out of this
    // invoke, so without one the reaction is for the latest answer, which is what it shows thumbs on last.
    const entryId = !verdict ? undefined : replyTo ? memory.feedbackOn?.find(([id]) => id && id === replyTo)?.[1] : memory.feedbackOn?.at(-1)?.[1];
    const version = this.engine.knowledge.version;
    if (verdict && entryId) await this.options.feedback?.record({ kind: verdict, entryId, language: memory.language ?? 'en', knowledgeVersion: version });
    await sendTurnTrace(context, { kind: 'feedback', ...(entryId ? { entryId } : {}) }, version, memory.turns);
    return { status: 200, body: {} };
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
  }
}

/**
 * A message's text cut to `MAX_MESSAGE_LENGTH` before anything reads it, so that no pattern of the
 * turn sees more (never in the middle of a surrogate pair).
 */
export function cut(text: string | undefined): string | undefined {
  if (text === undefined || text.length <= MAX_MESSAGE_LENGTH) return text;
  const end = isHighSurrogate(text.charCodeAt(MAX_MESSAGE_LENGTH - 1)) ? MAX_MESSAGE_LENGTH - 1 : MAX_MESSAGE_LENGTH;
  return text.slice(0, end);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** True when someone other than the bot itself joined. */
function joinedByPeople(context: TurnContext, members: ChannelAccount[]): boolean {
  const botId = context.activity.recipient?.id;
  return members.some((member) => member.id !== botId);
}
