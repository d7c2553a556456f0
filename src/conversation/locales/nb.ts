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
    ],
    "privacy": [
      "personvern",
      "personvernerklæring",
      "hva lagrer du"
    ]
  },
  "welcome": "Hei! Jeg er ICORNs assistent. Spør meg om International Cities of Refuge Network, eller velg et tema. Jeg lagrer ingenting av det du skriver, med mindre du selv velger å sende et spørsmål til ICORNs redaktører; si **personvern** for mer informasjon.",
  "help": "Jeg svarer på spørsmål om **ICORN**, International Cities of Refuge Network, basert på offentlig tilgjengelig informasjon:\n\n- hva ICORN er, og hva som er formålet\n\n- medlemskap for byer og regioner\n\n- residensopphold for forfattere, kunstnere og journalister som er i fare\n\n- viktige prosjekter og partnere, og hvordan du kontakter ICORN\n\nSkriv spørsmålet ditt med dine egne ord, eller velg et tema. Du kan når som helst si **start på nytt**. Ikke del personopplysninger her.\n\nJeg lagrer ingenting av det du skriver, med mindre du selv velger å sende et spørsmål til ICORNs redaktører; si **personvern** for mer informasjon.",
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
  "keeps": "Jeg lagrer ingenting av det du skriver, med mindre du selv velger å sende et spørsmål til ICORNs redaktører; si **personvern** for mer informasjon.",
  "sendQuestion": "Send dette spørsmålet til ICORNs redaktører (uten navn og konto)",
  "sendQuestionOffer": "Du kan sende dette spørsmålet til ICORNs redaktører, så de kan forbedre svarene: Det sendes uten navnet ditt og uten kontoen din.",
  "questionSent": "Takk: spørsmålet ditt er sendt til ICORNs redaktører, uten navnet ditt eller kontoen din. Resten av denne samtalen sendes også spørsmålet bak hvert forslag du velger; si **start på nytt** for å stoppe det.",
  "questionNotKept": "Det spørsmålet er ikke her lenger: jeg tar vare på det bare til neste melding fra deg, så ingenting ble sendt. Still det på nytt hvis du vil sende det.",
  "privacy": "**Hva jeg lagrer**\n- Jeg lagrer ikke det du skriver. Et spørsmål jeg ikke kan svare på, lagres bare hvis du trykker «Send dette spørsmålet til ICORNs redaktører»: da lagres det i {days} dager, uten navnet ditt eller kontoen din og uten e-postadresser og telefonnumre, slik at ICORNs redaktører kan forbedre svarene mine. Etter dette ja lagres også spørsmålet bak hvert forslag du velger, til du sier **start på nytt**.\n- Ellers lagrer jeg bare antall, uten tekst: hvor mange spørsmål jeg ikke kunne svare på, hvilke forslag som ble valgt og om svarene hjalp, per dag og språk, i {days} dager.\n- Mens vi snakker, husker jeg bare det jeg trenger for å svare (språket ditt, det siste emnet og det siste spørsmålet ditt fram til neste melding), og glemmer det etter en stund.\n- Microsoft Teams og Direct Line (tjenesten bak nettchatten) lagrer egne kopier av samtaler etter reglene til organisasjonen som driver dem. Chattesiden på dette nettstedet lagrer ingenting i nettleseren din; **Clear chat** starter en ny samtale.\n- Ikke del personopplysninger her.",
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
