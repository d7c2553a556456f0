import { describe, expect, it } from 'vitest';
import { createConversation, rightToLeft, type ConversationMemory, type TurnPlan } from '../../src/conversation/conversation.js';
import { localeWords, wordsOf } from '../../src/conversation/locales/index.js';
import { messages } from '../../src/conversation/messages.js';
import { createFaqEngine } from '../../src/faq/faqEngine.js';
import { detectLanguage, wordsOfKnowledge, wordsOfTranslations } from '../../src/i18n/detectLanguage.js';
import { languageOfLocale, type Language, type UiLanguage } from '../../src/i18n/languages.js';
import { fixtureKnowledge, fixtureKnowledgeWithPersian, LIVE_KNOWLEDGE, post, startBot, userMessage } from '../helpers.js';
import { loadKnowledge } from '../../src/faq/knowledgeLoader.js';
import { smallTalkIn } from '../../src/i18n/smallTalk.js';

/** Text without the right-to-left marks the conversation adds for Arabic and Persian. */
const plain = (text: string) => text.replace(/\u200f/g, '');

describe('the language of a message', () => {
  it.each([
    ['من نویسنده هستم و در خطرم، چه کمکی می‌توانید بکنید؟', 'fa'],
    ['أنا صحفي وأتعرض للتهديد، كيف يمكنكم مساعدتي؟', 'ar'],
    ['Я журналист, мне угрожают. Чем вы можете помочь?', 'ru'],
    ['Я журналістка, мені погрожують. Чим ви можете допомогти?', 'uk'],
    ['¿Cómo puede mi ciudad unirse a la red?', 'es'],
    ['Comment ma ville peut-elle rejoindre le réseau ?', 'fr'],
    ['Wie kann meine Stadt dem Netzwerk beitreten?', 'de'],
    ['Hvordan kan byen min bli med i nettverket?', 'nb'],
    ['Como a minha cidade pode aderir à rede?', 'pt'],
    ['gazeteciyim ve tehdit ediliyorum, yardım edin', 'tr'],
    ['Sono un giornalista minacciato, potete aiutarmi?', 'other'],
    ['我是记者，我受到威胁', 'other'],
    ['How can my city join?', 'en'],
    ['i am journalist not writer, icorn can help me also?', 'en'],
    ['vision statement?', 'en'],
    ['mission bullet points', 'en'],
    // "was" is English and German: half English words, three or more, and the detector decides.
    ['Was ist ICORN?', 'de'],
    ['Was kostet die Mitgliedschaft?', 'de'],
    ['exectuive director', 'en'],
  ])('reads %j as %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('counts the knowledge\'s own words as English, and does not guess from a word or two', () => {
    expect(detectLanguage('helge lunde email', (w) => ['helge', 'lunde'].includes(w))).toBe('en');
    expect(detectLanguage('hola')).toBeUndefined();
    expect(detectLanguage('?!')).toBeUndefined();
  });

  it('reads a short message by the words of the translated knowledge, and leaves to the conversation what English shares with a translation', () => {
    const knowledge = loadKnowledge(LIVE_KNOWLEDGE);
    const english = wordsOfKnowledge(knowledge);
    const translated = wordsOfTranslations(knowledge);
    const read = (text: string) => detectLanguage(text, (w) => english.has(w), undefined, (w) => translated.get(w) ?? []);
    expect(
      ['correo de contacto', 'plan strategique 2024-2028', "Quel est le site internet d'ICORN ?", 'hay ciudades de icorn en america', 'Comment écrire directement à Helge Lunde ?'].map(read),
    ).toEqual(['es', 'fr', 'fr', 'es', 'fr']);
    // As many words of a translation as words it does not know: the detector decides.
    expect(read('¿Quién financia ICORN?')).toBe('es');
    // Names alone, words English shares with a translation, and a tie tell nothing.
    expect(['icorn', 'vision', 'site internet', 'helge lunde email', 'see ya!'].map(read)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    // The names of services are written the same in every language.
    expect(['icorn twitter instagram', 'icorn facebook whatsapp'].map(read)).toEqual([undefined, undefined]);
    expect(read('icorn instagram oder facebook?')).toBe('de');
    // "tel" is English's abbreviation as much as French's: alone beside a name it tells nothing, beside a French word French.
    expect(['icorn tel', 'tel icorn', 'tel icorn svp', 'numero de tel icorn'].map(read)).toEqual([undefined, undefined, 'fr', 'fr']);
    expect(['what is the vision of icorn', 'mission bullet points', 'helge lunde email address pls'].map(read)).toEqual(['en', 'en', 'en']);
  });

  it('tells Persian from Arabic in the letters both write by the words of their knowledge, and falls back on the conversation\'s language', () => {
    const knowledge = loadKnowledge(LIVE_KNOWLEDGE);
    const translated = wordsOfTranslations(knowledge);
    const read = (text: string, previous?: Language) => detectLanguage(text, () => false, previous, (w) => translated.get(w) ?? []);
    // No letter of one language alone: "شماره" (number) and "تعداد" (count) are Persian words, "رقم" and "الهاتف" Arabic ones.
    expect(['شماره تلفن', 'شماره تماس', 'رقم الهاتف'].map((text) => read(text))).toEqual(['fa', 'fa', 'ar']);
    // Words neither knowledge has: the conversation's language, else Arabic.
    expect([read('زززز ممممم', 'fa'), read('زززز ممممم')]).toEqual(['fa', 'ar']);
    // Persian typed on an Arabic keyboard (ي and ك, no ة or ى): two Persian words make it Persian; one
    // ("قولي نكته", Gulf Arabic for "tell me a joke") does not, nor does ة beside them.
    expect(['ايميل ايكورن رو ميشه بدين؟', 'ايكورن ميخواد شهرهاي بيشتري عضو كنه؟'].map((text) => read(text))).toEqual(['fa', 'fa']);
    expect(['قولي نكته', 'ايميل ايكورن رو ميشه بدين يا شبكة؟', 'ما هي رؤية الشبكة؟'].map((text) => read(text))).toEqual(['ar', 'ar', 'ar']);
  });

  it('answers a short message in the language its words tell, and one English shares with a translation in the conversation\'s language', () => {
    const engine = createFaqEngine(loadKnowledge(LIVE_KNOWLEDGE));
    const conversation = createConversation(engine);
    const told = conversation.respond('plan strategique 2024-2028', undefined, {});
    expect([told.language, told.outcome.kind]).toEqual(['fr', 'answer']);
    const frenchVision = engine.inLanguage('fr')!.entry('vision')!.answer.split('\n')[0]!;
    expect(conversation.respond('vision', undefined, { language: 'fr' }).say[0]?.text).toContain(frenchVision.slice(0, 40));
    expect(conversation.respond('vision', undefined, {}, 'fr-FR').say[0]?.text).toContain(frenchVision.slice(0, 40));
  });

  it('says which languages it answers in, in the language asked in, with a button for each that switches to it', () => {
    const conversation = createConversation(createFaqEngine(loadKnowledge(LIVE_KNOWLEDGE)));
    const plan = conversation.respond('what languages do you speak?', undefined, {});
    expect(plan.say[0]?.text).toContain('English, Arabic (العربية), Spanish (español), Persian (فارسی), and French (français)');
    const spanish = plan.say[0]!.buttons.find((b) => b.title === 'español')!;
    expect(conversation.respond(spanish.text, undefined, {}).language).toBe('es');
    // Asked in a translated language, the reply is in that language.
    expect(conversation.respond('¿Qué idiomas hablas?', undefined, { language: 'es' }).say[0]?.text).toMatch(/^Respondo a preguntas sobre ICORN en inglés \(English\), árabe/);
    expect(conversation.respond('Quelles langues parlez-vous ?', undefined, { language: 'fr' }).say[0]?.text).toMatch(/^Je réponds aux questions sur ICORN en anglais \(English\)/);
    expect(plain(conversation.respond('به چه زبان‌هایی صحبت می‌کنی؟', undefined, { language: 'fa' }).say[0]!.text)).toMatch(/^به پرسش‌ها دربارهٔ ICORN به این زبان‌ها پاسخ می‌دهم/);
  });

  it('names a topic the page never speaks of instead of a plain "no answer", in the language of the question', () => {
    const conversation = createConversation(createFaqEngine(loadKnowledge(LIVE_KNOWLEDGE)));
    const english = conversation.respond('can my wife come with me?', undefined, {});
    expect(english.say[0]?.text).toMatch(/^The page I answer from does not say anything about family members\.\n/);
    expect(english.say[0]?.text).toContain('icorn@icorn.org');
    expect(conversation.respond('¿Puedo ir con mis hijos?', undefined, {}).say[0]?.text).toMatch(/^La página en la que me baso no indica nada sobre los familiares\./);
  });

  it('switches when asked with the name in a phrase ("and in Spanish?", "en français svp"), and gives the last answer again in the new language', () => {
    const engine = createFaqEngine(loadKnowledge(LIVE_KNOWLEDGE));
    const conversation = createConversation(engine);
    const answered = conversation.respond('What is a residency?', undefined, {});
    expect(answered.outcome.kind === 'answer' ? answered.outcome.entryId : answered.outcome.kind).toBe('what-is-a-residency');
    const memory = { lastEntryId: 'what-is-a-residency' };
    const spanish = conversation.respond('and in Spanish?', undefined, memory);
    expect([spanish.language, spanish.outcome.kind]).toEqual(['es', 'language']);
    expect(spanish.say[0]?.text).toContain(engine.inLanguage('es')!.entry('what-is-a-residency')!.answer.slice(0, 60));
    expect(conversation.respond('en français svp', undefined, memory).language).toBe('fr');
    // Without an answer before it, the switch says what the bot can answer.
    expect(conversation.respond('and in Spanish?', undefined, {}).say[0]?.text).toContain(wordsOf('es').help.slice(0, 40));
    // Back to English the same way, with the topics as buttons.
    const english = conversation.respond('English', undefined, memory);
    expect([english.language, english.outcome.kind]).toEqual(['en', 'language']);
    expect(english.say[0]?.text).toContain(engine.entry('what-is-a-residency')!.answer.slice(0, 60));
    const fresh = conversation.respond('English', undefined, {});
    expect(fresh.say[0]?.text).toContain(messages.help.slice(0, 40));
    expect(fresh.say[0]?.buttons.length).toBeGreaterThan(0);
  });

  it('follows up in the translated languages as in English: "¿y su correo?" after the director, "¿cuáles?" after the count', () => {
    const engine = createFaqEngine(loadKnowledge(LIVE_KNOWLEDGE));
    const idOf = (reply: ReturnType<typeof engine.ask>) => (reply.kind === 'answer' || reply.kind === 'notStated' ? [reply.kind, reply.candidate.entry.id] : [reply.kind]);
    expect(idOf(engine.inLanguage('es')!.ask('¿y su correo?', { lastEntryId: 'executive-director' }))).toEqual(['answer', 'executive-director']);
    expect(idOf(engine.inLanguage('fr')!.ask('et son email ?', { lastEntryId: 'executive-director' }))).toEqual(['answer', 'executive-director']);
    expect(idOf(engine.inLanguage('es')!.ask('¿cuáles?', { lastEntryId: 'member-count' }))).toEqual(['notStated', 'member-count']);
    expect(idOf(engine.inLanguage('fr')!.ask('lesquelles ?', { lastEntryId: 'member-count' }))).toEqual(['notStated', 'member-count']);
    // Arabic and Persian write "his" as an ending.
    expect(idOf(engine.inLanguage('ar')!.ask('وما هو بريده الإلكتروني؟', { lastEntryId: 'executive-director' }))).toEqual(['answer', 'executive-director']);
    expect(idOf(engine.inLanguage('fa')!.ask('کدام‌ها؟', { lastEntryId: 'member-count' }))).toEqual(['notStated', 'member-count']);
  });

  it('reads the client locale', () => {
    expect(['es-ES', 'nb-NO', 'no', 'pt-BR', 'fa-IR', 'en-US', 'it-IT', undefined].map(languageOfLocale)).toEqual(['es', 'nb', 'nb', 'pt', 'fa', 'en', undefined, undefined]);
  });
});

/** A question in each of the ten languages the bot has words in, as a person would write it. */
const QUESTIONS: Record<Exclude<UiLanguage, 'en'>, string> = {
  es: 'Soy periodista y me amenazan. ¿Cómo puedo pedir una residencia?',
  fr: 'Je suis écrivain et je suis menacé. Comment puis-je demander une résidence ?',
  ar: 'أنا صحفي وأتعرض للتهديد. كيف يمكنني التقدم بطلب للحصول على إقامة؟',
  fa: 'من روزنامه‌نگار هستم و تهدید می‌شوم. چطور می‌توانم برای اقامت درخواست بدهم؟',
  ru: 'Я журналист, и мне угрожают. Как подать заявку на резиденцию?',
  uk: 'Я журналістка, і мені погрожують. Як подати заявку на резиденцію?',
  tr: 'Gazeteciyim ve tehdit ediliyorum. Bir konaklama programına nasıl başvurabilirim?',
  de: 'Ich bin Journalistin und werde bedroht. Wie kann ich mich für eine Residenz bewerben?',
  nb: 'Jeg er journalist og blir truet. Hvordan kan jeg søke om et opphold?',
  pt: 'Sou jornalista e estou sendo ameaçado. Como posso pedir uma residência?',
};

describe('a reply in the language of the question', () => {
  const conversation = createConversation(createFaqEngine(fixtureKnowledge()));
  const english = localeWords('en').nativeName;

  // Persian has translated knowledge in the fixture (below); the others have the bot's words only.
  it.each(Object.entries(QUESTIONS).filter(([language]) => language !== 'fa'))('%s: says in that language which languages it answers in, with the contacts, and offers English', (language, question) => {
    const words = localeWords(language as UiLanguage);
    const plan = conversation.respond(question, undefined, {});
    expect(plan.language).toBe(language);
    expect(plan.say[0]?.text.replace(/\u200f/g, '').startsWith(words.languagesOffered.replace('{language}', words.nativeName))).toBe(true);
    // Arabic and Persian paragraphs start with a right-to-left mark.
    expect(plan.say[0]?.text.startsWith('\u200f')).toBe(language === 'ar');
    expect(plan.say[0]?.text).toContain('icorn@icorn.org');
    expect(plan.say[0]?.text).toContain('+47 51507125');
    expect(plan.say[0]?.buttons.map((b) => b.text)).toEqual([english]);
    // Never an answer from the English knowledge.
    expect(plan.outcome.kind).toBe('language');
  });

  it('keeps the language for the conversation, takes the locale for a message too short to tell, and switches by name', () => {
    const memory: ConversationMemory = {};
    const remember = (plan: TurnPlan) => {
      if (plan.language) memory.language = plan.language;
      return plan;
    };
    remember(conversation.respond(QUESTIONS.ar, undefined, memory));
    expect(memory.language).toBe('ar');
    expect(remember(conversation.respond('ok', undefined, memory)).outcome.kind).toBe('language');
    // The button, or the language's name typed alone, switches.
    const back = remember(conversation.respond(english, undefined, memory));
    expect(memory.language).toBe('en');
    expect(back.say[0]?.text.startsWith(localeWords('en').switchedLanguage)).toBe(true);
    expect(conversation.respond('How do I contact ICORN?', undefined, memory).outcome.kind).toBe('answer');
    expect(remember(conversation.respond('español', undefined, memory)).language).toBe('es');
    expect(remember(conversation.respond('inglés', undefined, memory)).language).toBe('en');
    // A word or two in a Spanish client: the locale's language.
    expect(conversation.respond('hola', undefined, {}, 'es-ES').language).toBe('es');
    expect(conversation.respond('How do I contact ICORN?', undefined, {}, 'es-ES').outcome.kind).toBe('answer');
  });

  it('answers a language it has no words in with the English reply and the contacts, never an ICORN answer', () => {
    const plan = conversation.respond('Sono un giornalista minacciato, potete aiutarmi a trovare una residenza?', undefined, {});
    expect(plan.say[0]?.text.startsWith(messages.otherLanguage)).toBe(true);
    expect(plan.say[0]?.text).toContain('icorn@icorn.org');
    expect(plan.outcome.kind).toBe('language');
  });
});

describe('a language whose knowledge is translated (Persian, in the fixture)', () => {
  const knowledge = loadKnowledge(fixtureKnowledgeWithPersian());
  const conversation = createConversation(createFaqEngine(knowledge));
  const persian = knowledge.translations!.find((t) => t.language === 'fa')!;

  it('answers from the translation, in Persian, with the English original offered while it is not reviewed', () => {
    const plan = conversation.respond('ICORN چیست و چه می‌کند؟', undefined, {});
    expect(plan.language).toBe('fa');
    expect(plan.say[0]?.text).toBe(rightToLeft(persian.byId.get('what-is-icorn')!.answer));
    expect(plan.say[0]?.buttons.find((b) => b.original === 'what-is-icorn')?.title).toBe(wordsOf('fa').englishOriginal);
  });

  it.each([
    ['سلام', 'greeting'],
    ['ممنون', 'thanks'],
    ['خداحافظ', 'goodbye'],
    // About the bot itself: "تو رباتی؟" got where the page comes from.
    ['تو رباتی؟', 'areYouABot'],
    ['اسمت چیه', 'name'],
    ['حالت چطوره؟', 'howAreYou'],
  ] as const)('answers the small talk "%s" in Persian', (text, intent) => {
    const plan = conversation.respond(text, undefined, { language: 'fa' });
    expect(plan.outcome.kind).toBe('smallTalk');
    expect(plan.say[0]?.text).toBe(rightToLeft(wordsOf('fa').smallTalk[intent]));
  });

  it('knows the Persian commands for help and for starting over', () => {
    expect(conversation.respond('راهنما', undefined, { language: 'fa' }).say[0]?.text).toBe(rightToLeft(wordsOf('fa').help));
    expect(conversation.respond('از اول', undefined, { language: 'fa' }).say[0]?.text).toBe(rightToLeft(wordsOf('fa').startOver));
  });

  it('says what it cannot answer in Persian, with the contacts, never in English', () => {
    const plan = conversation.respond('هواشناسی فردا در تهران چطور است؟', undefined, { language: 'fa' });
    expect(plan.say[0]?.text.startsWith(rightToLeft(wordsOf('fa').fallback))).toBe(true);
    expect(plan.say[0]?.text).toContain('icorn@icorn.org');
  });
});

describe('through the running bot', () => {
  it('keeps the language of a Persian conversation in its state, and answers in English after the switch', async () => {
    const bot = await startBot({ KNOWLEDGE_DIR: fixtureKnowledgeWithPersian() });
    try {
      const persian = bot.app.engine.knowledge.translations!.find((t) => t.language === 'fa')!;
      const first = await post(bot.url, userMessage('ICORN چیست و چه می‌کند؟', 'conv-fa', { channelId: 'webchat', locale: 'fa-IR' }));
      expect(String(first.body.activities?.find((a) => a['type'] === 'message')?.['text'] ?? '')).toBe(rightToLeft(persian.byId.get('what-is-icorn')!.answer));
      const second = await post(bot.url, userMessage('باشه', 'conv-fa', { channelId: 'webchat' }));
      expect(String(second.body.activities?.find((a) => a['type'] === 'message')?.['text'] ?? '')).toMatch(/\p{Script=Arabic}/u);
      await post(bot.url, userMessage('English', 'conv-fa', { channelId: 'webchat' }));
      const third = await post(bot.url, userMessage('How do I contact ICORN?', 'conv-fa', { channelId: 'webchat' }));
      expect(String(third.body.activities?.find((a) => a['type'] === 'message')?.['text'] ?? '')).toBe(bot.app.engine.entry('contact')?.answer);
    } finally {
      await bot.close();
    }
  });
});

describe('questions about the bot itself, in the translated languages', () => {
  const none = { help: [], startOver: [] };
  it.each([
    ['es', '¿Cuál es tu nombre?', 'name'],
    ['es', '¿Eres un bot?', 'areYouABot'],
    ['es', '¿Quién te creó?', 'creator'],
    ['es', '¿Cómo estás?', 'howAreYou'],
    ['fr', 'Comment tu t’appelles ?', 'name'],
    ['fr', 'Vous êtes un robot ?', 'areYouABot'],
    ['fr', "Qui t'a créé ?", 'creator'],
    ['ar', 'ما اسمك؟', 'name'],
    ['ar', 'هل انت روبوت؟', 'areYouABot'],
    ['ar', 'باي', 'goodbye'],
    ['fa', 'کی تو رو ساخته؟', 'creator'],
  ] as const)('in %s, reads "%s" as %s', (language, text, intent) => {
    expect(smallTalkIn(language, text, none)).toBe(intent);
  });

  it.each([
    ['es', '¿Cuál es el nombre completo de ICORN?'],
    ['fr', 'Quel est le nom du directeur ?'],
    ['ar', 'ما اسم مدير الشبكة؟'],
  ] as const)('in %s, leaves "%s" to the knowledge', (language, text) => {
    expect(smallTalkIn(language, text, none)).toBeUndefined();
  });

  it('answers "¿Cuál es tu nombre?" in Spanish with its own words, not with what ICORN is', () => {
    const conversation = createConversation(createFaqEngine(loadKnowledge(LIVE_KNOWLEDGE)));
    const plan = conversation.respond('¿Cuál es tu nombre?', undefined, { language: 'es' });
    expect([plan.outcome.kind, plan.say[0]?.text]).toEqual(['smallTalk', wordsOf('es').smallTalk.name]);
  });
});
