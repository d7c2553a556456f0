// The bot's own words in Portuguese: drafted by a translator from ../messages.ts, not yet reviewed by ICORN.
import type { LocaleWords } from './index.js';

const words: LocaleWords = {
  "englishOriginal": "Ver o original em inglês",
  "nativeName": "português",
  "englishName": "Portuguese",
  "languagesOffered": "Respondo a perguntas sobre a ICORN em inglês. Para perguntar em {language}, escreva diretamente para a ICORN:",
  "switchedLanguage": "Muito bem, a partir de agora vou responder em português.",
  "commands": {
    "help": [
      "ajuda",
      "ajude-me",
      "me ajude",
      "socorro"
    ],
    "startOver": [
      "recomeçar",
      "começar de novo",
      "reiniciar",
      "do início"
    ],
    "english": [
      "em inglês",
      "responda em inglês",
      "inglês",
      "em ingles"
    ],
    "privacy": [
      "privacidade",
      "política de privacidade",
      "proteção de dados",
      "o que guarda"
    ]
  },
  "welcome": "Olá! Sou o assistente da ICORN: faça uma pergunta sobre a International Cities of Refuge Network ou escolha um tema. Não guardo nada do que escreve, a não ser que decida enviar uma pergunta aos editores da ICORN; diga **privacidade** para saber mais.",
  "help": "Respondo a perguntas sobre a **ICORN**, a International Cities of Refuge Network, com base nas suas informações públicas:\n\n- o que é a ICORN e qual é a sua missão\n\n- a adesão de cidades e regiões\n\n- as residências para escritores, artistas e jornalistas em risco\n\n- os principais projetos e parceiros, e como falar com a ICORN\n\nEscreva a sua pergunta com as suas próprias palavras ou escolha um tema. Pode dizer **recomeçar** a qualquer momento. Por favor, não compartilhe dados pessoais aqui.\n\nNão guardo nada do que escreve, a não ser que decida enviar uma pergunta aos editores da ICORN; diga **privacidade** para saber mais.",
  "emptyMessage": "Escreva uma pergunta sobre a ICORN ou diga **ajuda** para ver o que posso responder.",
  "didYouMean": "Não sei bem a qual destas opções se refere. Quis dizer:",
  "noneOfThese": "Nenhuma destas",
  "fallback": "Desculpe, não tenho resposta para isso. Posso responder a perguntas sobre a ICORN: o que é, como as cidades aderem, a quem se destinam as residências, a sua missão e os seus projetos, e como falar com a ICORN.",
  "notStated": "A página em que me baseio não indica {missing}. O que ela diz é o seguinte:",
  "fallbackAfterNone": "Desculpe, não consegui encontrar a resposta certa. Tente perguntar de outra forma ou fale diretamente com a ICORN.",
  "fallbackContactsHeading": "Para qualquer outro assunto, fale com a ICORN:",
  "fallbackDefaultContacts": "- Site: [www.icorn.org](http://www.icorn.org/)",
  "startOver": "Muito bem, vamos recomeçar. O que gostaria de saber sobre a ICORN?",
  "followUpsHeading": "Também pode perguntar:",
  "apology": "Desculpe, ocorreu um erro da minha parte. Por favor, faça a sua pergunta novamente.",
  "nothingToRepeat": "Ainda não respondi a nada. O que gostaria de saber sobre a ICORN?",
  "helpful": "Útil",
  "notHelpful": "Não foi útil",
  "feedbackThanks": "Obrigado pela sua avaliação.",
  "feedbackSorry": "Lamento que isso não tenha ajudado. Pode perguntar de outra forma ou falar com a ICORN:",
  "more": "Eis outras perguntas que pode fazer depois de “{title}”:",
  "nothingMore": "É tudo o que a página diz sobre este assunto. Pode perguntar outra coisa ou falar com a ICORN para saber mais.",
  "keeps": "Não guardo nada do que escreve, a não ser que decida enviar uma pergunta aos editores da ICORN; diga **privacidade** para saber mais.",
  "sendQuestion": "Enviar esta pergunta aos editores da ICORN (sem nome nem conta)",
  "sendQuestionOffer": "Pode enviar esta pergunta aos editores da ICORN para que melhorem as respostas: é enviada sem o seu nome nem a sua conta.",
  "questionSent": "Obrigado: a sua pergunta foi enviada aos editores da ICORN, sem o seu nome nem a sua conta. Durante o resto desta conversa, a pergunta por trás de cada sugestão que escolher também será enviada; diga **recomeçar** para parar.",
  "questionNotKept": "Essa pergunta já não está aqui: só a guardo até à sua próxima mensagem, por isso nada foi enviado. Faça-a de novo se a quiser enviar.",
  "privacy": "**O que guardo**\n- Não guardo o que escreve. Uma pergunta a que não sei responder só é guardada se carregar em «Enviar esta pergunta aos editores da ICORN»: nesse caso é guardada durante {days} dias, sem o seu nome nem a sua conta e sem endereços de e-mail nem números de telefone, para que os editores da ICORN possam melhorar as minhas respostas. Depois desse sim, a pergunta por trás de cada sugestão que escolher também é guardada, até dizer **recomeçar**.\n- De resto, só guardo contagens, sem qualquer texto: quantas perguntas ficaram sem resposta, que sugestões foram escolhidas e se as respostas ajudaram, por dia e por língua, durante {days} dias.\n- Enquanto conversamos, só me lembro do que preciso para responder (a sua língua, o último tema e a sua última pergunta até à sua próxima mensagem) e esqueço-o passado algum tempo.\n- O Microsoft Teams e o Direct Line (o serviço por trás do chat web) guardam as suas próprias cópias das conversas, segundo as regras da organização que os gere. A página de chat deste site não guarda nada no seu navegador; **Clear chat** inicia uma nova conversa.\n- Por favor, não partilhe dados pessoais aqui.",
  "smallTalk": {
    "greeting": "Olá! O que gostaria de saber sobre a ICORN?",
    "thanks": "De nada! Há mais alguma coisa que gostaria de saber sobre a ICORN?",
    "goodbye": "Até logo, e cuide-se. Pode voltar a qualquer momento com perguntas sobre a ICORN.",
    "areYouABot": "Sim, sou um assistente automático, não uma pessoa. Se quiser falar com alguém da ICORN, pergunte-me como falar com a equipe da ICORN.",
    "name": "Sou o assistente da ICORN, um bot que responde a perguntas sobre a International Cities of Refuge Network.",
    "creator": "Sou um assistente de perguntas frequentes baseado nas informações públicas da ICORN. Para falar com alguém da ICORN, pergunte-me como entrar em contato.",
    "howAreYou": "Estou bem, obrigado! O que gostaria de saber sobre a ICORN?",
    "acknowledge": "Muito bem. Há mais alguma coisa que gostaria de saber sobre a ICORN?"
  }
};

export default words;
