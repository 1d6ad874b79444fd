## /watchlist
# Komuttan sonraki sözcükler args.ftl dosyasından gelir (bot her dildekini anlar).
cmd-watchlist = İzlemek istediğin diziler ve filmler
watchlist-usage =
    İzleme listeni gösteririm:
    <code>/watchlist</code> — hepsi, senin sıralamanla
    <code>/watchlist diziler</code> ya da <code>/watchlist filmler</code>
    Sıralama: <code>sıra</code> (senin sıran), <code>eklenme</code>, <code>çıkış</code> ya da <code>ad</code>; örneğin <code>/watchlist filmler eklenme</code>.
watchlist-header-a = 📌 <b>İzleme listen</b>
watchlist-header-s = 📌 <b>İzleme listen: diziler</b>
watchlist-header-m = 📌 <b>İzleme listen: filmler</b>
watchlist-count =
    { $count ->
        [one] { $count } yapım
       *[other] { $count } yapım
    }
watchlist-empty-a = İzleme listen boş. /trending içinde bir şey bul ve tek dokunuşla ekle.
watchlist-empty-s = İzleme listende dizi yok.
watchlist-empty-m = İzleme listende film yok.
watchlist-page-empty = Hepsi bu kadar: önceki sayfadan sonra başka bir şey yok.
watchlist-season = { $number }. Sezon
watchlist-added-on = eklenme: { $date }
watchlist-released-on = çıkış: { $date }
watchlist-kind-a = Tümü
watchlist-kind-s = 📺 Diziler
watchlist-kind-m = 🎬 Filmler
watchlist-sort-rank = Sıralamam
watchlist-sort-added = Eklenme
watchlist-sort-released = Çıkış
watchlist-sort-title = A–Z
watchlist-button-seen = 👁
watchlist-button-seen-done = ✅
watchlist-button-remove = ➖
watchlist-legend = <i>👁 izlendi olarak işaretle · ➖ izleme listesinden çıkar · yapımın adına dokununca kartı açılır</i>
