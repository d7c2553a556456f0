import {
  ActivityHandler,
  ActivityTypes,
  type ChannelAccount,
  type ConversationState,
  type StatePropertyAccessor,
  type TurnContext,
} from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { FaqDialog, type FaqMemory, type OutcomeListener } from '../../dialogs/faqDialog.js';
import type { FaqEngine } from '../faq/faqEngine.js';
import type { FeedbackLog } from '../feedback/feedbackLog.js';
import { messages } from './messages.js';
import { messageWithButtons, topicButtons } from './replies.js';
import { isTeams, textWithoutBotMention } from './teams.js';

/**
 * The Bot Framework glue: routes messages to the FAQ dialog, welcomes people who join, and saves
 * the conversation state after every turn.
 */
export class FaqBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly dialog: FaqDialog;

  constructor(
    private readonly engine: FaqEngine,
    private readonly conversationState: ConversationState,
    onOutcome?: OutcomeListener,
    feedback?: FeedbackLog,
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    const memory = conversationState.createProperty<FaqMemory>('faqMemory');
    this.memory = memory;
    this.dialog = new FaqDialog(engine, memory, onOutcome, feedback);

    this.welcomed = conversationState.createProperty<boolean>('welcomed');

    this.onMessage(async (context, next) => {
      context.activity.text = textWithoutBotMention(context.activity);
      // The property's object lives in the conversation state: counting on it is saved with the turn.
      const remembered = await this.memory.get(context, {});
      remembered.turns = (remembered.turns ?? 0) + 1;
      await this.dialog.run(context, this.dialogState);
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

  private readonly welcomed: StatePropertyAccessor<boolean>;
  private readonly memory: StatePropertyAccessor<FaqMemory>;

  /** The welcome: a one-line intro and topic buttons, once per conversation. */
  async welcomeOnce(context: TurnContext): Promise<void> {
    if (await this.welcomed.get(context, false)) return;
    await this.welcomed.set(context, true);
    await context.sendActivity(messageWithButtons(context, messages.welcome, topicButtons(this.engine)));
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    if (SAVED_AFTER.has(context.activity.type)) {
      await this.conversationState.saveChanges(context, false);
    }
  }
}

/** Activities after which the conversation state is saved. */
const SAVED_AFTER = new Set<string>([ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate]);

/** True when someone other than the bot itself joined. */
function joinedByPeople(context: TurnContext, members: ChannelAccount[]): boolean {
  const botId = context.activity.recipient?.id;
  return members.some((member) => member.id !== botId);
}
