## Bot her zaman yanıt verir (issue 15): bilinmeyen komutlar, ortada kalan kodlar,
## kullanım ipuçları, Trakt'ın beklettiği değişiklikler, ikinci bir /party.

unknown-command = { $command } komutunu bilmiyorum. Neler yapabildiğimi görmek için /help gönder.
link-stray-code = 🔐 Bu bir Trakt koduna benziyor, o yüzden hemen sildim. Kodlar yalnızca bağlarken işe yarar: /link gönder, nereye gireceğini göstereyim.
link-stray-code-kept = 🔐 Bu bir Trakt koduna benziyor — lütfen mesajını sil. Kodlar yalnızca bağlarken işe yarar: /link gönder, nereye gireceğini göstereyim.
link-stray-code-pending = 🔐 Bu bir Trakt koduna benziyor, o yüzden hemen sildim. Şu an bağlama yapıyorsun: kodu tek başına bir mesaj olarak gönder, onu kullanayım.
link-needed-alert = Önce Trakt hesabını bağla: /link gönder.

discover-usage =
    Trakt'ta öne çıkanlar:
    <code>/trending</code> — şu an izlenenler
    <code>/popular</code> — tüm zamanların en popülerleri
    En çok izlenenler için <code>diziler</code> ya da <code>filmler</code> ve <code>hafta</code>, <code>ay</code>, <code>yıl</code> ya da <code>hepsi</code> ekle: <code>/trending filmler hafta</code>.
recommend-usage =
    Trakt'ın senin için seçtikleri:
    <code>/recommend</code> — diziler
    <code>/recommend filmler</code> — filmler

later-saving = ⏳ Trakt beklememi istiyor, bunu { $seconds } sn sonra kaydedeceğim.
later-already = ⏳ Zaten sırada: { $seconds } sn sonra kaydedeceğim.
later-behind = ⏳ Önceki değişikliğin hâlâ Trakt'ı bekliyor, bunu hemen ardından, { $seconds } sn sonra kaydedeceğim.
later-failed = Değişikliğini Trakt'a kaydedemedim: { $reason }
later-full = ⏳ Trakt'ı bekleyen çok fazla değişikliğin var. Onlar kaydedilince yeniden dene.
later-other-account = Bekleyen değişikliğini kaydetmedim: artık burada bağlı olmayan bir Trakt hesabında yapılmıştı.

party-running = 🍿 Burada zaten { $name } tarafından başlatılmış bir izleme partisi var — yukarıdan katıl. Onun yerine yenisini { $name } ya da bir grup yöneticisi başlatabilir.
party-button-new = 🔄 Yeni parti başlat
party-new-not-allowed = Partiyi yalnızca başlatan { $name } ya da bir grup yöneticisi değiştirebilir.
party-new-started = Yeni parti başladı 🍿
party-new-too-late = Bu arada başka bir parti başladı: ona katıl.
