import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  TextPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { Conversation, ConversationMemory, Offer, TurnOutcome, TurnPlan } from '../src/conversation/conversation.js';
import { render, teamsFeedbackEntry } from '../src/bot/replies.js';
import type { FeedbackLog } from '../src/feedback/feedbackLog.js';
import { sendFaqTrace, sendTurnTrace, type FaqTraceValue } from '../src/bot/trace.js';

export type { ConversationMemory, TurnOutcome };

/** Called after each turn the dialog handles. */
export type OutcomeListener = (context: TurnContext, outcome: TurnOutcome) => Promise<void> | void;

/** Ids of the dialogs inside the FAQ dialog. */
export const FAQ_DIALOG = 'faq';
const ASK = 'ask';
const PICK_PROMPT = 'pick';

/** What the waterfall keeps in its step values while a "Did you mean" waits: the one place it lives. */
const OFFER = 'offer';

/** How many recent answers keep their Teams feedback (a reaction to an older one is not counted). */
export const FEEDBACK_REMEMBERED = 10;

/**
 * The conversation as a ComponentDialog: a waterfall that plans each reply with the SDK-free
 * conversation policy and, when the reply is a "Did you mean", waits on a text prompt for the pick.
 * A pick answers it, "None of these" falls back, anything else is read as a new question.
 */
export class FaqDialog extends ComponentDialog {
  constructor(
    private readonly conversation: Conversation,
    private readonly memory: StatePropertyAccessor<ConversationMemory>,
    private readonly options: { onOutcome?: OutcomeListener; feedback?: FeedbackLog; knowledgeVersion?: () => string } = {},
  ) {
    super(FAQ_DIALOG);
    this.addDialog(new TextPrompt(PICK_PROMPT));
    this.addDialog(new WaterfallDialog(ASK, [this.askStep.bind(this), this.pickStep.bind(this)]));
    this.initialDialogId = ASK;
  }

  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const context = step.context;
    const memory = await this.memory.get(context, {});
    const plan = this.conversation.respond(context.activity.text ?? '', context.activity.value, memory, context.activity.locale);
    if (!plan.offer) {
      await this.carryOut(context, plan, memory);
      return step.endDialog();
    }
    // The offer's own message is the prompt; anything said before it is sent as usual.
    const question = plan.say.at(-1) ?? { text: '', buttons: [] };
    await this.carryOut(context, { ...plan, say: plan.say.slice(0, -1) }, memory);
    (step.values as Record<string, unknown>)[OFFER] = plan.offer;
    return step.prompt(PICK_PROMPT, { prompt: render(context, question) });
  }

  private async pickStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const context = step.context;
    const offer = (step.values as Record<string, unknown>)[OFFER] as Offer;
    const memory = await this.memory.get(context, {});
    const plan = this.conversation.pick(String(step.result ?? ''), offer, memory);
    // Not a pick: a new question, read from the top.
    if (!plan) return step.replaceDialog(ASK);
    await this.carryOut(context, plan, memory);
    return step.endDialog();
  }

  /**
   * Sends the plan's messages and keeps what it says to keep. Every message passes here once, so a
   * question waiting for the user's yes is forgotten at the next message, whatever it says.
   */
  private async carryOut(context: TurnContext, plan: TurnPlan, memory: ConversationMemory): Promise<void> {
    for (const say of plan.say) {
      const sent = await context.sendActivity(render(context, say));
      const entryId = teamsFeedbackEntry(context, say);
      if (entryId) memory.feedbackOn = [...(memory.feedbackOn ?? []), [sent?.id ?? '', entryId] as [string, string]].slice(-FEEDBACK_REMEMBERED);
    }
    if (plan.lastEntryId === null) delete memory.lastEntryId;
    else if (plan.lastEntryId) memory.lastEntryId = plan.lastEntryId;
    if (plan.language) memory.language = plan.language;
    delete memory.pendingQuestion;
    if (plan.pendingQuestion) memory.pendingQuestion = plan.pendingQuestion;
    if (plan.sendsQuestions === true) memory.sendsQuestions = true;
    else if (plan.sendsQuestions === false) delete memory.sendsQuestions;
    await this.memory.set(context, memory);
    const version = this.options.knowledgeVersion?.() ?? '';
    // Every turn has a trace in the Emulator: the engine's decision, or what the turn was instead.
    if (plan.outcome.reply) await sendFaqTrace(context, plan.outcome.reply, version, memory.turns);
    else await sendTurnTrace(context, { kind: plan.outcome.kind as FaqTraceValue['decision'], entryId: plan.outcome.entryId }, version, memory.turns);
    for (const note of plan.notes ?? []) {
      if (note.query !== undefined && !note.query.trim()) continue;
      await this.options.feedback?.record({ ...note, knowledgeVersion: version });
    }
    await this.options.onOutcome?.(context, plan.outcome);
  }
}
