import { Ajv, type ErrorObject } from 'ajv';

/** Lengths past which a field is not a real Bot Framework activity. */
const ID = { type: 'string', maxLength: 1024 } as const;
const SHORT = { type: 'string', maxLength: 256 } as const;

const channelAccount = {
  type: 'object',
  properties: { id: ID, name: SHORT, aadObjectId: SHORT, role: SHORT },
} as const;

/**
 * An entity: a mention must say whom it mentions and how (the SDK's mention removal reads
 * `mentioned.id` and `text` of every mention, and throws on a mention without them).
 */
const entity = {
  type: 'object',
  if: { properties: { type: { const: 'mention' } }, required: ['type'] },
  then: {
    required: ['mentioned', 'text'],
    properties: { mentioned: { type: 'object', required: ['id'], properties: { id: ID } }, text: { type: 'string', maxLength: 1024 } },
  },
} as const;

/**
 * The shape every incoming activity must have before it reaches the adapter. Bot Framework
 * activities carry many optional fields; those the bot reads are checked for type and size.
 */
const activitySchema = {
  type: 'object',
  required: ['type', 'conversation'],
  properties: {
    type: { type: 'string', minLength: 1, maxLength: 64 },
    id: ID,
    timestamp: SHORT,
    localTimestamp: SHORT,
    serviceUrl: { type: 'string', maxLength: 2048 },
    channelId: { type: 'string', minLength: 1, maxLength: 64 },
    from: channelAccount,
    recipient: channelAccount,
    conversation: {
      type: 'object',
      required: ['id'],
      properties: {
        id: { type: 'string', minLength: 1, maxLength: 1024 },
        conversationType: SHORT,
        tenantId: SHORT,
        isGroup: { type: 'boolean' },
        name: SHORT,
      },
    },
    text: { type: 'string', maxLength: 100_000 },
    textFormat: SHORT,
    locale: SHORT,
    replyToId: ID,
    deliveryMode: { type: 'string', maxLength: 32 },
    name: SHORT,
    membersAdded: { type: 'array', maxItems: 256, items: channelAccount },
    membersRemoved: { type: 'array', maxItems: 256, items: channelAccount },
    attachments: { type: 'array', maxItems: 64, items: { type: 'object' } },
    entities: { type: 'array', maxItems: 64, items: entity },
    suggestedActions: { type: 'object' },
    channelData: { type: 'object' },
  },
} as const;

/**
 * What every channel puts on every activity, checked once the fields have the right types: the
 * channel, who sent it and to whom, and where replies go. Teams, Web Chat (Azure's Direct Line and
 * the local bridge), the Emulator and the Agents Playground all send these; without them the SDK
 * fails inside the turn (a user gets an apology instead of a 400 saying what is wrong).
 */
const account = { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1 } } } as const;
const envelopeSchema = {
  type: 'object',
  required: ['channelId', 'serviceUrl', 'from', 'recipient'],
  properties: { serviceUrl: { type: 'string', minLength: 1 }, from: account, recipient: account },
} as const;

const ajv = new Ajv({ allErrors: false, strict: false });
const validate = ajv.compile(activitySchema);
const validateEnvelope = ajv.compile(envelopeSchema);

/** Checks an incoming body. Returns a short reason a client can act on, or undefined when it is valid. */
export function activityProblem(body: unknown): string | undefined {
  if (!validate(body)) return describe(validate.errors?.[0]);
  if (!validateEnvelope(body)) return describe(validateEnvelope.errors?.[0]);
  return undefined;
}

function describe(error: ErrorObject | null | undefined): string {
  if (!error) return 'not a valid activity';
  const field = error.instancePath.replace(/^\//, '').replace(/\//g, '.') || 'activity';
  switch (error.keyword) {
    case 'required':
      return `${field === 'activity' ? '' : `${field}.`}${String(error.params['missingProperty'])} is required`;
    case 'type':
      return `${field} must be ${field === 'activity' ? 'a JSON object' : `of type ${String(error.params['type'])}`}`;
    case 'maxLength':
    case 'maxItems':
      return `${field} is too long`;
    case 'minLength':
      return `${field} must not be empty`;
    default:
      return `${field} is invalid`;
  }
}
