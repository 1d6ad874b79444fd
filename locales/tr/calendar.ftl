## /calendar
cmd-calendar = Takvim: bölümlerin ve film vizyonların, gün gün, 7 günlük
calendar-usage =
    Önümüzdeki 7 günde senin için neler yayınlanıyor, kendi saat diliminde gün gün gösteririm:
    <code>/calendar</code> — bölümler ve filmler
    <code>/calendar diziler</code> — yalnızca bölümler
    <code>/calendar filmler</code> — yalnızca film vizyonları
calendar-header-a = 📅 <b>Takvimin</b> · { $dates }
calendar-header-s = 📺 <b>Bölümlerin</b> · { $dates }
calendar-header-m = 🎬 <b>Filmlerinin vizyonu</b> · { $dates }
calendar-empty-a = Bu 7 günde takviminde bir şey yok. İzlediğin, koleksiyonuna eklediğin ya da izleme listende tuttuğun diziler ve filmler burada görünür; ◀ ▶ başka haftalara götürür.
calendar-empty-s = Bu 7 günde dizilerinin yeni bölümü yok. ◀ ▶ başka haftalara götürür.
calendar-empty-m = Bu 7 günde filmlerinden hiçbiri vizyona girmiyor. ◀ ▶ başka haftalara götürür.
calendar-today = Bugün · { $date }
calendar-tomorrow = Yarın · { $date }
calendar-yesterday = Dün · { $date }
calendar-episodes =
    { $count ->
        [one] { $count } bölüm
       *[other] { $count } bölüm
    }
calendar-type-series-premiere = 🆕 dizi prömiyeri
calendar-type-season-premiere = 🆕 sezon prömiyeri
calendar-type-mid-season-premiere = ▶️ aradan dönüş
calendar-type-mid-season-finale = ⏸ sezon arası finali
calendar-type-season-finale = 🏁 sezon finali
calendar-type-series-finale = 🔚 dizi finali
calendar-zone = <i>Saatler { $zone } saat diliminde.</i>
calendar-zone-utc = <i>Saatler UTC'ye göre. Senin saat dilimin değil mi? <a href="{ $url }">Trakt ayarlarından</a> kendi saat dilimini seç.</i>
calendar-kind-a = Tümü
calendar-kind-s = 📺 Diziler
calendar-kind-m = 🎬 Filmler
calendar-button-earlier = ◀ { $date }
calendar-button-later = { $date } ▶
calendar-button-this-week = Bu hafta
