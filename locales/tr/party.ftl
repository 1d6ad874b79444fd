# /party: grup sohbetinde izleme partisi. Tüm gruba gösterilir: yalnızca yapım adları ve ilk adlar.

cmd-party = Birlikte izlenecek bir şey seç (grupta)

party-private = 🍿 İzleme partileri gruplarda yapılır: beni bir grup sohbetine ekle ve orada /party gönder. Katılan herkes oy verir, ben de yalnızca hiçbirinizin izlemediği yapımları öneririm.

## Parti mesajı
party-title = 🍿 <b>İzleme partisi</b> · { $kind }
party-kind-all = filmler ve diziler
party-kind-movies = filmler
party-kind-shows = diziler
party-intro = { $name } birlikte bir şey izlemek istiyor. Katılmak için “Ben de varım” düğmesine bas: herkesin Trakt'ına bakıp hiçbirinizin izlemediği yapımlar önereceğim.
party-nobody = Henüz katılan yok.
party-members =
    { $count ->
        [one] <b>{ $count } kişi katıldı:</b> { $names }
       *[other] <b>{ $count } kişi katıldı:</b> { $names }
    }
party-need-more = En az iki kişinin Trakt'ı bağlı olmalı. Henüz bağlamadın mı? Önce “🔗 Trakt'ı özelden bağla” düğmesine dokun.
party-ready = Hazır! Herkes “Şimdi seç” düğmesine basabilir.
party-picking = ⏳ Herkesin Trakt'ına bakıyorum…
party-voting = 🗳 Aşağıdaki ankette oy verin.
party-over = 🏁 Bu akşam: { $title }
party-closed = 🏁 Bu parti sona erdi.
party-replaced = Bu partinin yerini daha yenisi aldı.

## Düğmeler (düz metin)
party-button-join = 🙋 Ben de varım
party-button-leave = 👋 Ayrıl
party-button-pick = 🎲 Şimdi seç
party-button-link = 🔗 Trakt'ı özelden bağla
party-button-done = ✅ Bitti

## Düğmelere yanıtlar (düz metin, en fazla 200 karakter)
party-joined = Katıldın! 🎉
party-already-in = Zaten katıldın.
party-left = Partiden ayrıldın.
party-not-in = Bu partide değildin.
party-link-first = Önce Trakt'ını bağla: parti mesajının altındaki “🔗 Trakt'ı özelden bağla” düğmesine dokun, özel sohbetimizde bağla, sonra yeniden “Ben de varım” düğmesine bas.
party-full =
    { $count ->
        [one] Üzgünüm, bu parti dolu ({ $count } kişi). /party ile yeni bir tane başlat.
       *[other] Üzgünüm, bu parti dolu ({ $count } kişi). /party ile yeni bir tane başlat.
    }
party-starter-only = İki kişi katılana kadar buna yalnızca partiyi başlatan { $name } basabilir.
party-members-only = Buna yalnızca partidekiler basabilir. Önce “Ben de varım”a bas.
party-too-few =
    { $count ->
        [0] En az iki kişinin Trakt'ı bağlı olmalı ve henüz kimse katılmadı. Arkadaşlarından “Ben de varım” düğmesine basmalarını iste.
        [one] En az iki kişinin Trakt'ı bağlı olmalı ve şimdilik yalnızca bir kişi katıldı. Bir arkadaşından “Ben de varım” düğmesine basmasını iste.
       *[other] En az iki kişinin Trakt'ı bağlı olmalı; şimdilik { $count } kişi katıldı.
    }
party-picking-toast = Seçiyorum… 🎲
party-done-starter-only = Oylamayı yalnızca partiyi başlatan { $name } kapatabilir.
party-closing-toast = Oylar sayılıyor…
party-busy = Şu an seçim yapıyorum, bir saniye.
party-vote-started = Oylama başladı: aşağıdaki ankette oy ver.
party-ended = Bu parti sona erdi. /party ile yenisini başlat.

## Gruba mesajlar
party-too-few-reached =
    { $count ->
        [0] Kimsenin Trakt'ını okuyamadım; seçim için en az iki kişi gerekiyor. Bir dakika sonra “Şimdi seç” düğmesine yeniden basın.
        [one] Yalnızca bir kişinin Trakt'ını okuyabildim; seçim için en az iki kişi gerekiyor. Bir dakika sonra “Şimdi seç” düğmesine yeniden basın.
       *[other] Yalnızca { $count } kişinin Trakt'ını okuyabildim. Bir dakika sonra “Şimdi seç” düğmesine yeniden basın.
    }
party-nothing = Hiçbirinizin izlemediği bir şey bulamadım. /party diziler ya da /party filmler deneyin.
party-shortlist-header = 🎬 <b>Bu akşamın kısa listesi: { $names }</b>
party-widened = Listelerinizde hiçbirinizin izlemediği yeterince yapım yoktu, bu yüzden henüz kimsenin izlemediği trend yapımlar ekledim.
party-skipped = ⚠️ { $name } kullanıcısının Trakt'ına ulaşılamadı, onu hesaba katmadan seçiyorum.
party-unlinked = ⚠️ { $name } kullanıcısının Trakt'ı artık bağlı değil, onu hesaba katmadan seçiyorum.
party-wanted-by = 🙋 Şu kişilerin izleme listesinde: { $names }
party-suggested-for = 💡 Trakt şu kişilere öneriyor: { $names }
party-trending = 🔥 Şu an trend
party-poll-question = 🍿 Ne izliyoruz?
party-winner = 🏆 <b>Bu akşam:</b> { $title }
party-votes =
    { $count ->
        [one] 🗳 { $count } oy
       *[other] 🗳 { $count } oy
    }
party-no-votes = Kimse oy vermedi, bu yüzden listenin başındakini seçtim.
party-only-one = Yalnızca bir yapım uygun, seçim o.
