// The bot's own words in Turkish: drafted by a translator from ../messages.ts, not yet reviewed by ICORN.
import type { LocaleWords } from './index.js';

const words: LocaleWords = {
  "englishOriginal": "İngilizce aslını göster",
  "nativeName": "türkçe",
  "englishName": "Turkish",
  "languagesOffered": "ICORN hakkındaki soruları İngilizce yanıtlıyorum. Sorunuzu {language} sormak isterseniz lütfen doğrudan ICORN'a yazın:",
  "switchedLanguage": "Tamam, bundan sonra Türkçe yanıt vereceğim.",
  "commands": {
    "help": [
      "yardım",
      "yardım edin",
      "yardim",
      "yardım et"
    ],
    "startOver": [
      "baştan başla",
      "yeniden başla",
      "en baştan",
      "sıfırla"
    ],
    "english": [
      "ingilizce",
      "ingilizce yanıt verin",
      "ingilizce cevap ver",
      "ingilizce konuş"
    ],
    "privacy": [
      "gizlilik",
      "gizlilik politikası",
      "veri koruma",
      "neleri saklıyorsunuz"
    ]
  },
  "welcome": "Merhaba! Ben ICORN'un asistanıyım. Bana International Cities of Refuge Network hakkında soru sorabilir ya da bir konu seçebilirsiniz. Bir soruyu ICORN editörlerine göndermeyi siz seçmedikçe yazdıklarınızdan hiçbir şey saklamam; ayrıntılar için **gizlilik** yazın.",
  "help": "**ICORN** (International Cities of Refuge Network) hakkındaki soruları, kuruluşun kamuya açık bilgilerine dayanarak yanıtlıyorum:\n\n- ICORN'un ne olduğu ve misyonu\n\n- şehirler ve bölgeler için üyelik\n\n- risk altındaki yazarlar, sanatçılar ve gazeteciler için rezidans programları\n\n- başlıca projeler ve ortaklar, ICORN ile nasıl iletişime geçileceği\n\nSorunuzu kendi cümlelerinizle yazın ya da bir konu seçin. İstediğiniz zaman **baştan başla** yazabilirsiniz. Lütfen burada kişisel bilgilerinizi paylaşmayın.\n\nBir soruyu ICORN editörlerine göndermeyi siz seçmedikçe yazdıklarınızdan hiçbir şey saklamam; ayrıntılar için **gizlilik** yazın.",
  "emptyMessage": "Lütfen ICORN hakkında bir soru yazın ya da hangi sorulara yanıt verebildiğimi görmek için **yardım** yazın.",
  "didYouMean": "Hangisini kastettiğinizden emin değilim. Şunlardan birini mi demek istediniz:",
  "noneOfThese": "Hiçbiri",
  "fallback": "Üzgünüm, bu soruya bir yanıtım yok. ICORN hakkında şu sorulara yanıt verebilirim: ICORN nedir, şehirler nasıl katılır, rezidans programları kimler içindir, misyonu ve projeleri nelerdir ve ICORN'a nasıl ulaşılır.",
  "notStated": "Yanıtlarımı dayandırdığım sayfada {missing} belirtilmiyor. Sayfada şunlar yazıyor:",
  "fallbackAfterNone": "Üzgünüm, doğru yanıtı bulamadım. Sorunuzu farklı sözcüklerle sormayı deneyin ya da doğrudan ICORN ile iletişime geçin.",
  "fallbackContactsHeading": "Diğer tüm konular için lütfen ICORN ile iletişime geçin:",
  "fallbackDefaultContacts": "- Web sitesi: [www.icorn.org](http://www.icorn.org/)",
  "startOver": "Tamam, baştan başlayalım. ICORN hakkında ne öğrenmek istersiniz?",
  "followUpsHeading": "Şunları da sorabilirsiniz:",
  "apology": "Üzgünüm, benim tarafımda bir sorun oluştu. Lütfen sorunuzu yeniden sorun.",
  "nothingToRepeat": "Henüz hiçbir soruyu yanıtlamadım. ICORN hakkında ne öğrenmek istersiniz?",
  "helpful": "Yararlı",
  "notHelpful": "Yararlı değil",
  "feedbackThanks": "Geri bildiriminiz için teşekkür ederim.",
  "feedbackSorry": "Yardımcı olamadığım için üzgünüm. Sorunuzu farklı sözcüklerle sorabilir ya da ICORN ile iletişime geçebilirsiniz:",
  "more": "“{title}” konusuyla ilgili şunları da sorabilirsiniz:",
  "nothingMore": "Sayfada bu konuda yazanlar bu kadar. Başka bir şey sorabilir ya da daha fazla bilgi için ICORN ile iletişime geçebilirsiniz.",
  "keeps": "Bir soruyu ICORN editörlerine göndermeyi siz seçmedikçe yazdıklarınızdan hiçbir şey saklamam; ayrıntılar için **gizlilik** yazın.",
  "sendQuestion": "Bu soruyu ICORN editörlerine gönder (ad ve hesap olmadan)",
  "sendQuestionOffer": "Yanıtları iyileştirebilmeleri için bu soruyu ICORN editörlerine gönderebilirsiniz: adınız ve hesabınız olmadan gönderilir.",
  "questionSent": "Teşekkürler: sorunuz adınız ve hesabınız olmadan ICORN editörlerine gönderildi. Bu konuşmanın geri kalanında, seçtiğiniz her önerinin ardındaki soru da gönderilecek; bunu durdurmak için **baştan başla** yazın.",
  "questionNotKept": "O soru artık burada değil: onu yalnızca bir sonraki mesajınıza kadar saklarım, bu yüzden hiçbir şey gönderilmedi. Göndermek isterseniz soruyu yeniden sorun.",
  "privacy": "**Neleri saklıyorum**\n- Yazdıklarınızı saklamam. Yanıtlayamadığım bir soru, yalnızca «Bu soruyu ICORN editörlerine gönder» düğmesine basarsanız saklanır: o zaman adınız ve hesabınız olmadan, e-posta adresleri ve telefon numaraları çıkarılarak {days} gün saklanır; böylece ICORN editörleri yanıtlarımı iyileştirebilir. Bu onaydan sonra, seçtiğiniz her önerinin ardındaki soru da **baştan başla** yazana kadar saklanır.\n- Bunun dışında yalnızca sayıları saklarım, hiçbir metin olmadan: kaç soruyu yanıtlayamadığımı, hangi önerilerin seçildiğini ve yanıtların işe yarayıp yaramadığını, gün ve dil başına, {days} gün boyunca.\n- Konuşurken yalnızca yanıt vermek için gerekenleri (diliniz, son konu ve bir sonraki mesajınıza kadar son sorunuz) hatırlarım ve bir süre sonra unuturum.\n- Microsoft Teams ve Direct Line (web sohbetinin arkasındaki hizmet), konuşmaların kendi kopyalarını onları işleten kuruluşun politikalarına göre saklar. Bu web sitesindeki sohbet sayfası tarayıcınızda hiçbir şey saklamaz; **Clear chat** yeni bir konuşma başlatır.\n- Lütfen burada kişisel bilgilerinizi paylaşmayın.",
  "smallTalk": {
    "greeting": "Merhaba! ICORN hakkında ne öğrenmek istersiniz?",
    "thanks": "Rica ederim! ICORN hakkında öğrenmek istediğiniz başka bir şey var mı?",
    "goodbye": "Hoşça kalın, kendinize iyi bakın. ICORN hakkındaki sorularınızla istediğiniz zaman geri gelebilirsiniz.",
    "areYouABot": "Evet, ben bir insan değil, otomatik bir asistanım. ICORN'dan biriyle görüşmek isterseniz, onlara nasıl ulaşabileceğinizi bana sorabilirsiniz.",
    "name": "Ben ICORN'un asistanıyım; International Cities of Refuge Network hakkındaki soruları yanıtlayan bir botum.",
    "creator": "Ben ICORN'un kamuya açık bilgilerine dayanan bir SSS asistanıyım. ICORN çalışanlarına ulaşmak için bana ICORN ile nasıl iletişime geçebileceğinizi sorabilirsiniz.",
    "howAreYou": "İyiyim, teşekkür ederim! ICORN hakkında ne öğrenmek istersiniz?",
    "acknowledge": "Tamam. ICORN hakkında öğrenmek istediğiniz başka bir şey var mı?"
  }
};

export default words;
