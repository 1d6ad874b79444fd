## Check-in: Trakt'ta "şu an bunu izliyorum" (/checkin, kartlardaki 🎬 düğmesi)
cmd-checkin = Şu anki check-in'in, iptal seçeneğiyle
checkin-button = 🎬 Check-in yap

## Bildirimler (yalnızca basan kişi görür)
checkin-done = { $title } için check-in yapıldı, { $time } saatine kadar
checkin-done-no-time = { $title } için check-in yapıldı
checkin-already = { $title } için zaten check-in var, { $time } saatine kadar
checkin-already-no-time = { $title } için zaten check-in var
checkin-cancelled-toast = Check-in iptal edildi

## Mesajlar
checkin-done-html = 🎬 { $title } için check-in yapıldı, { $time } saatine kadar.
checkin-done-html-no-time = 🎬 { $title } için check-in yapıldı.
checkin-conflict =
    ⏳ Zaten { $running } için check-in yaptın, { $time } saatine kadar sürüyor.
    İptal edip bunun yerine { $title } için check-in yapılsın mı?
checkin-conflict-no-time =
    ⏳ Zaten { $running } için check-in yaptın.
    İptal edip bunun yerine { $title } için check-in yapılsın mı?
checkin-replace = ✖ İptal et ve buna check-in yap
checkin-keep = Kalsın
checkin-kept = 👍 Check-in'in devam ediyor.
checkin-too-late = 🎬 Check-in'ini yapmadım: Trakt onu çok uzun bekletti, artık “şimdi” sayılmazdı. Hâlâ izliyor musun? 🎬 Check-in yap düğmesine yeniden bas.
checkin-none = Şu an hiçbir şeye check-in yapmadın. Bir film ya da bölüm aç ve 🎬 Check-in yap düğmesine bas.
checkin-now = 🎬 Check-in: { $title }
checkin-now-scrobble = ▶️ { $title } bir oynatıcı uygulamasında izleniyor
checkin-started = Başlangıç: { $time }
checkin-until = Bitiş: { $time }
checkin-cancel = ✖ Check-in'i iptal et
checkin-cancelled = { $title } için check-in iptal edildi.
checkin-cancel-none = Artık devam eden bir şey yok.
checkin-me-watching = ▶️ Şu an izliyorsun: { $title }
checkin-me-watching-until = ▶️ Şu an izliyorsun: { $title }, { $time } saatine kadar
checkin-usage =
    Şu anda neye check-in yaptığınızı ve iptal etme yolunu gösterir:
    <code>/checkin</code>
    Başka kelime gerekmez.
