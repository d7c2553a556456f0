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
import { messages } from './messages.js';
import { messageWithButtons, topicButtons } from './replies.js';

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
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    const memory = conversationState.createProperty<FaqMemory>('faqMemory');
    this.dialog = new FaqDialog(engine, memory, onOutcome);

    this.onMessage(async (context, next) => {
      await this.dialog.run(context, this.dialogState);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      if (joinedByPeople(context, context.activity.membersAdded ?? [])) await this.welcome(context);
      await next();
    });
  }

  /** The welcome: a one-line intro and topic buttons. */
  async welcome(context: TurnContext): Promise<void> {
    await context.sendActivity(messageWithButtons(context, messages.welcome, topicButtons(this.engine)));
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    if (context.activity.type === ActivityTypes.Message || context.activity.type === ActivityTypes.ConversationUpdate) {
      await this.conversationState.saveChanges(context, false);
    }
  }
}

/** True when someone other than the bot itself joined. */
function joinedByPeople(context: TurnContext, members: ChannelAccount[]): boolean {
  const botId = context.activity.recipient?.id;
  return members.some((member) => member.id !== botId);
}
