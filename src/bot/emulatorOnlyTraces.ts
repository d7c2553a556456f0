import { ActivityTypes, Channels, type Middleware, type TurnContext } from 'botbuilder';

/**
 * Keeps trace activities for Bot Framework Emulator only. The SDK drops traces on other channels in
 * normal delivery, but returns them with the replies of an `expectReplies` request whatever the
 * channel, and botbuilder-dialogs' `runDialog` sends a "BotState" trace with a snapshot of the turn's
 * memory (the user's text included) on every turn. What a user typed must not travel further than
 * the developer's own Emulator. Works through the turn's public `onSendActivities` hook.
 */
export const emulatorOnlyTraces: Middleware = {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (context.activity.channelId !== Channels.Emulator) {
      context.onSendActivities(async (_context, activities, send) => {
        for (let i = activities.length - 1; i >= 0; i -= 1) {
          if (activities[i]?.type === ActivityTypes.Trace) activities.splice(i, 1);
        }
        // The adapter refuses an empty batch: a batch of traces alone is simply not sent.
        return activities.length > 0 ? send() : [];
      });
    }
    await next();
  },
};
