# Türkçe. Kimlikler ve yer tutucular locales/en/bot.ftl ile aynı.
# Mesajlar Telegram HTML'idir: etiketler dengeli olmalı, metinde çıplak < ya da & olmamalı.
# Yer tutucuya (örneğin { $name }) hiçbir zaman ek getirilmez; cümle ona göre kurulur.

language-name = Türkçe
language-name-inline = Türkçe
separator = {" · "}

## /start ve /help
start-welcome =
    👋 Merhaba { $name }! Benimle <b>Trakt.tv</b> hesabın Telegram'da hep elinin altında: neler izlediğin, sırada ne izleyeceğin, şu an neyin popüler olduğu ve izleme listen. Bir grupta, bu akşam için henüz kimsenin izlemediği bir şey seçebilirim.
help-header = <b>Neler yapabilirim</b>
help-inline = Herhangi bir sohbette Trakt'ta arama yapmak için <code>@{ $bot } başlık</code> yaz.

## Komut menüsü (her biri tek satır; düz metin, biçimlendirme yok)
cmd-start = Karşılama ve neler yapabildiğim
cmd-help = Tüm komutlar, her biri tek satırda
cmd-trending = Şu an herkesin izledikleri
cmd-popular = En popüler diziler ve filmler
cmd-language = Dil seç

## Düğmeler
button-invalid = Bu düğmenin süresi geçmiş. Komutu yeniden gönder.
button-not-yours = Bu düğme, komutu gönderen kişiye ait. Kendi düğmelerin için komutu sen gönder.
page-of = { $page } / { $pages }
kind-shows = 📺 Diziler
kind-movies = 🎬 Filmler

## Listeler ve kartlar
trending-header-shows = 🔥 <b>Trend diziler</b> · sayfa { $page } / { $pages }
trending-header-movies = 🔥 <b>Trend filmler</b> · sayfa { $page } / { $pages }
popular-header-shows = ⭐ <b>Popüler diziler</b> · sayfa { $page } / { $pages }
popular-header-movies = ⭐ <b>Popüler filmler</b> · sayfa { $page } / { $pages }
list-empty = Burada henüz bir şey yok.
watching-now =
    { $count ->
        [one] { $count } kişi izliyor
       *[other] { $count } kişi izliyor
    }
card-untitled = Adsız

## /language
language-current = Şu anki dil: <b>{ $language }</b>. Başka bir dil seç:
language-current-auto = Telegram'daki dilini kullanıyorum (şu an <b>{ $language }</b>). Sabitlemek için bir dil seç:
language-auto = 🌐 Telegram ile aynı
language-saved = ✅ Tamam.
language-saved-toast = Dil kaydedildi

## Erişim
not-allowed = Üzgünüm, bu bot özel. Seni eklemesi için sahibine başvur.

## Hatalar (kısa; kişi bunları görür)
error-generic = 😕 Benim tarafımda bir şeyler ters gitti. Birazdan tekrar dene.
error-short = Bir şeyler ters gitti. Tekrar dene.
error-telegram-busy = Telegram şu an çok yoğun. Birazdan tekrar dene.
error-store-busy = ⏳ Şu an biraz meşgulüm. Birazdan tekrar dene.
error-trakt-rate-limited = Trakt biraz yavaşlamamızı istiyor. { $seconds } sn sonra tekrar dene.
error-trakt-busy = Trakt şu an çok yoğun. Bir dakika sonra tekrar dene.
error-trakt-refusing = Trakt şu an bu botun isteklerini reddediyor. Bunun senin hesabınla ilgisi yok; daha sonra tekrar dene.
error-trakt-unauthorized = Trakt girişini kabul etmedi. Hesabını /link ile yeniden bağla.
error-trakt-locked = Trakt hesabın kilitli ya da devre dışı. Kilidi Trakt destek ekibi açabilir.
error-trakt-vip = Bunun için Trakt VIP gerekiyor: { $url }
error-trakt-account-limit = Trakt hesabının bir sınırına ulaştın (örneğin izleme listen dolu). Bir şeyler kaldır ya da VIP'e geç.
error-trakt-not-found = Trakt bunu bulamadı.
error-trakt-down = Trakt şu an yanıt vermiyor. Birkaç dakika sonra tekrar dene.
error-trakt-other = Trakt bunu yapamadı (hata { $status }). Daha sonra tekrar dene.

## Türler (Trakt kısa adları)
genre-action = aksiyon
genre-adventure = macera
genre-animation = animasyon
genre-anime = anime
genre-biography = biyografi
genre-children = çocuk
genre-comedy = komedi
genre-crime = suç
genre-documentary = belgesel
genre-donghua = donghua
genre-drama = dram
genre-family = aile
genre-fantasy = fantastik
genre-game-show = yarışma
genre-history = tarih
genre-holiday = yılbaşı
genre-home-and-garden = ev ve bahçe
genre-horror = korku
genre-mini-series = mini dizi
genre-music = müzik
genre-musical = müzikal
genre-mystery = gizem
genre-news = haber
genre-reality = reality şov
genre-romance = romantik
genre-science-fiction = bilim kurgu
genre-short = kısa film
genre-soap = pembe dizi
genre-special-interest = özel ilgi
genre-sporting-event = spor
genre-superhero = süper kahraman
genre-suspense = heyecan
genre-talk-show = talk şov
genre-thriller = gerilim
genre-war = savaş
genre-western = western

## Ortak düğmeler
button-back = ◀ Geri

## Bağlama istemleri (ortak: her kişisel komut bunlara ihtiyaç duyabilir)
button-link = 🔗 Trakt'ımı bağla
link-needed = Bunun için Trakt hesabın gerekiyor. Bir kez bağlaman yeterli: bir dakika sürer ve şifreni asla görmem.
link-needed-group = Bunun için Trakt hesabın gerekiyor. Hesabını benimle özel sohbette bağla; burada hiçbir kod gösterilmez.
link-needed-short = Önce Trakt hesabını bağla.
link-lost = Trakt, bu botun hesabına erişimini sonlandırdı (erişim iptal edildi ya da süresi doldu). Devam etmek için hesabını yeniden bağla.

## En çok izlenenler
discover-list-trending = 🔥 Trend
discover-list-popular = ⭐ Popüler
discover-list-watched = 👀 En çok izlenen
discover-period-weekly = Hafta
discover-period-monthly = Ay
discover-period-yearly = Yıl
discover-period-all = Tüm zamanlar
discover-when-weekly = bu hafta
discover-when-monthly = bu ay
discover-when-yearly = bu yıl
discover-when-all = tüm zamanlar
discover-watched-header-shows = 👀 <b>En çok izlenen diziler</b> ({ $period }) · sayfa { $page } / { $pages }
discover-watched-header-movies = 👀 <b>En çok izlenen filmler</b> ({ $period }) · sayfa { $page } / { $pages }
discover-watchers =
    { $count ->
        [one] { $count } izleyici
       *[other] { $count } izleyici
    }
discover-plays =
    { $count ->
        [one] { $count } izlenme
       *[other] { $count } izlenme
    }
discover-details-hint = <i>Ayrıntılar için aşağıdan bir numaraya dokun.</i>

## A person's own data asked for in a group goes to their private chat
private-sent = 📬 { $name }, bunu sana özelden gönderdim.
private-share = 📤 Grupta paylaş
private-shared-by = 📤 { $name } bunu paylaştı:
private-shared = Grupta paylaşıldı.
private-share-failed = O gruba yazamıyorum: sen ya da ben artık orada değiliz.
private-start-first = { $name }, sana henüz yazamıyorum: benimle özel bir sohbet aç, Başlat'a dokun ve tekrar sor.
private-open = 💬 Özel sohbet aç

# Fair use (bot/trakt/fair.py): one person over their budget; the shared budget full.
error-too-fast = ⏳ Trakt'a sorabileceğimden daha hızlı gidiyorsun. { $seconds } sn sonra tekrar dene.
error-too-fast-login = ⏳ Art arda çok fazla giriş denemesi. { $seconds } sn sonra tekrar dene.
error-bot-busy = ⏳ Şu an çok kişi aynı anda Trakt'a soruyor. { $seconds } sn sonra tekrar dene.
