# /recommend: Trakt'tan kişisel öneriler.

cmd-recommend = Senin için seçilen diziler ve filmler
recommend-header-shows =
    💡 <b>Senin için diziler</b> · Trakt'tan { $count ->
        [one] { $count } öneri
       *[other] { $count } öneri
    }
recommend-header-movies =
    💡 <b>Senin için filmler</b> · Trakt'tan { $count ->
        [one] { $count } öneri
       *[other] { $count } öneri
    }
recommend-empty-shows = Trakt'ın henüz sana önerebileceği bir dizi yok. Trakt'ta birkaç dizi izleyip puanla, sonra yeniden sor.
recommend-empty-movies = Trakt'ın henüz sana önerebileceği bir film yok. Trakt'ta birkaç film izleyip puanla, sonra yeniden sor.
recommend-in-watchlist = ✅ İzleme listende
recommend-watched = 👁 İzlendi
recommend-hidden = 🙈 <i>İlgilenmiyorsun: Trakt bunu bir daha önermeyecek.</i>
recommend-legend = <i>Ayrıntılar için bir yapıma dokun · ➕ izleme listesine ekle (➖ çıkar) · 👁 izlendi olarak işaretle · 🙈 ilgilenmiyorum</i>
recommend-icon-wl = ➕
recommend-icon-unwl = ➖
recommend-icon-seen = 👁
recommend-icon-seen-done = ✅
recommend-icon-hide = 🙈
