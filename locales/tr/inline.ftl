# Satır içi mod: herhangi bir sohbette "@bot başlık".
# Mesajlar Telegram HTML'idir; sonuç başlıkları, açıklamalar, düğmeler ve uyarılar düz metindir.

inline-title = { $title } · { $kind }
inline-kind-show = Dizi
inline-kind-movie = Film
inline-mark-watched = ✅ İzlendi
inline-mark-watchlist = 📌 İzleme listende
inline-card-link = 🔗 <a href="{ $url }">Trakt'ta aç</a>
inline-add = ➕ İzleme listeme ekle
inline-link = 🔗 İzlediklerini görmek için Trakt'ı bağla
inline-unavailable = ⚠️ Trakt'a şu an ulaşılamıyor, birazdan tekrar dene
inline-link-hint = Trakt hesabın henüz bağlı değil. @{ $bot } sohbetini aç, /link gönder, sonra düğmeye yeniden dokun.
