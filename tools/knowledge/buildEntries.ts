import type { Entry } from '../../src/faq/types.js';
import { clean, type PageLink, type PageModel, type PageSection } from './pageParser.js';

/** An entry as the importer makes it: everything but where it was loaded from. */
export type PageEntry = Omit<Entry, 'origin'> & { source: NonNullable<Entry['source']> };

/** Contact details read from the page's buttons. */
export interface PageContacts {
  website?: { label: string; url: string };
  email?: string;
  director?: { name: string; role: string; email?: string };
  phone?: string;
}

/** Reads the contact buttons: the website link, the general and the director's `mailto:`, the phone. */
export function readContacts(links: PageLink[]): PageContacts {
  const contacts: PageContacts = {};
  for (const link of links) {
    const href = link.href ?? '';
    if (/^https?:\/\//i.test(href)) {
      contacts.website ??= { label: displayUrl(href), url: href };
    } else if (/^mailto:/i.test(href)) {
      const email = href.replace(/^mailto:/i, '').split('?')[0] ?? '';
      const role = /(executive director|director|president|chair\w*|coordinator|manager)\s*$/i.exec(link.label);
      if (role) {
        const name = titleCase(link.label.slice(0, role.index).replace(/^(mr|mrs|ms|dr)\.?\s+/i, ''));
        contacts.director = { name: clean(name), role: titleCase(role[1] as string), email };
      } else {
        contacts.email ??= email;
      }
    } else if (/^\+?[\d\s().-]{6,}$/.test(link.label)) {
      contacts.phone ??= link.label;
    }
  }
  return contacts;
}

/** "www.icorn.org" for "http://www.icorn.org/". */
function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}

/** "HELGE LUNDE, EXECUTIVE DIRECTOR OF ICORN" -> "Helge Lunde, Executive Director of ICORN". */
export function titleCase(text: string): string {
  const keep = new Set(['ICORN']);
  const small = new Set(['of', 'and', 'the', 'for', 'in']);
  return clean(text)
    .split(' ')
    .map((word, index) => {
      if (keep.has(word.replace(/[^A-Za-z]/g, ''))) return word;
      const lower = word.toLowerCase();
      if (index > 0 && small.has(lower)) return lower;
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join(' ');
}

/** Markdown contact lines, for answers that point people to ICORN. */
export function contactLines(contacts: PageContacts): string[] {
  const lines: string[] = [];
  if (contacts.email) lines.push(`- Email: [${contacts.email}](mailto:${contacts.email})`);
  if (contacts.phone) lines.push(`- Phone: **${contacts.phone}**`);
  if (contacts.website) lines.push(`- Website: [${contacts.website.label}](${contacts.website.url})`);
  return lines;
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z“"])/).map(clean).filter(Boolean);
}

function section(page: PageModel, heading: RegExp): PageSection | undefined {
  return page.sections.find((s) => heading.test(s.heading));
}

function withPeriod(text: string): string {
  return /[.!?:]$/.test(text) ? text : `${text}.`;
}

function bullets(items: string[]): string {
  return items.map((item) => `- ${withPeriod(item.charAt(0).toUpperCase() + item.slice(1))}`).join('\n');
}

/** How each key project becomes an entry: matched by its words, with the questions people ask. */
const PROJECT_SPECS: Array<{ pattern: RegExp; id: string; title: string; question: string; alternates: string[] }> = [
  {
    pattern: /support .*protective residencies/i,
    id: 'project-residencies',
    title: 'Supporting residents',
    question: 'Will ICORN keep supporting writers at risk through residencies?',
    alternates: ['Is ICORN still offering protective residencies?', 'Continued support to writers, artists and journalists'],
  },
  {
    pattern: /expansion of the network/i,
    id: 'project-expansion',
    title: 'Growing the network',
    question: 'Is the ICORN network growing?',
    alternates: ['Does ICORN plan to add more cities?', 'Expansion of the network of cities of refuge', 'Will there be more residencies in the future?'],
  },
  {
    pattern: /retention of existing/i,
    id: 'project-retention',
    title: 'Keeping member cities',
    question: 'How does ICORN keep its existing cities of refuge?',
    alternates: ['Retention of existing cities', 'Anchoring the ICORN programme in member cities'],
  },
  {
    pattern: /cooperation with our partners/i,
    id: 'project-cooperation',
    title: 'Working with partners',
    question: 'Does ICORN cooperate with sister organisations?',
    alternates: ['Cooperation with partners and sister organisations', 'Which organisations does ICORN cooperate with on projects?'],
  },
  {
    pattern: /relocation/i,
    id: 'project-relocation',
    title: 'Relocation and visas',
    question: 'Does ICORN help with the legal side of relocation, like visas?',
    alternates: [
      'Does ICORN help with visas and residence permits?',
      'Legal and administrative practicalities of relocation',
      'Help with moving to a city of refuge',
      'Does ICORN handle immigration paperwork?',
    ],
  },
  {
    pattern: /strategic plan/i,
    id: 'project-strategic-plan',
    title: 'Strategic plan',
    question: "What is ICORN's strategic plan?",
    alternates: ['Is there a new strategic plan?', 'Strategic plan 2024-2028', "What are ICORN's plans for the future?"],
  },
];

/** A stable id for a key project the specs do not know: its first meaningful words. */
function projectId(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 3 && !['continued', 'with', 'work', 'working', 'through', 'icorn'].includes(w))
    .slice(0, 4)
    .join('-');
  return `project-${slug || 'unnamed'}`;
}

/**
 * Builds the page's entries. Each answer is drawn from the page's words; where the page is silent
 * on something people ask (how a city joins, how a writer applies) the entry says what the page
 * does say and points to the contacts, and invents nothing.
 */
export function buildEntries(page: PageModel): PageEntry[] {
  const entries: PageEntry[] = [];
  const contacts = readContacts(page.links);
  const reachOut = contactLines(contacts);
  const source = (sectionName: string) => ({ section: sectionName, url: page.url, modified: page.modified });
  const add = (entry: Omit<PageEntry, 'alternates' | 'followUps'> & Partial<Pick<PageEntry, 'alternates' | 'followUps'>>) =>
    entries.push({ alternates: [], followUps: [], ...entry });

  const intro = sentences(page.intro);
  const size = intro.find((s) => /made up of|members? include/i.test(s));
  const commitment = intro.find((s) => /commits? to/i.test(s));
  const common = intro.find((s) => /common mission|partnerships/i.test(s));

  if (size || commitment) {
    add({
      id: 'what-is-icorn',
      topic: 'about',
      title: 'What is ICORN?',
      question: 'What is ICORN?',
      alternates: [
        'What does ICORN stand for?',
        'What is the International Cities of Refuge Network?',
        'Tell me about ICORN',
        'What does ICORN do?',
        'ICORN',
        'What is a city of refuge?',
      ],
      answer: [
        '**ICORN** is the **International Cities of Refuge Network**.',
        [size, commitment].filter(Boolean).join(' '),
      ].join('\n\n'),
      followUps: ['member-count', 'who-can-get-a-residency', 'how-to-join'],
      source: source('Introduction'),
    });
  }
  if (size) {
    add({
      id: 'member-count',
      topic: 'membership',
      title: 'How many members?',
      question: 'How many cities are members of ICORN?',
      alternates: [
        'How big is the network?',
        'How many member cities are there?',
        'Which countries and regions are in the network?',
        'Where are the cities of refuge?',
        'Is my country part of ICORN?',
        'Number of cities',
      ],
      answer: `${size}\n\nThe page does not list the individual cities; the [ICORN website](${contacts.website?.url ?? page.url}) has the current members.`,
      followUps: ['member-commitment', 'how-to-join'],
      source: source('Introduction'),
    });
  }
  if (commitment) {
    add({
      id: 'member-commitment',
      topic: 'membership',
      title: 'What members commit to',
      question: 'What does a member city commit to?',
      alternates: [
        'What are the obligations of a city of refuge?',
        'What does a city have to do as a member?',
        'What do member cities provide?',
        'Responsibilities of member cities',
      ],
      answer: commitment,
      followUps: ['how-to-join', 'common-mission'],
      source: source('Introduction'),
    });
    add({
      id: 'how-to-join',
      topic: 'membership',
      title: 'How a city joins',
      question: 'How can my city join ICORN?',
      alternates: [
        'How does a city become a member?',
        'Can our municipality join the network?',
        'How do we become a city of refuge?',
        'Membership application for cities',
        'What does it take for a town to join?',
        'Join ICORN',
      ],
      answer: [
        'The page does not describe how a city joins. What it does say:',
        commitment,
        'To ask about membership, contact ICORN:',
        reachOut.join('\n'),
      ].join('\n\n'),
      followUps: ['member-commitment', 'member-count', 'contact'],
      source: source('Introduction; Contact information'),
    });
    add({
      id: 'who-can-get-a-residency',
      topic: 'residencies',
      title: 'Who residencies are for',
      question: 'Who can get a residency?',
      alternates: [
        'Who are the residencies for?',
        'Who does ICORN help?',
        'Can a journalist get help from ICORN?',
        'I am a writer at risk, can ICORN help me?',
        'Does ICORN help artists who are persecuted?',
        'Is there support for journalists in danger?',
        'Who is eligible for a residency?',
      ],
      answer: [
        commitment,
        'ICORN offers spaces where **writers, artists, and journalists at risk** can express themselves freely and continue their professional activities in a safe environment.',
      ].join('\n\n'),
      followUps: ['how-to-apply', 'what-is-a-residency'],
      source: source('Introduction; Principal objectives'),
    });
    add({
      id: 'how-to-apply',
      topic: 'residencies',
      title: 'How to apply',
      question: 'How do I apply for a residency?',
      alternates: [
        'How can a writer apply to ICORN?',
        'How do I get a residency?',
        'Application for a protective residency',
        'I need help, how do I apply?',
        'Can I apply as a journalist at risk?',
        'Apply for help',
      ],
      answer: [
        'The page does not describe how to apply. It says each ICORN city provides temporary protective residencies for writers, artists, and journalists at risk.',
        'Please contact ICORN directly:',
        reachOut.join('\n'),
        'If you are in immediate danger, contact local emergency services first.',
      ].join('\n\n'),
      followUps: ['who-can-get-a-residency', 'contact'],
      source: source('Introduction; Contact information'),
    });
  }

  const objectives = section(page, /objective/i);
  const objectiveSentences = sentences(objectives?.paragraphs.join(' ') ?? '');
  const spaces = objectiveSentences.find((s) => /offers spaces/i.test(s));
  if (spaces) {
    add({
      id: 'what-is-a-residency',
      topic: 'residencies',
      title: 'What a residency offers',
      question: 'What is a protective residency?',
      alternates: [
        'What do residents get?',
        'What does a residency offer?',
        'What happens during a residency?',
        'Can I keep working during the residency?',
        'Temporary protective residencies',
      ],
      answer: [
        commitment ?? '',
        spaces,
      ].filter(Boolean).join('\n\n'),
      followUps: ['who-can-get-a-residency', 'how-to-apply'],
      source: source('Introduction; Principal objectives'),
    });
  }
  if (common) {
    add({
      id: 'common-mission',
      topic: 'about',
      title: 'Cities of Refuge mission',
      question: 'What is the common mission of the ICORN Cities of Refuge?',
      alternates: [
        'What do the cities of refuge do together?',
        'Why do cities join ICORN?',
        'What difference do the cities make?',
      ],
      answer: common,
      followUps: ['mission', 'partners'],
      source: source('Introduction'),
    });
  }

  const vision = section(page, /vision/i);
  if (vision && vision.paragraphs.length > 0) {
    const visionSentences = sentences(vision.paragraphs.join(' '));
    add({
      id: 'vision',
      topic: 'mission',
      title: 'Vision',
      question: "What is ICORN's vision?",
      alternates: ['Vision', 'What does ICORN hope to achieve?', 'What does ICORN believe in?', 'Why does ICORN exist?'],
      answer: visionSentences.slice(0, 1).concat(visionSentences.slice(3)).join(' '),
      followUps: ['mission', 'principal-objective'],
      source: source('Vision'),
    });
    const why = visionSentences.slice(1, 3);
    if (why.length > 0) {
      add({
        id: 'why-it-matters',
        topic: 'mission',
        title: 'Why it matters',
        question: 'Why is protecting writers and artists important?',
        alternates: [
          'Why does freedom of expression matter?',
          'Why should cities protect journalists?',
          'Why support persecuted artists?',
        ],
        answer: why.join(' '),
        followUps: ['vision', 'mission'],
        source: source('Vision'),
      });
    }
  }

  const mission = section(page, /^mission/i);
  if (mission) {
    const lead = mission.paragraphs.join(' ').replace(/\s*to$/, ' to:');
    add({
      id: 'mission',
      topic: 'mission',
      title: 'Mission',
      question: "What is ICORN's mission?",
      alternates: [
        'What are the three aims of ICORN?',
        'Mission',
        'What does ICORN want to do?',
        'What is ICORN working for?',
      ],
      answer: `${withPeriod(lead).replace(/:\.$/, ':')}\n\n${bullets(mission.items)}`,
      followUps: ['vision', 'principal-objective'],
      source: source('Mission'),
    });
  }
  if (objectives && objectiveSentences.length > 0) {
    add({
      id: 'principal-objective',
      topic: 'mission',
      title: 'Principal objective',
      question: "What is ICORN's principal objective?",
      alternates: ['What is the main goal of ICORN?', 'Principal objectives', 'What is ICORN trying to achieve?'],
      answer: objectiveSentences.join(' '),
      followUps: ['mission', 'key-projects'],
      source: source('Principal objectives'),
    });
  }

  const projects = section(page, /project/i);
  if (projects && projects.items.length > 0) {
    add({
      id: 'key-projects',
      topic: 'projects',
      title: 'Key projects',
      question: "What are ICORN's key projects?",
      alternates: ['What is ICORN working on?', 'Current and future projects', 'Projects', 'What are the plans of ICORN?'],
      answer: `${projects.paragraphs[0] ?? "ICORN's current and future projects include:"}\n\n${bullets(projects.items)}`,
      followUps: ['project-relocation', 'project-strategic-plan'],
      source: source('Key projects'),
    });
    for (const item of projects.items) {
      const spec = PROJECT_SPECS.find((s) => s.pattern.test(item));
      const id = spec?.id ?? projectId(item);
      if (entries.some((e) => e.id === id)) continue;
      add({
        id,
        topic: 'projects',
        title: spec?.title ?? clean(item).slice(0, 37).replace(/\s+\S*$/, '') + '…',
        question: spec?.question ?? `Tell me about the project: ${item.replace(/\.$/, '')}`,
        alternates: spec?.alternates ?? [],
        answer: `One of ICORN's key projects: ${withPeriod(item.charAt(0).toLowerCase() + item.slice(1))}`,
        followUps: ['key-projects'],
        source: source('Key projects'),
      });
    }
  }

  const [leaderQuote, partnersQuote] = page.quotes;
  if (leaderQuote) {
    const by = leaderQuote.attribution ? titleCase(leaderQuote.attribution) : undefined;
    add({
      id: 'quote-director',
      topic: 'quotes',
      title: 'What the director says',
      question: 'What did the executive director say about ICORN?',
      alternates: [
        'What did Helge Lunde say?',
        'Quote from Helge Lunde',
        'Spaces for freedom of expression are shrinking',
        'What is the task of ICORN?',
      ],
      answer: `> “${leaderQuote.text}”\n\n${by ? `— **${by}**` : 'The page does not say who said this.'}`,
      followUps: ['executive-director', 'quote-partners'],
      source: source('Quote'),
    });
  }
  if (partnersQuote) {
    add({
      id: 'quote-partners',
      topic: 'quotes',
      title: 'Quote on partners',
      question: 'What does the quote about partners say?',
      alternates: [
        'ICORN can never work in a vacuum',
        'Quote about partners and cooperative bodies',
        'Who said ICORN depends on partners?',
      ],
      answer: `> “${partnersQuote.text}”\n\n${
        partnersQuote.attribution ? `— **${titleCase(partnersQuote.attribution)}**` : 'The page gives this quote without naming who said it.'
      }`,
      followUps: ['partners', 'quote-director'],
      source: source('Quote'),
    });
  }

  const cooperation = projects?.items.find((i) => /partners/i.test(i));
  if (common || partnersQuote) {
    add({
      id: 'partners',
      topic: 'about',
      title: 'Partners and civil society',
      question: 'Who does ICORN work with?',
      alternates: [
        'Who are ICORN partners?',
        'Does ICORN work with civil society?',
        'Can organisations partner with ICORN?',
        'Partners and civil society',
        'How does ICORN work with local authorities?',
      ],
      answer: [
        common ? `ICORN fosters strong partnerships between local authorities and civil society within a global network.` : '',
        partnersQuote ? `In ICORN's words: “${partnersQuote.text}”` : '',
        cooperation ? `Among its key projects: ${withPeriod(cooperation.charAt(0).toLowerCase() + cooperation.slice(1))}` : '',
        'The page does not name the partners.',
      ].filter(Boolean).join('\n\n'),
      followUps: ['common-mission', 'contact'],
      source: source('Introduction; Quote; Key projects'),
    });
  }

  if (reachOut.length > 0 || contacts.director) {
    add({
      id: 'contact',
      topic: 'contact',
      title: 'Contact ICORN',
      question: 'How do I contact ICORN?',
      alternates: [
        'Contact details',
        'How can I reach ICORN?',
        'Who can I talk to at ICORN?',
        'Contact information',
        'I want to get in touch with someone',
      ],
      answer: [
        "ICORN's contact details:",
        [
          ...reachOut,
          contacts.director
            ? `- ${contacts.director.role}: **${contacts.director.name}**${contacts.director.email ? `, [${contacts.director.email}](mailto:${contacts.director.email})` : ''}`
            : '',
        ].filter(Boolean).join('\n'),
      ].join('\n\n'),
      followUps: ['executive-director', 'how-to-apply', 'how-to-join'],
      source: source('Contact information'),
    });
  }
  if (contacts.email) {
    add({
      id: 'email',
      topic: 'contact',
      title: 'Email',
      question: "What is ICORN's email address?",
      alternates: ['Email', 'How do I email ICORN?', 'Email address', 'Can I write to ICORN?'],
      answer: `You can write to ICORN at [${contacts.email}](mailto:${contacts.email}).`,
      followUps: ['phone', 'executive-director'],
      source: source('Contact information'),
    });
  }
  if (contacts.phone) {
    add({
      id: 'phone',
      topic: 'contact',
      title: 'Phone',
      question: "What is ICORN's phone number?",
      alternates: ['Phone', 'Can I call ICORN?', 'Telephone number', 'How do I call them?'],
      answer: `ICORN's phone number is **${contacts.phone}**.`,
      followUps: ['email', 'contact'],
      source: source('Contact information'),
    });
  }
  if (contacts.website) {
    add({
      id: 'website',
      topic: 'contact',
      title: 'Website',
      question: "What is ICORN's website?",
      alternates: ['Website', 'Where can I read more about ICORN?', 'ICORN web address', 'Link to ICORN'],
      answer: `ICORN's website is [${contacts.website.label}](${contacts.website.url}).`,
      followUps: ['contact', 'member-count'],
      source: source('Contact information'),
    });
  }
  if (contacts.director) {
    const { name, role, email } = contacts.director;
    add({
      id: 'executive-director',
      topic: 'contact',
      title: role,
      question: `Who is the ${role.toLowerCase()} of ICORN?`,
      alternates: ['Who leads ICORN?', 'Director', `Who is ${name}?`, `How do I email ${name}?`, 'Who runs ICORN?'],
      answer: `**${name}** is the ${role} of ICORN.${email ? ` You can write to him at [${email}](mailto:${email}).` : ''}`,
      followUps: ['quote-director', 'contact'],
      source: source('Contact information'),
    });
  }

  // The page's summary calls ICORN "an independent, international membership organization": what kind
  // of body it is, which its text does not say ("is ICORN a government agency?"). The summary's count
  // of members is older than the text's, so the answer says which is newer (the number only: where
  // the members are is the count of members' to say).
  const newerCount = size ? /\b\d+ cities(?: and regions)?/.exec(size)?.[0] : undefined;
  if (page.summary && /\bindependent\b/i.test(page.summary)) {
    add({
      id: 'independent-organisation',
      topic: 'about',
      title: 'An independent organisation',
      // No "government" among its questions: people at risk name their governments in their stories; a
      // question whether ICORN is a government body, or who is behind it, is read as such (the topic
      // "kind of body"), which this entry answers.
      question: 'Is ICORN an independent organisation?',
      alternates: ['Is ICORN independent?', 'What kind of body is ICORN, legally?'],
      answer: [
        `The page's summary says: “${page.summary}”`,
        newerCount ? `The page's text gives a newer count: ${newerCount}.` : '',
        'The page does not say more about how ICORN is governed or funded.',
      ]
        .filter(Boolean)
        .join('\n\n'),
      followUps: ['what-is-icorn', 'member-count'],
      source: source('Page summary'),
    });
  }

  add({
    id: 'information-source',
    topic: 'source',
    title: 'Where this comes from',
    question: 'Where does this information come from?',
    alternates: [
      'What is your source?',
      'How up to date is this?',
      'Is this information official?',
      'When was this information updated?',
    ],
    answer: `My answers come from the page [${page.title}](${page.url}) on the Global Cities Hub website, ${
      page.published ? `first published on **${page.published.slice(0, 10)}** and ` : ''
    }last modified on **${page.modified.slice(0, 10)}**. For the latest news, see ${
      contacts.website ? `[${contacts.website.label}](${contacts.website.url})` : "ICORN's own website"
    }.`,
    followUps: ['what-is-icorn', 'contact'],
    source: source('Page metadata'),
  });

  return entries;
}
