# /link, /unlink ve /me (bot/features/link.py, link_poll.py, account.py).
# Mesajlarda asla token olmaz; kısa cihaz kodu yalnızca özel sohbete gider.

## Komut menüsü (düz metin)
cmd-link = Trakt hesabını bağla
cmd-unlink = Trakt hesabının bağlantısını kes
cmd-me = Bağlı Trakt hesabın ve sınırları

## Özel sohbette /link
link-device =
    🔗 <b>Trakt hesabını bağla</b>

    1. Aşağıdaki <b>Trakt'ı aç</b> düğmesine dokun; istenirse Trakt'a giriş yap.
    2. Sayfada <code>{ $code }</code> kodunun göründüğünü kontrol et, sonra onayla.

    Kod { $minutes ->
        [one] { $minutes } dakika
       *[other] { $minutes } dakika
    } geçerli. Onayladığın anda sana buradan haber vereceğim.
link-device-relink = Şu an <b>{ $username }</b> hesabıyla bağlısın; onaylarsan bu sohbet yeni hesaba geçer.
link-device-fallback = Sayfa çalışmıyor mu? <a href="{ $url }">Buradan giriş yap</a> ve Trakt'ın gösterdiği kodu bana gönder.
link-button-open = 🔑 Trakt'ı aç
link-button-cancel = ✖️ İptal
link-button-again = 🔄 Baştan başla
link-button-private = 🔗 Özel sohbette bağla
link-open-private = Hesabını bağlamak için benimle özel bir sohbet aç.
link-stale = Bu giriş işlemi zaten sona erdi.
link-cancelled = İptal edildi: hiçbir şey bağlanmadı.
link-cancelled-toast = İptal edildi
link-replaced = ↪️ Bu kodun yerini aşağıdaki daha yeni kod aldı.

## Bağlama nasıl biter
link-code-used = 🔐 Bu giriş tamamlandı; kod artık geçerli değil.
link-done = ✅ <b>{ $username }</b> hesabı bağlandı. Kişisel komutların artık çalışıyor: /me hesabı gösterir, /unlink bağlantıyı keser, /help her şeyi listeler.
# Linked, but Trakt did not say yet whose account it is (the name shows on /me later).
link-done-unnamed = ✅ Trakt hesabın bağlandı. Kişisel komutların artık çalışıyor: /me hesabı gösterir, /unlink bağlantıyı keser, /help her şeyi listeler.
link-denied = 🚫 İstek Trakt'ta reddedildi, bu yüzden hiçbir şey bağlanmadı.
link-expired = ⌛ Kodun süresi onay gelmeden doldu. Hiçbir şey bağlanmadı.
link-invalid = ❓ Trakt bu kodu artık tanımıyor. Hiçbir şey bağlanmadı.
link-already-used = ⚠️ Bu kod zaten kullanılmış. Onayladıysan /me ile kontrol et; onaylamadıysan baştan başla.
link-failed = Bağlama tamamlanamadı. { $reason }
link-expired-away = ⌛ Ben yokken bağlama denemenin süresi doldu, kusura bakma! İstediğin zaman baştan başla; bir dakika sürer.
link-unreadable-away = ⌛ Yeniden başlatmanın ardından bağlama denemeni sürdüremedim, kusura bakma! İstediğin zaman baştan başla; bir dakika sürer.

## Yapıştırılan bir kod
link-code-wrong = ❌ Trakt bu kodu kabul etmedi: yanlış yazılmış, süresi dolmuş ya da zaten kullanılmış olabilir. Yeni bir kod al ve tekrar dene. (Kodun olduğu mesajını sildim.)
link-code-is-device = Bu kod buraya değil, Trakt sayfasına girilecek. Yukarıdaki <b>Trakt'ı aç</b> düğmesine dokun ve orada onayla.

## Grupta /link
link-group = 🔒 Bağlama işlemi benimle özel sohbette yapılır, böylece burada hiçbir kod görünmez. Oradan devam etmek için düğmeye dokun.
link-group-code-deleted = 🔒 O mesajı sildim: giriş kodları asla bir grupta paylaşılmamalı. Bunun yerine /link komutunu bana özel sohbetten gönder.
link-group-code-not-deleted = 🔒 Lütfen son mesajını sil: içinde bir giriş kodu var ve burada onu ben silemiyorum. Bunun yerine /link komutunu bana özel sohbetten gönder.

## /unlink
unlink-confirm = <b>{ $username }</b> Trakt hesabının bağlantısı kesilsin mi? Hesabı burada unutacağım ve Trakt'tan erişimimi sonlandırmasını isteyeceğim.
unlink-button-yes = Evet, bağlantıyı kes
unlink-button-no = İptal
unlink-done = ✅ <b>{ $username }</b> hesabının bağlantısı kesildi: burada unuttum ve Trakt erişimimi sonlandırdı. İstediğin zaman /link ile yeniden bağlayabilirsin.
unlink-done-local = ✅ <b>{ $username }</b> hesabının buradaki bağlantısı kesildi. Trakt yanıt vermedi, bu yüzden erişimim Trakt'taki <a href="{ $url }">bağlı uygulamaların</a> arasında hâlâ görünebilir; oradan iptal edebilirsin.
unlink-unreadable = 🧹 Senin için kayıtlı Trakt bağlantısını artık okuyamıyordum, bu yüzden sildim. Erişimim Trakt'taki <a href="{ $url }">bağlı uygulamaların</a> arasında hâlâ görünebilir; oradan iptal edebilirsin. İstediğin zaman /link ile yeniden bağlayabilirsin.
unlink-kept = Hiçbir şey değişmedi: hâlâ <b>{ $username }</b> hesabıyla bağlısın.
unlink-none = Burada artık bağlı bir Trakt hesabı yok.

## /me
me-header = 👤 <b>Trakt hesabın</b>
me-user = <a href="{ $url }">{ $username }</a>
me-user-named = <a href="{ $url }">{ $username }</a> ({ $name })
me-since = Buraya bağlanma tarihi: { $date }
me-vip = ⭐ Trakt VIP
me-free = Ücretsiz hesap (VIP değil)
me-private = 🔒 Trakt profilin gizli.
me-header-shared = 👤 <b>{ $username } kullanıcısının Trakt hesabı</b>
me-since-shared = Bu bota bağlanma tarihi: { $date }
me-private-shared = 🔒 Bu Trakt profili gizli.
me-limits-header = <b>Trakt'ın bu hesap için koyduğu sınırlar</b>
me-limit-lists = • Kişisel listeler: en fazla { $count ->
        [one] { $count } liste
       *[other] { $count } liste
    }, her biri en fazla { $limit ->
        [one] { $limit } öğe
       *[other] { $limit } öğe
    }
me-limit-lists-count = • Kişisel listeler: en fazla { $count ->
        [one] { $count } liste
       *[other] { $count } liste
    }
me-limit-watchlist = • İzleme listesi: en fazla { $count ->
        [one] { $count } yapım
       *[other] { $count } yapım
    }
me-limit-collection = • Koleksiyon: en fazla { $count ->
        [one] { $count } yapım
       *[other] { $count } yapım
    }
me-limit-favorites = • Favoriler: en fazla { $count ->
        [one] { $count } yapım
       *[other] { $count } yapım
    }
me-limit-notes = • Notlar: en fazla { $count ->
        [one] { $count } not
       *[other] { $count } not
    }
me-limits-none = Trakt bu hesap için herhangi bir sınır bildirmedi.
me-button-profile = 🌐 Trakt profili
me-button-unlink = Bağlantıyı kes
