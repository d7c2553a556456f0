import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  Dialog,
  DialogSet,
  DialogTurnStatus,
  WaterfallDialog,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { messages } from '../src/bot/messages.js';
import {
  answerReply,
  contactLines,
  didYouMeanReply,
  entryButtons,
  fallbackReply,
  feedbackOf,
  messageWithButtons,
  topicButtons,
  type FeedbackValue,
} from '../src/bot/replies.js';
import { redact, type FeedbackLog } from '../src/feedback/feedbackLog.js';
import { sendFaqTrace } from '../src/bot/trace.js';
import type { FaqEngine, FaqReply } from '../src/faq/faqEngine.js';
import type { Entry } from '../src/faq/types.js';

/** What the dialog remembers of a conversation between turns. */
export interface FaqMemory {
  /** The entry answered last: for "tell me more", "repeat" and follow-ups in context. */
  lastEntryId?: string;
  /** Messages so far in this conversation (shown in the Emulator trace; lost updates would show here). */
  turns?: number;
  /** The "Did you mean" waiting for a pick: the options offered and the question, redacted. */
  offered?: { options: Array<{ id: string; confidence: number }>; query: string };
}

/** What happened in a turn, for the Emulator trace and the logs: never the user's text. */
export interface TurnOutcome {
  kind: FaqReply['kind'] | 'choice' | 'noneOfThese' | 'cancel';
  entryId?: string;
  reply?: FaqReply;
}

/** Called after each turn the dialog handles. */
export type OutcomeListener = (context: TurnContext, outcome: TurnOutcome) => Promise<void> | void;

/** Where botbuilder-dialogs looks for its memory-scope configuration in the turn state. */
const DIALOG_STATE_MANAGER_CONFIGURATION = 'DialogStateManagerConfiguration';

/** A "Did you mean" worked out before the dialog stack was started, for `askStep` to send. */
const PENDING_REPLY = Symbol('pendingDidYouMean');

const ASK = 'ask';

/**
 * The conversation: answer / did-you-mean / fallback, help, small talk and "start over". A
 * did-you-mean waits for the next message: a pick answers it, "None of these" falls back, and
 * anything else is read as a new question.
 */
export class FaqDialog extends ComponentDialog {
  private stateConfiguration: unknown;
  private readonly waterfall: WaterfallDialog;
  /** The dialog set `run` uses, for the bot's dialog-state property. */
  private ownSet?: { dialogState: StatePropertyAccessor; set: DialogSet };

  constructor(
    private readonly engine: FaqEngine,
    private readonly memory: StatePropertyAccessor<FaqMemory>,
    private readonly onOutcome: OutcomeListener = () => undefined,
    private readonly feedback?: FeedbackLog,
  ) {
    super('faq');
    this.waterfall = new WaterfallDialog(ASK, [this.askStep.bind(this), this.pickStep.bind(this)]);
    this.addDialog(this.waterfall);
    this.initialDialogId = ASK;
  }

  /** Runs the dialog for one turn: continues an open did-you-mean or starts a new question. */
  async run(context: TurnContext, dialogState: StatePropertyAccessor): Promise<void> {
    // Most turns are a question answered in one go: with no prompt open, they are answered here,
    // and only a "Did you mean" (which waits for the next message) goes through the dialog stack.
    const state = (await dialogState.get(context, { dialogStack: [] })) as { dialogStack?: unknown[] };
    if (state.dialogStack?.length) {
      // A message that is not a pick of the open "Did you mean" is a new question: the prompt is
      // closed (nothing in this dialog runs on cancel) and the question answered like any other.
      const memory = await this.memory.get(context, {});
      if (memory.offered && pick(context.activity.text ?? '', this.offeredEntries(memory.offered)) === undefined) {
        delete memory.offered;
        state.dialogStack = [];
      }
    }
    if (!state.dialogStack?.length && (await this.respond(context))) return;
    // botbuilder-dialogs rebuilds its memory-scope configuration for every turn, which is costly; it
    // holds no turn data, so it is built once and handed to each turn, as the SDK's DialogManager does.
    if (this.stateConfiguration) context.turnState.set(DIALOG_STATE_MANAGER_CONFIGURATION, this.stateConfiguration);
    const dc = await this.setFor(dialogState).createContext(context);
    this.stateConfiguration ??= context.turnState.get(DIALOG_STATE_MANAGER_CONFIGURATION) as unknown;
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(ASK);
  }

  /**
   * The bot runs the waterfall straight from its own dialog set: one dialog context per turn
   * instead of two (each costs botbuilder-dialogs a memory-scope manager). This component is in
   * the set too, so a prompt saved inside it by an earlier version still continues.
   */
  private setFor(dialogState: StatePropertyAccessor): DialogSet {
    if (this.ownSet?.dialogState !== dialogState) {
      const set = new DialogSet(dialogState);
      set.add(this.waterfall);
      set.add(this);
      this.ownSet = { dialogState, set };
    }
    return this.ownSet.set;
  }

  /** The entries of the open "Did you mean" that still exist in the knowledge. */
  private offeredEntries(offered: FaqMemory['offered']): Entry[] {
    return (offered?.options ?? []).map((o) => this.engine.entry(o.id)).filter((e): e is Entry => e !== undefined);
  }

  /**
   * Reads the message and answers it, unless the answer is a "Did you mean" (which needs the
   * dialog stack to wait for the pick): then it returns false and leaves the reply for `askStep`.
   */
  private async respond(context: TurnContext): Promise<boolean> {
    const memory = await this.memory.get(context, {});
    const verdict = feedbackOf(context.activity, memory.lastEntryId);
    if (verdict) {
      await this.recordFeedback(verdict);
      const text = verdict.feedback === 'helpful' ? messages.feedbackThanks : `${messages.feedbackSorry}\n\n${contactLines(this.engine)}`;
      await context.sendActivity(text);
      return true;
    }
    const query = context.activity.text ?? '';
    const reply = this.engine.ask(query, memory.lastEntryId ? { lastEntryId: memory.lastEntryId } : {});
    await sendFaqTrace(context, reply, this.engine.knowledge.version, memory.turns);
    switch (reply.kind) {
      case 'empty':
        await context.sendActivity(messages.emptyMessage);
        break;
      case 'smallTalk':
        await this.smallTalk(context, reply.intent, memory);
        break;
      case 'answer':
        await this.answer(context, reply.candidate.entry, memory);
        return true;
      case 'didYouMean':
        context.turnState.set(PENDING_REPLY, reply);
        return false;
      case 'fallback':
        await context.sendActivity(fallbackReply(context, this.engine));
        await this.recordUnanswered('fallback', query, reply.match.candidates);
        break;
    }
    await this.onOutcome(context, { kind: reply.kind, reply });
    return true;
  }

  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const context = step.context;
    const take = () => {
      const pending = context.turnState.get(PENDING_REPLY) as Extract<FaqReply, { kind: 'didYouMean' }> | undefined;
      context.turnState.delete(PENDING_REPLY);
      return pending;
    };
    // Worked out by `run` before the stack started, or now (a new question asked instead of a pick).
    const reply = take() ?? ((await this.respond(context)) ? undefined : take());
    if (!reply) return step.endDialog();
    const options = reply.candidates.map((c) => c.entry);
    await context.sendActivity(didYouMeanReply(context, options));
    const memory = await this.memory.get(context, {});
    // The question is kept for a "None of these", redacted: conversation state may be stored outside this process.
    memory.offered = { options: reply.candidates.map((c) => ({ id: c.entry.id, confidence: c.confidence })), query: redact(context.activity.text ?? '') };
    await this.onOutcome(context, { kind: 'didYouMean', reply });
    return Dialog.EndOfTurn;
  }

  private async pickStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const context = step.context;
    const memory = await this.memory.get(context, {});
    const offered = memory.offered;
    delete memory.offered;
    const options = this.offeredEntries(offered);
    const picked = pick(context.activity.text ?? '', options);
    if (picked === 'none') {
      await context.sendActivity(fallbackReply(context, this.engine, true));
      const nearest = options.map((entry) => ({ entry, confidence: offered?.options.find((o) => o.id === entry.id)?.confidence ?? 0 }));
      await this.recordUnanswered('noneOfThese', offered?.query ?? '', nearest);
      await this.onOutcome(context, { kind: 'noneOfThese' });
      return step.endDialog();
    }
    if (picked) {
      await this.answer(context, picked, memory, 'choice');
      return step.endDialog();
    }
    // Not a pick: a new question. (`run` answers those without the stack; they come here when a
    // host runs this dialog itself, or from a prompt opened before the options were kept in memory.)
    return step.replaceDialog(ASK);
  }

  private async recordUnanswered(kind: 'fallback' | 'noneOfThese', query: string, candidates: Array<{ entry: Entry; confidence: number }>): Promise<void> {
    if (!this.feedback || !query.trim()) return;
    const nearest = candidates.slice(0, 3).map((c) => ({ id: c.entry.id, confidence: c.confidence }));
    await this.feedback.record({ kind, query, candidates: nearest, knowledgeVersion: this.engine.knowledge.version });
  }

  private async recordFeedback(verdict: FeedbackValue): Promise<void> {
    await this.feedback?.record({ kind: verdict.feedback, entryId: verdict.entryId, knowledgeVersion: this.engine.knowledge.version });
  }

  private async answer(context: TurnContext, entry: Entry, memory: FaqMemory, kind: TurnOutcome['kind'] = 'answer'): Promise<void> {
    await context.sendActivity(answerReply(context, this.engine, entry));
    memory.lastEntryId = entry.id;
    await this.memory.set(context, memory);
    await this.onOutcome(context, { kind, entryId: entry.id });
  }

  private async smallTalk(context: TurnContext, intent: string, memory: FaqMemory): Promise<void> {
    if (intent === 'help') {
      await context.sendActivity(messageWithButtons(context, messages.help, topicButtons(this.engine)));
    } else if (intent === 'cancel') {
      delete memory.lastEntryId;
      await this.memory.set(context, memory);
      await context.sendActivity(messageWithButtons(context, messages.startOver, topicButtons(this.engine)));
    } else if (intent === 'more') {
      const last = memory.lastEntryId ? this.engine.entry(memory.lastEntryId) : undefined;
      const next = last ? this.engine.followUps(last) : [];
      if (!last) await context.sendActivity(messageWithButtons(context, messages.help, topicButtons(this.engine)));
      else if (next.length === 0) await context.sendActivity(messageWithButtons(context, messages.nothingMore, topicButtons(this.engine)));
      else await context.sendActivity(messageWithButtons(context, `${messages.more(last.title)}\n\n${next.map((e) => `- ${e.question}`).join('\n')}`, entryButtons(next)));
    } else if (intent === 'repeat') {
      const last = memory.lastEntryId ? this.engine.entry(memory.lastEntryId) : undefined;
      await context.sendActivity(last ? answerReply(context, this.engine, last) : messages.nothingToRepeat);
    } else {
      const text = messages.smallTalk[intent as keyof typeof messages.smallTalk] ?? messages.smallTalk.acknowledge;
      await context.sendActivity(text);
    }
  }
}

/** Which did-you-mean option a message picks: by its question, its title, or its number. */
export function pick(text: string, options: Entry[]): Entry | 'none' | undefined {
  const said = text.trim().toLowerCase().replace(/[.!?]+$/, '');
  if (said === messages.noneOfThese.toLowerCase() || /^(none|neither|no|nope|none of (?:these|them|those))$/.test(said)) return 'none';
  const byNumber = /^#?(\d)$/.exec(said);
  if (byNumber) return options[Number(byNumber[1]) - 1];
  return options.find((e) => [e.question, e.title].some((t) => t.toLowerCase().replace(/[.!?]+$/, '') === said));
}

