# Ana menü (/start ve ☰ Menü): kendi dünyan düğmelerde; ayarlar; grupta /start.

home-menu = ☰ Menü
home-title = ☰ <b>Menü</b>
home-title-linked = ☰ <b>Menü</b> · Trakt: <b>{ $username }</b>
home-hint = <i>Bir düğmeye dokun ya da tüm komutlar için /help gönder.</i>
home-unlinked = Trakt hesabını bağla; sıradaki bölümler, takvimin, geçmişin, izleme listen ve istatistiklerin burada görünsün. O zamana kadar trend olanlara bakabilir ya da bir başlık arayabilirsin.
home-next = ▶️ Sıradaki
home-calendar = 📅 Takvim
home-history = 🕘 Geçmiş
home-watchlist = 📌 İzleme listesi
home-recommend = 💡 Senin için
home-lists = 📋 Listeler
home-trending = 🔥 Trend
home-search = 🔍 Ara
home-stats = 📊 İstatistikler
home-settings = ⚙️ Ayarlar
home-language = 🌐 Dil
home-notify = 🔔 Bildirimler
home-account = 👤 Trakt hesabı
home-settings-title = ⚙️ <b>Ayarlar</b>
home-settings-language = Dil: <b>{ $language }</b>
home-settings-language-auto = Dil: <b>{ $language }</b>, Telegram'ındaki gibi
home-settings-linked = Trakt hesabı: <b>{ $username }</b>
home-settings-unlinked = Trakt hesabı: henüz bağlı değil
home-group = 👋 Merhaba { $name }! Bu grupta: /party kimsenin henüz izlemediği, birlikte izlenecek bir şey seçer, /trending şu an popüler olanları gösterir, <code>@{ $bot } başlık</code> ise bir başlığı paylaşır. Kendi menün (sıradaki, geçmiş, izleme listesi) özel sohbetimizde.
home-open-private = ☰ Menümü aç
