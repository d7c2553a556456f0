import { ActivityHandler, type ChannelAccount, type ConversationState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { runDialog, type DialogState } from 'botbuilder-dialogs';
import { FaqDialog, type ConversationMemory, type OutcomeListener } from '../../dialogs/faqDialog.js';
import { createConversation, type Conversation } from '../conversation/conversation.js';
import type { FaqEngine } from '../faq/faqEngine.js';
import type { FeedbackLog } from '../feedback/feedbackLog.js';
import { render } from './replies.js';
import { isTeams, textWithoutBotMention } from './teams.js';

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
    engine: FaqEngine,
    private readonly conversationState: ConversationState,
    options: FaqBotOptions = {},
  ) {
    super();
    // The bot offers to send a question to ICORN's editors only when a feedback log would keep it.
    this.conversation = createConversation(engine, { keepsQuestions: options.feedback !== undefined, retentionDays: options.feedback?.retentionDays });
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    this.memory = conversationState.createProperty<ConversationMemory>('faqMemory');
    this.welcomed = conversationState.createProperty<boolean>('welcomed');
    this.dialog = new FaqDialog(this.conversation, this.memory, { ...options, knowledgeVersion: () => engine.knowledge.version });

    this.onMessage(async (context, next) => {
      context.activity.text = textWithoutBotMention(context.activity);
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

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
  }
}

/** True when someone other than the bot itself joined. */
function joinedByPeople(context: TurnContext, members: ChannelAccount[]): boolean {
  const botId = context.activity.recipient?.id;
  return members.some((member) => member.id !== botId);
}
