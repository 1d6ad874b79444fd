# /search: Trakt'ta dizi, film ve kişi bul.
# Mesajlar Telegram HTML'idir; düğme etiketleri ve uyarılar düz metindir.

cmd-search = Dizi, film ya da kişi ara
search-usage = 🔎 Ne arayayım? Bu mesaja bir başlık veya isimle yanıt ver ya da <code>/search başlık</code> gönder; örneğin <code>/search breaking bad</code>.
search-field = Başlık ya da isim
search-prompt =
    🔍 <b>Ara</b>
    Bana bir başlık ya da isim gönder (dizi, film ya da kişi), Trakt'ta arayayım.
search-prompt-inline =
    🔍 <b>Ara</b>
    Bana bir başlık ya da isim gönder (dizi, film ya da kişi), Trakt'ta arayayım.
    Ya da aşağıdaki düğmeye dokun, sonuçları yazarken gör.
search-inline-button = 🔎 Yazarken ara
search-header = 🔎 <b>{ $query }</b> · sayfa { $page } / { $pages }
search-footer = <i>Ayrıntılar için bir numaraya dokun.</i>
search-none = 🔎 <b>{ $query }</b> için sonuç bulunamadı. Yazımı kontrol et ya da orijinal adı dene.
search-no-more = 🔎 <b>{ $query }</b> için başka sonuç yok.
search-expired = Bu aramanın süresi doldu. /search komutunu yeniden gönder.
search-kind-show = 📺 dizi
search-kind-movie = 🎬 film
