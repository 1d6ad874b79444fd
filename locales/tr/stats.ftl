## /stats
cmd-stats = İstatistiklerin ve yılının grafiği
stats-usage = Sadece <code>/stats</code> gönder: Trakt istatistiklerin ve son 12 ayın grafiği.
stats-header = 📊 <b>Trakt istatistiklerin</b>
stats-movies =
    🎬 <b>Filmler</b>: { $count ->
        [one] { $count } izlendi
       *[other] { $count } izlendi
    } · { $plays ->
        [one] { $plays } izleme
       *[other] { $plays } izleme
    } · { $time }
stats-shows =
    📺 <b>Diziler</b>: { $count ->
        [one] { $count } diziye başladın
       *[other] { $count } diziye başladın
    }
stats-episodes =
    🎞 <b>Bölümler</b>: { $count ->
        [one] { $count } izlendi
       *[other] { $count } izlendi
    } · { $plays ->
        [one] { $plays } izleme
       *[other] { $plays } izleme
    } · { $time }
stats-total = ⏱ <b>Toplam süre</b>: { $time }
stats-total-days =
    ⏱ <b>Toplam süre</b>: { $time }, yaklaşık { $count ->
        [one] { $count } gün
       *[other] { $count } gün
    }
stats-ratings =
    ⭐ <b>Puanlar</b>: { $count ->
        [one] { $count } puan verildi
       *[other] { $count } puan verildi
    }, ortalama { $average }
stats-ratings-none = ⭐ <b>Puanlar</b>: henüz yok
stats-chart-caption = <i>Resimde: son 12 ayda aylık izleme saatlerin ve nasıl puan verdiğin.</i>

## The chart (plain text drawn into the picture)
stats-chart-title = Trakt'ta senin yılın
stats-chart-subtitle = Son 12 ayda { $time } izleme
stats-chart-hours = Aylık izleme saatleri
stats-chart-hours-empty = Son 12 ayda hiçbir şey izlenmedi
stats-chart-ratings = Puanların
stats-chart-ratings-average = Puanların · ortalama { $average }
stats-chart-ratings-empty = Henüz puan yok
stats-chart-since = { $date } tarihinden itibaren sayıldı: bir grafik için Trakt'tan aldığımdan daha fazlasını izledin.
