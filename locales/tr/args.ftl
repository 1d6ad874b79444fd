## Komuttan sonra yazılan sözcükler: /history filmler hafta, /watchlist diziler eklenme.
# Eş anlamlılar virgülle ayrılır, küçük harfle yazılır. Yardım metinleri İLKİNİ gösterir.
# Sonu * ile biten eş anlamlı bir köktür: onunla başlayan her sözcüğe uyar.
arg-shows = diziler, dizi*
arg-movies = filmler, film*
arg-week = hafta, haftalık, hafta*
arg-month = ay, aylar, aylık
arg-year = yıl, yıllar, yıllık, sene
arg-all = hepsi, tümü, tüm
arg-rank = sıra, sıralama
arg-added = eklenme, eklenen, eklen*, yeni
arg-released = çıkış, yayın, vizyon
arg-title = ad, başlık, isim, alfabetik
arg-digest = özet, günlük
arg-on = açık, evet
arg-off = kapalı, hayır
arg-quiet = sessiz
arg-tz = dilim
arg-premieres = prömiyerler, prömiyer
arg-finales = finaller, final
