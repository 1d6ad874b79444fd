## Episodes: an episode's card and a show's seasons → episodes picker

episodes-gone = Bu bölüm artık Trakt'ta yok.
episodes-special = ✨ Özel bölüm
episodes-aired = 📅 Yayınlandı: { $when }
episodes-airs = 📅 Yayın: { $when }
episodes-no-date = 📅 Henüz yayın tarihi yok
episodes-runtime = ⏱ { $minutes } dk
episodes-your-rating = puanın { $rating }/10
episodes-watched = ✅ İzledin
episodes-show-button = 📺 Dizi
episodes-at-release = 📅 Yayın tarihinde
episodes-another-day = 🗓 Başka bir gün
episodes-yesterday = Dün
episodes-logged-released = Yayın tarihinde izlendi olarak kaydedildi
episodes-logged-day = O gün izlendi olarak kaydedildi
episodes-not-aired = ⏳ Henüz yayınlanmadı: yayınlanınca işaretleyebilirsin.
episodes-not-aired-toast = Henüz yayınlanmadı
episodes-before-air-toast = O gün henüz yayınlanmamıştı
episodes-unaired = henüz yayınlanmadı
episodes-season-line-unaired = Sezon { $number } · henüz yayınlanmadı
episodes-season-unaired = ⏳ Henüz yayınlanmadı
episodes-when-now = Şimdi
episodes-when-released = Yayın tarihinde
episodes-when-line = 👁 izleme zamanı: { $when }
episodes-when-inline-now = şimdi
episodes-when-inline-released = yayın tarihi
episodes-when-inline-yesterday = dün
episodes-seasons = sezonlar
episodes-no-seasons = Trakt bu dizi için henüz sezon listelemiyor.
episodes-season-line = { $number }. sezon · { $count ->
    [one] { $count } bölüm
   *[other] { $count } bölüm
}
episodes-season-line-progress = { $number }. sezon · izlenen { $progress }
episodes-specials-line = Özel bölümler · { $count ->
    [one] { $count } bölüm
   *[other] { $count } bölüm
}
episodes-season-button = S{ $number }
episodes-specials-button = ✨ Özel bölümler
episodes-seasons-back = ◀ Sezonlar
episodes-season-head = { $number }. sezon
episodes-specials-head = Özel bölümler
episodes-season-progress = İzlenen: { $progress }
episodes-no-episodes = Trakt bu sezon için henüz bölüm listelemiyor.
episodes-all-button = ✅ Tüm sezon
episodes-all-ask = { $count ->
    [one] { $number }. sezonun yayınlanmış son bölümü izlendi olarak işaretlensin mi?
   *[other] { $number }. sezonun yayınlanmış { $count } bölümünün hepsi izlendi olarak işaretlensin mi?
}
episodes-all-yes = { $count ->
    [one] ✅ Evet, 1 bölümü işaretle
   *[other] ✅ Evet, { $count } bölümü işaretle
}
episodes-cancel = ✖ Vazgeç
episodes-all-none = Bu sezonun yayınlanmış tüm bölümlerini zaten izledin.
episodes-all-toast = { $count ->
    [one] 1 bölüm izlendi olarak işaretlendi
   *[other] { $count } bölüm izlendi olarak işaretlendi
}
episodes-remove = 🗑 Bir izlemeyi sil
episodes-remove-ask = Bu bölümün son izlemesi silinsin mi?
