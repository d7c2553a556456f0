// The bot's own words in Norwegian (bokmål): drafted by a translator from ../messages.ts, not yet reviewed by ICORN.
import type { LocaleWords } from './index.js';

const words: LocaleWords = {
  "englishOriginal": "Vis originalen på engelsk",
  "nativeName": "norsk bokmål",
  "englishName": "Norwegian Bokmål",
  "languagesOffered": "Jeg svarer på spørsmål om ICORN på engelsk. Hvis du vil spørre på {language}, kan du skrive direkte til ICORN:",
  "switchedLanguage": "Greit, fra nå av svarer jeg på norsk.",
  "commands": {
    "help": [
      "hjelp",
      "hjelp meg",
      "hjelpe"
    ],
    "startOver": [
      "start på nytt",
      "begynn på nytt",
      "start om igjen",
      "begynn forfra"
    ],
    "english": [
      "på engelsk",
      "svar på engelsk",
      "engelsk"
    ]
  },
  "welcome": "Hei! Jeg er ICORNs assistent. Spør meg om International Cities of Refuge Network, eller velg et tema.",
  "help": "Jeg svarer på spørsmål om **ICORN**, International Cities of Refuge Network, basert på offentlig tilgjengelig informasjon:\n\n- hva ICORN er, og hva som er formålet\n\n- medlemskap for byer og regioner\n\n- residensopphold for forfattere, kunstnere og journalister som er i fare\n\n- viktige prosjekter og partnere, og hvordan du kontakter ICORN\n\nSkriv spørsmålet ditt med dine egne ord, eller velg et tema. Du kan når som helst si **start på nytt**. Ikke del personopplysninger her.",
  "emptyMessage": "Skriv et spørsmål om ICORN, eller si **hjelp** for å se hva jeg kan svare på.",
  "didYouMean": "Jeg er ikke sikker på hvilken av disse du mener. Mente du:",
  "noneOfThese": "Ingen av disse",
  "fallback": "Beklager, det har jeg ikke noe svar på. Jeg kan svare på spørsmål om ICORN: hva det er, hvordan byer blir med, hvem residensoppholdene er for, formålet og prosjektene, og hvordan du kan kontakte ICORN.",
  "notStated": "Siden jeg henter svarene mine fra, sier ikke noe om {missing}. Dette står det der:",
  "fallbackAfterNone": "Beklager, jeg fant ikke det riktige svaret. Prøv å spørre på en annen måte, eller kontakt ICORN direkte.",
  "fallbackContactsHeading": "For alt annet kan du kontakte ICORN:",
  "fallbackDefaultContacts": "- Nettside: [www.icorn.org](http://www.icorn.org/)",
  "startOver": "Greit, vi begynner på nytt. Hva vil du vite om ICORN?",
  "followUpsHeading": "Du kan også spørre:",
  "apology": "Beklager, noe gikk galt hos meg. Still gjerne spørsmålet ditt på nytt.",
  "nothingToRepeat": "Jeg har ikke svart på noe ennå. Hva vil du vite om ICORN?",
  "helpful": "Nyttig",
  "notHelpful": "Ikke nyttig",
  "feedbackThanks": "Takk for tilbakemeldingen.",
  "feedbackSorry": "Beklager at det ikke hjalp. Du kan spørre på en annen måte, eller kontakte ICORN:",
  "more": "Dette kan du også spørre om etter «{title}»:",
  "nothingMore": "Det er alt siden sier om dette. Du kan spørre om noe annet, eller kontakte ICORN for mer informasjon.",
  "smallTalk": {
    "greeting": "Hei! Hva vil du vite om ICORN?",
    "thanks": "Bare hyggelig! Er det noe mer du vil vite om ICORN?",
    "goodbye": "Ha det, og ta vare på deg selv. Du kan komme tilbake når som helst med spørsmål om ICORN.",
    "areYouABot": "Ja, jeg er en automatisk assistent, ikke et menneske. Hvis du vil komme i kontakt med en person hos ICORN, kan du spørre meg hvordan du kontakter dem.",
    "name": "Jeg er ICORNs assistent, en bot som svarer på spørsmål om International Cities of Refuge Network.",
    "creator": "Jeg er en FAQ-assistent basert på ICORNs offentlige informasjon. Hvis du vil nå noen hos ICORN, kan du spørre meg hvordan du kontakter dem.",
    "howAreYou": "Jeg har det bra, takk! Hva vil du vite om ICORN?",
    "acknowledge": "Greit. Er det noe mer du vil vite om ICORN?"
  }
};

export default words;
