// The bot's own words in Spanish: drafted by a translator from ../messages.ts, not yet reviewed by ICORN.
import type { LocaleWords } from './index.js';

const words: LocaleWords = {
  "englishOriginal": "Ver el original en inglés",
  "nativeName": "español",
  "englishName": "Spanish",
  "languagesOffered": "Respondo preguntas sobre ICORN en inglés. Para preguntar en {language}, escriba directamente a ICORN:",
  "switchedLanguage": "De acuerdo, a partir de ahora responderé en español.",
  "commands": {
    "help": [
      "ayuda",
      "ayúdeme",
      "ayudame",
      "menú"
    ],
    "startOver": [
      "empezar de nuevo",
      "volver a empezar",
      "empezar otra vez",
      "reiniciar"
    ],
    "english": [
      "en inglés",
      "responda en inglés",
      "inglés",
      "en ingles"
    ],
    "privacy": [
      "privacidad",
      "política de privacidad",
      "protección de datos",
      "qué guarda"
    ]
  },
  "welcome": "¡Hola! Soy el asistente de ICORN: pregúnteme sobre la International Cities of Refuge Network o elija un tema. No guardo nada de lo que escribe, salvo que decida enviar una pregunta a los editores de ICORN; diga **privacidad** para saber más.",
  "help": "Respondo preguntas sobre **ICORN**, la International Cities of Refuge Network, a partir de su información pública:\n\n- qué es ICORN y cuál es su misión\n\n- la afiliación de ciudades y regiones\n\n- las residencias para escritores, artistas y periodistas en riesgo\n\n- los principales proyectos y socios, y cómo ponerse en contacto con ICORN\n\nEscriba su pregunta con sus propias palabras o elija un tema. Puede decir **empezar de nuevo** en cualquier momento. Por favor, no comparta datos personales aquí.\n\nNo guardo nada de lo que escribe, salvo que decida enviar una pregunta a los editores de ICORN; diga **privacidad** para saber más.",
  "emptyMessage": "Por favor, escriba una pregunta sobre ICORN o diga **ayuda** para ver qué puedo responder.",
  "didYouMean": "No estoy seguro de a cuál de estas opciones se refiere. Quizá quiso decir:",
  "noneOfThese": "Ninguna de estas",
  "fallback": "Lo siento, no tengo una respuesta para eso. Puedo responder preguntas sobre ICORN: qué es, cómo se unen las ciudades, a quién están dirigidas las residencias, su misión y sus proyectos, y cómo ponerse en contacto con la red.",
  "notStated": "La página en la que me baso no indica {missing}. Esto es lo que sí dice:",
  "fallbackAfterNone": "Lo siento, no pude encontrar la respuesta adecuada. Intente formular la pregunta de otra manera o póngase en contacto directamente con ICORN.",
  "fallbackContactsHeading": "Para cualquier otra consulta, póngase en contacto con ICORN:",
  "fallbackDefaultContacts": "- Sitio web: [www.icorn.org](http://www.icorn.org/)",
  "startOver": "De acuerdo, empecemos de nuevo. ¿Qué le gustaría saber sobre ICORN?",
  "followUpsHeading": "También puede preguntar:",
  "apology": "Disculpe, se produjo un error por mi parte. Por favor, vuelva a hacer su pregunta.",
  "nothingToRepeat": "Todavía no he respondido nada. ¿Qué le gustaría saber sobre ICORN?",
  "helpful": "Útil",
  "notHelpful": "No es útil",
  "feedbackThanks": "Gracias por sus comentarios.",
  "feedbackSorry": "Lamento que no le haya sido útil. Puede preguntar de otra manera o ponerse en contacto con ICORN:",
  "more": "Estas son otras preguntas que puede hacer a partir de «{title}»:",
  "nothingMore": "Eso es todo lo que dice la página sobre este tema. Puede preguntar otra cosa o ponerse en contacto con ICORN para obtener más información.",
  "keeps": "No guardo nada de lo que escribe, salvo que decida enviar una pregunta a los editores de ICORN; diga **privacidad** para saber más.",
  "sendQuestion": "Enviar esta pregunta a los editores de ICORN (sin nombre ni cuenta)",
  "sendQuestionOffer": "Puede enviar esta pregunta a los editores de ICORN para que mejoren las respuestas: se envía sin su nombre ni su cuenta.",
  "questionSent": "Gracias: su pregunta se ha enviado a los editores de ICORN, sin su nombre ni su cuenta. Durante el resto de esta conversación, también se enviará la pregunta detrás de cada sugerencia que elija; diga **empezar de nuevo** para dejar de hacerlo.",
  "questionNotKept": "Esa pregunta ya no está aquí: solo la guardo hasta su siguiente mensaje, así que no se ha enviado nada. Vuelva a hacerla si quiere enviarla.",
  "privacy": "**Qué guardo**\n- No guardo lo que escribe. Una pregunta que no sé responder solo se guarda si pulsa «Enviar esta pregunta a los editores de ICORN»: entonces se guarda durante {days} días, sin su nombre ni su cuenta y sin direcciones de correo electrónico ni números de teléfono, para que los editores de ICORN puedan mejorar mis respuestas. Después de ese sí, también se guarda la pregunta detrás de cada sugerencia que elija, hasta que diga **empezar de nuevo**.\n- Por lo demás, solo guardo recuentos, sin ningún texto: cuántas preguntas no supe responder, qué sugerencias se eligieron y si las respuestas fueron útiles, por día e idioma, durante {days} días.\n- Mientras hablamos, solo recuerdo lo que necesito para responder (su idioma, el último tema y su última pregunta hasta su siguiente mensaje) y lo olvido al cabo de un tiempo.\n- Microsoft Teams y Direct Line (el servicio que está detrás del chat web) guardan sus propias copias de las conversaciones, según las políticas de la organización que los gestiona. La página de chat de este sitio no guarda nada en su navegador; **Clear chat** inicia una conversación nueva.\n- Por favor, no comparta datos personales aquí.",
  "smallTalk": {
    "greeting": "¡Hola! ¿Qué le gustaría saber sobre ICORN?",
    "thanks": "¡De nada! ¿Hay algo más que le gustaría saber sobre ICORN?",
    "goodbye": "Adiós, y cuídese. Puede volver cuando quiera con sus preguntas sobre ICORN.",
    "areYouABot": "Sí, soy un asistente automático, no una persona. Si desea hablar con alguien de ICORN, pregúnteme cómo ponerse en contacto con la red.",
    "name": "Soy el asistente de ICORN, un bot que responde preguntas sobre la International Cities of Refuge Network.",
    "creator": "Soy un asistente de preguntas frecuentes basado en la información pública de ICORN. Si desea hablar con alguien del equipo, pregúnteme cómo ponerse en contacto con ICORN.",
    "howAreYou": "¡Bien, gracias! ¿Qué le gustaría saber sobre ICORN?",
    "acknowledge": "De acuerdo. ¿Hay algo más que le gustaría saber sobre ICORN?"
  }
};

export default words;
