# Bir filmin ya da dizinin ayrıntı kartı ve yapımlar üzerindeki tek dokunuşluk işlemler.
# Mesajlar Telegram HTML'idir; düğme etiketleri, bildirimler ve uyarılar düz metindir.

## Kart
details-button = ℹ️ Ayrıntılar
details-link = 🔗 <a href="{ $url }">Trakt'ta aç</a>
details-no-overview = <i>Henüz açıklama yok.</i>
details-not-out-toast = Henüz vizyona girmedi
details-runtime = { $minutes } dk
details-released = çıkış: { $date }
details-first-aired = ilk yayın: { $date }
details-releases = çıkış tarihi: { $date }
details-first-airs = ilk yayın tarihi: { $date }
details-next = ▶ Sıradaki: { $episode }
details-related = <b>Benzerleri:</b> { $titles }

## Durumlar (Trakt'ınkiler, kısa adlarıyla)
details-status-returning-series = devam ediyor
details-status-continuing = devam ediyor
details-status-in-production = yapım aşamasında
details-status-post-production = post prodüksiyonda
details-status-planned = planlanıyor
details-status-upcoming = yakında
details-status-pilot = pilot
details-status-rumored = doğrulanmadı
details-status-canceled = iptal edildi
details-status-ended = sona erdi
details-status-released = yayınlandı

## İşlem düğmeleri
action-wl = ➕ İzleme listeme ekle
action-wl-done = ✅ İzleme listende
action-unwl = ➖ İzleme listemden çıkar
action-unwl-done = ✅ Çıkarıldı
action-seen = 👁 İzledim
action-seen-done = ✅ İzlendi
action-hide = 🙈 Bana göre değil
action-hide-done = ✅ Gizlendi
action-rate = ⭐ Puan ver
action-rate-done = ✅ Puanlandı
action-rated = ✅ Puan: { $rating }/10
action-rate-cancel = ✖ İptal

## İşlem bildirimleri ve uyarılar
action-wl-toast = İzleme listene eklendi
action-wl-already = Zaten izleme listende
action-unwl-toast = İzleme listenden çıkarıldı
action-unwl-already = Zaten izleme listende değildi
action-seen-toast = İzlendi olarak işaretlendi
action-seen-toast-show = Yayınlanan tüm bölümler izlendi olarak işaretlendi
action-seen-already = Zaten izlendi olarak işaretli
action-hide-toast = Gizlendi: bunu bir daha önermeyeceğim
action-hide-already = Zaten gizli
action-rate-pick = 1 ile 10 arasında bir puan seç
action-rate-toast = Puanın kaydedildi: { $rating }/10
action-not-found = Trakt bu yapımı tanımıyor.
action-limit-watchlist =
    Trakt izleme listen dolu ({ $limit ->
        [one] { $limit } yapım
       *[other] { $limit } yapım
    }). İzleme listenden bir şey çıkar ya da daha büyük bir liste için Trakt VIP al.
action-limit-watchlist-unknown = Trakt izleme listen dolu. İzleme listenden bir şey çıkar ya da daha büyük bir liste için Trakt VIP al.

## Yeniden izleme ve tüm dizi (onayla)
action-again = 🔁 Yeniden izledim
action-again-ask = Bunu zaten izledin. Bir izleme daha eklensin mi?
action-again-toast = Bir izleme daha eklendi
action-again-recent = Az önce bir izleme eklendi
action-all = ✅ { $count } bölümün tümü
action-all-ask = { $title } dizisinin yayınlanmış { $count } bölümünün tümü izlendi olarak işaretlensin mi?
action-all-none = Trakt bu dizinin henüz yayınlanmış bir bölümünü listelemiyor.

## Undo (a few minutes after a change)
action-undo = ↩ Geri al
action-undo-toast = Geri alındı
action-undo-late = Geri almak için çok geç: 5 dakikadan uzun süre geçti.
action-undo-done = Zaten geri alındı
action-undo-other-account = Bu değişiklik artık bağlı olmayan bir Trakt hesabında yapıldı, bu yüzden geri alınamaz.
seasons-button = 📚 Sezonlar

## Your progress on a show's card
details-progress-next = 👁 { $aired } bölümden { $completed } tanesini izledin · sıradaki { $episode }
details-progress = 👁 { $aired } bölümden { $completed } tanesini izledin
details-progress-done = ✅ Yayınlanan { $aired } bölümün tümünü izledin
action-next-episode = 👁 İzledim: { $episode }
action-all-rest = ✅ Kalan { $count } bölüm
action-all-ask-rest = { $title } dizisinin izlemediğin, yayınlanmış { $count } bölümü izlendi olarak işaretlensin mi?
action-unrate = ✖ Puanı kaldır
action-unrate-toast = Puan kaldırıldı
action-unrate-already = Puanı yok
